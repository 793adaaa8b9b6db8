//! Downloads and mail links.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Node, Url};

/// Offers `text` as a file download named `file_name`. The temporary link is added next to
/// `anchor_parent` (inside the widget) and removed again.
pub fn download(file_name: &str, text: &str, anchor_parent: &Node) -> Result<(), JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type("text/markdown;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str(text)),
        &options,
    )?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let result = click_link(&url, Some(file_name), anchor_parent);
    // Revoke after the browser has started the download.
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&revoke);
    })
    .forget();
    result
}

/// Lower case by the browser's rules: the core lower-cases ASCII only (sparing the wasm
/// Unicode's case tables), so "Équipe" needs this to become "équipe".
pub fn lower_case(s: &str) -> String {
    js_sys::JsString::from(s).to_lower_case().into()
}

/// Opens a `mailto:` link in the visitor's mail client.
pub fn open_mail(href: &str, anchor_parent: &Node) -> Result<(), JsValue> {
    click_link(href, None, anchor_parent)
}

fn click_link(href: &str, download: Option<&str>, parent: &Node) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let anchor: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(href);
    if let Some(name) = download {
        anchor.set_download(name);
    }
    anchor.set_hidden(true);
    parent.append_child(&anchor)?;
    anchor.click();
    let _ = parent.remove_child(&anchor);
    Ok(())
}
