//! Where a widget's questionnaire comes from: the built-in scan, or a site owner's TOML file
//! fetched from a URL and checked by the same core code as `scan-check`.
//!
//! Reading TOML is a fifth of the WebAssembly, and pages with only the built-in scan never need
//! it. So the reader is a [`ConfigReader`] the binary hands in: `scan-widget` (the respondent's
//! download for the built-in scan) has none, `scan-widget-full` has `scan_core::parse`. The
//! loader picks the full one when a mount element has `data-config`.

use std::sync::Arc;

use scan_core::{ConfigError, ConfigErrors, Questionnaire, Source};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a questionnaire could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigLoadError {
    /// The file could not be fetched: the URL and what went wrong.
    Fetch { url: String, detail: String },
    /// The file was fetched but is not a valid scan.
    Invalid(ConfigErrors),
    /// This build cannot read configurations (see the module docs).
    NoReader,
}

/// Reads and validates a scan's configuration files: `scan_core::parse` in the full build.
pub type ConfigReader = fn(&[Source]) -> Result<Questionnaire, ConfigErrors>;

/// The built-in scan, checked by `build.rs` and embedded with serde (no TOML to parse).
const BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.scan"));

/// The built-in scan.
pub fn builtin() -> Result<Arc<Questionnaire>, ConfigLoadError> {
    scan_core::embedded::from_bytes(BUILTIN)
        .map(Arc::new)
        .ok_or_else(|| {
            ConfigLoadError::Invalid(ConfigErrors(vec![ConfigError {
                file: "builtin.scan".into(),
                line: 1,
                column: 1,
                message: "the built-in scan in this build is damaged: rebuild the widget".into(),
            }]))
        })
}

/// Fetches the configuration at `url` and reads it with `reader`. Error positions name `url`
/// as the file.
pub async fn fetch(
    url: &str,
    reader: Option<ConfigReader>,
) -> Result<Arc<Questionnaire>, ConfigLoadError> {
    let reader = reader.ok_or(ConfigLoadError::NoReader)?;
    let text = fetch_text(url)
        .await
        .map_err(|detail| ConfigLoadError::Fetch {
            url: url.to_string(),
            detail,
        })?;
    reader(&[Source {
        name: url,
        text: &text,
    }])
    .map(Arc::new)
    .map_err(ConfigLoadError::Invalid)
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("network error: {}", js_message(&e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "no response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response.text().map_err(|e| js_message(&e))?;
    JsFuture::from(text)
        .await
        .map_err(|e| js_message(&e))?
        .as_string()
        .ok_or_else(|| "the response is not text".to_string())
}

fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
