use std::sync::Arc;

use leptos::prelude::*;
use scan_core::{Questionnaire, Step, TakenIn};

use super::context::ScanContext;
use super::markup::Html;
use super::markup::OtherTab;
use super::notices::Notices;
use super::results_part::Results;
use super::start_screen::StartScreen;
use super::texts::{Lang, Texts};
use super::theme_step::ThemeStep;
use crate::config_source::{self, ConfigLoadError, ConfigReader};
use crate::storage::{LoadNotice, ProgressStore};

/// What the host page asks of one widget (read from its mount element by `embed`).
#[derive(Debug, Clone, Default)]
pub struct MountOptions {
    /// URL of the site owner's configuration; `None` runs the built-in scan.
    pub config_url: Option<String>,
    /// Explicit storage key, if the host page set one.
    pub storage_key: Option<String>,
    /// Language of the widget's own texts.
    pub lang: Lang,
    /// Where the respondent's link for the advisor points (`data-team-page`); `team.html`
    /// next to the page when the host page and the loader set none.
    pub team_page: Option<String>,
    /// The folder of the widget's own files (`data-files`, set by the loader), where the
    /// built-in scan's examples are fetched from ([`crate::lazy_parts`]).
    pub files: Option<String>,
    /// What reads `config_url`; the binary decides (see [`crate::config_source`]).
    pub reader: Option<ConfigReader>,
}

/// One widget: loads the questionnaire (built-in or from `data-config`) and the stored
/// progress, and shows the current step; or says in Dutch why the scan cannot run.
#[component]
pub fn ScanWidget(options: MountOptions) -> impl IntoView {
    let (url, reader, texts) = (
        options.config_url.clone(),
        options.reader,
        Texts(options.lang),
    );
    let shown = move |q| view! { <LoadedWidget q=q options=options.clone() /> };
    // The built-in scan's examples come later (see `LoadedWidget`), so they are not in this
    // build's download.
    let builtin = config_source::builtin_without_examples;
    view! { <WithScan config_url=url reader=reader builtin=builtin texts=texts shown=shown /> }
}

/// Loads the questionnaire a page asks for, the built-in scan or the one at `config_url`
/// (read by `reader`), and shows `shown` with it; while it loads a line says so, and when it
/// cannot be loaded [`ConfigProblem`] says why. The one place where the widget and the team
/// page get their scan. `builtin` gives the built-in scan: [`config_source::builtin`], or for
/// the respondent's widget [`config_source::builtin_without_examples`].
#[component]
pub fn WithScan<F, V>(
    config_url: Option<String>,
    reader: Option<ConfigReader>,
    builtin: fn() -> Result<Arc<Questionnaire>, ConfigLoadError>,
    texts: Texts,
    shown: F,
) -> impl IntoView
where
    F: Fn(Arc<Questionnaire>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let Some(url) = config_url else {
        return match builtin() {
            Ok(q) => shown(q).into_any(),
            Err(e) => view! { <ConfigProblem error=e texts=texts /> }.into_any(),
        };
    };
    let loaded = RwSignal::new(None);
    leptos::task::spawn_local(
        async move { loaded.set(Some(config_source::fetch(&url, reader).await)) },
    );
    (move || match loaded.get() {
        None => view! {
            <div class="spo" lang=texts.0.code()><p class="spo-loading" role="status">{texts.loading()}</p></div>
        }
        .into_any(),
        Some(Ok(q)) => shown(q).into_any(),
        Some(Err(e)) => view! { <ConfigProblem error=e texts=texts /> }.into_any(),
    })
    .into_any()
}

#[component]
fn LoadedWidget(q: Arc<Questionnaire>, options: MountOptions) -> impl IntoView {
    let store = ProgressStore::new(&q, options.storage_key.as_deref());
    let uid: Arc<str> = element_uid(store.key()).into();
    if !claim_element_ids(&uid) {
        let error = ConfigLoadError::SharedStorage {
            key: store.key().to_string(),
        };
        return view! { <ConfigProblem error=error texts=Texts(options.lang) /> }.into_any();
    }
    let (initial, notice) = store.load(&q);
    let saving = RwSignal::new(if matches!(notice, Some(LoadNotice::Unavailable)) {
        Saving::Stopped
    } else {
        Saving::On
    });
    let progress = RwSignal::new(initial);
    let texts = Texts(options.lang);
    let team_page = options.team_page.as_deref().unwrap_or("team.html").into();
    let ctx = ScanContext::provide(q.clone(), progress, uid, texts, team_page);
    // The built-in scan came without its practice examples: fetch them once the first screen is
    // drawn, so that the results have them, offline too.
    if options.config_url.is_none() && q.examples.is_empty() {
        ctx.examples_come_from(crate::lazy_parts::examples_url(options.files.as_deref()));
        crate::lazy_parts::when_idle(move || ctx.fetch_examples());
    }
    // The results screen's code, too (a part of its own in the respondent's WebAssembly).
    super::results_part::prefetch();

    // Persist from one place: every change of progress is saved at once. Not on the first run
    // (`immediate` false): what was just loaded is what storage holds (or nothing, for a new
    // scan), so writing it again would only delay the first statement.
    let save_error = RwSignal::new(None);
    let other_tab = RwSignal::new(None);
    {
        let (store, q) = (store.clone(), q.clone());
        Effect::watch(
            move || progress.track(),
            move |_, _, _| {
                if saving.get_untracked() == Saving::On {
                    let saved = progress.with_untracked(|p| store.save(&q, p));
                    save_error.set(saved.err());
                }
            },
            false,
        );
    }
    if saving.get_untracked() == Saving::On {
        take_in_other_tabs(ctx, store, q, other_tab, saving);
    }

    // Another tab's answers redraw the screens that show answers statically; the start screen
    // draws itself again in place from the progress, keeping focus, so it is not rebuilt.
    let screen = move || {
        let step = ctx.step.get();
        if step != Step::Start {
            ctx.outside.track();
        }
        match step {
            Step::Start => view! { <StartScreen /> }.into_any(),
            Step::Results => view! { <Results /> }.into_any(),
            Step::Theme(id) => {
                match scan_core::shown_theme(&ctx.q(), &id, &ctx.included_themes()) {
                    Some(theme) => view! { <ThemeStep theme=theme /> }.into_any(),
                    None => view! { <StartScreen /> }.into_any(),
                }
            }
        }
    };

    view! {
        <div class="spo" lang=texts.0.code()>
            <Notices load=notice save_error=save_error other_tab=other_tab />
            {screen}
        </div>
    }
    .into_any()
}

