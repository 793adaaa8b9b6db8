//! JSON text to a value (serde_json), with the parser's complaint in words.

use serde_json::Value;

/// Parses JSON text. Errors are the parser's own words.
pub fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}
