use maud::{Markup, html};

use super::ElementIds;
use crate::ui::texts::Texts;

/// *Opnieuw beginnen*'s own button carries this attribute.
pub const START_OVER: &str = "data-start-over";

/// A confirmation's buttons carry this attribute: `yes` or `no`.
pub const CONFIRM: &str = "data-confirm";

/// A question asked before something that cannot be undone.
pub struct Confirm<'a> {
    /// Names the dialog's element ids: `<name>-title`, `<name>-text`, and `<name>-cancel` for
    /// the harmless answer, which takes the focus when it opens.
    pub name: &'a str,
    pub question: &'a str,
    pub warning: &'a str,
    /// The answer that does it.
    pub yes: &'a str,
    /// The answer that does nothing.
    pub no: &'a str,
}

/// A confirmation in place of the button that asked for it: an `alertdialog` with the question
/// and what it does, the answer that does it (`data-confirm="yes"`) and, last, the harmless one
/// (`data-confirm="no"`), so that an Enter pressed out of habit changes nothing.
pub fn confirm(ids: ElementIds, c: &Confirm) -> Markup {
    let id = |local: &str| ids.id(&format!("{}-{local}", c.name));
    let (title, text) = (id("title"), id("text"));
    html! {
        div.spo-confirm role="alertdialog" aria-labelledby=(title) aria-describedby=(text) {
            p.spo-confirm__title id=(title) { (c.question) }
            p id=(text) { (c.warning) }
            div.spo-actions {
                button.spo-button.spo-button--danger type="button" data-confirm="yes" { (c.yes) }
                button.spo-button type="button" id=(id("cancel")) data-confirm="no" { (c.no) }
            }
        }
    }
}

/// *Opnieuw beginnen*, the content of a `div.spo-start-over`: the button (id `start-over`), or
/// while `asking` the [`confirm`]ation in its place (its harmless answer `start-over-cancel`).
pub fn start_over(t: Texts, ids: ElementIds, asking: bool) -> Markup {
    html! {
        @if asking {
            (confirm(ids, &Confirm {
                name: "start-over",
                question: t.start_over_question(),
                warning: t.start_over_warning(),
                yes: t.start_over_confirm(),
                no: t.cancel(),
            }))
        } @else {
            button.spo-button.spo-button--quiet type="button" id=(ids.id("start-over"))
                data-start-over { (t.start_over()) }
        }
    }
}
