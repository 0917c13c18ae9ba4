use maud::{Markup, html};

use super::ElementIds;
use crate::ui::texts::Texts;

/// What the theme step shows above and below its statements, none of which changes while the
/// step is shown (the progress bar between them does, and stays a component).
pub struct ThemeParts<'a> {
    pub texts: Texts,
    pub ids: ElementIds<'a>,
    /// "Thema 2 van 8".
    pub kicker: String,
    pub title: &'a str,
    pub intro: &'a str,
    pub scale_help: &'a str,
    /// What a basic statement means here, when the theme has one for this respondent.
    pub basic_help: Option<String>,
    /// The theme's note as stored.
    pub note: &'a str,
    /// The labels of the buttons back and on ("Vorig thema", "Naar het resultaat").
    pub previous: &'a str,
    pub next: &'a str,
    /// The questionnaire's language, when it differs from the interface's (WCAG 3.1.2).
    pub content_lang: Option<&'a str>,
}

/// Above the progress bar: the position in the scan, the theme's title (the screen's heading,
/// focused when the step opens) and its introduction.
pub fn theme_head(p: &ThemeParts) -> Markup {
    let lang = p.content_lang;
    html! {
        p.spo-kicker { (p.kicker) }
        h2.spo-title id=(p.ids.id("heading")) tabindex="-1" lang=[lang] { (p.title) }
        p.spo-lead lang=[lang] { (p.intro) }
    }
}

/// Between the progress bar and the statements: how to answer, and what a basic statement means.
pub fn theme_help(p: &ThemeParts) -> Markup {
    html! {
        p.spo-scale-help lang=[p.content_lang] { (p.scale_help) }
        @if let Some(help) = &p.basic_help {
            p."spo-hint"."spo-basic-help" { (help) }
        }
    }
}

/// Below the statements: the note for the conversation with the advisor (one input listener on
/// the container takes it) and the buttons back and on (`data-go`: `previous` or `next`).
pub fn theme_tail(p: &ThemeParts) -> Markup {
    let (t, ids) = (p.texts, p.ids);
    let (note_id, hint_id) = (ids.id("note"), ids.id("note-hint"));
    html! {
        div.spo-note {
            label for=(note_id) { (t.note_label()) }
            p.spo-hint id=(hint_id) { (t.note_hint()) }
            // The parser drops one newline right after the tag; this one, so none of the note's.
            textarea id=(note_id) rows="3" aria-describedby=(hint_id) { "\n" (p.note) }
        }
        div.spo-nav {
            button.spo-button type="button" data-go="previous" {
                span aria-hidden="true" { "← " } (p.previous)
            }
            button."spo-button"."spo-button--primary" type="button" data-go="next" {
                (p.next) span aria-hidden="true" { " →" }
            }
        }
    }
}
