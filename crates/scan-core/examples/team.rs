//! Prints what the core computes for several respondents' exchange files, as JSON, so that the
//! browser tests can compare the team view with it.
//!
//! Usage: `team [--config SCAN.toml] FILE... [--earlier FILE...]`; files that are not valid
//! exchange files are reported and left out. Files after `--earlier` form the earlier picture
//! to compare with. With `--config`, the files are read against that scan, not the built-in.

#[path = "support/scan_arg.rs"]
mod scan_arg;

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let q = scan_arg::scan(&mut args);
    let (mut files, mut earlier) = (Vec::new(), Vec::new());
    let mut refused = Vec::new();
    let mut into_earlier = false;
    for path in args {
        if path == "--earlier" {
            into_earlier = true;
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable file");
        match scan_core::Exchange::decode(&q, &bytes) {
            // As the team page adds them: each respondent once, the newest file.
            Ok(f) if into_earlier => {
                scan_core::add_file(&mut earlier, f.into());
            }
            Ok(f) => {
                scan_core::add_file(&mut files, f.into());
            }
            Err(e) => refused.push(serde_json::json!({ "file": path, "error": e.to_string() })),
        }
    }
    let changes = scan_core::compare(
        &scan_core::aggregate(&q, &earlier),
        &scan_core::aggregate(&q, &files),
    );
    let team = scan_core::aggregate(&q, &files);
    let tally = |t: &scan_core::TeamTally| {
        serde_json::json!({
            "status": t.status.map(|s| q.bands[s].label.clone()),
            "percent": t.percent,
            "spread": match t.spread {
                scan_core::Figure::Shown(lo_hi) => serde_json::json!(lo_hi),
                scan_core::Figure::TooFew => serde_json::json!("too-few"),
                scan_core::Figure::Empty => serde_json::Value::Null,
            },
            "respondents": t.respondents,
            "unknown_percent": t.unknown_percent,
        })
    };
    let out = serde_json::json!({
        "respondents": team.respondents,
        "themes": team.themes.iter().map(|t| {
            let mut v = tally(&t.tally);
            v["title"] = q.themes[t.theme].title.clone().into();
            v
        }).collect::<Vec<_>>(),
        "overall": tally(&team.overall),
        "differently": scan_core::seen_differently(&q, &team).iter()
            .map(|s| q.themes[s.theme].statements[s.statement].text.clone()).collect::<Vec<_>>(),
        "withheld": team.statements.iter().filter(|s| s.figures == scan_core::Figure::TooFew).count(),
        "roles": team.roles.iter().map(|r| r.role.clone()).collect::<Vec<_>>(),
        "not_shown_apart": team.not_shown_apart,
        "refused": refused,
        "changes": changes.iter().map(|c| serde_json::json!({
            "title": q.themes[c.theme].title,
            "before": c.before,
            "after": c.after,
            "delta": c.delta(),
            "status_before": c.status_before.map(|s| q.bands[s].label.clone()),
            "status_after": c.status_after.map(|s| q.bands[s].label.clone()),
        })).collect::<Vec<_>>(),
    });
    println!("{out}");
}