thread_local! {
    /// The element id prefixes of the widgets on this page ([`element_uid`]).
    static CLAIMED_IDS: std::cell::RefCell<Vec<Arc<str>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Takes the id prefix `uid` (from the storage key) for one widget; false when another widget
/// on the page has it already: the same key (they would save over each other's answers), or
/// keys that differ only where ids cannot (`team.a`, `team-a`).
fn claim_element_ids(uid: &Arc<str>) -> bool {
    CLAIMED_IDS.with_borrow_mut(|ids| {
        let free = !ids.contains(uid);
        if free {
            ids.push(uid.clone());
        }
        free
    })
}

/// The prefix of a widget's element ids and radio names, from its storage key: unique per
/// widget on a page, since each has its own key.
fn element_uid(storage_key: &str) -> String {
    let cleaned: String = storage_key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("spo-{cleaned}")
}

/// A new respondent's start screen for the built-in scan as a whole widget in `lang`, and the
/// storage key its widget would read: what the build writes into the loader, which shows it
/// while the WebAssembly arrives, where nothing is stored under that key
/// ([`super::markup::start_page`]; `tools/start_screen.rs`).
pub fn builtin_start_page(lang: Lang) -> Result<(Html, String), ConfigLoadError> {
    let q = config_source::builtin_without_examples()?;
    let key = ProgressStore::new(&q, None).key().to_string();
    let uid = element_uid(&key);
    let texts = Texts(lang);
    let content_lang = super::context::content_lang(&q, texts);
    let page = super::markup::start_page(&super::markup::StartInput {
        screen: super::markup::Screen {
            q: &q,
            progress: &scan_core::Progress::default(),
            texts,
            ids: super::markup::ElementIds(&uid),
            content_lang: content_lang.as_deref(),
        },
        asked: false,
        so_far: None,
        restore: None,
        replacing: false,
    });
    Ok((Html::from(page), key))
}

/// Whether this tab writes its progress to storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Saving {
    On,
    /// For good, in this tab: storage is unavailable, or holds what this tab must not write
    /// over (data it could not keep aside, or another tab's newer release).
    Stopped,
}

/// Listens for another tab of the same scan saving its progress and merges it in, per answer
/// (see [`scan_core::Progress::merge`]), so that no answer given in any tab is lost. The screen
/// is drawn again with what came in, and `other_tab` tells the team. What this build cannot
/// read (another tab runs a newer release) stops this tab's saving instead of being overwritten.
fn take_in_other_tabs(
    ctx: ScanContext,
    store: ProgressStore,
    q: Arc<Questionnaire>,
    other_tab: RwSignal<Option<OtherTab>>,
    saving: RwSignal<Saving>,
) {
    let handle = window_event_listener(leptos::ev::storage, move |ev| {
        // A key of `None` is another tab's (or the host page's) `localStorage.clear()`. Our own
        // "Opnieuw beginnen" never clears: it saves a started-over progress under the key. So
        // this tab keeps its answers and saves them again with its next change: nothing a team
        // entered is lost to a script that cleared the site's storage.
        if ev.key().as_deref() != Some(store.key()) {
            return;
        }
        let theirs = match store.read_other_tab(&q) {
            Ok(Some(theirs)) => theirs,
            Ok(None) => return,
            Err(reason) => {
                web_sys::console::warn_1(
                    &format!("Scan Passend Onderwijs: another tab saved what this one cannot read ({reason}); not saving here").into(),
                );
                saving.set(Saving::Stopped);
                return other_tab.set(Some(OtherTab::Unreadable));
            }
        };
        let merged = ctx.progress.with_untracked(|p| {
            let mut merged = p.clone();
            let what = match merged.take_in(&theirs)? {
                TakenIn::Added => OtherTab::Added,
                TakenIn::StartedOver => OtherTab::StartedOver,
            };
            Some((merged, what))
        });
        if let Some((merged, what)) = merged {
            ctx.progress.set(merged);
            ctx.outside.notify();
            other_tab.set(Some(what));
        }
    });
    on_cleanup(move || handle.remove());
}

/// Shown instead of the scan (or the team page) when its configuration cannot be fetched or
/// is invalid ([`super::markup::config_problem`]). The browser console gets the same details.
#[component]
fn ConfigProblem(error: ConfigLoadError, texts: Texts) -> impl IntoView {
    let (intro, lines) = super::markup::config_problem_lines(texts, &error);
    web_sys::console::error_1(
        &format!("Scan Passend Onderwijs: {intro}\n{}", lines.join("\n")).into(),
    );
    let alert = Html::from(super::markup::config_problem(texts, &error));
    view! { <div class="spo" lang=texts.0.code() inner_html=alert></div> }
}
