use maud::{Markup, html};

use super::ElementIds;
use crate::ui::texts::Texts;

/// What a button of *Opnieuw beginnen* does, in its `data-start-over`: `open` the
/// confirmation, `confirm` it or `cancel` it.
pub const START_OVER: &str = "data-start-over";

/// *Opnieuw beginnen*, the content of a `div.spo-start-over`: the button, or while `asking` the
/// confirmation in its place (an `alertdialog` whose harmless answer comes last and takes the
/// focus). The ids of the button (`start-over`) and of the answer that wipes nothing
/// (`start-over-cancel`) are for moving focus.
pub fn start_over(t: Texts, ids: ElementIds, asking: bool) -> Markup {
    let (title, text) = (ids.id("start-over-title"), ids.id("start-over-text"));
    html! {
        @if asking {
            div.spo-confirm role="alertdialog" aria-labelledby=(title) aria-describedby=(text) {
                p.spo-confirm__title id=(title) { (t.start_over_question()) }
                p id=(text) { (t.start_over_warning()) }
                div.spo-actions {
                    button.spo-button.spo-button--danger type="button" data-start-over="confirm" {
                        (t.start_over_confirm())
                    }
                    button.spo-button type="button" id=(ids.id("start-over-cancel"))
                        data-start-over="cancel" { (t.cancel()) }
                }
            }
        } @else {
            button.spo-button.spo-button--quiet type="button" id=(ids.id("start-over"))
                data-start-over="open" { (t.start_over()) }
        }
    }
}
