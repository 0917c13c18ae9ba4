//! What the respondent's widget fetches after its first screen instead of downloading it first:
//! the built-in scan's practice examples (`scan_core::embedded::split`), about 14 KiB brotli
//! that only the results screen shows. They are fetched in idle time as soon as the widget has
//! drawn its first screen, so the results open without waiting and a respondent who goes offline
//! after the first statement still sees them. An own scan (`data-config`) has its examples in
//! its TOML and fetches nothing more.

use wasm_bindgen::JsCast;

/// The examples file, written next to the widget's other files by `builtin_parts`
/// (`crates/scan-core/examples/builtin_parts.rs`, run by trunk after every build).
pub const EXAMPLES_FILE: &str = "scan-examples.bin";

/// Where one widget's practice examples are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Examples {
    /// In the questionnaire.
    Ready,
    /// To be fetched, not asked for yet.
    Later,
    /// Being fetched.
    Loading,
    /// Could not be had; the results show why, with a button to try again.
    Failed(ExamplesProblem),
}

/// Why the practice examples could not be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExamplesProblem {
    /// The file could not be fetched (offline, or not on the server).
    Unreachable,
    /// The file belongs to another release of the widget (an old copy in a cache).
    OtherRelease,
    /// The file is not an examples file.
    Damaged,
}

impl From<scan_core::embedded::ExamplesError> for ExamplesProblem {
    fn from(e: scan_core::embedded::ExamplesError) -> Self {
        match e {
            scan_core::embedded::ExamplesError::Damaged => ExamplesProblem::Damaged,
            scan_core::embedded::ExamplesError::OtherScan => ExamplesProblem::OtherRelease,
        }
    }
}

/// The examples file's address: in the folder `files` (the loader's `data-files`, the folder of
/// the widget's own files), or next to the page when no loader named one.
pub fn examples_url(files: Option<&str>) -> String {
    match files {
        Some(folder) if folder.ends_with('/') => format!("{folder}{EXAMPLES_FILE}"),
        Some(folder) => format!("{folder}/{EXAMPLES_FILE}"),
        None => EXAMPLES_FILE.to_string(),
    }
}

/// Runs `f` when the browser is idle (`requestIdleCallback`, at most a second later), or after
/// the current task where the browser has no idle callbacks (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let f = wasm_bindgen::closure::Closure::once_into_js(f);
    let options = web_sys::IdleRequestOptions::new();
    options.set_timeout(1000);
    // Where the browser has no `requestIdleCallback`, calling it throws, which is this `Err`.
    if (window.request_idle_callback_with_options(f.unchecked_ref(), &options)).is_err() {
        let _ = window.set_timeout_with_callback(f.unchecked_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_file_is_in_the_folder_of_the_widgets_files() {
        assert_eq!(
            examples_url(Some("https://school.example/scan/")),
            "https://school.example/scan/scan-examples.bin"
        );
        assert_eq!(examples_url(Some("/scan")), "/scan/scan-examples.bin");
        assert_eq!(examples_url(None), "scan-examples.bin");
    }
}
