use std::sync::Arc;

use leptos::prelude::*;
use scan_core::{Progress, Questionnaire, Results, Step, ThemeIx};

use super::markup::{ElementIds, Html, Screen};
use super::texts::Texts;
use crate::lazy_parts::{Examples, ExamplesProblem};

/// Everything the components of one widget share. Each mounted widget has its own; it is `Copy`,
/// so event handlers can capture it freely.
#[derive(Clone, Copy)]
pub struct ScanContext {
    q: StoredValue<Arc<Questionnaire>>,
    /// The one piece of state: what the team filled in and where it is.
    pub progress: RwSignal<Progress>,
    /// Scores, derived from `progress`.
    pub results: Memo<Results>,
    /// The current step, so screens re-render only when the step changes.
    pub step: Memo<Step>,
    /// Notified when progress came in from another tab: screens that show answers statically
    /// are drawn again.
    pub outside: Trigger,
    /// The themes in this team's scan; changes only with the profile or the modules, so what
    /// depends on it does not re-run on every answer.
    included: Memo<Vec<ThemeIx>>,
    /// Prefix that makes element ids and radio names unique to this widget.
    uid: StoredValue<Arc<str>>,
    /// The interface texts, in the widget's language.
    pub texts: Texts,
    /// See [`ScanContext::content_lang`]; derived once from the questionnaire and `texts`.
    content_lang: StoredValue<Option<String>>,
    /// Where the respondent's link for the advisor points, relative to the page.
    team_page: StoredValue<Arc<str>>,
    /// Whether the questionnaire has its practice examples yet (the built-in scan's come later,
    /// see [`crate::lazy_parts`]); set only with the questionnaire that has them.
    examples: RwSignal<Examples>,
    /// Where they come from, when they come later.
    examples_url: StoredValue<Option<Arc<str>>>,
    /// Set by [`ScanContext::go`]: the screen it goes to should have keyboard focus on its
    /// heading; a screen drawn later than `go`'s own move (one whose code is still on its way)
    /// takes it with [`ScanContext::take_focus_request`].
    focus_request: StoredValue<bool>,
}

impl ScanContext {
    /// Builds the context for one widget and provides it to its components.
    pub fn provide(
        q: Arc<Questionnaire>,
        progress: RwSignal<Progress>,
        uid: Arc<str>,
        texts: Texts,
        team_page: Arc<str>,
    ) -> Self {
        let results = {
            let q = q.clone();
            Memo::new(move |_| progress.with(|p| scan_core::score(&q, p)))
        };
        let included = {
            let q = q.clone();
            Memo::new(move |_| progress.with(|p| p.scope().included_themes(&q)))
        };
        let ctx = ScanContext {
            content_lang: StoredValue::new(content_lang(&q, texts)),
            q: StoredValue::new(q),
            progress,
            results,
            step: Memo::new(move |_| progress.with(|p| p.step.clone())),
            outside: Trigger::new(),
            included,
            uid: StoredValue::new(uid),
            team_page: StoredValue::new(team_page),
            texts,
            examples: RwSignal::new(Examples::Ready),
            examples_url: StoredValue::new(None),
            focus_request: StoredValue::new(false),
        };
        provide_context(ctx);
        ctx
    }

    /// The context provided by the enclosing [`super::ScanWidget`].
    pub fn get() -> Self {
        expect_context::<ScanContext>()
    }

    /// The team page the respondent's link points to (see [`super::MountOptions::team_page`]).
    pub fn team_page(&self) -> Arc<str> {
        self.team_page.get_value()
    }

    /// The questionnaire.
    pub fn q(&self) -> Arc<Questionnaire> {
        self.q.get_value()
    }

    /// Whether [`ScanContext::q`] has its practice examples yet (tracked: the results' focus
    /// themes are drawn again when they come).
    pub fn examples(&self) -> Examples {
        self.examples.get()
    }

    /// The questionnaire came without its practice examples: they are fetched from `url` by
    /// [`ScanContext::fetch_examples`].
    pub fn examples_come_from(&self, url: String) {
        self.examples_url.set_value(Some(url.into()));
        self.examples.set(Examples::Later);
    }

