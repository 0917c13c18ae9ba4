use maud::{Markup, html};
use scan_core::{ProfileField, Progress};

use super::{Confirm, Screen, confirm};

/// What the start screen is drawn from: plain data, no signals. The live widget draws it with
/// the respondent's progress; the build draws it with a blank one for the loader to show while
/// the WebAssembly arrives ([`start_page`]).
pub struct StartInput<'a> {
    pub screen: Screen<'a>,
    /// The respondent pressed *Start* before choosing what the scan asks first.
    pub asked: bool,
    /// Statements filled in and asked, for a respondent who has begun
    /// ([`scan_core::Tally::filled_in`] of the whole scan).
    pub so_far: Option<(usize, usize)>,
    /// What became of the file the respondent chose to restore from.
    pub restore: Option<&'a RestoreNote>,
    /// The respondent asked to replace the answers here with a file of another profile
    /// ([`RestoreNote::OtherProfile`]): the confirmation is shown.
    pub replacing: bool,
}

/// What became of a file the respondent chose to restore their answers from, said under the
/// button: the text is the widget's own, with the file's name in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RestoreNote {
    /// Being read.
    Reading,
    /// Restored (or already here).
    Done(String),
    /// Not restored, and why; nothing changed.
    Problem(String),
    /// Not restored because it was filled in for another profile than the answers here (`why`
    /// says so); it can replace them, after a confirmation.
    OtherProfile {
        why: String,
        /// The file's name.
        name: String,
        /// What the file holds.
        file: Progress,
    },
}

/// The button that offers to replace the answers here with a file of another profile.
pub const REPLACE: &str = "data-replace";

/// The file input that restores answers carries this attribute.
pub const RESTORE_INPUT: &str = "data-restore";

/// What a button of the start screen does, in its `data-start-action`.
pub const START_ACTION: &str = "data-start-action";

/// The start screen below its section: what the scan is for, how long it takes, the profile
/// choices (radio groups whose fieldset carries `data-field`), the optional modules (checkboxes
/// with `data-module`), and *Start* or *Verder* (with *Bekijk het resultaat* once started).
/// One change listener and one click listener on the container handle them all.
pub fn start_screen(s: &StartInput) -> Markup {
    let (q, p, t) = (s.screen.q, s.screen.progress, s.screen.texts);
    let duration = if p.missing_choice(q).is_none() {
        let m = q.estimated_minutes(p.scope());
        t.duration((m, m), Some(p.scope().statement_count(q)))
    } else {
        t.duration(q.estimated_minutes_range(), None)
    };
    let started = !p.is_blank();
    html! {
        h2.spo-title id=(s.screen.ids.id("heading")) tabindex="-1" lang=[s.screen.content_lang] { (q.title) }
        div.spo-intro lang=[s.screen.content_lang] {
            @for para in q.intro.split("\n\n") { p.spo-lead { (para.trim()) } }
        }
        ul.spo-facts {
            li { (duration) }
            li { (t.no_right_answers()) }
            li { (t.stays_here()) }
            li { (t.stop_any_time()) }
        }
        (choice_group(s, ProfileField::SchoolType))
        (choice_group(s, ProfileField::Role))
        (modules(s))
        @if s.asked && p.missing_choice(q).is_some() {
            p.spo-alert role="alert" id=(s.screen.ids.id("choose-first")) { (t.choose_first()) }
        }
        @if let Some((given, asked)) = s.so_far.filter(|_| started) {
            p.spo-so-far { (t.so_far(given, asked)) }
        }
        div.spo-actions {
            button.spo-button.spo-button--primary type="button" data-start-action="begin" {
                (if started { t.resume() } else { t.start() })
            }
            @if started {
                button.spo-button type="button" data-start-action="results" { (t.see_results()) }
            }
        }
        (restore(s))
    }
}

/// Restoring answers from a file saved with "Uw antwoorden meenemen": a file input behind a
/// quiet button, and what became of the last file chosen.
fn restore(s: &StartInput) -> Markup {
    let t = s.screen.texts;
    let hint = s.screen.ids.id("restore-hint");
    html! {
        div.spo-restore {
            p.spo-hint id=(hint) { (t.restore_hint()) }
            label.spo-button.spo-button--quiet.spo-file-button {
                (t.restore_button())
                input.spo-sr type="file" accept=".json,application/json" data-restore
                    id=(s.screen.ids.id("restore")) aria-describedby=(hint);
            }
            @match s.restore {
                Some(RestoreNote::Problem(why)) => p.spo-alert role="alert" { (why) },
                Some(RestoreNote::OtherProfile { why, name, .. }) => {
                    p.spo-alert role="alert" { (why) }
                    @if s.replacing {
                        (confirm(s.screen.ids, &Confirm {
                            name: "restore-replace",
                            question: t.restore_replace_question(),
                            warning: &t.restore_replace_warning(name),
                            yes: t.restore_replace_confirm(),
                            no: t.cancel(),
                        }))
                    } @else {
                        div.spo-actions {
                            button.spo-button type="button" id=(s.screen.ids.id("restore-replace"))
                                data-replace { (t.restore_replace()) }
                        }
                    }
                }
                _ => {}
            }
            p.spo-restore__status role="status" {
                @match s.restore {
                    Some(RestoreNote::Reading) => (t.restore_reading()),
                    Some(RestoreNote::Done(what)) => (what),
                    _ => "",
                }
            }
        }
    }
}

