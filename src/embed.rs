//! Mounting the widget into the host page.
//!
//! Every element with the attribute `data-scan-passend-onderwijs` gets its own widget. Options
//! are data attributes on that element:
//! - `data-config`: URL of a scan configuration (TOML, the format of `questions/`); without it
//!   the built-in scan runs;
//! - `data-storage-key`: the `localStorage` key (default `scan-passend-onderwijs:<scan id>`);
//!   give each widget on one page its own key;
//! - `data-lang`: `nl` (default) or `en`, the language of the widget's own texts;
//! - `data-team-page`: where the respondent's link for the advisor points (a URL, relative to
//!   the page); the loader sets it to the `team.html` next to its own files when it is absent;
//! - `data-files`: set by the loader, the folder of the widget's own files, where the respondent's
//!   widget fetches what it needs later ([`crate::lazy_parts`]).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::config_source::{ConfigLoadError, ConfigReader};
use crate::ui::{
    Html, Lang, MountOptions, ScanWidget, TeamView, WithScan, config_problem_page, panic_message,
};

/// The attribute that marks where a widget goes.
pub const MOUNT_ATTRIBUTE: &str = "data-scan-passend-onderwijs";

/// Reads a mount element's options from its data attributes; `reader` reads `data-config`.
pub fn options_of(element: &web_sys::Element, reader: Option<ConfigReader>) -> MountOptions {
    let attribute = |name: &str| {
        element
            .get_attribute(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    MountOptions {
        config_url: attribute("data-config"),
        storage_key: attribute("data-storage-key"),
        lang: Lang::from_attribute(attribute("data-lang").as_deref()),
        team_page: attribute("data-team-page"),
        files: attribute("data-files"),
        reader,
    }
}

/// The page's elements marked with [`MOUNT_ATTRIBUTE`], in document order.
fn mount_elements() -> Vec<web_sys::HtmlElement> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let Ok(nodes) = document.query_selector_all(&format!("[{MOUNT_ATTRIBUTE}]")) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect()
}

/// Should the widget ever panic, every widget on the page (and the team or SWV view) is replaced by a
/// short message (in its language) instead of going dead; the details go to the browser console.
pub fn show_panics_as_messages() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(
            &format!("Scan Passend Onderwijs: internal error: {info}").into(),
        );
        let document = web_sys::window().and_then(|w| w.document());
        let pages = ["scan-team", "scan-swv"].into_iter().filter_map(|id| {
            (document.as_ref()?.get_element_by_id(id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        });
        for element in mount_elements().into_iter().chain(pages) {
            let lang = Lang::from_attribute(element.get_attribute("data-lang").as_deref());
            Html::from(panic_message(lang)).set_as_content_of(&element);
        }
    }));
}

/// Mounts a widget into every marked element of the page. `reader` reads site owners'
/// configurations (`data-config`); without one only the built-in scan runs. `parts` is what the
/// binary split off (`scan_widget::respondent_parts!()`, `crate::ui::Parts`).
///
/// The widgets are built in a task of their own, after the one that compiled and started the
/// WebAssembly: two shorter tasks instead of one long one, so the host page can paint and take
/// input in between (see bench/README.md, total blocking time).
pub fn mount_all(reader: Option<ConfigReader>, parts: Option<crate::ui::Parts>) {
    if let Some(parts) = parts {
        crate::ui::set_parts(parts);
    }
    let mount = wasm_bindgen::closure::Closure::once_into_js(move || {
        for element in mount_elements() {
            mount_into(element, reader);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(mount.unchecked_ref());
    }
}

/// Mounts the advisor's team view into the element with id `scan-team` (team.html), in the
/// language of its `data-lang`, with the built-in scan. This build reads no configurations:
/// an element with `data-config` is told so (the loader `team-page.js` picks
/// `scan-team-full` for it, which calls [`mount_team_with`]).
pub fn mount_team() {
    mount_builtin(
        "scan-team",
        |q, texts| view! { <div class="spo"><TeamView q=q texts=texts /></div> },
    );
}

/// Mounts `shown` with the built-in scan into the page's element with id `id`, in the language
/// of its `data-lang`; an element with `data-config` is told that this build reads none.
/// Problems are static markup, not a component: these builds never need more (bench/README.md).
fn mount_builtin<V: IntoView + 'static>(
    id: &str,
    shown: impl FnOnce(std::sync::Arc<scan_core::Questionnaire>, crate::ui::Texts) -> V + 'static,
) {
    let Some((element, options)) = page_element(id, None) else {
        return;
    };
    let texts = crate::ui::Texts(options.lang);
    let problem = |e| Html::from(config_problem_page(texts, &e)).set_as_content_of(&element);
    match (options.config_url, crate::config_source::builtin()) {
        (Some(_), _) => problem(ConfigLoadError::NoReader),
        (None, Err(e)) => problem(e),
        (None, Ok(q)) => leptos::mount::mount_to(element.clone(), move || shown(q, texts)).forget(),
    }
}

/// [`mount_team`] for the build with `reader`: the scan at the element's `data-config`, or the
/// built-in one without it.
pub fn mount_team_with(reader: ConfigReader) {
    mount_with_reader("scan-team", reader, |q, texts| {
        view! { <div class="spo"><TeamView q=q texts=texts /></div> }
    });
}

/// Mounts the samenwerkingsverband's view into the element with id `scan-swv` (swv.html), in
/// the language of its `data-lang`, with the built-in scan.
pub fn mount_swv() {
    mount_builtin("scan-swv", |q, texts| {
        view! { <div class="spo"><crate::ui::SwvView q=q texts=texts /></div> }
    });
}

/// [`mount_swv`] for the build with `reader`: the scan at the element's `data-config`, or the
/// built-in one without it.
pub fn mount_swv_with(reader: ConfigReader) {
    mount_with_reader("scan-swv", reader, |q, texts| {
        view! { <div class="spo"><crate::ui::SwvView q=q texts=texts /></div> }
    });
}

/// Mounts `shown` into the page's element with id `id` with the scan at its `data-config`
/// (read by `reader`) or the built-in one, through the widget's [`WithScan`].
fn mount_with_reader<V: IntoView + 'static>(
    id: &str,
    reader: ConfigReader,
    shown: impl Fn(std::sync::Arc<scan_core::Questionnaire>, crate::ui::Texts) -> V
    + Copy
    + Send
    + Sync
    + 'static,
) {
    let Some((element, options)) = page_element(id, Some(reader)) else {
        return;
    };
    let (url, texts) = (options.config_url, crate::ui::Texts(options.lang));
    let shown = move |q| shown(q, texts);
    leptos::mount::mount_to(element, move || {
        let builtin = crate::config_source::builtin;
        view! { <WithScan config_url=url reader=Some(reader) builtin=builtin texts=texts shown=shown /> }
    })
    .forget();
}

/// The page's element with id `id`, emptied, and its options.
fn page_element(
    id: &str,
    reader: Option<ConfigReader>,
) -> Option<(web_sys::HtmlElement, MountOptions)> {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())?;
    let options = options_of(&element, reader);
    element.set_text_content(None);
    Some((element, options))
}

/// Mounts one widget into `element`, replacing its fallback content.
pub fn mount_into(element: web_sys::HtmlElement, reader: Option<ConfigReader>) {
    let options = options_of(&element, reader);
    element.set_text_content(None);
    leptos::mount::mount_to(element, move || view! { <ScanWidget options=options /> }).forget();
}
