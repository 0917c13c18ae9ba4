//! Static markup, built with `maud`: every inserted value is escaped unless it is wrapped in
//! `PreEscaped`, which only this module's own builders use, for markup they made themselves.
//!
//! A Leptos view costs code for every element type it builds; parts that never change once
//! shown (a theme's statements with their options, the results screen below its heading) are
//! cheaper as one string set with `inner_html`. The builders are pure functions of plain data
//! (questionnaire, answers, notes, texts, ids), so native tests call them with hostile strings;
//! buttons inside carry data attributes and one listener on the container handles them.

mod results;
mod score_bar;
mod statements;
mod team;

pub use results::{ResultsInput, results_body};
pub use statements::statements;
pub use team::{TeamInput, plan_summary, team_body};

use maud::{Markup, html};

use super::texts::{Lang, Texts};

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

#[cfg(test)]
mod tests;
