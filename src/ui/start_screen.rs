use leptos::prelude::*;
use scan_core::Step;

use super::context::ScanContext;
use super::start_over::StartOver;

/// What the scan is for, how it works, optional modules, and start or continue.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    let started = move || ctx.progress.with(|p| !p.is_blank());
    let core_themes = q.themes.iter().filter(|t| !t.optional).count();

    let begin = move |_| {
        // Continue at the first theme with open statements; start at the first theme.
        let q = ctx.q();
        let included = ctx.included_themes();
        let open = ctx.progress.with(|p| {
            included
                .iter()
                .copied()
                .find(|&t| p.answered_in(&q, t) < q.themes[t].statements.len())
        });
        match open.or(included.first().copied()) {
            Some(t) if open.is_some() || !started() => ctx.go(ctx.theme_step(t)),
            _ => ctx.go(Step::Results),
        }
    };

    let modules = q
        .themes
        .iter()
        .filter(|t| t.optional)
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
                    if on {
                        p.modules.insert(id.clone());
                    } else {
                        p.modules.remove(&id);
                    }
                });
            };
            view! {
                <div class="spo-check">
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=toggle />
                    <label for=input_id>
                        <span class="spo-check__title">{t.title.clone()}</span>
                        <span class="spo-check__hint">{t.intro.clone()}</span>
                    </label>
                </div>
            }
        })
        .collect_view();
    let has_modules = q.themes.iter().any(|t| t.optional);

    view! {
        <section class="spo-screen spo-start" aria-labelledby=labelled_by>
            <h2 id=heading tabindex="-1" class="spo-title">{q.title.clone()}</h2>
            {q.intro.split("\n\n").map(|p| view! { <p class="spo-lead">{p.trim().to_string()}</p> }).collect_view()}
            <ul class="spo-facts">
                <li>{format!("Ongeveer {} minuten, {} thema's.", q.duration_minutes, core_themes)}</li>
                <li>"Er zijn geen goede of foute antwoorden: het gaat om hoe u het ziet."</li>
                <li>"Uw antwoorden blijven in deze browser. Er wordt niets verstuurd."</li>
                <li>"U kunt op elk moment stoppen en later verdergaan op dit apparaat."</li>
            </ul>
            {has_modules.then(|| view! {
                <fieldset class="spo-modules">
                    <legend>"Extra onderdelen"</legend>
                    {modules}
                </fieldset>
            })}
            <div class="spo-actions">
                <button type="button" class="spo-button spo-button--primary" on:click=begin>
                    {move || if started() { "Verder met de scan" } else { "Start de scan" }}
                </button>
                {move || started().then(|| view! {
                    <button type="button" class="spo-button" on:click=move |_| ctx.go(Step::Results)>
                        "Bekijk het resultaat"
                    </button>
                })}
            </div>
            {move || started().then(|| view! { <StartOver /> })}
        </section>
    }
}
