//! The widget's stylesheet in each shadow root. The loader (`engagement-widget.js`) holds the
//! stylesheet (`styles/widget.css` without its comments, put there by `scripts/post-build.mjs`):
//! it needs it before the WebAssembly arrives, to draw the first render, and hands the one
//! constructable sheet, shared by all instances, to the module to adopt. So host CSS cannot reach
//! the widget, and no `<style>` element or `style=` attribute is needed (strict CSP:
//! `style-src 'self'`).

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// Adopts the widget's sheet into a shadow root, in place of whatever it had.
pub fn adopt(root: &ShadowRoot, sheet: Option<&CssStyleSheet>) -> Result<(), JsValue> {
    let sheet = sheet.ok_or_else(|| {
        JsValue::from_str("this browser cannot share a stylesheet with shadow roots")
    })?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(sheet));
    Ok(())
}
