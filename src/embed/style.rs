//! The widget stylesheet, compiled in and adopted into every shadow root as one shared
//! constructable stylesheet, so host CSS cannot reach the widget and no `<style>` element or
//! `style=` attribute is needed (strict CSP: `style-src 'self'`).

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::{CssStyleSheet, ShadowRoot};

/// `styles/widget.css` without its comments (see `build.rs`).
pub const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The shared sheet, created on first use.
fn sheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with(|cell| {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet = CssStyleSheet::new()?;
        sheet.replace_sync(WIDGET_CSS)?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })
}

/// Adopts the widget sheet into a shadow root (once).
pub fn adopt(root: &ShadowRoot) -> Result<(), JsValue> {
    let sheet = sheet()?;
    let sheets = js_sys::Array::of1(&sheet);
    root.set_adopted_style_sheets(&sheets);
    Ok(())
}
