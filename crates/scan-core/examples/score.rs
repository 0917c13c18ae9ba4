//! Prints what the core computes for stored progress, as JSON, so that the browser tests can
//! compare the results screen with it.
//!
//! Usage: `score < stored.json` where stored.json is the widget's `localStorage` value, or an
//! exchange file a respondent saved.

use std::io::Read;

fn main() {
    let q = scan_core::builtin().expect("built-in scan is valid");
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("stdin");
    // An exchange file (what a respondent saves) or the widget's stored progress.
    let progress = match scan_core::Exchange::decode(&q, text.as_bytes()) {
        Ok(file) => file.to_progress(),
        Err(scan_core::FileError::WrongKind { found: None }) => {
            scan_core::decode(&q, &text).unwrap_or_else(|e| panic!("{e}"))
        }
        Err(e) => panic!("{e}"),
    };
    let results = scan_core::score(&q, &progress);
    let advice = scan_core::advise(&q, &progress, &results);
    let status = |s: Option<scan_core::BandIx>| s.map(|s| q.bands[s].label.clone());
    let themes: Vec<_> = results
        .themes
        .iter()
        .map(|r| {
            serde_json::json!({
                "title": q.themes[r.theme].title,
                "status": status(r.tally.status),
                "percent": r.tally.percent,
                "answered": r.tally.answered,
                "unknown": r.tally.unknown,
                "total": r.tally.total,
                "not_applicable": r.tally.not_applicable,
                "capped": r.tally.capped,
                "too_few": r.tally.too_few,
                "insufficient_insight": r.tally.insufficient_insight,
            })
        })
        .collect();
    let titles = |list: &[scan_core::ThemeIx]| {
        list.iter()
            .map(|&t| q.themes[t].title.clone())
            .collect::<Vec<_>>()
    };
    let out = serde_json::json!({
        "overall": {
            "status": status(results.overall.status),
            "percent": results.overall.percent,
            "answered": results.overall.answered,
            "unknown": results.overall.unknown,
            "total": results.overall.total,
            "not_applicable": results.overall.not_applicable,
            "too_few": results.overall.too_few,
            "capped": results.overall.capped,
        },
        "themes": themes,
        "strengths": titles(&advice.strengths),
        "attention": titles(&advice.attention),
        "risks": titles(&advice.risks),
        "focus": advice.focus.iter().map(|f| serde_json::json!({
            "theme": q.themes[f.theme].title,
            "examples": f.examples.iter().map(|&e| q.examples[e].title.clone()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    });
    println!("{out}");
}
