use std::collections::BTreeMap;

use maud::{Markup, html};
use scan_core::{ScaleOption, Statement, Timed};

use super::ElementIds;
use crate::ui::texts::Texts;

/// A theme's statements (those meant for this respondent) as radio groups: each a fieldset
/// whose legend is the statement, with its stored answer checked. `data-statement` names the
/// statement for the one change listener on the container. A basic statement carries the label
/// "Basisvoorwaarde" in its legend, so screen readers hear it with the statement; whether it is
/// basic depends on the respondent's `role`. `own_lang` marks that label with the interface's
/// language when the questionnaire's differs.
pub fn statements(
    t: Texts,
    own_lang: Option<&str>,
    ids: ElementIds,
    scale: &[ScaleOption],
    statements: &[&Statement],
    role: Option<&str>,
    answers: &BTreeMap<String, Timed<String>>,
) -> Markup {
    html! {
        @for (number, s) in statements.iter().enumerate() {
            @let name = ids.id(&format!("st-{}", s.id));
            @let help_id = format!("{name}-help");
            fieldset.spo-statement data-statement=(s.id)
                aria-describedby=[s.help.as_ref().map(|_| &help_id)] {
                legend {
                    span.spo-statement__num { (number + 1) "." }
                    " "
                    span.spo-statement__text { (s.text) }
                    @if s.is_basic_for(role) {
                        " "
                        span.spo-basic lang=[own_lang] { (t.basic_label()) }
                    }
                }
                @if let Some(help) = &s.help {
                    p.spo-hint id=(help_id) { (help) }
                }
                div.spo-options {
                    (options(scale, &name, answers.get(&s.id).map(|a| a.value.as_str())))
                }
            }
        }
    }
}

/// The radio buttons of one statement: a label per scale option, `selected` checked.
fn options(scale: &[ScaleOption], name: &str, selected: Option<&str>) -> Markup {
    html! {
        @for o in scale {
            label.spo-option."spo-option--unknown"[o.points().is_none()] {
                input type="radio" name=(name) value=(o.id) checked[selected == Some(o.id.as_str())];
                span { (o.label) }
            }
        }
    }
}
