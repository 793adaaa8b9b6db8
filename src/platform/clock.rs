//! The browser's clock and calendar, in the visitor's time zone.

use crate::core::date::Date;

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
    crate::core::date::clock(date.get_hours(), date.get_minutes())
}
