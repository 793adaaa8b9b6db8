//! Drafts: the form's values kept between visits, as versioned JSON.
//!
//! ```json
//! {"app":"engagement-widget","version":2,"savedAt":1795000000000,
//!  "values":{"team":"Payments","problem":"...","ack-1":"yes"}}
//! ```
//! Values are kept by field key, whatever form they belong to. Reading is forgiving: unknown
//! fields are ignored, a value that is not text is skipped, a newer version is read as far as
//! it is understood, and version 1 (the pre-release schema) is migrated. What is not ours, or
//! is damaged, is refused with a reason, never a panic.

use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::form::{is_key, Values, OTHER, TICKED};
use crate::strings::Key as Msg;

pub const APP: &str = "engagement-widget";
pub const VERSION: u32 = 2;
/// Drafts longer than this (in JSON text) are not read: no one-pager is that long.
pub const MAX_DRAFT_BYTES: usize = 2_000_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    pub values: Values,
    /// When it was saved, in milliseconds since 1970 (the browser's clock); NaN when the
    /// stored draft does not say.
    pub saved_at: f64,
}

/// Why a stored text is not a draft this widget can use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Something else's data under our key (another app, or a hand edit).
    NotOurs,
    /// Ours, but broken in a way that loses the answers.
    Damaged(Msg),
}

/// A draft as it is written.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Written<'a> {
    app: &'static str,
    version: u32,
    /// Whole milliseconds (a float would cost the wasm a float printer).
    saved_at: u64,
    values: &'a Values,
}

impl Serialize for Values {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (key, value) in self.iter() {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// A draft as it is read: each part as whatever JSON it holds, checked below.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Read {
    #[serde(default)]
    app: Value,
    #[serde(default)]
    version: Value,
    #[serde(default)]
    saved_at: Value,
    values: Option<Value>,
    fields: Option<Value>,
}

/// The draft as JSON text.
pub fn encode(draft: &Draft) -> String {
    let saved_at = if draft.saved_at.is_finite() && draft.saved_at >= 0.0 {
        draft.saved_at.floor() as u64
    } else {
        0
    };
    serde_json::to_string(&Written {
        app: APP,
        version: VERSION,
        saved_at,
        values: &draft.values,
    })
    .unwrap_or_default()
}

/// Reads a draft from parsed JSON.
pub fn decode(json: &Value) -> Result<Draft, Unreadable> {
    let read = Read::deserialize(json).map_err(|_| Unreadable::NotOurs)?;
    if read.app.as_str() != Some(APP) {
        return Err(Unreadable::NotOurs);
    }
    let saved_at = read
        .saved_at
        .as_f64()
        // JavaScript's dates end at 8.64e15 ms.
        .filter(|t| (0.0..=8.64e15).contains(t))
        .unwrap_or(f64::NAN);
    let version = read.version.as_f64().unwrap_or(0.0);
    let values = if version == 1.0 {
        let fields = read.fields.ok_or(Unreadable::Damaged(Msg::DraftNoFields))?;
        migrate_v1(&fields)?
    } else if version >= 2.0 {
        let entries = read
            .values
            .as_ref()
            .and_then(Value::as_object)
            .ok_or(Unreadable::Damaged(Msg::DraftNoValues))?;
        let values: Values = entries
            .iter()
            .filter(|(key, _)| is_key(key))
            .filter_map(|(key, value)| Some((key, value.as_str()?.to_owned())))
            .collect();
        // Answers were kept, but none can be read: not an empty draft to restore.
        if values.is_empty() && !entries.is_empty() {
            return Err(Unreadable::Damaged(Msg::DraftNothingReadable));
        }
        values
    } else {
        return Err(Unreadable::Damaged(Msg::DraftUnknownVersion));
    };
    Ok(Draft { values, saved_at })
}

/// Version 1's text fields and the keys they have now.
const V1_TEXT: [(&str, &str); 8] = [
    ("teamName", "team"),
    ("contact", "contact"),
    ("email", "email"),
    ("problem", "problem"),
    ("solution", "solution"),
    ("engagementGoal", "engagement-goal"),
    ("diffusionGoal", "diffusion-goal"),
    ("notes", "notes"),
];

/// Version 1's cadence labels and the options they were.
const V1_CADENCES: [(&str, &str); 3] = [
    ("Weekly (recommended)", "weekly"),
    ("Weekly", "weekly"),
    ("Every two weeks", "fortnightly"),
];

/// Version 1 (before the first release, when the one-pager was the only form) named fields in
/// camelCase, kept the measures and the acknowledgements as lists, the length as a number and
/// the cadence as its label.
fn migrate_v1(fields: &Value) -> Result<Values, Unreadable> {
    let entries: &Map<String, Value> = fields
        .as_object()
        .ok_or(Unreadable::Damaged(Msg::DraftFieldsNotObject))?;
    let mut values = Values::default();
    let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
    for (name, value) in entries {
        if let Some((_, key)) = V1_TEXT.iter().find(|(n, _)| n == name) {
            values.set(key, text(value));
            continue;
        }
        match name.as_str() {
            "startDate" => values.set("start-date", text(value)),
            "successMeasures" => {
                let lines: Vec<&str> = value
                    .as_array()
                    .map(|items| items.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                values.set("success-measures", lines.join("\n"));
            }
            "lengthWeeks" => {
                let weeks = value
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && (0.0..1e9).contains(n))
                    .map_or_else(|| text(value), |n| (n as u64).to_string());
                values.set("length-weeks", weeks);
            }
            "retroCadence" => {
                let label = text(value);
                match V1_CADENCES.iter().find(|(l, _)| *l == label) {
                    Some((_, key)) => values.set("retro-cadence", *key),
                    None if label.is_empty() => {}
                    None => {
                        values.set("retro-cadence", OTHER);
                        values.set("retro-other", label);
                    }
                }
            }
            "acknowledged" => {
                let ticks = value.as_array().map(Vec::as_slice).unwrap_or_default();
                for (n, ticked) in ticks.iter().enumerate().take(8) {
                    if ticked.as_bool() == Some(true) {
                        values.set(&format!("ack-{}", n + 1), TICKED);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(values)
}

/// The storage key for a draft: namespaced by the widget and the schema version, then the
/// instance's own key.
pub fn storage_key(instance: &str) -> String {
    format!("{APP}:v{VERSION}:{instance}")
}
