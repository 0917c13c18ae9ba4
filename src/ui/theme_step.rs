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
    let labelled_by = ctx.id("heading");
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
    let statements = ctx.progress.with_untracked(|p| {
        let shown: Vec<_> = applicable.iter().map(|&i| &th.statements[i]).collect();
        ctx.with_ids(|ids| {
            markup::statements(t, ids, &q.scale, &shown, role.as_deref(), &p.answers)
        })
        .into_string()
    });
    let choose = move |ev: leptos::ev::Event| {
        let statement = data_around(&ev, "data-statement");
        if let Some(statement) = statement {
            let option = event_target_value(&ev);
            ctx.progress
                .update(|p| p.set_answer(statement, option, now()));
        }
    };

    // The rest never changes while the step is shown either: HTML strings too, with one
    // listener for the note and one for the buttons back and on.
    let Neighbours { previous, next } = ctx.progress.with_untracked(|p| p.neighbours(&q, theme));
    let content_lang = ctx.content_lang();
    let (head, help, tail) = ctx.progress.with_untracked(|p| {
        ctx.with_ids(|ids| {
            let parts = markup::ThemeParts {
                texts: t,
                ids,
                kicker: t.theme_of(pos + 1, included.len()),
                title: &th.title,
                intro: &th.intro,
                scale_help: &q.scale_help,
                basic_help: has_basic.then_some(basic_help),
                note: p.note(&th.id).unwrap_or_default(),
                previous: match previous {
                    Step::Start => t.back_to_start(),
                    _ => t.previous_theme(),
                },
                next: match next {
                    Step::Results => t.to_results(),
                    _ => t.next_theme(),
                },
                content_lang: content_lang.as_deref(),
            };
            (
                markup::theme_head(&parts).into_string(),
                markup::theme_help(&parts).into_string(),
                markup::theme_tail(&parts).into_string(),
            )
        })
    });
    let theme_id = th.id.clone();
    let on_note = move |ev| {
        let text = event_target_value(&ev);
        ctx.progress
            .update(|p| p.set_note(theme_id.clone(), text, now()));
    };
    let go = move |ev: leptos::ev::MouseEvent| match data_around(&ev, "data-go").as_deref() {
        Some("previous") => ctx.go(previous.clone()),
        Some("next") => ctx.go(next.clone()),
        _ => {}
    };

    view! {
        <div class="spo-layout">
            <section class="spo-screen spo-theme" aria-labelledby=labelled_by>
                <div class="spo-part" inner_html=head></div>
                <ThemeProgress theme=theme applicable=applicable />
                <div class="spo-part" inner_html=help></div>
                <div class="spo-statements" lang=content_lang.clone() inner_html=statements on:change=choose></div>
                <div class="spo-part" inner_html=tail on:input=on_note on:click=go></div>
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
    let overall = move || ctx.results.with(|r| (r.overall.answered, r.overall.total));
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
