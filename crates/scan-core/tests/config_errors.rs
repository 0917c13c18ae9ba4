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

/// Parses the fixture plus a second file `extra.toml`; returns all errors as one text.
fn errors_with_extra_file(extra: &str) -> String {
    let sources = [
        Source {
            name: "mini.toml",
            text: MINI,
        },
        Source {
            name: "extra.toml",
            text: extra,
        },
    ];
    parse(&sources).unwrap_err().to_string()
}

/// The fixture with the first occurrence of `from` replaced by `to`.
fn broken(from: &str, to: &str) -> String {
    assert!(MINI.contains(from), "fixture has no {from:?}");
    MINI.replacen(from, to, 1)
}

/// `mini.toml:line:column` of byte `offset` in `text`, the column in characters as an editor
/// counts them.
fn position(text: &str, offset: usize) -> String {
    let line = text[..offset].matches('\n').count() + 1;
    let start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let column = text[start..offset].chars().count() + 1;
    format!("mini.toml:{line}:{column}")
}

/// `mini.toml:line:column` of the `nth` occurrence (from 0) of `needle` in `text`.
fn at(text: &str, needle: &str, nth: usize) -> String {
    let offset = text
        .match_indices(needle)
        .nth(nth)
        .expect("needle present")
        .0;
    position(text, offset)
}

/// `mini.toml:line:column` just after the first occurrence of `prefix`.
fn after(text: &str, prefix: &str) -> String {
    position(
        text,
        text.find(prefix).expect("prefix present") + prefix.len(),
    )
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
            "{}: this text is not closed on its line: add the closing `\"` (use \"\"\" for texts over several lines)",
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
            "{}: unknown key `wieght`: did you mean `weight`? Allowed here: `id`, `text`, `help`, `weight`, `basic`, `basic_roles`, `school_types`, `roles`",
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
            "{}: unknown key `extra`: Allowed here: `scan`, `scale`, `criteria`, `band`, `theme`, `example`, `school_type`, `role`",
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
            "{}: missing required key `text`",
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
            "{}: `weight` must be a whole number, not string \"seven\"",
            at(&text, "\"seven\"", 0)
        )]
    );
}

#[test]
fn every_wrong_type_is_reported_at_once() {
    let text = broken("weight = 7", "weight = \"seven\"")
        .replacen("basic = true", "basic = \"yes\"", 1)
        .replacen("label = \"Niet\"", "label = 0", 1);
    assert_eq!(
        errors(&text),
        [
            format!(
                "{}: `label` must be a text in quotes, not integer 0",
                after(&text, "label = ")
            ),
            format!(
                "{}: `basic` must be true or false, not string \"yes\"",
                at(&text, "\"yes\"", 0)
            ),
            format!(
                "{}: `weight` must be a whole number, not string \"seven\"",
                at(&text, "\"seven\"", 0)
            ),
        ]
    );
}

#[test]
fn a_single_table_written_as_a_list_of_tables() {
    let text = MINI.replacen("[criteria]", "[[criteria]]", 1);
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `criteria` must be a single [criteria] table (not [[criteria]]), not a list of tables",
            at(&text, "[[criteria]]", 0)
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
            "mini.toml:1:1: missing `[scan]` section: add a [scan] table with id, title, version, intro and scale_help"
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
    assert_eq!(
        errors_with_extra_file(extra),
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
            "{}: `example.theme` names \"c\", which is no theme id; use one of: a, b, d, opt, e",
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
fn bands_must_go_up() {
    let text = broken("from = 2\n", "from = 0.5\n");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: bands must go up: \"in-ontwikkeling\" starts at 1 and \"gevorderd\" at 0.5; list the bands from lowest to highest",
            at(&text, "0.5", 0)
        )]
    );
}

#[test]
fn two_bands_cannot_start_at_the_same_mean() {
    let text = broken("from = 2\n", "from = 1\n");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: bands must go up: \"in-ontwikkeling\" starts at 1 and \"gevorderd\" at 1; list the bands from lowest to highest",
            after(&text, "label = \"Gevorderd\"\nfrom = ")
        )]
    );
}

