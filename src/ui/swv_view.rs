//! The samenwerkingsverband's page (`swv.html`): schools' team files in (file picker, drag and
//! drop), the picture across the schools out ([`scan_core::swv::swv_picture`]), the change
//! since an earlier round, a report, a CSV, and the reference file the schools open beside
//! their own picture. Respondents' files are refused: what travels to the SWV holds counts,
//! not persons. The files are kept on this device ([`SwvSession`]) until wiped.

use std::sync::Arc;

use leptos::prelude::*;
use scan_core::formats::swv_reference::ReferenceFile;
use scan_core::formats::swv_session::SwvSession;
use scan_core::formats::team_file::{TEAM_MAX_BYTES, TeamFile};
use scan_core::swv::{
    SchoolAdded, SchoolOrder, add_schools, of_type, schools_with_figures, sort_schools,
    swv_changes, swv_picture,
};
use scan_core::{Millis, Questionnaire, swv_csv};

use super::markup::{Html, SwvInput, swv_body};
use super::on_device::{DeviceTexts, OnThisDevice, TypedName, keep_saving};
use super::texts::Texts;
use crate::storage::{LoadNotice, SessionStore};

/// One round of schools' team files: one per school, the newer kept.
type Round = RwSignal<Vec<TeamFile>>;
/// What the SWV's staff are told: what was done (added, restored), then each file that was
/// not simply added, set apart as flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Told {
    done: Option<String>,
    flags: Vec<String>,
}
type Problems = RwSignal<Told>;

/// Reads `chosen` into `round`: all read at once, all added in one change, so the picture is
/// computed and drawn once for the lot. Each file that is not simply added gets a line.
fn read_into(
    q: Arc<Questionnaire>,
    chosen: Vec<web_sys::File>,
    round: Round,
    problems: Problems,
    t: Texts,
) {
    leptos::task::spawn_local(async move {
        let texts = crate::files::read_texts(&chosen, TEAM_MAX_BYTES).await;
        let mut told = Vec::new();
        let mut files = Vec::new();
        for (file, text) in chosen.iter().zip(texts) {
            match text.and_then(|text| TeamFile::decode(&q, text.as_bytes())) {
                Ok(f) => files.push((file.name(), f.for_swv())),
                Err(e) => told.push(t.swv_file_problem(&file.name(), &e)),
            }
        }
        let (names, files): (Vec<String>, Vec<TeamFile>) = files.into_iter().unzip();
        let added = round
            .try_update(|all| add_schools(all, files))
            .unwrap_or_default();
        let fine = (added.iter())
            .filter(|a| matches!(a, SchoolAdded::New | SchoolAdded::Replaced))
            .count();
        for (name, a) in names.iter().zip(added) {
            match a {
                SchoolAdded::New => {}
                SchoolAdded::Replaced => told.push(t.swv_same_school(name, true)),
                SchoolAdded::KeptNewer => told.push(t.swv_same_school(name, false)),
                SchoolAdded::NoName => told.push(t.swv_no_name(name)),
            }
        }
        // Each addition says what it did, first, so that a screen reader hears it before the
        // exceptions; earlier lines would read as if about these files.
        problems.set(Told {
            done: (fine > 0).then(|| t.swv_added(fine)),
            flags: told,
        });
    });
}

