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
    /// Another widget on the page already keeps its answers under this storage key: two
    /// widgets on one key would save over each other's answers.
    SharedStorage { key: String },
}

/// Reads and validates a scan's configuration files: `scan_core::parse` in the full build.
pub type ConfigReader = fn(&[Source]) -> Result<Questionnaire, ConfigErrors>;

/// The built-in scan, checked by `build.rs` and embedded with serde (no TOML to parse).
const BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin.scan"));

/// The same without its practice examples (`scan_core::embedded::split`): what the
/// respondent's widget embeds. It fetches the examples later ([`crate::lazy_parts`]).
const BUILTIN_FIRST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-first.scan"));

/// The built-in scan, with its practice examples (the team and SWV pages).
pub fn builtin() -> Result<Arc<Questionnaire>, ConfigLoadError> {
    read_builtin(BUILTIN)
}

/// The built-in scan without its practice examples: what the respondent needs until the
/// results show. [`with_builtin_examples`] adds them from the fetched part.
pub fn builtin_without_examples() -> Result<Arc<Questionnaire>, ConfigLoadError> {
    read_builtin(BUILTIN_FIRST)
}

fn read_builtin(bytes: &[u8]) -> Result<Arc<Questionnaire>, ConfigLoadError> {
    scan_core::embedded::from_bytes(bytes)
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

/// The built-in scan with the examples part `part` fetched for it; an error when `part` is
/// damaged or belongs to another release.
pub fn with_builtin_examples(
    part: &[u8],
) -> Result<Arc<Questionnaire>, scan_core::embedded::ExamplesError> {
    scan_core::embedded::attach_examples(BUILTIN_FIRST, part).map(Arc::new)
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
    let text = fetch_ok(url).await?.text().map_err(|e| js_message(&e))?;
    JsFuture::from(text)
        .await
        .map_err(|e| js_message(&e))?
        .as_string()
        .ok_or_else(|| "the response is not text".to_string())
}

/// Fetches `url` as bytes; the error says what went wrong (network, HTTP status).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let buffer = fetch_ok(url)
        .await?
        .array_buffer()
        .map_err(|e| js_message(&e))?;
    let buffer = JsFuture::from(buffer).await.map_err(|e| js_message(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The response to a GET of `url`, when it is a success (2xx).
async fn fetch_ok(url: &str) -> Result<web_sys::Response, String> {
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
    Ok(response)
}

fn js_message(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| format!("{value:?}"))
}