#[test]
fn a_band_cannot_start_above_the_scale() {
    let text = broken("from = 2.7", "from = 3.5");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `band.from` is 3.5: it must be a mean answer from 0 to 3 (the highest points on the scale)",
            at(&text, "3.5", 0)
        )]
    );
}

#[test]
fn band_from_takes_at_most_two_decimals() {
    let text = broken("from = 2.7", "from = 2.755");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `from` must be a number with at most two decimals, like 2.7, not the decimal number 2.755",
            at(&text, "2.755", 0)
        )]
    );
    let text = broken("from = 2.7", "from = 2.75");
    assert!(
        parse(&[Source {
            name: "mini.toml",
            text: &text
        }])
        .is_ok(),
        "two decimals are fine"
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
            "{}: `criteria.basic_cap` names \"midden\", which is no band id; use one of: orienterend, in-ontwikkeling, gevorderd, geborgd",
            at(&text, "\"midden\"", 0)
        )]
    );
}

#[test]
fn theme_without_statements() {
    let text = broken(
        "[[theme.statement]]\nid = \"b1\"\ntext = \"Statement b1.\"\n\n[[theme.statement]]\nid = \"b2\"\ntext = \"Statement b2, for po only.\"\nschool_types = [\"po\"]\n",
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
    let text = broken("weight = 2", "weight = 0").replacen("from = 1\n", "from = 0\n", 1);
    let e = errors(&text);
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(
        e[0].contains("bands must go up") && e[1].contains("statement.weight"),
        "{e:?}"
    );
}

#[test]
fn wrong_type_for_a_flag() {
    let text = broken("basic = true", "basic = \"yes\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `basic` must be true or false, not string \"yes\"",
            at(&text, "\"yes\"", 0)
        )]
    );
}

#[test]
fn wrong_type_for_a_list() {
    let text = broken("statuses = [\"orienterend\"]", "statuses = \"orienterend\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statuses` must be a list, like [\"a\", \"b\"], not string \"orienterend\"",
            after(&text, "theme = \"b\"\nstatuses = ")
        )]
    );
}

#[test]
fn scan_defined_twice_across_files() {
    let extra = "[scan]\nid = \"x\"\ntitle = \"X\"\nversion = \"1\"\nintro = \"X\"\nduration_minutes = 1\nscale_help = \"X\"\n";
    assert_eq!(
        errors_with_extra_file(extra),
        "extra.toml:1:1: `[scan]` is defined twice: keep one"
    );
}

#[test]
fn missing_criteria_section() {
    let start = MINI.find("[criteria]").unwrap();
    let end = MINI.find("[[band]]").unwrap();
    let text = format!("{}{}", &MINI[..start], &MINI[end..]);
    assert_eq!(
        errors(&text),
        [
            "mini.toml:1:1: missing `[criteria]` section: add a [criteria] table with low_below, basic_cap and unknown_flag_percent"
        ]
    );
}

#[test]
fn scale_with_one_scored_option() {
    let mut text = MINI.to_string();
    for p in ["points = 1", "points = 2", "points = 3"] {
        text = text.replacen(&format!("{p}\n"), "", 1);
    }
    let e = errors(&text);
    assert_eq!(
        e[0],
        format!(
            "{}: `scale` needs at least two options with `points`",
            at(&text, "[[scale]]", 0)
        )
    );
}

#[test]
fn first_band_must_start_at_zero() {
    let text = broken("from = 0\n", "from = 0.25\n");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: the first band must start at `from = 0`, not 0.25",
            after(&text, "from = ")
        )]
    );
}

#[test]
fn band_group_must_be_known() {
    let text = broken("group = \"attention\"", "group = \"warning\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `band.group` is \"warning\": it must be \"strength\", \"attention\" or \"risk\"",
            at(&text, "\"warning\"", 0)
        )]
    );
}

#[test]
fn a_negative_band_start() {
    let text = broken("from = 1\n", "from = -0.5\n");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `band.from` is -0.5: it must be a mean answer from 0 to 3 (the highest points on the scale)",
            at(&text, "-0.5", 0)
        )]
    );
}