/// The SWV's page.
#[component]
pub fn SwvView(q: Arc<Questionnaire>, texts: Texts) -> impl IntoView {
    let t = texts;
    let (now, earlier): (Round, Round) = (RwSignal::new(Vec::new()), RwSignal::new(Vec::new()));
    let problems: Problems = RwSignal::new(Told::default());
    // The SWV's name as its staff type it: on the report and in the reference file.
    let name = TypedName::new();
    let store = StoredValue::new(SessionStore::swv(&q));
    let kept = {
        let (session, notice) = store.with_value(|s| s.load(|bytes| SwvSession::decode(&q, bytes)));
        if let Some(s) = session {
            problems.update(|p| p.done = Some(t.swv_restored(s.now.len(), s.earlier.len())));
            now.set(s.now);
            earlier.set(s.earlier);
            name.set(s.swv.unwrap_or_default());
        }
        if let Some(LoadNotice::KeptAside { aside_key, .. }) = &notice {
            problems.update(|p| p.flags.push(t.team_session_kept_aside(aside_key)));
        }
        let q = q.clone();
        keep_saving(store, &notice, move || SwvSession {
            swv: name.kept(),
            ..now.with(|n| earlier.with(|e| SwvSession::new(&q, n, e, super::context::now())))
        })
    };
    let on_wipe = Callback::new(move |()| {
        now.set(Vec::new());
        earlier.set(Vec::new());
        name.set(String::new());
        problems.set(Told::default());
    });
    let lines = DeviceTexts {
        here: t.swv_kept_here(),
        not_kept: t.swv_not_kept(),
        refused: t.swv_kept_refused(),
        confirm: t.swv_wipe_confirm(),
    };
    let only = RwSignal::new(None::<String>);
    let order = RwSignal::new(SchoolOrder::Name);
    // Read all, aggregate once, draw once: each picture once per change of its files or of
    // the school type shown; the order only sorts the rows.
    let picture_of = |round: Round, q: Arc<Questionnaire>| {
        Memo::new(move |_| {
            let only = only.get();
            round.with(|files| match only {
                _ if files.is_empty() => None,
                None => Some(swv_picture(&q, files)),
                Some(t) => Some(swv_picture(&q, &of_type(files, Some(&t)))),
            })
        })
    };
    let (picture, before) = (picture_of(now, q.clone()), picture_of(earlier, q.clone()));
    let body = {
        let q = q.clone();
        move || {
            picture.with(|p| {
                let Some(p) = p else {
                    return view! { <p class="spo-empty">{t.swv_empty()}</p> }.into_any();
                };
                let mut shown = p.clone();
                sort_schools(&mut shown.schools, order.get());
                // The changes follow the order the page shows the schools in.
                let changes = before.with(|b| {
                    b.as_ref()
                        .map(|b| (swv_changes(b, &shown), super::markup::swv_newest(b)))
                });
                let label =
                    only.with(|o| o.as_deref().map(|id| q.school_type_label(id).to_string()));
                let html = Html::from(swv_body(&SwvInput {
                    q: &q,
                    picture: &shown,
                    only: label.as_deref(),
                    changes: (changes.as_ref()).map(|((s, w), d)| (s.as_slice(), w.as_slice(), *d)),
                    texts: t,
                }));
                view! { <div class="spo-swv-body" inner_html=html></div> }.into_any()
            })
        }
    };
    let csv = {
        let q = q.clone();
        move |_: leptos::ev::MouseEvent| {
            let Some(text) = picture.with_untracked(|p| {
                let mut p = p.clone()?;
                sort_schools(&mut p.schools, order.get_untracked());
                Some(swv_csv(&q, &p, &t.csv_texts()))
            }) else {
                return;
            };
            let name = format!("swv-beeld-{}.csv", crate::files::today());
            let _ = crate::files::download(&name, &text, "text/csv;charset=utf-8");
        }
    };
    let has_picture = move || picture.with(Option::is_some);
    let options = {
        let q = q.clone();
        move || {
            has_picture().then(
                || view! { <ShowOptions q=q.clone() texts=t now=now only=only order=order name=name /> },
            )
        }
    };
    view! {
        <section class="spo-screen spo-team spo-swv" aria-labelledby="spo-swv-title">
            <p class="spo-kicker">{q.title.clone()}</p>
            <h2 id="spo-swv-title" class="spo-title">{t.swv_title()}</h2>
            <AddTeamFiles q=q.clone() texts=t now=now earlier=earlier problems=problems />
            <OnThisDevice texts=t lines=lines store=store kept=kept on_wipe=on_wipe />
            <div class="spo-team-problems spo-no-print" role="status">
                {move || problems.with(|p| p.done.clone().map(|d| view! { <p class="spo-done">{d}</p> }))}
                {move || problems.get().flags.into_iter().map(|p| view! { <p class="spo-flag">{p}</p> }).collect_view()}
            </div>
            {options}
            // Its own line, not in the picture's markup: typing the name redraws only this.
            {move || {
                let name = picture.with(Option::is_some).then(|| name.shown()).flatten()?;
                Some(view! { <p class="spo-report-for">{t.swv_report_name()}": "{name}</p> })
            }}
            {body}
            <SaveReference q=q.clone() texts=t now=now name=name />
            {move || has_picture().then(|| view! {
                <div class="spo-actions spo-no-print">
                    <super::PrintButton label=t.team_print() />
                    <button type="button" class="spo-button" on:click=csv.clone()>{t.swv_csv()}</button>
                </div>
            })}
        </section>
    }
}

