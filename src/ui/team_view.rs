//! The advisor's team page: respondents' files in (file picker, drag and drop, or a link), the
//! team's picture out, and the action plan. Files are read in the browser and kept in memory
//! only. Each part is a component; what a file does to the team is the core's
//! [`scan_core::add_file`].

use leptos::prelude::*;
use scan_core::formats::swv_reference::{REFERENCE_KIND, ReferenceFile};
use scan_core::formats::team_file::{TEAM_KIND, TEAM_MAX_BYTES, TeamFile, TeamSource};
use scan_core::formats::team_session::{SessionPicture, TeamSession};
use scan_core::{
    Added, Exchange, FileError, Millis, Profile, Questionnaire, Respondent, TeamResults, add_file,
    aggregate, compare, picture_date, team_csv, team_focus,
};
use std::sync::Arc;

use super::markup::{Html, SwvBeside, TeamInput, team_body};
use super::on_device::{DeviceTexts, Kept, OnThisDevice, TypedName, keep_saving};
use super::texts::Texts;
use crate::storage::{LoadNotice, SessionStore};

/// One picture (the current one, or an earlier one to compare with): the respondents' files,
/// or else a team file that holds a picture without persons. Adding respondents' files closes
/// an opened team file; opening a team file puts the respondents' files away.
#[derive(Clone, Copy)]
struct Team {
    files: RwSignal<Vec<Respondent>>,
    opened: RwSignal<Option<TeamFile>>,
}

impl Team {
    fn new() -> Self {
        Team {
            files: RwSignal::new(Vec::new()),
            opened: RwSignal::new(None),
        }
    }

    /// The picture as the page draws it, when there is one (tracked). Computed once per
    /// change, in a memo ([`TeamView`]): aggregating 1,000 files takes about 0.1 s.
    #[inline(never)]
    fn picture(&self, q: &Questionnaire) -> Option<Picture> {
        let from_files = self.files.with(|all| {
            (!all.is_empty()).then(|| {
                let mut types: Vec<String> = (all.iter())
                    .filter_map(|f| f.progress.profile.school_type.clone())
                    .collect();
                types.sort_unstable();
                types.dedup();
                Picture {
                    team: aggregate(q, all),
                    profiles: all.iter().map(|f| f.progress.profile.clone()).collect(),
                    source: TeamSource {
                        school: None,
                        school_types: types,
                        from: all.iter().map(|f| f.saved_at).min(),
                        to: picture_date(all),
                    },
                }
            })
        });
        from_files.or_else(|| {
            self.opened.with(|f| {
                f.as_ref().map(|f| Picture {
                    team: f.to_results(q),
                    // Its school types stand in for the respondents in the examples' audience.
                    profiles: (f.school_types.iter())
                        .map(|t| Profile {
                            school_type: Some(t.clone()),
                            role: None,
                        })
                        .collect(),
                    source: TeamSource {
                        school: f.school.clone(),
                        school_types: f.school_types.clone(),
                        from: f.from,
                        to: f.to,
                    },
                })
            })
        })
    }

    /// What the session keeps of this picture (tracked).
    fn session(&self, q: &Questionnaire) -> SessionPicture {
        self.files.with(|files| {
            (self.opened).with(|opened| SessionPicture::new(q, files, opened.as_ref()))
        })
    }

    /// Takes up a picture kept in the session.
    fn restore(&self, kept: SessionPicture) {
        self.files.set(kept.respondents());
        self.opened.set(kept.team_file);
    }

    /// Empties the picture.
    fn clear(&self) {
        self.files.set(Vec::new());
        self.opened.set(None);
    }

    /// How many respondents the picture holds.
    fn respondents(&self) -> usize {
        let files = self.files.with(Vec::len);
        if files > 0 {
            files
        } else {
            self.opened
                .with(|f| f.as_ref().map_or(0, |f| f.respondents))
        }
    }
}

/// A team picture with what the page needs besides its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Picture {
    team: TeamResults,
    /// For the examples' audience.
    profiles: Vec<Profile>,
    source: TeamSource,
}

impl Picture {
    /// The school the picture is about: the name `typed`, else the one of the team file it was
    /// opened from. The page's report line and the saved team file both say this.
    fn school(&self, typed: Option<String>) -> Option<String> {
        typed.or_else(|| self.source.school.clone())
    }
}

/// What the advisor is told about files that were not simply added.
type Problems = RwSignal<Vec<String>>;
/// The SWV's reference file, opened to see the team beside its samenwerkingsverband.
type Reference = RwSignal<Option<ReferenceFile>>;

