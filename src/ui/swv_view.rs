//! The samenwerkingsverband's page (`swv.html`): schools' team files in (file picker, drag and
//! drop), the picture across the schools out ([`scan_core::swv::swv_picture`]), and the
//! reference file the schools open beside their own picture. Respondents' files are refused:
//! what travels to the SWV holds counts, not persons.

use std::sync::Arc;

use leptos::prelude::*;
use scan_core::formats::swv_reference::ReferenceFile;
use scan_core::formats::team_file::{TEAM_MAX_BYTES, TeamFile};
use scan_core::swv::{SchoolAdded, add_schools, swv_picture};
use scan_core::{Millis, Questionnaire};

use super::markup::swv_body;
use super::texts::Texts;

/// The SWV's page.
#[component]
pub fn SwvView(q: Arc<Questionnaire>, texts: Texts) -> impl IntoView {
    let t = texts;
    let schools: RwSignal<Vec<TeamFile>> = RwSignal::new(Vec::new());
    let problems = RwSignal::new(Vec::<String>::new());
    // Read all, aggregate once, draw once.
    let picture = {
        let q = q.clone();
        Memo::new(move |_| schools.with(|s| (!s.is_empty()).then(|| swv_picture(&q, s))))
    };
    let read = {
        let q = q.clone();
        move |chosen: Vec<web_sys::File>| {
            let q = q.clone();
            leptos::task::spawn_local(async move {
                let texts = crate::files::read_texts(&chosen, TEAM_MAX_BYTES).await;
                let mut told = Vec::new();
                let mut files = Vec::new();
                for (file, text) in chosen.iter().zip(texts) {
                    match text.and_then(|text| TeamFile::decode(&q, text.as_bytes())) {
                        Ok(f) => files.push((file.name(), f)),
                        Err(e) => told.push(t.swv_file_problem(&file.name(), &e)),
                    }
                }
                let (names, files): (Vec<String>, Vec<TeamFile>) = files.into_iter().unzip();
                let added = schools
                    .try_update(|all| add_schools(all, files))
                    .unwrap_or_default();
                for (name, a) in names.iter().zip(added) {
                    match a {
                        SchoolAdded::New => {}
                        SchoolAdded::Replaced => told.push(t.swv_same_school(name, true)),
                        SchoolAdded::KeptNewer => told.push(t.swv_same_school(name, false)),
                        SchoolAdded::NoName => told.push(t.swv_no_name(name)),
                    }
                }
                problems.update(|p| p.append(&mut told));
            });
        }
    };
    let read2 = read.clone();
    let add = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        read(crate::files::take_chosen(&ev.target()))
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        read2(crate::files::dropped(&ev))
    };
    let body = {
        let q = q.clone();
        move || {
            picture.with(|p| match p {
                Some(p) => {
                    let html = swv_body(&q, p, t).into_string();
                    view! { <div class="spo-swv-body" inner_html=html></div> }.into_any()
                }
                None => view! { <p class="spo-empty">{t.swv_empty()}</p> }.into_any(),
            })
        }
    };
    view! {
        <section class="spo-screen spo-team spo-swv" aria-labelledby="spo-swv-title">
            <p class="spo-kicker">{q.title.clone()}</p>
            <h2 id="spo-swv-title" class="spo-title">{t.swv_title()}</h2>
            <div class="spo-team-add spo-no-print" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
                <p class="spo-hint">{t.swv_intro()}</p>
                <label class="spo-button spo-button--primary spo-file-button">
                    {t.swv_add()}
                    <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add />
                </label>
                <p class="spo-hint">{t.team_drop()}</p>
            </div>
            <div class="spo-team-problems spo-no-print" role="status">
                {move || problems.get().into_iter().map(|p| view! { <p class="spo-flag">{p}</p> }).collect_view()}
            </div>
            {body}
            <SaveReference q=q texts=t picture=picture />
        </section>
    }
}

/// "Referentiebestand bewaren": per theme the distribution over the schools, without their
/// names, from `criteria.min_schools` schools with figures.
#[component]
fn SaveReference(
    q: Arc<Questionnaire>,
    texts: Texts,
    picture: Memo<Option<scan_core::swv::SwvPicture>>,
) -> impl IntoView {
    let t = texts;
    let min = q.criteria.min_schools;
    let q = StoredValue::new(q);
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(None::<&'static str>);
    let save = move |_: leptos::ev::MouseEvent| {
        let now: Millis = super::context::now();
        let typed = name.get_untracked();
        let Some(file) = picture.with_untracked(|p| {
            let p = p.as_ref()?;
            ReferenceFile::new(&q.get_value(), p, Some(typed.as_str()), now)
        }) else {
            return;
        };
        let file_name = format!("referentie-swv-{}.json", crate::files::today());
        let ok = crate::files::download(&file_name, &file.encode(), "application/json").is_ok();
        status.set(Some(if ok {
            t.swv_reference_saved()
        } else {
            t.file_not_saved()
        }));
    };
    move || {
        let shown = picture.with(|p| p.as_ref().map(|p| p.shown_schools))?;
        Some(view! {
            <div class="spo-team-save spo-no-print">
                <div class="spo-field">
                    <label for="spo-swv-name">{t.swv_name()}</label>
                    <input id="spo-swv-name" type="text" maxlength="60" autocomplete="off"
                        prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
                </div>
                <p class="spo-hint">{t.swv_reference_needs(min)}</p>
                <button type="button" class="spo-button" disabled=shown < min on:click=save>{t.swv_save_reference()}</button>
                <p class="spo-hint" role="status">{move || status.get()}</p>
            </div>
        })
    }
}