#[test]
fn a_role_names_school_types_that_exist() {
    let text = broken(
        "label = \"Intern begeleider\"",
        "label = \"Intern begeleider\"\nschool_types = [\"mbo\"]",
    );
    let e = errors(&text);
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(
        e[0].starts_with(&format!("{}: `role.school_types`", at(&text, "\"mbo\"", 0))),
        "{e:?}"
    );
}

#[test]
fn a_source_url_is_a_whole_https_address_with_a_source() {
    let text = broken(
        "situation = \"B is low.\"",
        "situation = \"B is low.\"\nsource_url = \"http://example.org\"",
    );
    assert_eq!(
        errors(&text),
        [
            format!(
                "{}: `example.source_url` is \"http://example.org\": write a whole web address that starts with https://",
                at(&text, "\"http://", 0)
            ),
            format!(
                "{}: `example.source_url` needs `source` too: name the publication (title, organisation, date)",
                at(&text, "\"http://", 0)
            ),
        ]
    );
}

#[test]
fn not_applicable_takes_no_points() {
    let text = broken("not_applicable = true", "not_applicable = true\npoints = 1");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: an option with `not_applicable = true` takes no `points`: remove one of the two",
            after(&text, "not_applicable = true\npoints = ")
        )]
    );
}

#[test]
fn low_below_above_the_scale() {
    let text = broken("low_below = 2", "low_below = 4");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `criteria.low_below` is 4: it must be a number of points from 0 to 3 (the highest on the scale)",
            after(&text, "low_below = ")
        )]
    );
}

#[test]
fn unknown_flag_percent_zero() {
    let text = broken("unknown_flag_percent = 30", "unknown_flag_percent = 0");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `criteria.unknown_flag_percent` is 0: it must be a percentage from 1 to 100",
            after(&text, "unknown_flag_percent = ")
        )]
    );
}

#[test]
fn duration_zero() {
    let text = broken("version = \"1\"", "version = \"1\"\nduration_minutes = 0");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `scan.duration_minutes` is 0: it must be a whole number of minutes from 1 to 999",
            after(&text, "duration_minutes = ")
        )]
    );
}

#[test]
fn low_statements_can_never_match_when_nothing_counts_as_low() {
    let text = broken("low_below = 2", "low_below = 0");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `example.low_statements` can never match: `criteria.low_below` is 0, so no answer counts as low",
            at(&text, "\"a1\"]", 0)
        )]
    );
}

#[test]
fn duplicate_example_id() {
    let text = broken("id = \"ex-b\"", "id = \"ex-a-low\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: duplicate example id \"ex-a-low\" (first defined at {})",
            at(&text, "\"ex-a-low\"", 1),
            at(&text, "\"ex-a-low\"", 0)
        )]
    );
}

#[test]
fn duplicate_band_id() {
    let text = broken("id = \"geborgd\"", "id = \"gevorderd\"");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: duplicate band id \"gevorderd\" (first defined at {})",
            at(&text, "\"gevorderd\"", 1),
            at(&text, "\"gevorderd\"", 0)
        )]
    );
}

#[test]
fn empty_file_lists_what_is_missing() {
    let e = errors("");
    assert_eq!(
        e[0],
        "mini.toml:1:1: missing `[scan]` section: add a [scan] table with id, title, version, intro and scale_help"
    );
    assert!(e.len() >= 4, "{e:?}");
}

#[test]
fn audience_names_an_unknown_school_type() {
    let text = broken("school_types = [\"vo\"]", "school_types = [\"mbo\"]");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `theme.school_types` names \"mbo\", which is no school_type id; use one of: po, vo",
            at(&text, "\"mbo\"", 0)
        )]
    );
}

