//! JSON text to [`Json`], by the browser's own `JSON.parse` (no parser shipped in the wasm).

use wasm_bindgen::{JsCast, JsValue};

use crate::core::json::{Json, MAX_DEPTH};

/// Parses JSON text. Errors are the browser's own words, or a note that the value is nested
/// too deeply.
pub fn parse(text: &str) -> Result<Json, String> {
    let value = js_sys::JSON::parse(text).map_err(|e| crate::platform::js::error_message(&e))?;
    from_js(&value, 0).ok_or_else(|| format!("nested more than {MAX_DEPTH} levels deep"))
}

fn from_js(value: &JsValue, depth: usize) -> Option<Json> {
    if depth > MAX_DEPTH {
        return None;
    }
    if value.is_null() || value.is_undefined() {
        return Some(Json::Null);
    }
    if let Some(b) = value.as_bool() {
        return Some(Json::Bool(b));
    }
    if let Some(n) = value.as_f64() {
        return Some(Json::Number(n));
    }
    if let Some(s) = value.as_string() {
        return Some(Json::String(s));
    }
    if let Some(array) = value.dyn_ref::<js_sys::Array>() {
        let mut items = Vec::with_capacity(array.length() as usize);
        for item in array.iter() {
            items.push(from_js(&item, depth + 1)?);
        }
        return Some(Json::Array(items));
    }
    let object = value.dyn_ref::<js_sys::Object>()?;
    let mut entries = Vec::new();
    for pair in js_sys::Object::entries(object).iter() {
        let pair: js_sys::Array = pair.dyn_into().ok()?;
        let key = pair.get(0).as_string()?;
        entries.push((key, from_js(&pair.get(1), depth + 1)?));
    }
    Some(Json::Object(entries))
}
