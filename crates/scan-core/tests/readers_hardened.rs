//! Hostile input for the readers (issue 22, parts 1 and 2): every finding of the fuzz run is a
//! regression test here. Each limit is a clear `file:line:column` error; nothing overflows the
//! stack, panics or takes time that grows faster than the input.

use std::collections::BTreeMap;
use std::process::Command;

use scan_core::formats::toml_subset;
use scan_core::{
    BUILTIN_SOURCES, Exchange, Plan, PlanItem, Progress, Source, Timed, builtin, parse,
};

const MINI: &str = include_str!("fixtures/mini.toml");

/// The errors of `text` read as `mini.toml`, as `file:line:column: message`.
fn errors(text: &str) -> Vec<String> {
    errors_of(&[Source {
        name: "mini.toml",
        text,
    }])
}

fn errors_of(sources: &[Source]) -> Vec<String> {
    match parse(sources) {
        Ok(_) => vec![],
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

/// The built-in scan plus `extra` as `extra.toml`.
fn builtin_with(extra: &str) -> Vec<String> {
    let mut sources: Vec<Source> = BUILTIN_SOURCES
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    sources.push(Source {
        name: "extra.toml",
        text: extra,
    });
    errors_of(&sources)
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// Runs `f` in a thread with the widget's 128 KiB WebAssembly stack, in a child process (this
/// test binary again, running only `test`): a stack overflow aborts the process, and so fails
/// this one test instead of ending every test of the binary.
fn with_widget_stack(test: &str, f: impl FnOnce() + Send + 'static) {
    const CHILD: &str = "READERS_HARDENED_CHILD";
    if std::env::var(CHILD).as_deref() == Ok(test) {
        let run = std::thread::Builder::new()
            .stack_size(128 * 1024)
            .spawn(f)
            .unwrap()
            .join();
        assert!(run.is_ok(), "the check failed");
        return;
    }
    let out = Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(CHILD, test)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{test} failed in a 128 KiB stack ({}):\n{}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `[a.a.….a]` with `n` names.
fn dotted(n: usize) -> String {
    vec!["a"; n].join(".")
}

const DEEP: &str = "a table header of more than 4 dotted names is not supported (the format needs at most 2, like [[theme.statement]])";

#[test]
fn deep_headers_are_refused_within_the_widget_stack() {
    with_widget_stack("deep_headers_are_refused_within_the_widget_stack", || {
        // 5,000 names (10 KB) and more make a line longer than allowed: also an error.
        for n in [5_000, 100_000] {
            let names = dotted(n);
            for text in [
                format!("[{names}]\n"),
                format!("[[{names}]]\n"),
                format!("{MINI}\n[scan.{names}]\n"),
                format!("{MINI}\n[[theme]]\n[theme.{names}]\n"),
            ] {
                assert_eq!(errors(&text).len(), 1);
            }
        }
        for n in [5, 4_000] {
            let names = dotted(n);
            assert_eq!(
                errors(&format!("[{names}]\nx = 1\n")),
                [format!("mini.toml:1:1: {DEEP}")]
            );
            assert_eq!(
                errors(&format!("[[{names}]]\n")),
                [format!("mini.toml:1:1: {DEEP}")]
            );
            let scan = format!("{MINI}\n[scan.{names}]\n");
            assert_eq!(
                errors(&scan),
                [format!(
                    "mini.toml:{}:1: {DEEP}",
                    line_of(&scan, scan.rfind('[').unwrap())
                )]
            );
            let theme = format!("{MINI}\n[[theme]]\n[theme.{names}]\n");
            assert_eq!(
                errors(&theme),
                [format!(
                    "mini.toml:{}:1: {DEEP}",
                    line_of(&theme, theme.rfind('[').unwrap())
                )]
            );
        }
        // Four names are still read.
        let four = toml_subset::parse("[a.b.c.d]\nx = 1\n[[e.f.g.h]]\n").unwrap();
        assert!(four.get_ref().get("a").is_some());
    });
}

/// The fixture with `extra` answer options more (each scored 1).
fn mini_with_options(extra: usize) -> String {
    let options: String = (0..extra)
        .map(|i| format!("[[scale]]\nid = \"extra-{i}\"\nlabel = \"Extra {i}\"\npoints = 1\n\n"))
        .collect();
    MINI.replacen("[criteria]", &format!("{options}[criteria]"), 1)
}

#[test]
fn the_largest_scale_the_reader_accepts_goes_through_a_link() {
    // The fixture has 6 options: 36 in all.
    let text = mini_with_options(30);
    let q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .unwrap();
    assert_eq!(q.scale.len(), 36);
    let last = q.scale.last().unwrap().id.clone();
    let answers: BTreeMap<String, Timed<String>> = q
        .statements()
        .map(|s| (s.id.clone(), Timed::new(last.clone(), 5)))
        .collect();
    let mut p = Progress::started(1);
    p.answers = answers.clone();
    let file = Exchange::new(&q, &p, Some("AB"), 5);
    let back = Exchange::from_link_fragment(&q, &file.link_fragment(&q))
        .unwrap()
        .unwrap();
    assert_eq!(back.answers, answers);
    assert_eq!(Exchange::decode(&q, file.encode().as_bytes()), Ok(file));
}

#[test]
fn a_scale_larger_than_a_link_carries_is_refused() {
    let text = mini_with_options(31);
    let at = text.match_indices("[[scale]]").nth(36).unwrap().0;
    assert_eq!(
        errors(&text),
        [format!(
            "mini.toml:{}:1: at most 36 answer options (`[[scale]]`) are allowed: a link to the team page carries each answer as one character of 36; remove options",
            line_of(&text, at)
        )]
    );
    // A questionnaire built by hand with more options still gives a link (an answer it cannot
    // carry is left out), never a panic.
    let mut q = parse(&[Source {
        name: "mini.toml",
        text: &mini_with_options(30),
    }])
    .unwrap();
    let mut more = q.scale.clone();
    more.extend(q.scale.clone().into_iter().map(|mut o| {
        o.id = format!("{}-2", o.id);
        o
    }));
    q.scale = more;
    let mut p = Progress::started(1);
    let id = q.themes[0].statements[0].id.clone();
    p.answers
        .insert(id, Timed::new(q.scale.last().unwrap().id.clone(), 5));
    let link = Exchange::new(&q, &p, None, 5).link_fragment(&q);
    assert!(link.starts_with("antwoorden=1."), "{link}");
}

const TOO_MANY_KEYS: &str = "more than 100 keys and tables in one table are not supported (a scan's tables have at most 11)";

#[test]
fn many_keys_in_one_table_are_refused_at_the_first_one_too_many() {
    // Was 3.4 s for 50,000 keys, with an error for each.
    let keys: String = (0..50_000).map(|i| format!("k{i} = 1\n")).collect();
    let text = format!("[scan]\n{keys}");
    assert_eq!(errors(&text), [format!("mini.toml:102:1: {TOO_MANY_KEYS}")]);
}

#[test]
fn many_tables_are_refused_at_the_first_one_too_many() {
    // 50,000 tables ran past 10 s.
    let tables: String = (0..50_000).map(|i| format!("[t{i}]\n")).collect();
    assert_eq!(
        errors(&tables),
        [format!("mini.toml:101:2: {TOO_MANY_KEYS}")]
    );
    // 100,000 empty [[theme]] tables ran past 10 s.
    let themes = "[[theme]]\n".repeat(100_000);
    assert_eq!(
        errors(&themes),
        [
            "mini.toml:5001:1: more than 5000 table headers in one file are not supported: split it over several files"
        ]
    );
}

/// A practice example for the built-in scan with `statuses` as written.
fn example(id: &str, statuses: &str) -> String {
    format!(
        "[[example]]\nid = \"{id}\"\ntitle = \"T\"\ntext = \"T.\"\nsituation = \"S.\"\ntheme = \"visie\"\nstatuses = {statuses}\n\n"
    )
}

#[test]
fn a_long_line_and_a_long_list_are_refused() {
    // The built-in scan plus one example naming 100,000 unknown statuses on one line ran past
    // 10 s.
    let names: Vec<String> = (0..100_000).map(|i| format!("\"s{i}\"")).collect();
    let line = format!("[{}]", names.join(", "));
    let text = example("veel", &line);
    let found = builtin_with(&text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "extra.toml:7:10001: this line is longer than 10000 characters, which is not supported"
        ),
        "{}",
        found[0]
    );
    // On a line each: the list is refused at its 1,001st item.
    let list = format!("[\n{}\n]", names[..2_000].join(",\n"));
    let found = builtin_with(&example("veel", &list));
    assert_eq!(
        found,
        ["extra.toml:1008:1: lists of more than 1000 items are not supported"]
    );
}

#[test]
fn only_the_first_hundred_problems_are_reported() {
    // 999 unknown statuses: 999 problems, of which the first 100 are shown and the rest counted.
    let names: Vec<String> = (0..999).map(|i| format!("\"s{i}\"")).collect();
    let list = format!("[\n{}\n]", names.join(",\n"));
    let found = builtin_with(&example("veel", &list));
    assert_eq!(found.len(), 101, "{found:?}");
    assert!(
        found[0]
            .starts_with("extra.toml:8:1: `example.statuses` names \"s0\", which is no band id"),
        "{}",
        found[0]
    );
    assert_eq!(
        found[100],
        "extra.toml:108:1: 899 more problems from here on are not shown (only the first 100 are): fix these, then check again"
    );
}

#[test]
fn many_examples_with_one_id_are_refused_quickly() {
    // 5,000 examples with one id took 1.8 s, with an error (and a walk through the file) each.
    let text = example("zelfde", "[\"gevorderd\"]").repeat(5_000);
    let found = builtin_with(&text);
    assert_eq!(found.len(), 101, "{:?}", &found[..3]);
    // After the built-in scan's own examples, the one of this file that is the 1,001st.
    let builtin = scan_core::builtin().unwrap().examples.len();
    let at = text
        .match_indices("[[example]]")
        .nth(1000 - builtin)
        .unwrap()
        .0;
    let too_many = format!(
        "extra.toml:{}:1: at most 1000 practice examples (`[[example]]`) are allowed: remove some",
        line_of(&text, at)
    );
    assert!(found.contains(&too_many), "{:?}", &found[..3]);
    assert!(
        found[0].contains("duplicate example id \"zelfde\""),
        "{}",
        found[0]
    );
}

#[test]
fn an_id_longer_than_64_characters_is_refused() {
    let long = "a".repeat(65);
    let text = MINI.replacen("id = \"a\"", &format!("id = \"{long}\""), 1);
    let found = errors(&text);
    assert!(
        found
            .iter()
            .any(|e| e.ends_with("`theme.id` is 65 characters long: an id has at most 64")),
        "{found:?}"
    );
}

#[test]
fn a_cut_name_comes_back_the_same_from_the_file_and_the_link() {
    let q = builtin().unwrap();
    let p = Progress::started(1);
    // 59 letters and a space are the first 60 characters: the space is cut too.
    let typed = format!("{} b", "a".repeat(59));
    let file = Exchange::new(&q, &p, Some(&typed), 9);
    assert_eq!(file.name.as_deref(), Some("a".repeat(59).as_str()));
    let read = Exchange::decode(&q, file.encode().as_bytes()).unwrap();
    assert_eq!(read.name, file.name);
    let linked = Exchange::from_link_fragment(&q, &file.link_fragment(&q))
        .unwrap()
        .unwrap();
    assert_eq!(linked.name, file.name);
    // A name set by hand is written as it is read: cleaned.
    let by_hand = Exchange {
        name: Some("  AB  ".into()),
        ..file
    };
    let read = Exchange::decode(&q, by_hand.encode().as_bytes()).unwrap();
    let linked = Exchange::from_link_fragment(&q, &by_hand.link_fragment(&q))
        .unwrap()
        .unwrap();
    assert_eq!(read.name.as_deref(), Some("AB"));
    assert_eq!(linked.name.as_deref(), Some("AB"));
}

#[test]
fn the_largest_plan_the_form_makes_is_read_back() {
    let q = builtin().unwrap();
    // Three items, each text of 4,000 characters that JSON writes in six bytes (`\u0001`), the
    // longest ids (64 characters) and ten examples.
    let text = "\u{1}".repeat(4_000);
    let id = |c: char| c.to_string().repeat(64);
    let item = PlanItem {
        theme: id('t'),
        goal: text.clone(),
        actions: text.clone(),
        who: text.clone(),
        by_when: text.clone(),
        examples: (0..10).map(|i| format!("{i}{}", &id('e')[1..])).collect(),
    };
    let mut plan = Plan::new(&q);
    plan.saved_at = u64::MAX;
    plan.items = vec![item; 3];
    let file = plan.encode();
    assert!(file.len() > 256 * 1024, "{} bytes", file.len());
    assert_eq!(Plan::decode(&q, file.as_bytes()), Ok(plan));
}

#[test]
fn stored_progress_larger_than_any_browser_keeps_is_refused_before_it_is_parsed() {
    use scan_core::formats::stored::STORED_MAX_BYTES;
    let q = scan_core::builtin().unwrap();
    let huge = " ".repeat(STORED_MAX_BYTES + 1);
    assert_eq!(
        scan_core::decode(&q, &huge),
        Err(scan_core::StoredDataError::TooLarge(STORED_MAX_BYTES + 1))
    );
    // Right at the limit it is read (and found to be no stored progress).
    let at_limit = " ".repeat(STORED_MAX_BYTES);
    assert!(matches!(
        scan_core::decode(&q, &at_limit),
        Err(scan_core::StoredDataError::Unreadable(_))
    ));
}
