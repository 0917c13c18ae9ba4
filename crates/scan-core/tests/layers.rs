//! The core's layers (README, "How it is built"): each domain file imports only the layers
//! before it, and none imports `formats`, so the layers can be drawn from the folder list and
//! no cycle can come back unnoticed.

/// The domain files, in layer order; a file may use those of an earlier layer (or its own).
const LAYERS: &[&[&str]] = &[
    &["model"],
    &["scope"],
    &["progress"],
    &["scoring"],
    &["advice", "estimate", "review"],
    &["team"],
    &["meeting"],
];

/// The `crate::x` modules a file's code (not its comments) uses.
fn uses(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
        for part in line.split("crate::").skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            found.push(name);
        }
    }
    found
}

#[test]
fn each_domain_file_uses_only_earlier_layers_and_never_formats() {
    let layer_of = |name: &str| LAYERS.iter().position(|l| l.contains(&name));
    for (i, layer) in LAYERS.iter().enumerate() {
        for file in *layer {
            let path = format!("{}/src/{file}.rs", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap();
            for used in uses(&text) {
                assert_ne!(used, "formats", "{file}.rs uses crate::formats");
                if let Some(j) = layer_of(&used) {
                    assert!(
                        j < i || used == *file,
                        "{file}.rs (layer {i}) uses crate::{used} (layer {j})"
                    );
                }
            }
        }
    }
}

#[test]
fn the_layer_check_sees_a_use_of_a_later_layer() {
    assert_eq!(uses("use crate::team::Respondent;"), ["team"]);
    assert_eq!(
        uses("// crate::team in a comment\nlet x = crate::formats::csv::x();"),
        ["formats"]
    );
}
