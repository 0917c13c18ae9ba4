//! Static markup, built with `maud`: every inserted value is escaped unless it is wrapped in
//! `PreEscaped`, which no builder uses (a test fails if one does). What they build reaches the
//! page only as an [`Html`].
//!
//! A Leptos view costs code for every element type it builds; parts that never change once
//! shown (a theme's statements with their options, the results screen below its heading) are
//! cheaper as one string set with `inner_html`, always as an [`Html`]. The builders are pure functions of plain data
//! (questionnaire, answers, notes, texts, ids), so native tests call them with hostile strings;
//! buttons inside carry data attributes and one listener on the container handles them.

mod chart;
mod notices;
mod results;
mod safe;
mod score_bar;
mod start;
mod start_over;
mod statements;
mod swv;
mod team;
mod theme;

pub use notices::{NOTICE_DISMISS, OtherTab, notices};
pub use results::{RESULTS_ACTION, ResultsInput, focus_themes, results_body, results_stand_in};
pub use safe::Html;
pub use start::{
    REPLACE, RESTORE_INPUT, RestoreNote, START_ACTION, StartInput, field_key, field_of_key,
    start_page, start_screen,
};
pub use start_over::{CONFIRM, Confirm, START_OVER, confirm, start_over};
pub use statements::statements;
pub use swv::{SwvInput, newest as swv_newest, swv_body};
pub use team::{SwvBeside, TeamInput, plan_summary, team_body};
pub use theme::{THEME_GO, THEME_NOTE, ThemeInput, go_step, overview, theme_progress, theme_step};

use maud::{Markup, html};

use super::texts::{Lang, Texts};
use crate::config_source::ConfigLoadError;

/// What every screen of the respondent's widget is drawn from: plain data, no signals.
#[derive(Clone, Copy)]
pub struct Screen<'a> {
    pub q: &'a scan_core::Questionnaire,
    pub progress: &'a scan_core::Progress,
    pub texts: Texts,
    pub ids: ElementIds<'a>,
    /// The questionnaire's language, when it differs from the interface's (WCAG 3.1.2).
    pub content_lang: Option<&'a str>,
}

/// Makes element ids and radio names unique to one widget: `<uid>-<local>`.
#[derive(Debug, Clone, Copy)]
pub struct ElementIds<'a>(pub &'a str);

impl ElementIds<'_> {
    /// The id for `local` in this widget.
    pub fn id(self, local: &str) -> String {
        format!("{}-{local}", self.0)
    }
}

/// What replaces a widget should it ever panic: a short message in its language.
pub fn panic_message(lang: Lang) -> Markup {
    let t = Texts(lang);
    html! {
        div.spo lang=(lang.code()) {
            div.spo-alert role="alert" {
                p.spo-alert__title { (t.internal_error_title()) }
                p { (t.internal_error_text()) }
            }
        }
    }
}

/// Why a page's scan cannot be loaded (fetch failed, invalid configuration with every error's
/// `file:line:column`, or a build without the reader): the alert that replaces the scan, inside
/// the page's `.spo`.
pub fn config_problem(t: Texts, error: &ConfigLoadError) -> Markup {
    let (intro, lines) = config_problem_lines(t, error);
    html! {
        div.spo-alert role="alert" {
            h2.spo-alert__title { (t.cannot_load()) }
            p { (intro) }
            ul.spo-errors { @for line in &lines { li { code { (line) } } } }
            p { (t.tell_site_owner()) }
        }
    }
}

/// [`config_problem`] as a whole widget (`.spo` in the page's language), for builds that show
/// it without a component.
pub fn config_problem_page(t: Texts, error: &ConfigLoadError) -> Markup {
    html! { div.spo lang=(t.0.code()) { (config_problem(t, error)) } }
}

/// [`config_problem`]'s introduction and detail lines, also written to the browser console.
pub fn config_problem_lines(t: Texts, error: &ConfigLoadError) -> (String, Vec<String>) {
    match error {
        ConfigLoadError::Fetch { url, detail } => (t.cannot_fetch(url), vec![detail.clone()]),
        ConfigLoadError::NoReader => (t.no_reader().to_string(), vec![]),
        ConfigLoadError::SharedStorage { key } => (t.shared_storage(key), vec![]),
        ConfigLoadError::Invalid(errors) => (
            t.config_has_errors().to_string(),
            errors.0.iter().map(ToString::to_string).collect(),
        ),
    }
}

#[cfg(test)]
mod tests;