#[test]
fn audience_names_a_role_when_no_roles_are_defined() {
    let start = MINI.find("[[role]]").unwrap();
    let text = MINI[..start].to_string()
        + &MINI[start..].replacen(
            "[[role]]\nid = \"ib\"\nlabel = \"Intern begeleider\"\n",
            "",
            1,
        );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.roles` names \"ib\", which is no role id; define them first with `[[role]]`",
            at(&text, "\"ib\"", 0)
        )]
    );
}

#[test]
fn duplicate_school_type_id() {
    let text = broken("id = \"vo\"\nlabel", "id = \"po\"\nlabel");
    let e = errors(&text);
    let expected = format!(
        "{}: duplicate school_type id \"po\" (first defined at {})",
        at(&text, "\"po\"\nlabel = \"Voortgezet", 0),
        after(&text, "[[school_type]]\nid = "),
    );
    // Theme e's `school_types = ["vo"]` now names a missing id too.
    assert_eq!(e.len(), 2, "{e:?}");
    assert_eq!(e[1], expected);
}

#[test]
fn language_must_be_a_language_tag() {
    let text = broken(
        "version = \"1\"",
        "version = \"1\"\nlanguage = \"Nederlands\"",
    );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `scan.language` \"Nederlands\" is not a language tag: write for example \"nl\" or \"en\"",
            at(&text, "\"Nederlands\"", 0)
        )]
    );
    let ok = broken("version = \"1\"", "version = \"1\"\nlanguage = \"en-GB\"");
    assert_eq!(
        parse(&[Source {
            name: "mini.toml",
            text: &ok
        }])
        .unwrap()
        .language,
        "en-GB"
    );
    assert_eq!(
        parse(&[Source {
            name: "mini.toml",
            text: MINI
        }])
        .unwrap()
        .language,
        "nl"
    );
}

#[test]
fn every_unknown_and_missing_key_is_reported_at_once() {
    let text = broken("weight = 2", "wieght = 2")
        .replacen("basic = true", "basik = true", 1)
        .replacen("text = \"Statement b1.\"\n", "", 1)
        .replacen("situation = \"B is low.\"", "situaton = \"B is low.\"", 1);
    assert_eq!(
        errors(&text),
        [
            format!(
                "{}: unknown key `basik`: did you mean `basic`? Allowed here: `id`, `text`, `help`, `weight`, `basic`, `basic_roles`, `school_types`, `roles`",
                at(&text, "basik", 0)
            ),
            format!(
                "{}: unknown key `wieght`: did you mean `weight`? Allowed here: `id`, `text`, `help`, `weight`, `basic`, `basic_roles`, `school_types`, `roles`",
                at(&text, "wieght", 0)
            ),
            format!(
                "{}: missing required key `text`",
                at(&text, "[[theme.statement]]\nid = \"b1\"", 0)
            ),
            format!(
                "{}: missing required key `situation`",
                at(&text, "[[example]]\nid = \"ex-b\"", 0)
            ),
            format!(
                "{}: unknown key `situaton`: did you mean `situation`? Allowed here: `id`, `title`, `text`, `situation`, `theme`, `statuses`, `low_statements`, `school_types`, `roles`, `source`, `source_url`",
                at(&text, "situaton", 0)
            ),
        ]
    );
}

/// Every optional key of every table is accepted (the `tables!` list in config.rs).
#[test]
fn every_key_of_the_format_is_accepted() {
    let text = broken("version = \"1\"", "version = \"1\"\nlanguage = \"nl\"")
        .replacen(
            "text = \"Statement a3.\"",
            "text = \"Statement a3.\"\nhelp = \"Help.\"\nroles = [\"ib\"]",
            1,
        )
        .replacen(
            "school_types = [\"vo\"]",
            "school_types = [\"vo\"]\nroles = [\"ib\"]\noptional = false",
            1,
        )
        .replacen("basic = true", "basic = true\nbasic_roles = [\"ib\"]", 1);
    for key in [
        "basic_roles",
        "language",
        "help",
        "roles",
        "optional",
        "points",
        "focus_max",
        "examples_per_focus",
        "weight",
        "basic",
        "school_types",
        "low_statements",
    ] {
        assert!(
            text.contains(&format!("\n{key} = ")),
            "the text uses `{key}`"
        );
    }
    assert_eq!(errors(&text), Vec::<String>::new());
}

#[test]
fn basic_roles_needs_basic() {
    let text = broken(
        "text = \"Statement a2.\"",
        "text = \"Statement a2.\"\nbasic_roles = [\"ib\"]",
    );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.basic_roles` needs `basic = true`: add it, or remove `basic_roles`",
            at(&text, "[\"ib\"]", 0)
        )]
    );
}

