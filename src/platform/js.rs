//! JavaScript values in Rust's words.

use wasm_bindgen::{JsCast, JsValue};

/// What a thrown JavaScript value says: an `Error`'s message, a thrown string, or "unknown
/// error".
pub fn error_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}
