use leptos::prelude::*;
use scan_core::Step;
use wasm_bindgen::JsCast;

use super::context::{ScanContext, data_around, draw_in_place, focus_after_render, now};
use super::markup::{
    REPLACE, RESTORE_INPUT, RestoreNote, START_ACTION, StartInput, field_key, field_of_key,
    start_screen,
};
use super::results_part::{Restore, RestoreJob, restore};
use super::start_over::{Confirmation, StartOver};

/// What the scan is for, how it works, optional modules, and start or continue.
///
/// The screen below its section is one HTML string from [`start_screen`], the builder that also
/// writes the start screen the loader shows a new respondent while the WebAssembly arrives
/// (`tools/start_screen.rs`); so the live widget replaces that with the same markup. It is drawn
/// again in place when the progress changes (a choice hides roles, fixes the time estimate,
/// starts the scan): focus and an alert that stays are kept ([`super::redraw`]).
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let heading = ctx.id("heading");
    // The scan asks who fills it in before it starts: nearly every statement depends on it.
    let asked = RwSignal::new(false);
    // What became of the last file chosen to restore answers from.
    let note = RwSignal::new(None::<RestoreNote>);
    // The respondent asked to replace the answers here with a file of another profile.
    let replacing = Confirmation::new(ctx, "restore-replace", "restore-replace");
    let markup = Memo::new(move |_| {
        let asked = asked.get();
        // Counted as the theme step counts; only for a respondent who has begun, so that a new
        // one's first screen does not wait for the scores.
        let so_far = ctx
            .progress
            .with(|p| !p.is_blank())
            .then(|| ctx.results.with(|r| r.overall.filled_in()));
        note.with(|note| {
            ctx.with_screen(|screen| {
                start_screen(&StartInput {
                    screen,
                    asked,
                    so_far,
                    restore: note.as_ref(),
                    replacing: replacing.asking.get(),
                })
                .into()
            })
        })
    });
    let started = move || ctx.progress.with(|p| !p.is_blank());
    let main = NodeRef::<leptos::html::Div>::new();
    draw_in_place(main, markup);

    let change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if input.has_attribute(RESTORE_INPUT) {
            if let Some(file) = crate::files::take_chosen(&input).into_iter().next() {
                replacing.asking.set(false);
                note.set(Some(RestoreNote::Reading));
                restore(RestoreJob {
                    ctx,
                    what: Restore::File(file),
                    note,
                });
            }
        } else if let Some(module) = input.get_attribute("data-module") {
            let on = input.checked();
            ctx.progress.update(|p| {
                p.set_up(now(), |_, modules| {
                    if on {
                        modules.insert(module);
                    } else {
                        modules.remove(&module);
                    }
                })
            });
        } else if let Some(field) = data_around(&ev, "data-field").and_then(|k| field_of_key(&k)) {
            let choice = input.value();
            ctx.progress
                .update(|p| p.choose(&ctx.q(), now(), field, choice));
        }
    };
    let click = move |ev: leptos::ev::MouseEvent| {
        if data_around(&ev, REPLACE).is_some() {
            return replacing.open();
        }
        if replacing.confirmed(&ev) {
            let Some(RestoreNote::OtherProfile { name, file, .. }) = note.get_untracked() else {
                return;
            };
            replacing.asking.set(false);
            note.set(Some(RestoreNote::Reading));
            focus_after_render(ctx.id("restore"), false);
            return restore(RestoreJob {
                ctx,
                what: Restore::Replace { name, file },
                note,
            });
        }
        match data_around(&ev, START_ACTION).as_deref() {
            Some("begin") => {
                let missing = ctx.progress.with_untracked(|p| {
                    p.missing_choice(&ctx.q())
                        .map(|(field, first)| format!("{}-{first}", field_key(field)))
                });
                if let Some(first) = missing {
                    asked.set(true);
                    focus_after_render(ctx.id(&first), true);
                    return;
                }
                let step = ctx.progress.with_untracked(|p| p.resume_step(&ctx.q()));
                ctx.go(step);
            }
            Some("results") => ctx.go(Step::Results),
            _ => {}
        }
    };
    let keys = move |ev: leptos::ev::KeyboardEvent| replacing.key(&ev);

    view! {
        <section class="spo-screen spo-start" aria-labelledby=heading>
            <div class="spo-start__main" node_ref=main on:change=change on:click=click on:keydown=keys></div>
            {move || started().then(|| view! { <StartOver /> })}
        </section>
    }
}
