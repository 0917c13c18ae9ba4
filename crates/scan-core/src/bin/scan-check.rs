//! `scan-check`: checks a scan configuration before it is published.
//!
//! Usage: `scan-check [--max-basic N] PATH...` where each PATH is a `.toml` file or a folder of
//! them. Exit 0 with a summary (and warnings) when valid; exit 1 with every error as
//! `file:line:column: message`; exit 2 when a path cannot be read or the arguments are wrong.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use scan_core::{Audience, BandGroup, Questionnaire, Source, parse};

const USAGE: &str =
    "usage: scan-check [--max-basic N] PATH...   (a .toml file, or a folder with .toml files)
  --max-basic N   warn for every school type and role that sees more than N basic
                  statements (default 6): each can cap the whole scan";

/// The default of `--max-basic`.
const MAX_BASIC: usize = 6;

fn files(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        std::fs::metadata(path)?;
        return Ok(vec![path.to_path_buf()]);
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    found.sort();
    Ok(found)
}

fn summary(q: &Questionnaire) -> String {
    let mut out = format!(
        "valid: \"{}\" (id {}, version {})\n",
        q.title, q.id, q.version
    );
    let unscored: Vec<&str> = q
        .scale
        .iter()
        .filter(|o| o.points().is_none())
        .map(|o| o.label.as_str())
        .collect();
    out += &format!(
        "scale: {} options, {} scored{}\n",
        q.scale.len(),
        q.scale.len() - unscored.len(),
        if unscored.is_empty() {
            String::new()
        } else {
            format!(", not scored: {}", unscored.join(", "))
        }
    );
    let group = |g: BandGroup| match g {
        BandGroup::Strength => "strength",
        BandGroup::Attention => "attention",
        BandGroup::Risk => "risk",
    };
    let bands: Vec<String> = q
        .bands
        .iter()
        .map(|b| {
            let from = Questionnaire::mean_text(b.from, '.');
            format!("{} from {from} ({})", b.label, group(b.group))
        })
        .collect();
    out += &format!("bands: {}\n", bands.join(", "));
    for (name, list) in [("school types", &q.school_types), ("roles", &q.roles)] {
        if !list.is_empty() {
            let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
            out += &format!("{name}: {}\n", ids.join(", "));
        }
    }
    out += &format!(
        "themes: {}, statements: {}, examples: {}\n",
        q.themes.len(),
        q.statement_count(),
        q.examples.len()
    );
    for (i, t) in q.themes.iter().enumerate() {
        let basic = t.statements.iter().filter(|s| s.is_basic_for(None)).count();
        // Basic for some roles only (`basic_roles`).
        let role_basic = t
            .statements
            .iter()
            .filter(|s| {
                !s.is_basic_for(None) && q.roles.iter().any(|r| s.is_basic_for(Some(&r.id)))
            })
            .count();
        let restricted = t
            .statements
            .iter()
            .filter(|s| s.audience != Audience::default())
            .count();
        let examples = q.examples.iter().filter(|e| e.theme.0 == i).count();
        let only: Vec<&str> = t
            .audience
            .school_types
            .iter()
            .chain(&t.audience.roles)
            .map(String::as_str)
            .collect();
        out += &format!(
            "  {}{}{}: {} statements ({basic} basic{}{}), {examples} examples\n",
            t.id,
            if t.optional { " (optional)" } else { "" },
            if only.is_empty() {
                String::new()
            } else {
                format!(" (only {})", only.join(", "))
            },
            t.statements.len(),
            if role_basic > 0 {
                format!(", {role_basic} basic for some roles")
            } else {
                String::new()
            },
            if restricted > 0 {
                format!(", {restricted} for some school types or roles")
            } else {
                String::new()
            },
        );
    }
    out += "statements per respondent (every module on):\n";
    let label = |id: &Option<String>| id.as_deref().unwrap_or("-").to_string();
    let modules = q.optional_theme_ids();
    for (p, count) in q.statements_per_profile() {
        out += &format!(
            "  {} / {}: {count} statements, about {} minutes\n",
            label(&p.school_type),
            label(&p.role),
            q.estimated_minutes(scan_core::Scope::new(&p, &modules))
        );
    }
    out += "basic statements per respondent (basic for their role):\n";
    for (p, count) in q.basic_per_profile() {
        out += &format!(
            "  {} / {}: {count} basic\n",
            label(&p.school_type),
            label(&p.role)
        );
    }
    let gaps = q.example_gaps();
    if gaps.is_empty() {
        out += "every theme has an example for every status that can be suggested\n";
    }
    out
}

