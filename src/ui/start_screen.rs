use leptos::prelude::*;
use scan_core::{ProfileField, Step};

use super::context::{ScanContext, focus_after_render, now};
use super::start_over::StartOver;

/// What the scan is for, how it works, optional modules, and start or continue.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let t = ctx.texts;
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    let started = move || ctx.progress.with(|p| !p.is_blank());
    // One figure once the respondent has chosen what the scan asks, else the range.
    let duration = move || {
        let q = ctx.q();
        ctx.progress.with(|p| {
            if p.missing_choice(&q).is_none() {
                let m = q.estimated_minutes(p.scope());
                t.duration((m, m), Some(p.scope().statement_count(&q)))
            } else {
                t.duration(q.estimated_minutes_range(), None)
            }
        })
    };

    // The scan asks who fills it in before it starts: nearly every statement depends on it.
    let asked = RwSignal::new(false);
    let missing = move || {
        let q = ctx.q();
        ctx.progress.with(|p| {
            p.missing_choice(&q)
                .map(|(field, first)| format!("{}-{first}", key(field)))
        })
    };
    let alert_id = ctx.id("choose-first");
    let begin = move |_| {
        if let Some(first) = missing() {
            asked.set(true);
            focus_after_render(ctx.id(&first), true);
            return;
        }
        let step = ctx.progress.with_untracked(|p| p.resume_step(&ctx.q()));
        ctx.go(step);
    };

    view! {
        <section class="spo-screen spo-start" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1" class="spo-title" lang=ctx.content_lang()>{q.title.clone()}</h2>
            <div class="spo-intro" lang=ctx.content_lang()>
                {q.intro.split("\n\n").map(|p| view! { <p class="spo-lead">{p.trim().to_string()}</p> }).collect_view()}
            </div>
            <ul class="spo-facts">
                <li>{duration}</li>
                <li>{t.no_right_answers()}</li>
                <li>{t.stays_here()}</li>
                <li>{t.stop_any_time()}</li>
            </ul>
            <ChoiceGroup field=ProfileField::SchoolType />
            <ChoiceGroup field=ProfileField::Role />
            <Modules />
            {move || (asked.get() && missing().is_some()).then(|| view! {
                <p class="spo-alert" role="alert" id=alert_id.clone()>{t.choose_first()}</p>
            })}
            <div class="spo-actions">
                <button type="button" class="spo-button spo-button--primary" on:click=begin>
                    {move || if started() { t.resume() } else { t.start() }}
                </button>
                {move || started().then(|| view! {
                    <button type="button" class="spo-button" on:click=move |_| ctx.go(Step::Results)>
                        {t.see_results()}
                    </button>
                })}
            </div>
            {move || started().then(|| view! { <StartOver /> })}
        </section>
    }
}

/// Optional modules the team can switch on; nothing when the scan has none.
#[component]
fn Modules() -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let optional: Vec<_> = q.themes.iter().filter(|t| t.optional).collect();
    if optional.is_empty() {
        return None;
    }
    let modules = optional
        .into_iter()
        .map(|t| {
            let id = t.id.clone();
            let input_id = ctx.id(&format!("module-{id}"));
            let checked = {
                let id = id.clone();
                move || ctx.progress.with(|p| p.modules.contains(&id))
            };
            let toggle = move |ev| {
                let on = event_target_checked(&ev);
                ctx.progress.update(|p| {
                    p.set_up(now(), |_, modules| {
                        if on {
                            modules.insert(id.clone());
                        } else {
                            modules.remove(&id);
                        }
                    })
                });
            };
            view! {
                <div class="spo-check">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                    <label for=input_id lang=ctx.content_lang()>
                        <span class="spo-check__title">{t.title.clone()}</span>
                        <span class="spo-check__hint">{t.intro.clone()}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    Some(view! {
        <fieldset class="spo-modules">
            <legend>{ctx.texts.extra_modules()}</legend>
            {modules}
        </fieldset>
    })
}

/// A radio group for one profile choice (school type or role); nothing when the scan does not
/// ask it. Choosing updates the progress ([`scan_core::Progress::choose`]), and with it which
/// themes and statements apply. Choices the profile so far is not offered are hidden (roles
/// of another school type: [`ProfileField::offers`]).
#[component]
fn ChoiceGroup(field: ProfileField) -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let choices = field.choices(&q).to_vec();
    if choices.is_empty() {
        return None;
    }
    let t = ctx.texts;
    let (legend, hint) = match field {
        ProfileField::SchoolType => (t.which_school(), t.which_school_hint()),
        ProfileField::Role => (t.which_role(), t.which_role_hint()),
    };
    let key = key(field);
    let name = ctx.id(key);
    let hint_id = ctx.id(&format!("{key}-hint"));
    let options = choices
        .into_iter()
        .map(move |c| {
            let id = c.id.clone();
            let checked = {
                let id = id.clone();
                move || ctx.progress.with(|p| field.get(&p.profile) == Some(id.as_str()))
            };
            let pick = move |_| {
                ctx.progress
                    .update(|p| p.choose(&ctx.q(), now(), field, id.clone()))
            };
            let hidden = {
                let c = c.clone();
                move || ctx.progress.with(|p| !field.offers(&c, &p.profile))
            };
            let input_id = ctx.id(&format!("{key}-{}", c.id));
            view! {
                <label class="spo-choice" hidden=hidden>
                    <input type="radio" id=input_id name=name.clone() value=c.id.clone() prop:checked=checked on:change=pick />
                    <span lang=ctx.content_lang()>{c.label}</span>
                </label>
            }
        })
        .collect_view();
    let described_by = hint_id.clone();
    Some(view! {
        <fieldset class="spo-choices" aria-describedby=described_by>
            <legend>{legend}</legend>
            <p class="spo-hint" id=hint_id>{hint}</p>
            <div class="spo-choices__options">{options}</div>
        </fieldset>
    })
}

/// The part of element ids that names a profile field.
fn key(field: ProfileField) -> &'static str {
    match field {
        ProfileField::SchoolType => "school-type",
        ProfileField::Role => "role",
    }
}
