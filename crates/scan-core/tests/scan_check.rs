//! The `scan-check` command line, run as a site owner would.

use std::path::PathBuf;
use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_scan-check"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn questions() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../questions")
        .display()
        .to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("scan-check-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_builtin_scan_is_valid_with_a_summary() {
    let (code, out, _) = run(&[&questions()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("valid: \"Scan Passend Onderwijs\" (id scan-passend-onderwijs, version "),
        "{out}"
    );
    for line in [
        "scale: 6 options, 4 scored, not scored: Weet ik niet, Niet van toepassing\n",
        "bands: Oriënterend from 0 (risk), In ontwikkeling from 1 (attention), Gevorderd from 2 (strength), Geborgd from 2.7 (strength)\n",
        "every theme has an example for every status that can be suggested\n",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(!out.contains("warning: no example for theme"), "{out}");
    assert!(!out.contains("has no `source`"), "{out}");
    // Every respondent sees 30-60 statements (the content rule in tests/builtin.rs).
    let rows: Vec<(&str, usize)> = out
        .lines()
        .filter(|l| l.starts_with("  ") && l.contains(" statements, about "))
        .map(|l| {
            let (who, rest) = l.trim().split_once(": ").unwrap();
            (who, rest.split(' ').next().unwrap().parse().unwrap())
        })
        .collect();
    assert!(rows.len() > 5, "{out}");
    for (who, count) in rows {
        assert!((30..=60).contains(&count), "{who}: {count} statements");
    }
}

#[test]
fn a_broken_scan_lists_every_error_and_exits_1() {
    let dir = temp_dir("broken");
    let mini = include_str!("fixtures/mini.toml")
        .replacen("weight = 2", "wieght = 2", 1)
        .replacen("statuses = [\"orienterend\"]", "statuses = [\"slecht\"]", 1);
    std::fs::write(dir.join("scan.toml"), &mini).unwrap();
    let (code, out, err) = run(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    let file = dir.join("scan.toml").display().to_string();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "key errors come first; the other checks run once the keys are right: {out}"
    );
    assert_eq!(
        lines[0],
        format!(
            "{file}:85:1: unknown key `wieght`: did you mean `weight`? Allowed here: `id`, `text`, `help`, `weight`, `basic`, `basic_roles`, `school_types`, `roles`"
        )
    );
    assert_eq!(err, "1 error(s)\n");

    // With the key fixed, the reference error comes out.
    std::fs::write(dir.join("scan.toml"), mini.replacen("wieght", "weight", 1)).unwrap();
    let (code, out, _) = run(&[dir.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(&format!("{file}:")) && out.contains("`example.statuses` names \"slecht\""),
        "{out}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn example_gaps_uncovered_statements_and_unsourced_names_are_warned_about() {
    let dir = temp_dir("gaps");
    let mini = format!(
        "{}{}",
        include_str!("fixtures/mini.toml"),
        "\n[[example]]\nid = \"named\"\ntitle = \"Named\"\ntext = \"Het SOP van De Vlinder in Ons Dorp.\"\nsituation = \"X.\"\ntheme = \"b\"\nstatuses = [\"orienterend\"]\n"
    );
    std::fs::write(dir.join("scan.toml"), mini).unwrap();
    let (code, out, _) = run(&[dir.join("scan.toml").to_str().unwrap()]);
    assert_eq!(code, 0, "warnings do not fail the check");
    for line in [
        "warning: no example for theme \"b\" at status \"in-ontwikkeling\" for school type \"po\"\n",
        "warning: no example for theme \"e\" at status \"orienterend\" for school type \"vo\"\n",
        "warning: 9 statements are named by no example's low_statements: a2, a3, b1, b2, d1, d2, opt1, e1, e2\n",
        "warning: example \"named\" mentions \"De Vlinder\" but has no `source`",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    // With a source, the name is fine.
    let sourced = std::fs::read_to_string(dir.join("scan.toml")).unwrap()
        + "source = \"Een artikel, 2024\"\n";
    std::fs::write(dir.join("scan.toml"), sourced).unwrap();
    let (_, out, _) = run(&[dir.join("scan.toml").to_str().unwrap()]);
    assert!(!out.contains("has no `source`"), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn basic_statements_per_respondent_are_counted_and_warned_about_over_max_basic() {
    let dir = temp_dir("basic");
    std::fs::write(dir.join("scan.toml"), include_str!("fixtures/mini.toml")).unwrap();
    let path = dir.join("scan.toml");
    let path = path.to_str().unwrap();
    // mini: a1 is basic for everyone; theme e (vo only) has none.
    let (code, out, _) = run(&[path]);
    assert_eq!(code, 0, "{out}");
    for line in [
        "basic statements per respondent (basic for their role):\n",
        "  po / ib: 1 basic\n",
        "  vo / ib: 1 basic\n",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(!out.contains("basic statements, more than"), "{out}");
    let (code, out, _) = run(&["--max-basic", "0", path]);
    assert_eq!(code, 0, "warnings do not fail the check: {out}");
    assert!(
        out.contains("warning: po / ib sees 1 basic statements, more than 0 (--max-basic): each one answered low or \"weet ik niet\" caps the whole scan\n"),
        "{out}"
    );
    let (code, _, err) = run(&["--max-basic", "many", path]);
    assert_eq!(code, 2);
    assert!(err.starts_with("--max-basic needs a whole number"), "{err}");
    let (_, _, err) = run(&["--help"]);
    assert!(err.contains("--max-basic N"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unreadable_paths_exit_2() {
    let (code, _, err) = run(&["/no/such/scan.toml"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("/no/such/scan.toml: cannot read:"), "{err}");
    let (code, _, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(err.starts_with("usage: scan-check"));
}

#[test]
fn a_reader_that_stops_early_is_no_crash() {
    // `scan-check questions/ | head -1`: the pipe closes before the summary is written.
    let mut child = Command::new(env!("CARGO_BIN_EXE_scan-check"))
        .arg(questions())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("scan-check runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("scan-check ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
