//! The advisor's team page: respondents' files in (file picker, drag and drop, or a link), the
//! team's picture out, and the action plan. Files are read in the browser and kept in memory
//! only. Each part is a component; what a file does to the team is the core's
//! [`scan_core::add_file`].

use leptos::prelude::*;
use scan_core::formats::exchange::EXCHANGE_MAX_BYTES;
use scan_core::{
    Added, Exchange, FileError, Profile, Questionnaire, Respondent, add_file, aggregate, compare,
    picture_date, team_csv, team_focus,
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use super::markup::{TeamInput, team_body};
use super::texts::Texts;

/// The respondents of one picture (the current one, or an earlier one to compare with).
type Team = RwSignal<Vec<Respondent>>;
/// What the advisor is told about files that were not simply added.
type Problems = RwSignal<Vec<String>>;

/// Adds one respondent's file to `team` and tells the advisor when it replaced an earlier file
/// of the same respondent or was left out as one already there.
fn add_one(team: Team, problems: Problems, t: Texts, file: Exchange, name: &str) {
    let mut added = Added::New;
    team.update(|all| added = add_file(all, file.into()));
    match added {
        Added::New => {}
        Added::Replaced => problems.update(|p| p.push(t.team_replaced(name))),
        Added::Duplicate => problems.update(|p| p.push(t.team_duplicate(name))),
    }
}

/// Reads the chosen or dropped `chosen` files into `team`: all files side by side (the browser
/// reads them in parallel; one after the other, 1,000 files spent about 1-2 s waiting), and
/// when the last one is in, all are added at once ([`add_all`]).
fn read_into(
    q: Arc<Questionnaire>,
    chosen: Vec<web_sys::File>,
    team: Team,
    problems: Problems,
    t: Texts,
) {
    let read: Rc<RefCell<Vec<Option<Read>>>> =
        Rc::new(RefCell::new(chosen.iter().map(|_| None).collect()));
    let left = Rc::new(Cell::new(chosen.len()));
    for (i, file) in chosen.into_iter().enumerate() {
        let (q, read, left) = (q.clone(), read.clone(), left.clone());
        leptos::task::spawn_local(async move {
            let text = crate::files::read_text(&file, EXCHANGE_MAX_BYTES).await;
            let decoded = text.and_then(|text| Exchange::decode(&q, text.as_bytes()));
            read.borrow_mut()[i] = Some((file.name(), decoded));
            left.set(left.get() - 1);
            if left.get() == 0 {
                let all = read.take().into_iter().flatten().collect();
                add_all(team, problems, t, all);
            }
        });
    }
}

/// One file read: its name, and its answers or why they cannot be used.
type Read = (String, Result<Exchange, FileError>);

/// Adds the files `read` to `team` in one change, so that the picture is aggregated and drawn
/// once for the lot, not once per file (1,000 files took over a minute), and tells the
/// advisor, in the order of the files, about each one that replaced an earlier file, was left
/// out as one already there, or cannot be used.
fn add_all(team: Team, problems: Problems, t: Texts, read: Vec<Read>) {
    // Files that cannot be used leave the team, and so the picture, as it was.
    let any = read.iter().any(|(_, file)| file.is_ok());
    let mut told = Vec::new();
    let add = |all: &mut Vec<Respondent>| {
        for (name, file) in read {
            match file.map(|e| add_file(all, e.into())) {
                Ok(Added::New) => {}
                Ok(Added::Replaced) => told.push(t.team_replaced(&name)),
                Ok(Added::Duplicate) => told.push(t.team_duplicate(&name)),
                Err(e) => told.push(t.team_file_problem(&name, &e)),
            }
        }
    };
    if any {
        team.update(add);
    } else {
        add(&mut Vec::new());
    }
    if !told.is_empty() {
        problems.update(|p| p.append(&mut told));
    }
}

/// The advisor's team view.
#[component]
pub fn TeamView(q: Arc<Questionnaire>, texts: Texts) -> impl IntoView {
    let t = texts;
    let files: Team = RwSignal::new(Vec::new());
    // Another team picture to compare with (an earlier scan's files).
    let earlier: Team = RwSignal::new(Vec::new());
    let problems: Problems = RwSignal::new(Vec::new());
    // The respondents' profiles, for the plan's examples.
    let profiles = Memo::new(move |_| {
        files.with(|all| {
            all.iter()
                .map(|f| f.progress.profile.clone())
                .collect::<Vec<Profile>>()
        })
    });
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
            <AddFiles q=q.clone() texts=t files=files earlier=earlier problems=problems />
            <LinkOffer q=q.clone() texts=t files=files problems=problems />
            <div role="status" class="spo-team-problems">
                {move || problems.get().into_iter().map(|p| view! { <p class="spo-flag">{p}</p> }).collect_view()}
            </div>
            <Picture q=q.clone() texts=t files=files earlier=earlier />
            <super::team_plan::PlanEditor q=q.clone() texts=t profiles=profiles />
            <div class="spo-actions spo-no-print">
                <button type="button" class="spo-button" on:click=print>{t.team_print()}</button>
                <button type="button" class="spo-button" on:click=csv>{t.team_csv()}</button>
            </div>
        </section>
    }
}

