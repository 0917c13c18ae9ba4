//! Broken configurations: each must give the exact message at the exact position.

use scan_core::{Source, parse};

const MINI: &str = include_str!("fixtures/mini.toml");

/// Parses `text` as `mini.toml` and returns its errors as `file:line:column: message`.
fn errors(text: &str) -> Vec<String> {
    match parse(&[Source {
        name: "mini.toml",
        text,
    }]) {
        Ok(_) => vec![],
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

/// The fixture with the first occurrence of `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert!(MINI.contains(from), "fixture has no {from:?}");
    MINI.replacen(from, to, 1)
}

/// `mini.toml:line:column` of the `nth` occurrence (from 0) of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> String {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .expect("needle present")
        .0;
    let line = text[..offset].matches('\n').count() + 1;
    let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("mini.toml:{line}:{column}")
}

/// `mini.toml:line:column` just after the first occurrence of `prefix`.
fn after(text: &str, prefix: &str) -> String {
    let offset = text.find(prefix).expect("prefix present") + prefix.len();
    let line = text[..offset].matches('\n').count() + 1;
    let column = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("mini.toml:{line}:{column}")
}

#[test]
fn the_fixture_is_valid() {
    assert_eq!(errors(MINI), Vec::<String>::new());
}

#[test]
fn syntax_error_points_at_the_broken_line() {
    let text = broken("title = \"Theme B\"", "title = \"Theme B");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: invalid basic string, expected `\"`",
            at(&text, "\nintro = \"One", 0)
        )]
    );
}

#[test]
fn unknown_key_lists_the_known_keys() {
    let text = broken("weight = 2", "wieght = 2");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: unknown field `wieght`, expected one of `id`, `text`, `help`, `weight`, `basic`",
            at(&text, "wieght", 0)
        )]
    );
}

#[test]
fn unknown_top_level_section() {
    let text = format!("{MINI}\n[extra]\nx = 1\n");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: unknown field `extra`, expected one of `scan`, `scale`, `criteria`, `band`, `theme`, `example`",
            at(&text, "extra", 0)
        )]
    );
}

#[test]
fn missing_required_field() {
    let text = broken("text = \"Statement b1.\"\n", "");
    // Table-level errors point at the table's header.
    assert_eq!(
        errors(&text),
        [format!(
            "{}: missing field `text`",
            at(&text, "[[theme.statement]]\nid = \"b1\"", 0)
        )]
    );
}

#[test]
fn wrong_type() {
    let text = broken("weight = 7", "weight = \"seven\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: invalid type: string \"seven\", expected i64",
            at(&text, "\"seven\"", 0)
        )]
    );
}

#[test]
fn missing_scan_section() {
    let text = MINI
        .replacen("[scan]", "[ignored]", 1)
        .replacen("[ignored]\n", "", 1);
    let text = text.lines().skip(6).collect::<Vec<_>>().join("\n");
    assert_eq!(
        errors(&text),
        [
            "mini.toml:1:1: missing `[scan]` section: add a [scan] table with id, title, version, intro, duration_minutes and scale_help"
        ]
    );
}

#[test]
fn duplicate_statement_id() {
    let text = broken("id = \"a3\"", "id = \"a1\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: duplicate statement id \"a1\" (first defined at {})",
            at(&text, "\"a1\"", 1),
            at(&text, "\"a1\"", 0)
        )]
    );
}

#[test]
fn duplicate_theme_id_across_files() {
    let extra = "[[theme]]\nid = \"b\"\ntitle = \"Again\"\nintro = \"Again.\"\n\n[[theme.statement]]\nid = \"b9\"\ntext = \"X.\"\n";
    let e = parse(&[
        Source {
            name: "mini.toml",
            text: MINI,
        },
        Source {
            name: "extra.toml",
            text: extra,
        },
    ])
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "extra.toml:2:6: duplicate theme id \"b\" (first defined at {})",
            at(MINI, "\"b\"", 0)
        )
    );
}

#[test]
fn invalid_id() {
    let text = broken("id = \"b1\"", "id = \"B 1\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.id` \"B 1\" is not a valid id: use lowercase letters, digits and hyphens",
            at(&text, "\"B 1\"", 0)
        )]
    );
}