#[test]
fn basic_roles_names_defined_roles() {
    let text = broken("basic = true", "basic = true\nbasic_roles = [\"directie\"]");
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.basic_roles` names \"directie\", which is no role id; use one of: ib",
            at(&text, "\"directie\"", 0)
        )]
    );
}

#[test]
fn basic_roles_lie_within_the_statements_roles() {
    let with_role = MINI.replacen(
        "[[role]]\nid = \"ib\"",
        "[[role]]\nid = \"directie\"\nlabel = \"Directie\"\n\n[[role]]\nid = \"ib\"",
        1,
    );
    let text = with_role.replacen(
        "text = \"Statement e2, for the IB.\"",
        "text = \"Statement e2, for the IB.\"\nbasic = true\nbasic_roles = [\"ib\", \"directie\"]",
        1,
    );
    assert_eq!(
        errors(&text),
        [format!(
            "{}: `statement.basic_roles` names \"directie\", which is not in the statement's `roles` (ib), so it could never be basic for that role: add it to `roles` or remove it here",
            at(&text, "\"directie\"]", 0)
        )]
    );
    // Within its roles, it is fine.
    let ok = with_role.replacen(
        "text = \"Statement e2, for the IB.\"",
        "text = \"Statement e2, for the IB.\"\nbasic = true\nbasic_roles = [\"ib\"]",
        1,
    );
    assert_eq!(errors(&ok), Vec::<String>::new());
}

#[test]
fn an_example_is_refused_for_the_basic_cap_only_when_its_statement_is_basic_for_every_role() {
    let capped = broken(
        "statuses = [\"orienterend\", \"in-ontwikkeling\"]\nlow_statements = [\"a1\"]",
        "statuses = [\"gevorderd\"]\nlow_statements = [\"a1\"]",
    );
    assert_eq!(errors(&capped).len(), 1, "a1 is basic for everyone");
    // Basic for the IB only: another role's low a1 leaves the theme free to reach gevorderd.
    let text = MINI.replacen(
        "[[role]]\nid = \"ib\"",
        "[[role]]\nid = \"directie\"\nlabel = \"Directie\"\n\n[[role]]\nid = \"ib\"",
        1,
    );
    let text = text
        .replacen(
            "statuses = [\"orienterend\", \"in-ontwikkeling\"]\nlow_statements = [\"a1\"]",
            "statuses = [\"gevorderd\"]\nlow_statements = [\"a1\"]",
            1,
        )
        .replacen("basic = true", "basic = true\nbasic_roles = [\"ib\"]", 1);
    assert_eq!(errors(&text), Vec::<String>::new());
}

/// Parses `text` alone as `mini.toml`.
fn parse_mini(text: &str) -> Result<scan_core::Questionnaire, scan_core::ConfigErrors> {
    parse(&[Source {
        name: "mini.toml",
        text,
    }])
}

#[test]
fn a_decimal_number_is_not_a_whole_number() {
    for written in [
        "0.5", "0.0", "-0.5", "0e1", "1.5e3", "inf", "+inf", "nan", "-nan",
    ] {
        let text = broken("points = 1", &format!("points = {written}"));
        assert_eq!(
            errors(&text),
            [format!(
                "{}: `points` must be a whole number, not the decimal number {written}",
                after(&text, "label = \"Enigszins\"\npoints = ")
            )],
            "{written}"
        );
    }
}

#[test]
fn a_malformed_number_is_a_syntax_error() {
    for written in [
        "01", "00.5", "1e_5", "1_.5", "1._5", "1_e5", "1e5_", "1__0", "1.",
    ] {
        let text = broken("points = 1", &format!("points = {written}"));
        assert_eq!(
            errors(&text),
            [format!(
                "{}: `{written}` is not a value: write a whole number like 3, or a text in quotes",
                after(&text, "label = \"Enigszins\"\npoints = ")
            )],
            "{written}"
        );
    }
}

#[test]
fn unsupported_toml_says_it_is_not_supported() {
    for (from, to, at_text, message) in [
        (
            "points = 1",
            "points = 0x1",
            "0x1",
            "`0x1` is not a value: hexadecimal, octal and binary numbers are not supported, write the number with the digits 0 to 9",
        ),
        (
            "version = \"1\"",
            "version = 2026-01-01",
            "2026",
            "`2026-01-01` is not a value: dates and times are not supported, write it as a text in quotes",
        ),
        (
            "label = \"Niet\"",
            "label = { nl = \"Niet\" }",
            "{",
            "inline tables ({ … }) are not supported: use a [table] header",
        ),
        (
            "label = \"Niet\"",
            "label.nl = \"Niet\"",
            ".nl",
            "dotted keys are not supported here: use a [table] header for the part before the dot",
        ),
    ] {
        let text = broken(from, to);
        assert_eq!(
            errors(&text),
            [format!("{}: {message}", at(&text, at_text, 0))]
        );
    }
}

#[test]
fn control_characters_are_refused_where_they_are() {
    for (from, to, character, message) in [
        (
            "label = \"Niet\"",
            "label = \"Ni\u{1}et\"",
            "\u{1}",
            "control character U+0001 is not allowed in a text: remove it",
        ),
        (
            "label = \"Niet\"",
            "label = 'Ni\u{7f}et'",
            "\u{7f}",
            "control character U+007F is not allowed in a text: remove it",
        ),
        (
            "intro = \"A small scan for tests.\"",
            "intro = \"\"\"A small\rscan.\"\"\"",
            "\r",
            "control character U+000D (a carriage return that does not end a line) is not allowed in a text: remove it",
        ),
        (
            "[criteria]",
            "[criteria] # criteria\u{0}",
            "\u{0}",
            "control character U+0000 is not allowed in a comment: remove it",
        ),
        (
            "[criteria]\n",
            "[criteria] # criteria\r",
            "\r",
            "control character U+000D (a carriage return that does not end a line) is not allowed in a comment: remove it",
        ),
        (
            "[criteria]\n",
            "[criteria]\r",
            "\r",
            "control character U+000D (a carriage return that does not end a line) is not allowed here: remove it",
        ),
    ] {
        let text = broken(from, to);
        assert_eq!(
            errors(&text),
            [format!("{}: {message}", at(&text, character, 0))],
            "{to:?}"
        );
    }
    // Tabs are fine in texts and comments.
    let text = broken("[criteria]", "[criteria]\t#\tcriteria").replacen(
        "label = \"Niet\"",
        "label = \"Niet\techt\"",
        1,
    );
    assert_eq!(errors(&text), Vec::<String>::new());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let with_bom = format!("\u{feff}{MINI}");
    assert_eq!(parse_mini(&with_bom).unwrap(), parse_mini(MINI).unwrap());
    // Errors below the first line are where they were.
    let text = broken("weight = 7", "weight = \"seven\"");
    assert_eq!(errors(&format!("\u{feff}{text}")), errors(&text));
    assert_eq!(errors(&text).len(), 1);
}

#[test]
fn crlf_line_ends_read_like_lf() {
    let crlf = MINI.replace('\n', "\r\n");
    assert_eq!(parse_mini(&crlf).unwrap(), parse_mini(MINI).unwrap());
    let text = broken("weight = 7", "weight = \"seven\"");
    assert_eq!(errors(&text.replace('\n', "\r\n")), errors(&text));
}

/// A file saved with Windows line ends gives the same texts, multi-line ones included, so the
/// widget splits paragraphs the same.
#[test]
fn crlf_texts_over_several_lines_read_like_lf() {
    let crlf: Vec<(String, String)> = scan_core::BUILTIN_SOURCES
        .iter()
        .map(|(name, text)| (name.to_string(), text.replace('\n', "\r\n")))
        .collect();
    let sources: Vec<Source> = crlf
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    let q = parse(&sources).unwrap();
    assert_eq!(q, scan_core::builtin().unwrap());
    assert!(q.intro.contains("\n\n"), "the intro has paragraphs");
}
