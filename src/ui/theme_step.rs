use leptos::prelude::*;
use scan_core::{Neighbours, StatementIx, Step, ThemeIx};

use super::context::{ScanContext, data_around, now};
use super::markup;
use super::overview::Overview;

/// One theme: its statements as radio groups, a note, and back/next.
#[component]
pub fn ThemeStep(theme: ThemeIx) -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let t = ctx.texts;
    let th = &q.themes[theme];
    let included = ctx.included_themes();
    let pos = included.iter().position(|&i| i == theme).unwrap_or(0);
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    // The profile does not change while a theme step is shown, so neither do its statements.
    let (applicable, role) = ctx.progress.with_untracked(|p| {
        let role = p.profile.role.clone();
        (p.scope().applicable_statements(&q, theme), role)
    });

    let has_basic = applicable
        .iter()
        .any(|&i| th.statements[i].is_basic_for(role.as_deref()));
    let (enough, unknown) = q.basic_labels();
    let basic_help = t.basic_in_theme(&q.bands[q.criteria.basic_cap].label, enough, unknown);

    // The statements never change while the step is shown (the browser checks the radios
    // itself), so they are one HTML string: a single DOM call for the whole theme. One listener
    // takes every answer: a radio's change event bubbles up through the fieldset that names its
    // statement.
    // Inside the statements (in the questionnaire's language), the interface's own words.
    let own_lang = ctx.content_lang().map(|_| t.0.code());
    let statements = ctx.progress.with_untracked(|p| {
        let shown: Vec<_> = applicable.iter().map(|&i| &th.statements[i]).collect();
        markup::Html::from(ctx.with_ids(|ids| {
            markup::statements(
                t,
                own_lang,
                ids,
                &q.scale,
                &shown,
                role.as_deref(),
                &p.answers,
            )
        }))
    });
    let choose = move |ev: leptos::ev::Event| {
        let statement = data_around(&ev, "data-statement");
        if let Some(statement) = statement {
            let option = event_target_value(&ev);
            ctx.progress
                .update(|p| p.set_answer(statement, option, now()));
        }
    };

    view! {
        <div class="spo-layout">
            <section class="spo-screen spo-theme" aria-labelledby=labelled_by>
                <p class="spo-kicker">{t.theme_of(pos + 1, included.len())}</p>
                <h2 id=heading tabindex="-1" class="spo-title" lang=ctx.content_lang()>{th.title.clone()}</h2>
                <p class="spo-lead" lang=ctx.content_lang()>{th.intro.clone()}</p>
                <ThemeProgress theme=theme applicable=applicable />
                <p class="spo-scale-help" lang=ctx.content_lang()>{q.scale_help.clone()}</p>
                {has_basic.then(|| view! { <p class="spo-hint spo-basic-help">{basic_help}</p> })}
                <div class="spo-statements" lang=ctx.content_lang() inner_html=statements on:change=choose></div>
                <NoteField theme_id=th.id.clone() />
                <StepNav theme=theme />
            </section>
            <Overview current=Some(theme) />
        </div>
    }
}

/// How far the whole scan is answered (a progress bar), and this theme.
#[component]
fn ThemeProgress(theme: ThemeIx, applicable: Vec<StatementIx>) -> impl IntoView {
    let ctx = ScanContext::get();
    let (q, t) = (ctx.q(), ctx.texts);
    let progress_id = ctx.id("progress");
    let in_theme = applicable.len();
    let answered_here = move || ctx.progress.with(|p| p.answered(&q, theme, &applicable));
    // Counted as the theme's own line counts: every answer, "niet van toepassing" too.
    let overall = move || ctx.results.with(|r| r.overall.filled_in());
    view! {
        <div class="spo-progress">
            <label for=progress_id.clone()>
                {move || {
                    let (answered, total) = overall();
                    t.whole_scan_progress(answered, total)
                }}
            </label>
            <progress
                id=progress_id
                max=move || overall().1.max(1).to_string()
                value=move || overall().0.to_string()
            ></progress>
            <p class="spo-progress__theme" aria-live="polite">
                {move || t.theme_progress(answered_here(), in_theme)}
            </p>
        </div>
    }
}

/// The theme's note for the conversation with the advisor.
#[component]
fn NoteField(theme_id: String) -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let note_id = ctx.id("note");
    let note_hint_id = ctx.id("note-hint");
    let initial_note = ctx
        .progress
        .with_untracked(|p| p.note(&theme_id).unwrap_or_default().to_string());
    let on_note = move |ev| {
        let text = event_target_value(&ev);
        ctx.progress
            .update(|p| p.set_note(theme_id.clone(), text, now()));
    };
    view! {
        <div class="spo-note">
            <label for=note_id.clone()>{t.note_label()}</label>
            <p id=note_hint_id.clone() class="spo-hint">{t.note_hint()}</p>
            <textarea
                id=note_id
                rows="3"
                aria-describedby=note_hint_id
                prop:value=initial_note
                on:input=on_note
            ></textarea>
        </div>
    }
}

/// Back (to the previous theme or the start) and next (theme or results).
#[component]
fn StepNav(theme: ThemeIx) -> impl IntoView {
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let Neighbours {
        previous: prev,
        next,
    } = ctx
        .progress
        .with_untracked(|p| p.neighbours(&ctx.q(), theme));
    let prev_label = match prev {
        Step::Start => t.back_to_start(),
        _ => t.previous_theme(),
    };
    let next_label = match next {
        Step::Results => t.to_results(),
        _ => t.next_theme(),
    };
    view! {
        <div class="spo-nav">
            <button type="button" class="spo-button" on:click=move |_| ctx.go(prev.clone())>
                <span aria-hidden="true">"← "</span>{prev_label}
            </button>
            <button type="button" class="spo-button spo-button--primary" on:click=move |_| ctx.go(next.clone())>
                {next_label}<span aria-hidden="true">" →"</span>
            </button>
        </div>
    }
}