/// Words capitalised inside Dutch sentences that name no organisation.
const COMMON_NAMES: &[&str] = &[
    "Nederland",
    "Nederlandse",
    "Rijksoverheid",
    "Steunpunt",
    "Passend",
    "Onderwijs",
];

/// What is valid but worth a second look, one line each; `max_basic` from `--max-basic`.
fn warnings(q: &Questionnaire, max_basic: usize) -> Vec<String> {
    let mut out: Vec<String> = q
        .example_gaps()
        .into_iter()
        .map(|gap| {
            format!(
                "warning: no example for theme \"{}\" at status \"{}\"{}",
                q.themes[gap.theme].id,
                q.bands[gap.band].id,
                gap.school_type
                    .map_or(String::new(), |s| format!(" for school type \"{s}\""))
            )
        })
        .collect();
    let uncovered = q.statements_without_example();
    if !uncovered.is_empty() {
        out.push(format!(
            "warning: {} statements are named by no example's low_statements: {}",
            uncovered.len(),
            uncovered.join(", ")
        ));
    }
    for (i, name) in q.unsourced_names(COMMON_NAMES) {
        out.push(format!(
            "warning: example \"{}\" mentions \"{name}\" but has no `source`: a real school or organisation needs one; an illustration should not name one",
            q.examples[i].id
        ));
    }
    for (p, n) in q.too_many_basic(max_basic) {
        out.push(format!(
            "warning: {} / {} sees {n} basic statements, more than {max_basic} (--max-basic): each one answered low or \"weet ik niet\" caps the whole scan",
            p.school_type.as_deref().unwrap_or("-"),
            p.role.as_deref().unwrap_or("-"),
        ));
    }
    out
}

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut max_basic = MAX_BASIC;
    if let Some(at) = args.iter().position(|a| a == "--max-basic") {
        match args.get(at + 1).map(|n| n.parse::<usize>()) {
            Some(Ok(n)) => max_basic = n,
            _ => {
                eprintln!("--max-basic needs a whole number, like --max-basic 6\n{USAGE}");
                return ExitCode::from(2);
            }
        }
        args.drain(at..at + 2);
        if args.is_empty() {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let mut texts = Vec::new();
    for arg in &args {
        let paths = match files(Path::new(arg)) {
            Ok(p) if !p.is_empty() => p,
            Ok(_) => {
                eprintln!("{arg}: no .toml files in this folder");
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("{arg}: cannot read: {e}");
                return ExitCode::from(2);
            }
        };
        for p in paths {
            match std::fs::read_to_string(&p) {
                Ok(text) => texts.push((p.display().to_string(), text)),
                Err(e) => {
                    eprintln!("{}: cannot read: {e}", p.display());
                    return ExitCode::from(2);
                }
            }
        }
    }
    let sources: Vec<Source> = texts
        .iter()
        .map(|(name, text)| Source { name, text })
        .collect();
    // Written through one handle whose errors are ignored: when the reader goes away
    // (`scan-check … | head`), the rest is not wanted; that is not a problem of the scan.
    let mut out = std::io::stdout().lock();
    match parse(&sources) {
        Ok(q) => {
            let _ = write!(out, "{}", summary(&q)).and_then(|()| {
                warnings(&q, max_basic)
                    .iter()
                    .try_for_each(|w| writeln!(out, "{w}"))
            });
            ExitCode::SUCCESS
        }
        Err(errors) => {
            let _ = errors.0.iter().try_for_each(|e| writeln!(out, "{e}"));
            eprintln!("{} error(s)", errors.0.len());
            ExitCode::from(1)
        }
    }
}