/// A new respondent's start screen as a whole widget, written at build time for the loader to
/// show until the live widget replaces it with the same markup ([`start_screen`] with blank
/// progress, inside the `.spo` and section the live widget draws). The section is `inert` until
/// then: nothing in it takes a choice the live widget could not keep; the status line tells
/// screen readers, which do not see an inert section, that the scan is loading.
pub fn start_page(s: &StartInput) -> Markup {
    html! {
        div.spo lang=(s.screen.texts.0.code()) {
            // What the widget's notices draw when they have nothing to say (tests/e2e
            // first-visit compares the two), with the status line.
            div.spo-notices { div role="status" { span.spo-sr { (s.screen.texts.loading()) } } }
            section.spo-screen.spo-start inert aria-labelledby=(s.screen.ids.id("heading")) {
                div.spo-start__main { (start_screen(s)) }
            }
        }
    }
}

/// A radio group for one profile choice (school type or role); nothing when the scan does not
/// ask it. Choices the profile so far is not offered are hidden (roles of another school type:
/// [`ProfileField::offers`]).
fn choice_group(s: &StartInput, field: ProfileField) -> Markup {
    let (t, profile) = (s.screen.texts, &s.screen.progress.profile);
    let choices = field.choices(s.screen.q);
    if choices.is_empty() {
        return html! {};
    }
    let (legend, hint) = match field {
        ProfileField::SchoolType => (t.which_school(), t.which_school_hint()),
        ProfileField::Role => (t.which_role(), t.which_role_hint()),
    };
    let key = field_key(field);
    let name = s.screen.ids.id(key);
    let hint_id = s.screen.ids.id(&format!("{key}-hint"));
    // The group the respondent is sent to after *Start* without it also names the alert, so
    // that a screen reader that cut the alert short for the focus move still hears it.
    let described_by = match s.screen.progress.missing_choice(s.screen.q) {
        Some((missing, _)) if s.asked && missing == field => {
            format!("{hint_id} {}", s.screen.ids.id("choose-first"))
        }
        _ => hint_id.clone(),
    };
    html! {
        fieldset.spo-choices data-field=(key) aria-describedby=(described_by) {
            legend { (legend) }
            p.spo-hint id=(hint_id) { (hint) }
            div.spo-choices__options {
                @for c in choices {
                    label.spo-choice hidden[!field.offers(c, profile)] {
                        input type="radio" id=(s.screen.ids.id(&format!("{key}-{}", c.id))) name=(name)
                            value=(c.id) checked[field.get(profile) == Some(c.id.as_str())];
                        span lang=[s.screen.content_lang] { (c.label) }
                    }
                }
            }
        }
    }
}

/// The optional modules the team can switch on; nothing when the scan has none.
fn modules(s: &StartInput) -> Markup {
    let optional: Vec<_> = s.screen.q.themes.iter().filter(|t| t.optional).collect();
    if optional.is_empty() {
        return html! {};
    }
    html! {
        fieldset.spo-modules {
            legend { (s.screen.texts.extra_modules()) }
            @for theme in optional {
                @let input_id = s.screen.ids.id(&format!("module-{}", theme.id));
                div.spo-check {
                    input type="checkbox" id=(input_id) data-module=(theme.id)
                        checked[s.screen.progress.modules.contains(&theme.id)];
                    label for=(input_id) lang=[s.screen.content_lang] {
                        span.spo-check__title { (theme.title) }
                        span.spo-check__hint { (theme.intro) }
                    }
                }
            }
        }
    }
}

/// The part of element ids (and the `data-field` value) that names a profile field.
pub fn field_key(field: ProfileField) -> &'static str {
    match field {
        ProfileField::SchoolType => "school-type",
        ProfileField::Role => "role",
    }
}

/// The profile field a [`field_key`] names.
pub fn field_of_key(key: &str) -> Option<ProfileField> {
    [ProfileField::SchoolType, ProfileField::Role]
        .into_iter()
        .find(|f| field_key(*f) == key)
}
