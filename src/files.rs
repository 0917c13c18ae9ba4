//! Files out of the browser: a text saved as a download. Nothing is sent anywhere; the browser
//! writes the file where the user keeps downloads.

use scan_core::FileError;
use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a download named `name`, of type `mime`.
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The download has started from the click; the address is no longer needed.
    web_sys::Url::revoke_object_url(&url)
}

/// The files chosen in a file input, taken out of it; the input is cleared, so that the same
/// file can be chosen again (a `FileList` is live: clearing empties it, hence taken out first).
pub fn take_chosen(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    let chosen = input
        .files()
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default();
    input.set_value("");
    chosen
}

/// The files of a drop, when it carries any.
pub fn dropped(ev: &web_sys::DragEvent) -> Vec<web_sys::File> {
    ev.data_transfer()
        .and_then(|d| d.files())
        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
        .unwrap_or_default()
}

/// The text of a file the user chose, when it is at most `max_bytes` long: a larger file is not
/// read at all, so a huge file cannot stall the page.
pub async fn read_text(file: &web_sys::File, max_bytes: usize) -> Result<String, FileError> {
    if file.size() > max_bytes as f64 {
        return Err(FileError::TooLarge(file.size() as usize));
    }
    utf8(read_bytes(file).await.ok_or(FileError::Unreadable)?)
}

/// The texts of many files the user chose, in their order, each at most `max_bytes` long (a
/// larger one is not read). Read as one: the files are joined into one `Blob` and read in a
/// single step, then cut apart at their sizes, instead of one `File.text()` per file (1,000
/// files spent most of their second waiting on 1,000 reads; see bench/README.md). One file the
/// browser cannot read (changed, moved or removed since it was chosen) fails that read; then
/// each is read alone, so that only that one is refused.
pub async fn read_texts(
    files: &[web_sys::File],
    max_bytes: usize,
) -> Vec<Result<String, FileError>> {
    let fits = |f: &web_sys::File| f.size() <= max_bytes as f64;
    let parts = js_sys::Array::new();
    for f in files.iter().filter(|f| fits(f)) {
        parts.push(f);
    }
    let together = match web_sys::Blob::new_with_blob_sequence(&parts) {
        Ok(all) => read_bytes(&all).await,
        Err(_) => None,
    };
    let mut texts = Vec::with_capacity(files.len());
    let mut at = 0;
    for f in files {
        let text = match &together {
            _ if !fits(f) => Err(FileError::TooLarge(f.size() as usize)),
            Some(bytes) => {
                let end = at + f.size() as usize;
                let part = bytes.get(at..end).map(<[u8]>::to_vec);
                at = end;
                part.ok_or(FileError::Unreadable).and_then(utf8)
            }
            None => read_text(f, max_bytes).await,
        };
        texts.push(text);
    }
    texts
}

/// The bytes of `blob`, or `None` when the browser cannot read them.
async fn read_bytes(blob: &web_sys::Blob) -> Option<Vec<u8>> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// `bytes` as text, without a leading byte order mark (an editor may add one, and the browser's
/// own text reading drops it too); a file that is not UTF-8 is not one of ours.
fn utf8(mut bytes: Vec<u8>) -> Result<String, FileError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|_| FileError::Damaged("not UTF-8 text".into()))
}

/// Asks the browser to keep this site's storage when it clears space or old data (Safari
/// removes script-written storage after seven days without a visit). The browser decides,
/// often without asking the user; the answer is not needed, so it is not awaited.
pub fn ask_persistent_storage() {
    if let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) {
        let _ = storage.persist();
    }
}

/// `address` resolved against the page that embeds the widget, if it is an http(s) address.
pub fn http_address(address: &str) -> Option<web_sys::Url> {
    let base = web_sys::window()?.document()?.base_uri().ok()??;
    let url = web_sys::Url::new_with_base(address, &base).ok()?;
    matches!(url.protocol().as_str(), "https:" | "http:").then_some(url)
}

/// The address of the team page `page` (see [`http_address`]) with `fragment` after `#`.
pub fn team_page_link(page: &str, fragment: &str) -> Option<String> {
    let url = http_address(page)?;
    url.set_hash(fragment);
    Some(url.href())
}

/// Writes `text` to the clipboard; resolves to whether the browser allowed it.
pub fn copy_text(text: &str) -> impl std::future::Future<Output = bool> + use<> {
    let promise = web_sys::window().map(|w| w.navigator().clipboard().write_text(text));
    async move {
        match promise {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            None => false,
        }
    }
}

/// Today's date as `YYYY-MM-DD` (local time), for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}
