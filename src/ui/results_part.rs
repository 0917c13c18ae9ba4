//! The results screen as a part of the respondent's WebAssembly of its own (issue 21): the
//! respondent downloads the start screen and the statements first, and the results screen,
//! taking the answers along and the charts while they answer. The build splits the part off
//! (`scripts/split-wasm.sh`, after trunk's build); the widget fetches it in idle time once its
//! first screen is drawn ([`prefetch`]), so the results open without waiting and a respondent
//! who goes offline after the first statement still sees them.
//!
//! The split point is written into the respondent's binaries by [`respondent_parts!`], not into
//! this library: the split tool's marker is an exported function, which every binary linking it
//! would keep, so the team and SWV pages would carry the respondent's results screen.

use std::cell::OnceCell;
use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use scan_core::formats::exchange::EXCHANGE_MAX_BYTES;
use scan_core::{Exchange, OtherProfile, Profile, Progress, Questionnaire, Step};

use super::context::{ScanContext, data_around, focus_after_render, now};
use super::markup::{Html, RESULTS_ACTION, RestoreNote, results_stand_in};
use super::results::ResultsScreen;

/// The part could not be fetched or started (offline before it came, or not on the server).
#[derive(Debug)]
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// A part's call: the part is fetched first if it is not here yet.
pub type PartCall<T> = fn() -> Pin<Box<dyn Future<Output = Result<T, PartMissing>>>>;

/// Work a part does after the call that fetched it.
pub type PartWork = Pin<Box<dyn Future<Output = ()>>>;

/// A part's call with a [`RestoreJob`]: the part is fetched first if it is not here yet.
pub type RestoreCall =
    fn(RestoreJob) -> Pin<Box<dyn Future<Output = Result<PartWork, PartMissing>>>>;

/// What a respondent's binary split off, from [`respondent_parts!`].
#[derive(Clone, Copy)]
pub struct Parts {
    /// The results screen.
    pub results: PartCall<AnyView>,
    /// Fetches the results screen's part without showing it.
    pub fetch_results: PartCall<()>,
    /// Restores answers from a file (in the same part: reading and checking a file is code the
    /// first statement does not need, and the part is usually here by the time a file is
    /// chosen).
    pub restore: RestoreCall,
}

/// What the respondent asked on the start screen to restore their answers from, with where to
/// say what became of it.
pub struct RestoreJob {
    pub(crate) ctx: ScanContext,
    pub(crate) what: Restore,
    pub(crate) note: RwSignal<Option<RestoreNote>>,
}

/// Where the answers come back from.
pub enum Restore {
    /// A file chosen: merged with the answers here.
    File(web_sys::File),
    /// A file of another profile, read before and refused ([`RestoreNote::OtherProfile`]),
    /// now confirmed to replace the answers here.
    Replace { name: String, file: Progress },
}

impl RestoreJob {
    /// Reads the file as an answers file of this scan ([`Exchange::decode`]) and takes it into
    /// the progress ([`scan_core::Progress::restore`]: newer answers win, nothing is lost, a
    /// file of another profile is refused, and can then replace the answers here), then says
    /// what it did. For the part.
    pub fn run(self) -> PartWork {
        let RestoreJob { ctx, what, note } = self;
        Box::pin(async move {
            let (q, t) = (ctx.q(), ctx.texts);
            let (name, file, mut progress) = match what {
                Restore::File(file) => {
                    let name = file.name();
                    let read = crate::files::read_text(&file, EXCHANGE_MAX_BYTES)
                        .await
                        .and_then(|text| Exchange::decode(&q, text.as_bytes()));
                    match read {
                        Ok(exchange) => {
                            (name, exchange.into_progress(), ctx.progress.get_untracked())
                        }
                        Err(problem) => {
                            return note.set(Some(RestoreNote::Problem(
                                t.restore_problem(&name, &problem),
                            )));
                        }
                    }
                }
                // As "Opnieuw beginnen" does, so that another tab drops what it had too.
                Restore::Replace { name, file } => (name, file, Progress::started(now())),
            };
            let ours = progress.profile.clone();
            let said = match progress.restore(&q, &file, now()) {
                Ok(done) => {
                    ctx.progress.set(progress);
                    // As when another tab's answers come in: a theme step the respondent went on
                    // to while the part was on its way shows them.
                    ctx.outside.notify();
                    RestoreNote::Done(t.restore_done(&name, done))
                }
                Err(OtherProfile(theirs)) => RestoreNote::OtherProfile {
                    why: t.restore_other_profile(
                        &name,
                        &profile_label(&q, &theirs),
                        &profile_label(&q, &ours),
                    ),
                    name,
                    file,
                },
            };
            note.set(Some(said));
        })
    }
}

/// A profile as a respondent knows it: the role's label, else the school type's.
fn profile_label(q: &Questionnaire, p: &Profile) -> String {
    match (&p.role, &p.school_type) {
        (Some(role), _) => q.role_label(role).to_string(),
        (None, Some(school_type)) => q.school_type_label(school_type).to_string(),
        (None, None) => String::new(),
    }
}

