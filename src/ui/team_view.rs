use leptos::prelude::*;
use scan_core::{Exchange, Questionnaire, aggregate, compare, picture_date, team_csv, team_focus};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::markup::{TeamInput, team_body};
use super::texts::Texts;

/// Adds one respondent's file to `files`. A file of a respondent already there replaces the
/// earlier one when it is newer, and is left out otherwise; either way the advisor is told.
fn add_one(
    files: RwSignal<Vec<Exchange>>,
    problems: RwSignal<Vec<String>>,
    t: Texts,
    file: Exchange,
    name: &str,
) {
    let same = files.with_untracked(|all| all.iter().position(|e| e.same_respondent(&file)));
    match same {
        None => files.update(|all| all.push(file)),
        Some(i) if files.with_untracked(|all| all[i].saved_at < file.saved_at) => {
            files.update(|all| all[i] = file);
            problems.update(|p| p.push(t.team_replaced(name)));
        }
        Some(_) => problems.update(|p| p.push(t.team_duplicate(name))),
    }
}

/// The advisor's team view: respondents' exchange files in (file picker or drag and drop),
/// the team's picture out. Files are read in the browser and kept in memory only.
#[component]
pub fn TeamView(q: Arc<Questionnaire>, texts: Texts) -> impl IntoView {
    let t = texts;
    let files = RwSignal::new(Vec::<Exchange>::new());
    // The respondents' school types, for the plan's examples.
    let school_types = Memo::new(move |_| {
        files.with(|all| {
            all.iter()
                .map(|f| f.school_type.clone())
                .collect::<Vec<_>>()
        })
    });
    // Another team picture to compare with (an earlier scan's files).
    let earlier = RwSignal::new(Vec::<Exchange>::new());
    let problems = RwSignal::new(Vec::<String>::new());
    // A respondent's link (team.html#antwoorden=…): offered, added only when the advisor says so.
    let offered = RwSignal::new(None::<Exchange>);
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    match Exchange::from_link_fragment(&q, &hash) {
        Ok(found) => offered.set(found),
        Err(e) => problems.update(|p| p.push(t.team_file_problem(t.link_label(), &e))),
    }
    let forget_link = || {
        if let Some(w) = web_sys::window() {
            let path = w.location().pathname().unwrap_or_default();
            let _ = w.history().and_then(|h| {
                h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
            });
        }
    };
    let accept_link = move |_| {
        if let Some(e) = offered.get_untracked() {
            add_one(files, problems, t, e, t.link_label());
        }
        offered.set(None);
        forget_link();
    };
    let decline_link = move |_| {
        offered.set(None);
        forget_link();
    };
    let offer_text = {
        let q = q.clone();
        move |e: &Exchange| {
            let role = e
                .role
                .as_deref()
                .and_then(|r| q.roles.iter().find(|c| c.id == r))
                .map(|c| c.label.clone());
            t.team_link_offer(role.as_deref(), e.name.as_deref())
        }
    };
    let add = {
        let q = q.clone();
        move |list: web_sys::FileList, files: RwSignal<Vec<Exchange>>| {
            let q = q.clone();
            // A FileList is live: clearing the input empties it, so take the files out first.
            let chosen: Vec<web_sys::File> =
                (0..list.length()).filter_map(|i| list.get(i)).collect();
            leptos::task::spawn_local(async move {
                for file in chosen {
                    let name = file.name();
                    let read =
                        if file.size() > scan_core::formats::exchange::EXCHANGE_MAX_BYTES as f64 {
                            Err(scan_core::ExchangeError::TooLarge(file.size() as usize))
                        } else {
                            match JsFuture::from(file.text())
                                .await
                                .ok()
                                .and_then(|v| v.as_string())
                            {
                                Some(text) => Exchange::decode(&q, text.as_bytes()),
                                None => Err(scan_core::ExchangeError::Damaged("unreadable".into())),
                            }
                        };
                    match read {
                        Ok(e) => add_one(files, problems, t, e, &name),
                        Err(e) => problems.update(|p| p.push(t.team_file_problem(&name, &e))),
                    }
                }
            });
        }
    };
    let add_from_input = {
        let add = add.clone();
        move |ev: leptos::ev::Event, into: RwSignal<Vec<Exchange>>| {
            let input = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
            if let Some(list) = input.as_ref().and_then(|i| i.files()) {
                add(list, into);
            }
            // The same file may be chosen again after removing it.
            if let Some(i) = input {
                i.set_value("");
            }
        }
    };
    let add_now = {
        let add = add_from_input.clone();
        move |ev| add(ev, files)
    };
    let add_earlier = move |ev| add_from_input(ev, earlier);
    let add_from_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(list) = ev.data_transfer().and_then(|d| d.files()) {
            add(list, files);
        }
    };
    let body = {
        let q = q.clone();
        move || {
            files.with(|all| {
                (!all.is_empty()).then(|| {
                    let team = aggregate(&q, all);
                    let focus = team_focus(&q, &team, all);
                    let before = earlier.with(|e| {
                        (!e.is_empty())
                            .then(|| (compare(&aggregate(&q, e), &team), picture_date(e)))
                    });
                    team_body(&TeamInput {
                        q: &q,
                        team: &team,
                        files: all,
                        focus: &focus,
                        earlier: before.as_ref().map(|(c, d)| (c.as_slice(), *d)),
                        date: picture_date(all),
                        texts: t,
                    })
                    .into_string()
                })
            })
        }
    };
    let csv = {
        let q = q.clone();
        move |_: leptos::ev::MouseEvent| {
            let text = files.with_untracked(|all| team_csv(&q, all));
            let name = format!("teamantwoorden-{}.csv", crate::files::today());
            let _ = crate::files::download(&name, &text, "text/csv;charset=utf-8");
        }
    };
    let print = |_: leptos::ev::MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! {
        <section class="spo-screen spo-team" aria-labelledby="spo-team-title">
            <p class="spo-kicker">{q.title.clone()}</p>
            <h2 id="spo-team-title" class="spo-title">{t.team_title()}</h2>
            <div class="spo-team-add spo-no-print" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=add_from_drop>
                <p class="spo-hint">{t.team_intro()}</p>
                <label class="spo-button spo-button--primary spo-file-button">
                    {t.team_add()}
                    <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change=add_now />
                </label>
                <p class="spo-hint">{t.team_drop()}</p>
                <p class="spo-hint">{t.team_earlier_intro()}</p>
                <label class="spo-button spo-file-button">
                    {t.team_add_earlier()}
                    <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change=add_earlier />
                </label>
                {move || earlier.with(|e| (!e.is_empty()).then(|| view! {
                    <p class="spo-hint">{t.team_earlier_count()}{t.team_count(e.len())}</p>
                }))}
            </div>
            {move || offered.with(|o| o.as_ref().map(|e| view! {
                <div class="spo-team-offer" role="region" aria-label=t.link_label()>
                    <p>{offer_text(e)}</p>
                    <div class="spo-actions">
                        <button type="button" class="spo-button spo-button--primary" on:click=accept_link>{t.team_link_add()}</button>
                        <button type="button" class="spo-button" on:click=decline_link>{t.team_link_skip()}</button>
                    </div>
                </div>
            }))}
            <div role="status" class="spo-team-problems">
                {move || problems.get().into_iter().map(|p| view! { <p class="spo-flag">{p}</p> }).collect_view()}
            </div>
            {move || match body() {
                Some(html) => view! { <div class="spo-team-body" inner_html=html></div> }.into_any(),
                None => view! { <p class="spo-empty">{t.team_empty()}</p> }.into_any(),
            }}
            <super::team_plan::PlanEditor q=q.clone() texts=t school_types=school_types />
            <div class="spo-actions spo-no-print">
                <button type="button" class="spo-button" on:click=print>{t.team_print()}</button>
                <button type="button" class="spo-button" on:click=csv>{t.team_csv()}</button>
            </div>
        </section>
    }
}
