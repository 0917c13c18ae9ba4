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
        out.starts_with(
            "valid: \"Scan Passend Onderwijs\" (id scan-passend-onderwijs, version 2026.1)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("scale: 5 options, 4 scored, not scored: Weet ik niet / n.v.t.\n"),
        "{out}"
    );
    for line in [
        "school types: po, sbo, so, vo, swv\nroles: leraar, ib, directie, anders\n",
        "themes: 9, statements: 57, examples: 23\n",
        "  governance (only swv): 6 statements (1 basic), 2 examples\n",
        "  basisondersteuning: 7 statements (2 basic, 1 for some school types or roles), 3 examples\n",
    ] {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(
        out.contains("every theme has an example for every status that can be suggested"),
        "{out}"
    );
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
            "{file}:85:1: unknown key `wieght`: did you mean `weight`? Allowed here: `id`, `text`, `help`, `weight`, `basic`, `school_types`, `roles`"
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
fn example_gaps_are_reported() {
    let dir = temp_dir("gaps");
    let mini = include_str!("fixtures/mini.toml");
    std::fs::write(dir.join("scan.toml"), mini).unwrap();
    let (code, out, _) = run(&[dir.join("scan.toml").to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("no example for:\n  b at status In ontwikkeling\n  d at status Oriënterend\n  d at status In ontwikkeling\n  opt at status Oriënterend\n  opt at status In ontwikkeling\n  e at status Oriënterend\n  e at status In ontwikkeling\n"), "{out}");
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