#[test]
fn example_names_a_theme_that_does_not_exist() {
    let text = broken("theme = \"b\"", "theme = \"c\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.theme` \"c\" is no theme id; use one of: a, b, d, opt",
            at(&text, "\"c\"", 0)
        )]
    );
}

#[test]
fn example_names_a_status_that_does_not_exist() {
    let text = broken("statuses = [\"orienterend\"]", "statuses = [\"slecht\"]");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.statuses` names \"slecht\", which is no band id; use one of: orienterend, in-ontwikkeling, gevorderd, geborgd",
            at(&text, "\"slecht\"", 0)
        )]
    );
}

#[test]
fn example_names_a_statement_that_does_not_exist() {
    let text = broken("low_statements = [\"a1\"]", "low_statements = [\"a9\"]");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.low_statements` names \"a9\", which is no statement id",
            at(&text, "\"a9\"", 0)
        )]
    );
}

#[test]
fn example_that_can_never_match_another_themes_statement() {
    let text = broken("low_statements = [\"a1\"]", "low_statements = [\"b1\"]");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.low_statements` names \"b1\" of theme \"b\", so the example (theme \"a\") can never match: name statements of its own theme",
            at(&text, "\"b1\"", 1)
        )]
    );
}

#[test]
fn example_that_can_never_match_because_of_the_basic_cap() {
    let text = broken(
        "statuses = [\"orienterend\", \"in-ontwikkeling\"]\nlow_statements = [\"a1\"]",
        "statuses = [\"gevorderd\"]\nlow_statements = [\"a1\"]",
    );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: the example can never match: its low_statements are basic, which caps the theme at \"in-ontwikkeling\", but `statuses` lists only higher bands",
            at(&text, "[\"gevorderd\"]", 0)
        )]
    );
}

#[test]
fn example_with_no_statuses() {
    let text = broken("statuses = [\"orienterend\"]", "statuses = []");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.statuses` is empty, so the example can never match: list at least one band id",
            at(&text, "[]", 0)
        )]
    );
}

#[test]
fn gap_between_bands() {
    let text = broken("min = 40", "min = 45");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: gap between bands: \"orienterend\" ends at 39 and \"in-ontwikkeling\" starts at 45; set `min = 40`",
            at(&text, "45", 0)
        )]
    );
}

#[test]
fn overlapping_bands() {
    let text = broken("min = 70", "min = 65");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: bands overlap: \"in-ontwikkeling\" ends at 69 and \"gevorderd\" starts at 65; set `min = 70`",
            at(&text, "65", 0)
        )]
    );
}

#[test]
fn bands_must_reach_100() {
    let text = broken("max = 100", "max = 95");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: the last band must end at `max = 100`, not 95",
            at(&text, "95", 0)
        )]
    );
}

#[test]
fn empty_text() {
    let text = broken("text = \"Statement a2.\"", "text = \"  \"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.text` is empty: write a text",
            at(&text, "\"  \"", 0)
        )]
    );
}

#[test]
fn weight_not_positive() {
    for bad in ["0", "-3"] {
        let text = broken("weight = 2", &format!("weight = {bad}"));
        assert_eq!(
            errors(&text),
            [format!(
                "{}: `statement.weight` is {bad}: it must be a positive whole number (1 to 1000)",
                after(&text, "weight = ")
            )]
        );
    }
}

#[test]
fn basic_cap_must_name_a_band() {
    let text = broken("basic_cap = \"in-ontwikkeling\"", "basic_cap = \"midden\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `criteria.basic_cap` is \"midden\", which is no band id; use one of: orienterend, in-ontwikkeling, gevorderd, geborgd",
            at(&text, "\"midden\"", 0)
        )]
    );
}

#[test]
fn theme_without_statements() {
    let text = broken(
        "[[theme.statement]]\nid = \"b1\"\ntext = \"Statement b1.\"\n",
        "",
    );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: theme \"b\" has no statements: add at least one `[[theme.statement]]`",
            at(&text, "[[theme]]\nid = \"b\"", 0)
        )]
    );
}

#[test]
fn every_error_is_reported_in_file_order() {
    let text = broken("weight = 2", "weight = 0").replacen("min = 40", "min = 45", 1);
    let e = errors(&text);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(
        e[0].contains("gap between bands") && e[1].contains("statement.weight"),
        "{e:?}"
    );
}