/// Runs `job` in the part that restores; when the part cannot be had, says so (nothing changed).
pub fn restore(job: RestoreJob) {
    let (t, note) = (job.ctx.texts, job.note);
    let Some(parts) = parts() else {
        note.set(Some(RestoreNote::Problem(t.restore_missing().into())));
        return;
    };
    leptos::task::spawn_local(async move {
        match (parts.restore)(job).await {
            Ok(work) => work.await,
            Err(PartMissing) => note.set(Some(RestoreNote::Problem(t.restore_missing().into()))),
        }
    });
}

thread_local! {
    static PARTS: OnceCell<Parts> = const { OnceCell::new() };
}

/// Sets the binary's parts, once, before any widget is mounted.
pub fn set_parts(parts: Parts) {
    PARTS.with(|p| {
        let _ = p.set(parts);
    });
}

fn parts() -> Option<Parts> {
    PARTS.with(|p| p.get().copied())
}

/// The results screen itself, for the part: what [`respondent_parts!`] splits off.
pub fn results_screen() -> AnyView {
    view! { <ResultsScreen /> }.into_any()
}

/// The split point of the respondent's binaries: `scan_widget::mount_all(reader,
/// scan_widget::respondent_parts!())`. The part is named `results` (the split tool names its
/// file after it); `fallible`: a part that cannot be had is an `Err`, not a panic, and the next
/// call tries again.
// Not formatted: rustfmt indents the attribute inside one step further on every run.
#[rustfmt::skip]
#[macro_export]
macro_rules! respondent_parts {
    () => {{
        #[::leptos::wasm_split::wasm_split(
            results,
            wasm_split_path = ::leptos::wasm_split,
            fallible,
            preload(fetch_results_part)
        )]
        fn results_part()
            -> ::std::result::Result<::leptos::prelude::AnyView, $crate::ui::PartMissing> {
            Ok($crate::ui::results_screen())
        }
        #[::leptos::wasm_split::wasm_split(
            results,
            wasm_split_path = ::leptos::wasm_split,
            fallible
        )]
        fn restore_part(job: $crate::ui::RestoreJob)
            -> ::std::result::Result<$crate::ui::PartWork, $crate::ui::PartMissing> {
            Ok(job.run())
        }
        Some($crate::ui::Parts {
            results: || ::std::boxed::Box::pin(results_part()),
            restore: |job| ::std::boxed::Box::pin(restore_part(job)),
            fetch_results: || {
                ::std::boxed::Box::pin(async {
                    fetch_results_part()
                        .await
                        .map_err(::std::convert::Into::into)
                })
            },
        })
    }};
}

/// Fetches the results part in idle time, once; a failure is left for the results screen to
/// report when it is asked for.
pub fn prefetch() {
    let Some(parts) = parts() else {
        return;
    };
    crate::lazy_parts::when_idle(move || {
        leptos::task::spawn_local(async move {
            let _ = (parts.fetch_results)().await;
        })
    });
}

/// The results screen: at once when its part is here; else a heading and a line that it is
/// loading, then the screen; or, when the part cannot be had, why, with *Opnieuw proberen*.
#[component]
pub fn Results() -> impl IntoView {
    // Every respondent's binary sets its parts; without them the screen says it cannot load
    // (never drawn directly here, or the split tool would find it needed by the first part).
    let parts = parts();
    let ctx = ScanContext::get();
    let t = ctx.texts;
    let attempt = RwSignal::new(0u32);
    let swv = ctx
        .progress
        .with_untracked(|p| ctx.q().is_swv(p.profile.school_type.as_deref()));
    // What stands in for the screen keeps its heading, so that focus moved there by
    // `ScanContext::go` has a place, and is handed on to the screen's heading when it comes.
    let stand_in = move |missing: bool| {
        let heading = ctx.id("heading");
        let html = ctx.with_ids(|ids| Html::from(results_stand_in(t, ids, swv, missing)));
        let click =
            move |ev: leptos::ev::MouseEvent| match data_around(&ev, RESULTS_ACTION).as_deref() {
                Some("retry") => attempt.update(|a| *a += 1),
                Some("start") => ctx.go(Step::Start),
                _ => {}
            };
        view! {
            <section
                class="spo-screen spo-results"
                aria-labelledby=heading
                aria-busy=(!missing).then_some("true")
                inner_html=html
                on:click=click
            ></section>
        }
    };
    // Reached by `ScanContext::go` (read now, while it draws this): `go` focuses the heading in
    // the next frame, but when the screen comes later its heading replaces the stand-in's, so
    // focus is moved again once it is drawn; the same after "Opnieuw proberen". A respondent
    // who resumes at the results (no `go`) keeps the page's focus.
    let focus_wanted = ctx.take_focus_request();
    view! {
        <Suspense fallback=move || stand_in(false)>
            {move || {
                attempt.track();
                let screen = parts.map(|p| send_wrapper::SendWrapper::new((p.results)()));
                Suspend::new(async move {
                    let screen = match screen {
                        Some(screen) => screen.await,
                        None => Err(PartMissing),
                    };
                    if focus_wanted || attempt.get_untracked() > 0 {
                        focus_after_render(ctx.id("heading"), false);
                    }
                    match screen {
                        Ok(screen) => screen,
                        Err(PartMissing) => stand_in(true).into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