/// Reads the chosen or dropped `chosen` files into `team`: all files in one read
/// ([`crate::files::read_texts`]), then all added at once ([`add_all`]); an SWV's reference
/// file among them goes to `reference`.
fn read_into(
    q: Arc<Questionnaire>,
    chosen: Vec<web_sys::File>,
    team: Team,
    (problems, reference): (Problems, Reference),
    t: Texts,
) {
    leptos::task::spawn_local(async move {
        let texts = crate::files::read_texts(&chosen, TEAM_MAX_BYTES).await;
        let read = (chosen.iter().zip(texts))
            .map(|(file, text)| {
                let decoded = text.and_then(|text| match Exchange::decode(&q, text.as_bytes()) {
                    Err(FileError::WrongKind { found: Some(k) }) if k == TEAM_KIND => {
                        TeamFile::decode(&q, text.as_bytes()).map(Got::TeamFile)
                    }
                    Err(FileError::WrongKind { found: Some(k) }) if k == REFERENCE_KIND => {
                        ReferenceFile::decode(&q, text.as_bytes()).map(Got::Reference)
                    }
                    other => other.map(Got::Answers),
                });
                (file.name(), decoded)
            })
            .collect();
        if let Some(r) = add_all(team, problems, t, read) {
            reference.set(Some(r));
        }
    });
}

/// What a file held: a respondent's answers, a team file, or an SWV's reference.
enum Got {
    Answers(Exchange),
    TeamFile(TeamFile),
    Reference(ReferenceFile),
}

/// One file read: its name, and what it held or why it cannot be used.
type Read = (String, Result<Got, FileError>);

/// Adds the files `read` to `team` in one change, so that the picture is aggregated and drawn
/// once for the lot, not once per file (1,000 files took over a minute), and tells the
/// advisor, in the order of the files, about each one that replaced an earlier file, was left
/// out as one already there, or cannot be used. Returns the last reference file among them.
fn add_all(team: Team, problems: Problems, t: Texts, read: Vec<Read>) -> Option<ReferenceFile> {
    let mut told = Vec::new();
    let mut answers = Vec::new();
    let mut opened = None;
    let mut reference = None;
    for (name, file) in read {
        match file {
            Ok(Got::Answers(e)) => answers.push((name, e)),
            Ok(Got::TeamFile(f)) => {
                told.push(t.team_file_opened(&name, f.respondents));
                opened = Some(f);
            }
            Ok(Got::Reference(r)) => {
                told.push(t.team_reference_opened(&name, r.schools));
                reference = Some(r);
            }
            Err(e) => told.push(t.team_file_problem(&name, &e)),
        }
    }
    // Files that cannot be used leave the team, and so the picture, as it was.
    if !answers.is_empty() {
        team.opened.set(None);
        team.files.update(|all| {
            for (name, e) in answers {
                match add_file(all, e.into()) {
                    Added::New => {}
                    Added::Replaced => told.push(t.team_replaced(&name)),
                    Added::Duplicate => told.push(t.team_duplicate(&name)),
                }
            }
        });
    } else if let Some(f) = opened {
        team.files.set(Vec::new());
        team.opened.set(Some(f));
    }
    if !told.is_empty() {
        problems.update(|p| p.append(&mut told));
    }
    reference
}