/// Where files come in: a file button and drag and drop for the current picture, a file button
/// for an earlier one.
#[component]
fn AddFiles(
    q: Arc<Questionnaire>,
    texts: Texts,
    files: Team,
    earlier: Team,
    problems: Problems,
) -> impl IntoView {
    let t = texts;
    let read = move |chosen, into| read_into(q.clone(), chosen, into, problems, t);
    let (read_now, read_earlier) = (read.clone(), read.clone());
    let add_now = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        read_now(crate::files::take_chosen(&ev.target()), files)
    };
    let add_earlier = move |ev: leptos::ev::Targeted<
        leptos::ev::Event,
        web_sys::HtmlInputElement,
    >| { read_earlier(crate::files::take_chosen(&ev.target()), earlier) };
    let add_dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        read(crate::files::dropped(&ev), files)
    };
    view! {
        <div class="spo-team-add spo-no-print" on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=add_dropped>
            <p class="spo-hint">{t.team_intro()}</p>
            <label class="spo-button spo-button--primary spo-file-button">
                {t.team_add()}
                <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add_now />
            </label>
            <p class="spo-hint">{t.team_drop()}</p>
            <p class="spo-hint">{t.team_earlier_intro()}</p>
            <label class="spo-button spo-file-button">
                {t.team_add_earlier()}
                <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add_earlier />
            </label>
            {move || earlier.with(|e| (!e.is_empty()).then(|| view! {
                <p class="spo-hint">{t.team_earlier_count()}{t.team_count(e.len())}</p>
            }))}
        </div>
    }
}

/// A respondent's link (`team.html#antwoorden=…`): offered, added only when the advisor says
/// so; either way the answers leave the address bar.
#[component]
fn LinkOffer(
    q: Arc<Questionnaire>,
    texts: Texts,
    files: Team,
    problems: Problems,
) -> impl IntoView {
    let t = texts;
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
    let accept = move |_| {
        if let Some(e) = offered.get_untracked() {
            add_one(files, problems, t, e, t.link_label());
        }
        offered.set(None);
        forget_link();
    };
    let decline = move |_| {
        offered.set(None);
        forget_link();
    };
    let offer_text = move |e: &Exchange| {
        let role = e.role.as_deref().map(|r| q.role_label(r));
        t.team_link_offer(role, e.name.as_deref())
    };
    move || {
        offered.with(|o| {
            o.as_ref().map(|e| {
                view! {
                    <div class="spo-team-offer" role="region" aria-label=t.link_label()>
                        <p>{offer_text(e)}</p>
                        <div class="spo-actions">
                            <button type="button" class="spo-button spo-button--primary" on:click=accept>{t.team_link_add()}</button>
                            <button type="button" class="spo-button" on:click=decline>{t.team_link_skip()}</button>
                        </div>
                    </div>
                }
            })
        })
    }
}

/// The team's picture, drawn once per change of the files as one piece of markup (see
/// [`team_body`]); a hint while no file is in.
#[component]
fn Picture(q: Arc<Questionnaire>, texts: Texts, files: Team, earlier: Team) -> impl IntoView {
    let t = texts;
    let body = move || {
        files.with(|all| {
            (!all.is_empty()).then(|| {
                let team = aggregate(&q, all);
                let focus = team_focus(&q, &team, all);
                let before = earlier.with(|e| {
                    (!e.is_empty()).then(|| (compare(&aggregate(&q, e), &team), picture_date(e)))
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
    };
    move || match body() {
        Some(html) => view! { <div class="spo-team-body" inner_html=html></div> }.into_any(),
        None => view! { <p class="spo-empty">{t.team_empty()}</p> }.into_any(),
    }
}