    /// Fetches the practice examples, unless they are here or on their way, and adds them to
    /// the questionnaire. Once they are in, [`ScanContext::q`] has them and `examples` is
    /// `Ready`; else `examples` says why not, and this may be called again.
    pub fn fetch_examples(&self) {
        let Some(url) = self.examples_url.get_value() else {
            return;
        };
        if matches!(
            self.examples.get_untracked(),
            Examples::Ready | Examples::Loading
        ) {
            return;
        }
        self.examples.set(Examples::Loading);
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let got = match crate::config_source::fetch_bytes(&url).await {
                Ok(bytes) => crate::config_source::with_builtin_examples(&bytes)
                    .map_err(ExamplesProblem::from),
                Err(detail) => {
                    web_sys::console::warn_1(
                        &format!("Scan Passend Onderwijs: {url}: {detail}").into(),
                    );
                    Err(ExamplesProblem::Unreachable)
                }
            };
            match got {
                Ok(q) => {
                    ctx.q.set_value(q);
                    ctx.examples.set(Examples::Ready);
                }
                Err(problem) => ctx.examples.set(Examples::Failed(problem)),
            }
        });
    }

    /// An element id unique to this widget.
    pub fn id(&self, local: &str) -> String {
        self.with_ids(|ids| ids.id(local))
    }

    /// Runs `f` with this widget's element ids, for the markup builders.
    pub fn with_ids<R>(&self, f: impl FnOnce(ElementIds) -> R) -> R {
        self.uid.with_value(|uid| f(ElementIds(uid)))
    }

    /// Runs `f` with what a screen is drawn from: the questionnaire, the progress (tracked),
    /// the texts, this widget's element ids and the questionnaire's language.
    pub fn with_screen<R>(&self, f: impl FnOnce(Screen) -> R) -> R {
        let (q, content_lang) = (self.q(), self.content_lang());
        self.progress.with(|progress| {
            self.with_ids(|ids| {
                f(Screen {
                    q: &q,
                    progress,
                    texts: self.texts,
                    ids,
                    content_lang: content_lang.as_deref(),
                })
            })
        })
    }

    /// Goes to `step` and moves keyboard focus to the new screen's heading.
    pub fn go(&self, step: Step) {
        self.focus_request.set_value(true);
        self.progress.update(|p| p.step = step);
        focus_after_render(self.id("heading"), true);
    }

    /// Whether the screen being built was reached by [`ScanContext::go`]; true once per `go`
    /// (the screens draw after `go` returns, so it is taken, not reset by `go`). Only a screen
    /// whose heading can come later than `go`'s own move of focus needs it.
    pub fn take_focus_request(&self) -> bool {
        let wanted = self.focus_request.get_value();
        self.focus_request.set_value(false);
        wanted
    }

    /// The questionnaire's language, for a `lang` attribute on its texts, when it differs from
    /// the language of the widget's own texts (WCAG 3.1.2); `None` when they are the same.
    pub fn content_lang(&self) -> Option<String> {
        self.content_lang.get_value()
    }

    /// Indexes of the themes in this team's scan.
    pub fn included_themes(&self) -> Vec<ThemeIx> {
        self.included.get()
    }

    /// The step of the theme with index `theme`.
    pub fn theme_step(&self, theme: ThemeIx) -> Step {
        Step::Theme(self.q().themes[theme].id.clone())
    }
}

/// The questionnaire's language, for a `lang` attribute on its texts, when it differs from the
/// language of the interface texts `texts` (WCAG 3.1.2); `None` when they are the same.
pub fn content_lang(q: &Questionnaire, texts: Texts) -> Option<String> {
    let primary = q.language.split('-').next().unwrap_or_default();
    (!primary.eq_ignore_ascii_case(texts.0.code())).then(|| q.language.clone())
}

/// Now, for the time of an answer or note (see [`scan_core::Timed`]).
pub fn now() -> scan_core::Millis {
    js_sys::Date::now() as scan_core::Millis
}

/// For one listener on a container of markup (see [`super::markup`]): the value of the data
/// attribute `attribute` (`data-…`) on the event's target or the nearest element around it that
/// has one.
pub fn data_around(ev: &web_sys::Event, attribute: &str) -> Option<String> {
    ev.target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
        .and_then(|e| e.closest(&format!("[{attribute}]")).ok().flatten())
        .and_then(|e| e.get_attribute(attribute))
}

/// After the next render, moves keyboard focus to the element with this id (and scrolls to it).
pub fn focus_after_render(id: String, scroll: bool) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
        if let Some(e) = element {
            let _ = e.focus();
            if scroll {
                e.scroll_into_view();
            }
        }
    });
}

/// Draws `markup` into `container`, first when it is mounted (in the same task, so no frame
/// shows it empty), then in place whenever it changes ([`super::redraw`]: focus and an alert
/// that stays are kept).
pub fn draw_in_place(container: NodeRef<leptos::html::Div>, markup: Memo<Html>) {
    Effect::watch(
        move || markup.get(),
        move |html, _, _| {
            if let Some(container) = container.get_untracked() {
                super::redraw::redraw(&container, html);
            }
        },
        true,
    );
}
