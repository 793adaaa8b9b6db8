//! The browser edge: the custom element's Rust side, the shadow root and its stylesheet, and
//! adapters for the clipboard, downloads, mail links, host events and the clock. Nothing here
//! may panic on what the browser or the host page does: every fallible call is handled.

pub mod clipboard;
pub mod element;
pub mod events;
pub mod files;
pub mod json;
pub mod pointer;
pub mod storage;
pub mod style;

use std::sync::Once;

use crate::core::date::Date;

/// Runs once when the module is instantiated.
pub fn start() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        pointer::watch();
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("engagement-widget failed: {info}").into());
        }));
    });
}

/// Today's date in the visitor's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = u16::try_from(now.get_full_year()).unwrap_or(2000);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date::FALLBACK)
}

/// Milliseconds since 1970, by the browser's clock.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// "14:05" for a time in milliseconds since 1970, in the visitor's time zone.
pub fn clock_at(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    crate::core::draft::clock(date.get_hours(), date.get_minutes())
}