/// The advisor's team view.
#[component]
pub fn TeamView(q: Arc<Questionnaire>, texts: Texts) -> impl IntoView {
    let t = texts;
    let files = Team::new();
    // Another team picture to compare with (an earlier scan's files, or its team file).
    let earlier = Team::new();
    let problems: Problems = RwSignal::new(Vec::new());
    let reference: Reference = RwSignal::new(None);
    // The school's name or code as the advisor types it: on the report and in the team file.
    let school = TypedName::new();
    let wiped = Trigger::new();
    let store = StoredValue::new(SessionStore::team(&q));
    let kept = keep_on_device(
        &q,
        t,
        store,
        (files, earlier),
        (problems, reference),
        school,
    );
    let on_wipe = Callback::new(move |()| {
        files.clear();
        earlier.clear();
        reference.set(None);
        school.set(String::new());
        problems.set(Vec::new());
        wiped.notify();
    });
    let lines = DeviceTexts {
        here: t.team_kept_here(),
        not_kept: t.team_not_kept(),
        refused: t.team_kept_refused(),
        confirm: t.team_wipe_confirm(),
    };
    // Each picture once per change of its files, for everything that shows or saves it.
    let (now, before) = {
        let (q1, q2) = (q.clone(), q.clone());
        (
            Memo::new(move |_| files.picture(&q1)),
            Memo::new(move |_| earlier.picture(&q2)),
        )
    };
    // The respondents' profiles, for the plan's examples.
    let profiles = Memo::new(move |_| {
        now.with(|p| p.as_ref().map(|p| p.profiles.clone()).unwrap_or_default())
    });
    let csv = {
        let q = q.clone();
        move |_: leptos::ev::MouseEvent| {
            let Some(text) =
                now.with_untracked(|p| p.as_ref().map(|p| team_csv(&q, &p.team, &t.csv_texts())))
            else {
                return;
            };
            let name = format!("teamantwoorden-{}.csv", crate::files::today());
            let _ = crate::files::download(&name, &text, "text/csv;charset=utf-8");
        }
    };
    view! {
        <section class="spo-screen spo-team" aria-labelledby="spo-team-title">
            <p class="spo-kicker">{q.title.clone()}</p>
            <h2 id="spo-team-title" class="spo-title">{t.team_title()}</h2>
            <AddFiles q=q.clone() texts=t files=files earlier=earlier inbox=(problems, reference) />
            <OnThisDevice texts=t lines=lines store=store kept=kept on_wipe=on_wipe />
            <LinkOffer q=q.clone() texts=t files=files problems=problems />
            <div role="status" class="spo-team-problems spo-no-print">
                {move || problems.get().into_iter().map(|p| view! { <p class="spo-flag">{p}</p> }).collect_view()}
            </div>
            <Picture q=q.clone() texts=t now=now before=before reference=reference school=school />
            <SaveTeamFile q=q.clone() texts=t now=now school=school />
            <super::team_plan::PlanEditor q=q.clone() texts=t profiles=profiles wiped=wiped />
            // The report and the answers once there is a picture to give them.
            {move || now.with(Option::is_some).then(|| view! {
                <div class="spo-actions spo-no-print">
                    <super::PrintButton label=t.team_print() />
                    <button type="button" class="spo-button" on:click=csv.clone()>{t.team_csv()}</button>
                </div>
            })}
        </section>
    }
}

/// Restores the session kept on this device into `files`, `earlier`, `reference` and `school`,
/// and keeps it there as they change, from then on. What was restored, or kept aside as unreadable, is
/// told in `problems`; whether the browser keeps it is the signal returned.
fn keep_on_device(
    q: &Arc<Questionnaire>,
    t: Texts,
    store: StoredValue<SessionStore>,
    (files, earlier): (Team, Team),
    (problems, reference): (Problems, Reference),
    school: TypedName,
) -> Kept {
    let (session, notice) = store.with_value(|s| s.load(|bytes| TeamSession::decode(q, bytes)));
    if let Some(session) = session {
        files.restore(session.now);
        earlier.restore(session.earlier);
        reference.set(session.reference);
        school.set(session.school.unwrap_or_default());
    }
    let told = match &notice {
        Some(LoadNotice::Restored) => Some(t.team_restored(
            files.respondents(),
            reference.with_untracked(|r| r.as_ref().map(|r| r.schools)),
        )),
        Some(LoadNotice::KeptAside { aside_key, .. }) => Some(t.team_session_kept_aside(aside_key)),
        _ => None,
    };
    problems.update(|p| p.extend(told));
    let q = q.clone();
    keep_saving(store, &notice, move || TeamSession {
        reference: reference.get(),
        school: school.kept(),
        ..TeamSession::new(
            &q,
            files.session(&q),
            earlier.session(&q),
            super::context::now(),
        )
    })
}

