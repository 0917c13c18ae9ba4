//! Which keys each table of the format allows and requires. Checked on the parsed TOML tree
//! before deserializing, so that every unknown or missing key in every table is reported at
//! once (serde stops at the first).

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::toml_messages::unknown_key;

/// A key of a table: its name, whether it is required, and the shape of a nested table.
struct Key(&'static str, bool, Option<&'static Shape>);
/// The keys of one kind of table.
type Shape = [Key];

const SCAN: &Shape = &[
    Key("id", true, None),
    Key("title", true, None),
    Key("version", true, None),
    Key("language", false, None),
    Key("intro", true, None),
    Key("duration_minutes", true, None),
    Key("scale_help", true, None),
];
const OPTION: &Shape = &[
    Key("id", true, None),
    Key("label", true, None),
    Key("points", false, None),
];
const CRITERIA: &Shape = &[
    Key("low_below", true, None),
    Key("basic_cap", true, None),
    Key("unknown_flag_percent", true, None),
    Key("focus_max", false, None),
    Key("examples_per_focus", false, None),
];
const BAND: &Shape = &[
    Key("id", true, None),
    Key("label", true, None),
    Key("min", true, None),
    Key("max", true, None),
    Key("group", true, None),
    Key("description", true, None),
];
const STATEMENT: &Shape = &[
    Key("id", true, None),
    Key("text", true, None),
    Key("help", false, None),
    Key("weight", false, None),
    Key("basic", false, None),
    Key("school_types", false, None),
    Key("roles", false, None),
];
const THEME: &Shape = &[
    Key("id", true, None),
    Key("title", true, None),
    Key("intro", true, None),
    Key("optional", false, None),
    Key("school_types", false, None),
    Key("roles", false, None),
    Key("statement", false, Some(STATEMENT)),
];
const EXAMPLE: &Shape = &[
    Key("id", true, None),
    Key("title", true, None),
    Key("text", true, None),
    Key("situation", true, None),
    Key("theme", true, None),
    Key("statuses", true, None),
    Key("low_statements", false, None),
];
const CHOICE: &Shape = &[Key("id", true, None), Key("label", true, None)];
const FILE: &Shape = &[
    Key("scan", false, Some(SCAN)),
    Key("scale", false, Some(OPTION)),
    Key("criteria", false, Some(CRITERIA)),
    Key("band", false, Some(BAND)),
    Key("theme", false, Some(THEME)),
    Key("example", false, Some(EXAMPLE)),
    Key("school_type", false, Some(CHOICE)),
    Key("role", false, Some(CHOICE)),
];

/// Every unknown and missing key in a file, as (byte offset, message).
pub(crate) fn check(file: &Spanned<DeTable>) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    check_table(file.get_ref(), file.span().start, FILE, &mut found);
    found
}

fn check_table(table: &DeTable, start: usize, shape: &Shape, found: &mut Vec<(usize, String)>) {
    let allowed: Vec<&str> = shape.iter().map(|k| k.0).collect();
    for (key, value) in table.iter() {
        match shape.iter().find(|k| k.0 == key.get_ref().as_ref()) {
            None => found.push((key.span().start, unknown_key(key.get_ref(), &allowed))),
            Some(Key(_, _, Some(nested))) => check_nested(value, nested, found),
            Some(_) => {}
        }
    }
    for Key(name, required, _) in shape {
        if *required && !table.iter().any(|(k, _)| k.get_ref().as_ref() == *name) {
            found.push((start, format!("missing required key `{name}`")));
        }
    }
}

/// A nested table, or an array of tables; other values are left to the deserializer's type check.
fn check_nested(value: &Spanned<DeValue>, shape: &Shape, found: &mut Vec<(usize, String)>) {
    match value.get_ref() {
        DeValue::Table(t) => check_table(t, value.span().start, shape, found),
        DeValue::Array(items) => {
            for item in items.iter() {
                if let DeValue::Table(t) = item.get_ref() {
                    check_table(t, item.span().start, shape, found);
                }
            }
        }
        _ => {}
    }
}
