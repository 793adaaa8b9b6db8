//! Copying to the clipboard, honestly.
//!
//! The async Clipboard API is called synchronously inside the click handler (so the click's
//! user activation covers it). Where `navigator.clipboard` is missing (plain-http pages) or the
//! browser refuses, the text is copied from the widget's own "Generated Markdown" text area
//! with `execCommand("copy")`; if that fails too, the text is left selected and the user is
//! told to press Ctrl+C. The outcome says exactly what happened: never "copied" after a
//! failure.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, Clipboard, HtmlDocument, HtmlTextAreaElement};

/// What a copy achieved.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum CopyOutcome {
    /// Everything asked for is on the clipboard.
    Copied,
    /// Only plain text could be copied (formatted text was asked for).
    CopiedPlainOnly,
    /// Nothing was copied; the text is selected in the text area for the user to copy.
    Selected,
    /// Nothing was copied and nothing could be selected.
    Failed,
}

fn clipboard() -> Option<Clipboard> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.dyn_into::<Clipboard>().ok()
}

fn has_global(name: &str) -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(name))
        .map(|v| !v.is_undefined())
        .unwrap_or(false)
}

/// Copies `text` as text/plain. `area` holds the same text, for the fallback.
pub fn copy_text(
    text: &str,
    area: Option<HtmlTextAreaElement>,
    done: impl FnOnce(CopyOutcome) + 'static,
) {
    match clipboard() {
        Some(clipboard) => {
            let promise = clipboard.write_text(text);
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(promise).await {
                    Ok(_) => done(CopyOutcome::Copied),
                    Err(_) => done(copy_from_area(area.as_ref())),
                }
            });
        }
        None => done(copy_from_area(area.as_ref())),
    }
}

/// Copies `html` as text/html together with `text` as text/plain; falls back to plain text.
pub fn copy_rich(
    html: &str,
    text: &str,
    area: Option<HtmlTextAreaElement>,
    done: impl FnOnce(CopyOutcome) + 'static,
) {
    let Some(clipboard) = clipboard() else {
        return done(plain_only(copy_from_area(area.as_ref())));
    };
    let item = if has_global("ClipboardItem") {
        rich_item(html, text).ok()
    } else {
        None
    };
    let Some(item) = item else {
        return copy_text(text, area, move |outcome| done(plain_only(outcome)));
    };
    let promise = clipboard.write(&js_sys::Array::of1(&item));
    let text = text.to_owned();
    wasm_bindgen_futures::spawn_local(async move {
        match JsFuture::from(promise).await {
            Ok(_) => done(CopyOutcome::Copied),
            Err(_) => {
                let plain = JsFuture::from(clipboard.write_text(&text)).await;
                done(match plain {
                    Ok(_) => CopyOutcome::CopiedPlainOnly,
                    Err(_) => plain_only(copy_from_area(area.as_ref())),
                })
            }
        }
    });
}

fn plain_only(outcome: CopyOutcome) -> CopyOutcome {
    match outcome {
        CopyOutcome::Copied => CopyOutcome::CopiedPlainOnly,
        other => other,
    }
}

fn blob(content: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(
        &js_sys::Array::of1(&JsValue::from_str(content)),
        &options,
    )
}

fn rich_item(html: &str, text: &str) -> Result<web_sys::ClipboardItem, JsValue> {
    let record = js_sys::Object::new();
    js_sys::Reflect::set(
        &record,
        &"text/html".into(),
        &blob(html, "text/html")?.into(),
    )?;
    js_sys::Reflect::set(
        &record,
        &"text/plain".into(),
        &blob(text, "text/plain")?.into(),
    )?;
    web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record)
}

/// The fallback: select the text area's text and ask the browser to copy the selection.
fn copy_from_area(area: Option<&HtmlTextAreaElement>) -> CopyOutcome {
    let Some(area) = area else {
        return CopyOutcome::Failed;
    };
    // Where the user was (the button they pressed), to go back to once the text is copied.
    let root = area.get_root_node();
    let before = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root
            .dyn_ref::<web_sys::Document>()
            .and_then(|d| d.active_element()),
    };
    let _ = area.focus();
    area.select();
    let copied = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    if copied {
        area.set_selection_range(0, 0).ok();
        if let Some(before) = before.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = before.focus();
        }
        CopyOutcome::Copied
    } else {
        // Left selected, with focus, for the user to copy.
        CopyOutcome::Selected
    }
}
