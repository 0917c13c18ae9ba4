//! Data for the benchmark in `bench/`: the statements a team sees, as JSON, for the built-in scan
//! and for a generated questionnaire of `N` statements (default 1000), plus that questionnaire
//! as TOML for the widget's `data-config`. The generated TOML is validated before it is printed.
//!
//! Usage: `bench_data [N] > data.json`

use scan_core::{Progress, Questionnaire, Source, Step};

/// The profile the benchmark resumes with: a teacher at a primary school.
const SCHOOL_TYPE: &str = "po";
const ROLE: &str = "leraar";
/// Statements per theme in the generated questionnaire.
const PER_THEME: usize = 40;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .map_or(1000, |a| a.parse().expect("N is a number"));
    let builtin = scan_core::builtin().expect("built-in scan is valid");
    let large_toml = generate(&builtin, n);
    let large = scan_core::parse(&[Source {
        name: "generated.toml",
        text: &large_toml,
    }])
    .unwrap_or_else(|e| panic!("generated questionnaire is invalid:\n{e}"));
    let out = serde_json::json!({
        "builtin": seen(&builtin),
        "large": seen(&large),
        "large_toml": large_toml,
    });
    println!("{out}");
}

/// The themes and statements shown to the benchmark's profile, in order, and the stored
/// progress (`localStorage` value) that resumes the widget at the first of those themes.
fn seen(q: &Questionnaire) -> serde_json::Value {
    let mut progress = Progress::default();
    progress.profile.school_type = Some(SCHOOL_TYPE.into());
    progress.profile.role = Some(ROLE.into());
    let first = progress.scope().included_themes(q)[0];
    progress.step = Step::Theme(q.themes[first].id.clone());
    let themes: Vec<_> = progress
        .scope()
        .included_themes(q)
        .into_iter()
        .map(|t| {
            let theme = &q.themes[t];
            let statements: Vec<_> = progress
                .scope()
                .applicable_statements(q, t)
                .into_iter()
                .map(|s| {
                    let st = &theme.statements[s];
                    serde_json::json!({ "id": st.id, "text": st.text, "help": st.help })
                })
                .collect();
            serde_json::json!({
                "id": theme.id, "title": theme.title, "intro": theme.intro, "statements": statements,
            })
        })
        .collect();
    let scale: Vec<_> = q
        .scale
        .iter()
        .map(|o| serde_json::json!({ "id": o.id, "label": o.label }))
        .collect();
    serde_json::json!({
        "id": q.id, "title": q.title, "scale_help": q.scale_help, "scale": scale, "themes": themes,
        "stored": scan_core::encode(q, &progress),
    })
}

/// A questionnaire of `n` statements in themes of 40: the built-in scan's header (scale,
/// criteria, bands, school types, roles) with the built-in statement texts reused in turn.
fn generate(builtin: &Questionnaire, n: usize) -> String {
    // scan.toml, then what themes.toml declares before its first theme (school types, roles).
    let themes = scan_core::BUILTIN_SOURCES[1].1;
    let themes_start = themes
        .find("\n[[theme]]")
        .expect("the built-in scan has themes");
    let header = format!(
        "{}\n{}\n\n",
        scan_core::BUILTIN_SOURCES[0].1,
        &themes[..themes_start]
    )
    .replace("id = \"scan-passend-onderwijs\"", "id = \"grote-scan\"")
    .replace(
        "title = \"Scan Passend Onderwijs\"",
        "title = \"Grote scan\"",
    );
    let texts: Vec<&str> = builtin
        .themes
        .iter()
        .flat_map(|t| t.statements.iter().map(|s| s.text.as_str()))
        .collect();
    let mut out = header;
    for i in 0..n {
        let theme = i / PER_THEME + 1;
        if i % PER_THEME == 0 {
            out.push_str(&format!(
                "[[theme]]\nid = \"t{theme}\"\ntitle = \"Thema {theme}\"\n\
                 intro = \"Gegenereerd thema {theme} voor de schaaltest.\"\n\n"
            ));
        }
        let text = texts[i % texts.len()].replace('"', "\\\"");
        out.push_str(&format!(
            "[[theme.statement]]\nid = \"t{theme}-s{}\"\ntext = \"{}. {text}\"\n\n",
            i % PER_THEME + 1,
            i + 1
        ));
    }
    out
}
