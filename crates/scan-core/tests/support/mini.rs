//! `fixtures/mini.toml` with one role more, for the rules that depend on who fills in the scan.

use scan_core::{Questionnaire, Source, parse};

/// The mini fixture with role `role` (`extra`: more TOML lines of it, such as its school types)
/// before its own "ib".
pub fn mini_with_role(role: &str, label: &str, extra: &str) -> Questionnaire {
    let text = include_str!("../fixtures/mini.toml").replacen(
        "[[role]]\nid = \"ib\"",
        &format!("[[role]]\nid = \"{role}\"\nlabel = \"{label}\"\n{extra}\n[[role]]\nid = \"ib\""),
        1,
    );
    parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .expect("fixture is valid")
}
