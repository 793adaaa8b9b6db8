//! Drafts: the form's values kept between visits, as versioned JSON.
//!
//! ```json
//! {"app":"engagement-widget","version":2,"savedAt":1795000000000,
//!  "values":{"team":"Payments","problem":"...","ack-1":"yes"}}
//! ```
//! Reading is forgiving: unknown fields are ignored, a value that is not text is skipped, a
//! newer version is read as far as it is understood, and version 1 (the pre-release schema)
//! is migrated. What is not ours, or is damaged, is refused with a reason, never a panic.

use super::form::{FieldId, Values, CADENCES, CADENCE_OTHER, TICKED};
use super::json::Json;

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
    Damaged(&'static str),
}

/// The draft as JSON text.
pub fn encode(draft: &Draft) -> String {
    let values = draft
        .values
        .iter()
        .map(|(id, v)| (id.key(), Json::String(v.to_owned())))
        .collect();
    Json::Object(vec![
        ("app".to_owned(), Json::String(APP.to_owned())),
        ("version".to_owned(), Json::Number(f64::from(VERSION))),
        ("savedAt".to_owned(), Json::Number(draft.saved_at.floor())),
        ("values".to_owned(), Json::Object(values)),
    ])
    .to_text()
}

/// Reads a draft from parsed JSON.
pub fn decode(json: &Json) -> Result<Draft, Unreadable> {
    if json.get("app").and_then(Json::as_str) != Some(APP) {
        return Err(Unreadable::NotOurs);
    }
    let saved_at = json
        .get("savedAt")
        .and_then(Json::as_f64)
        // JavaScript's dates end at 8.64e15 ms.
        .filter(|t| (0.0..=8.64e15).contains(t))
        .unwrap_or(f64::NAN);
    let version = json.get("version").and_then(Json::as_f64).unwrap_or(0.0);
    let values = if version == 1.0 {
        migrate_v1(
            json.get("fields")
                .ok_or(Unreadable::Damaged("it has no fields"))?,
        )?
    } else if version >= 2.0 {
        let entries = json
            .get("values")
            .and_then(Json::as_object)
            .ok_or(Unreadable::Damaged("it has no values"))?;
        let values: Values = entries
            .iter()
            .filter_map(|(key, value)| Some((FieldId::from_key(key)?, value.as_str()?.to_owned())))
            .collect();
        // Answers were kept, but none can be read: not an empty draft to restore.
        if values.is_empty() && !entries.is_empty() {
            return Err(Unreadable::Damaged("none of its answers can be read"));
        }
        values
    } else {
        return Err(Unreadable::Damaged("its version is unknown"));
    };
    Ok(Draft { values, saved_at })
}

/// Version 1 (before the first release) named fields in camelCase, kept the measures and the
/// acknowledgements as lists, the length as a number and the cadence as its label.
fn migrate_v1(fields: &Json) -> Result<Values, Unreadable> {
    let entries = fields
        .as_object()
        .ok_or(Unreadable::Damaged("its fields are not an object"))?;
    let mut values = Values::default();
    for (key, value) in entries {
        let text = |v: &Json| v.as_str().map(str::to_owned);
        match key.as_str() {
            "teamName" => values.set(FieldId::TeamName, text(value).unwrap_or_default()),
            "contact" => values.set(FieldId::Contact, text(value).unwrap_or_default()),
            "email" => values.set(FieldId::Email, text(value).unwrap_or_default()),
            "problem" => values.set(FieldId::Problem, text(value).unwrap_or_default()),
            "solution" => values.set(FieldId::Solution, text(value).unwrap_or_default()),
            "engagementGoal" => {
                values.set(FieldId::EngagementGoal, text(value).unwrap_or_default())
            }
            "diffusionGoal" => values.set(FieldId::DiffusionGoal, text(value).unwrap_or_default()),
            "notes" => values.set(FieldId::Notes, text(value).unwrap_or_default()),
            "startDate" => values.set(FieldId::StartDate, text(value).unwrap_or_default()),
            "successMeasures" => {
                let lines: Vec<&str> = value
                    .as_array()
                    .unwrap_or(&[])
                    .iter()
                    .filter_map(Json::as_str)
                    .collect();
                values.set(FieldId::SuccessMeasures, lines.join("\n"));
            }
            "lengthWeeks" => {
                let weeks = match value {
                    Json::Number(n) if n.fract() == 0.0 && *n >= 0.0 && *n < 1e9 => {
                        (*n as u64).to_string()
                    }
                    other => other.as_str().unwrap_or_default().to_owned(),
                };
                values.set(FieldId::LengthWeeks, weeks);
            }
            "retroCadence" => {
                let label = value.as_str().unwrap_or_default();
                match CADENCES.iter().find(|c| {
                    c.label == label || c.label.trim_end_matches(" (recommended)") == label
                }) {
                    Some(choice) if choice.key != CADENCE_OTHER => {
                        values.set(FieldId::RetroCadence, choice.key)
                    }
                    _ if label.is_empty() => {}
                    _ => {
                        values.set(FieldId::RetroCadence, CADENCE_OTHER);
                        values.set(FieldId::RetroOther, label);
                    }
                }
            }
            "acknowledged" => {
                for (n, ticked) in value.as_array().unwrap_or(&[]).iter().enumerate().take(8) {
                    if matches!(ticked, Json::Bool(true)) {
                        values.set(FieldId::Ack(n as u8), TICKED);
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