/// Where files come in: a file button and drag and drop for the current picture, a file button
/// for an earlier one.
#[component]
fn AddFiles(
    q: Arc<Questionnaire>,
    texts: Texts,
    files: Team,
    earlier: Team,
    inbox: (Problems, Reference),
) -> impl IntoView {
    let t = texts;
    let read = move |chosen, into| read_into(q.clone(), chosen, into, inbox, t);
    let (read_now, read_earlier) = (read.clone(), read.clone());
    let add_now = move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlInputElement>| {
        read_now(crate::files::take_chosen(&ev.target()), files)
    };
    let add_earlier = move |ev: leptos::ev::Targeted<
        leptos::ev::Event,
        web_sys::HtmlInputElement,
    >| { read_earlier(crate::files::take_chosen(&ev.target()), earlier) };
    // A reference file read like any other: it opens beside the current picture.
    let read_reference = read.clone();
    let add_reference = move |ev: leptos::ev::Targeted<
        leptos::ev::Event,
        web_sys::HtmlInputElement,
    >| { read_reference(crate::files::take_chosen(&ev.target()), files) };
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
            <details class="spo-team-privacy">
                <summary>{t.team_privacy_title()}</summary>
                <p>{t.team_privacy_files()}</p>
                <p>{t.team_privacy_here()}</p>
                <p>{t.team_privacy_out()}</p>
            </details>
            <p class="spo-hint">{t.team_earlier_intro()}</p>
            <label class="spo-button spo-file-button">
                {t.team_add_earlier()}
                <input type="file" multiple accept=".json,application/json" class="spo-sr" on:change:target=add_earlier />
            </label>
            {move || (earlier.respondents() > 0).then(|| view! {
                <p class="spo-hint">{t.team_earlier_count()}{t.team_count(earlier.respondents())}</p>
            })}
            <p class="spo-hint">{t.team_reference_hint()}</p>
            <label class="spo-button spo-file-button">
                {t.team_add_reference()}
                <input type="file" accept=".json,application/json" class="spo-sr" on:change:target=add_reference />
            </label>
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
            let read = vec![(t.link_label().to_string(), Ok(Got::Answers(e)))];
            let _ = add_all(files, problems, t, read);
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
fn Picture(
    q: Arc<Questionnaire>,
    texts: Texts,
    now: Memo<Option<Picture>>,
    before: Memo<Option<Picture>>,
    reference: Reference,
    school: TypedName,
) -> impl IntoView {
    let t = texts;
    let body = move || {
        now.with(|now| {
            let now = now.as_ref()?;
            let swv = reference.with(|r| {
                r.as_ref().map(|r| {
                    let rows = scan_core::swv::beside(&now.team, &r.distributions(&q));
                    (r.swv.clone(), r.schools, rows)
                })
            });
            let focus = team_focus(&q, &now.team, &now.profiles);
            let before = before.with(|e| {
                e.as_ref()
                    .map(|e| (compare(&e.team, &now.team), e.source.to))
            });
            let html = Html::from(team_body(&TeamInput {
                q: &q,
                team: &now.team,
                school_types: &now.source.school_types,
                focus: &focus,
                earlier: before.as_ref().map(|(c, d)| (c.as_slice(), *d)),
                date: now.source.to,
                beside: swv.as_ref().map(|(swv, schools, rows)| SwvBeside {
                    swv: swv.as_deref(),
                    schools: *schools,
                    rows,
                }),
                texts: t,
            }));
            Some(html)
        })
    };
    // A line of its own, so that typing redraws only this and not the picture.
    let named = move || {
        let name = now.with(|p| p.as_ref().and_then(|p| p.school(school.shown())))?;
        Some(view! { <p class="spo-report-for">{t.team_report_school()}": "{name}</p> })
    };
    view! {
        {named}
        {move || match body() {
            Some(html) => view! { <div class="spo-team-body" inner_html=html></div> }.into_any(),
            None => view! { <p class="spo-empty">{t.team_empty()}</p> }.into_any(),
        }}
    }
}

/// "Teambeeld bewaren als bestand": the picture as counts, without persons (a team file),
/// with the school's name or code as the advisor types it. Says what the file holds first.
#[component]
fn SaveTeamFile(
    q: Arc<Questionnaire>,
    texts: Texts,
    now: Memo<Option<Picture>>,
    school: TypedName,
) -> impl IntoView {
    let t = texts;
    let q = StoredValue::new(q);
    let status = RwSignal::new(None::<&'static str>);
    let holds = move || {
        now.with(|p| {
            p.as_ref()
                .map(|p| t.team_file_holds(p.team.respondents, p.team.roles.len()))
        })
    };
    let save = move |_: leptos::ev::MouseEvent| {
        let Some(mut p) = now.get_untracked() else {
            return;
        };
        let q = q.get_value();
        p.source.school = p.school(school.shown());
        let now: Millis = super::context::now();
        let text = TeamFile::new(&q, &p.team, &p.source, now).encode();
        let name = format!("teambeeld-{}.json", crate::files::today());
        let ok = crate::files::download(&name, &text, "application/json").is_ok();
        status.set(Some(if ok {
            t.team_file_saved()
        } else {
            t.file_not_saved()
        }));
    };
    move || {
        holds().map(|holds| {
            view! {
                <div class="spo-team-save spo-no-print">
                    {school.field("spo-team-school", t.team_school())}
                    <p class="spo-hint">{holds}</p>
                    <button type="button" class="spo-button" on:click=save>{t.team_save_file()}</button>
                    <p class="spo-hint" role="status">{move || status.get()}</p>
                </div>
            }
        })
    }
}