/// Where team files come in: a file button and drag and drop for this round, a file button
/// for an earlier round.
#[component]
fn AddTeamFiles(
    q: Arc<Questionnaire>,
    texts: Texts,
    now: Round,
    earlier: Round,
    problems: Problems,
) -> impl IntoView {
    let t = texts;
    let read = move |chosen, into| read_into(q.clone(), chosen, into, problems, t);
    let (read_now, read_earlier, read_folder) = (read.clone(), read.clone(), read.clone());
    // A folder holds other files too: only its .json files are read.
    let add_folder =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
            let json = (crate::files::take_chosen(&ev.target()).into_iter())
                .filter(|f| f.name().to_ascii_lowercase().ends_with(".json"))
                .collect();
            read_folder(json, now)
        };
    let add = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        read_now(crate::files::take_chosen(&ev.target()), now)
    };
    let add_earlier = move |ev: leptos::ev::Targeted<
        leptos::ev::Event,
        web_sys::HtmlInputElement,
    >| { read_earlier(crate::files::take_chosen(&ev.target()), earlier) };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        read(crate::files::dropped(&ev), now)
    };
    view! {
        <div class="spo-team-add spo-no-print" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=drop>
            <p class="spo-hint">{t.swv_intro()}</p>
            <label class="spo-button spo-button--primary spo-file-button">
                {t.swv_add()}
                <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add />
            </label>
            <label class="spo-button spo-file-button">
                {t.swv_add_folder()}
                <input type="file" multiple prop:webkitdirectory=true class="spo-sr" on:change:target=add_folder />
            </label>
            <p class="spo-hint">{t.team_drop()}</p>
            <p class="spo-hint">{t.swv_earlier_intro()}</p>
            <label class="spo-button spo-file-button">
                {t.swv_add_earlier()}
                <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add_earlier />
            </label>
            {move || earlier.with(|e| (!e.is_empty()).then(|| view! {
                <p class="spo-hint spo-swv-earlier-count">{t.swv_earlier_count(e.len())}</p>
            }))}
        </div>
    }
}

/// Which schools the page shows (one school type, or all) and in what order.
#[component]
fn ShowOptions(
    q: Arc<Questionnaire>,
    texts: Texts,
    now: Round,
    only: RwSignal<Option<String>>,
    order: RwSignal<SchoolOrder>,
    name: TypedName,
) -> impl IntoView {
    let t = texts;
    // The school types among the schools, in the scan's order.
    let types = move || {
        now.with(|files| {
            (q.school_types.iter())
                .filter(|c| files.iter().any(|f| f.school_types.contains(&c.id)))
                .map(|c| (c.id.clone(), c.label.clone()))
                .collect::<Vec<_>>()
        })
    };
    let pick_type =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            let v = ev.target().value();
            only.set((!v.is_empty()).then_some(v));
        };
    let pick_order =
        move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
            order.set(match ev.target().value().as_str() {
                "type" => SchoolOrder::SchoolType,
                "score" => SchoolOrder::Score,
                _ => SchoolOrder::Name,
            });
        };
    view! {
        <div class="spo-swv-options spo-no-print">
            {name.field("spo-swv-name", t.swv_name())}
            <div class="spo-field">
                <label for="spo-swv-only">{t.swv_filter()}</label>
                <select id="spo-swv-only" on:change:target=pick_type>
                    <option value="" selected=move || only.with(Option::is_none)>{t.swv_filter_all()}</option>
                    {move || types().into_iter().map(|(id, label)| {
                        let is = id.clone();
                        view! { <option value=id selected=move || only.with(|o| o.as_deref() == Some(is.as_str()))>{label}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="spo-field">
                <label for="spo-swv-order">{t.swv_order()}</label>
                <select id="spo-swv-order" on:change:target=pick_order>
                    <option value="name">{t.swv_order_name()}</option>
                    <option value="type">{t.swv_order_type()}</option>
                    <option value="score">{t.swv_order_score()}</option>
                </select>
            </div>
        </div>
    }
}

/// "Referentiebestand bewaren": per theme the distribution over the schools, without their
/// names, from `criteria.min_schools` schools with figures.
#[component]
fn SaveReference(
    q: Arc<Questionnaire>,
    texts: Texts,
    now: Round,
    name: TypedName,
) -> impl IntoView {
    let t = texts;
    let min = q.criteria.min_schools;
    let q = StoredValue::new(q);
    let status = RwSignal::new(None::<&'static str>);
    let save = move |_: leptos::ev::MouseEvent| {
        let at: Millis = super::context::now();
        let typed = name.shown();
        // The whole SWV's, whatever school type the page shows: computed once, when asked for.
        let q = q.get_value();
        let Some(file) = now.with_untracked(|files| {
            ReferenceFile::new(&q, &swv_picture(&q, files), typed.as_deref(), at)
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
        let shown = now.with(|files| {
            (!files.is_empty()).then(|| schools_with_figures(&q.get_value(), files))
        })?;
        Some(view! {
            <div class="spo-team-save spo-no-print">
                <p class="spo-hint">{t.swv_reference_needs(min)}</p>
                <button type="button" class="spo-button" disabled=shown < min on:click=save>{t.swv_save_reference()}</button>
                <p class="spo-hint" role="status">{move || status.get()}</p>
            </div>
        })
    }
}
