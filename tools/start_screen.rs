//! Writes a new respondent's start screen for the built-in scan into the loader in trunk's
//! staging folder (the `post_build` hook in Trunk.toml), so that the loader can show it while
//! the WebAssembly arrives (issue 21, item 5; bench/README.md). The markup comes from the same
//! builder the live widget draws the start screen with, so the one replaces the other unchanged.
//!
//!     cargo run --example start_screen -- <folder with scan-passend-onderwijs.js>
//!
//! The loader holds the line `const START = null;`; it becomes
//! `const START = {"key": <storage key>, "nl": <markup>, "en": <markup>};`.

use std::{env, fs, path::PathBuf, process::ExitCode};

use scan_widget::ui::{Lang, builtin_start_page};

const LOADER: &str = "scan-passend-onderwijs.js";
const MARKER: &str = "const START = null;";

fn main() -> ExitCode {
    let Some(folder) = env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: start_screen <folder with {LOADER}>");
        return ExitCode::FAILURE;
    };
    match write(&folder.join(LOADER)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("start_screen: {}: {e}", folder.join(LOADER).display());
            ExitCode::FAILURE
        }
    }
}

fn write(loader: &std::path::Path) -> Result<(), String> {
    let source = fs::read_to_string(loader).map_err(|e| e.to_string())?;
    if source.matches(MARKER).count() != 1 {
        return Err(format!("expected the line `{MARKER}` once"));
    }
    let mut start = serde_json::Map::new();
    for lang in Lang::ALL {
        let (page, key) = builtin_start_page(lang).map_err(|e| format!("{e:?}"))?;
        // One key for every language: the storage key does not depend on it.
        start.entry("key").or_insert(key.into());
        start.insert(lang.code().into(), page.as_str().into());
    }
    let json = serde_json::to_string(&start).map_err(|e| e.to_string())?;
    let written = source.replace(MARKER, &format!("const START = {json};"));
    fs::write(loader, written).map_err(|e| e.to_string())
}
