//! Writes the built-in scan's practice examples as the file the respondent's widget fetches
//! while the respondent answers (`scan_core::embedded::split`), byte for byte the part `build.rs`
//! leaves out of the WebAssembly. Run by trunk after every build (`Trunk.toml`, post_build hook).
//!
//! Usage: `builtin_parts FOLDER` (writes `FOLDER/scan-examples.bin`)

use std::process::ExitCode;

/// The file's name; the widget asks for it next to its own files (`src/lazy_parts.rs`).
const EXAMPLES_FILE: &str = "scan-examples.bin";

fn main() -> ExitCode {
    let Some(folder) = std::env::args_os().nth(1) else {
        eprintln!("usage: builtin_parts FOLDER");
        return ExitCode::from(2);
    };
    let q = match scan_core::builtin() {
        Ok(q) => q,
        Err(errors) => {
            eprintln!("The built-in questionnaire in questions/ is invalid:\n{errors}");
            return ExitCode::FAILURE;
        }
    };
    let (_, examples) = scan_core::embedded::split(&q);
    let path = std::path::Path::new(&folder).join(EXAMPLES_FILE);
    match std::fs::write(&path, examples) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
