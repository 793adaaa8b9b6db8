//! Helpers shared by the native tests.
#![allow(dead_code)]

pub mod cases;
pub mod hostile;

use engagement_widget::core::date::Date;
use engagement_widget::core::form::{FieldId, FormSpec, Values, TICKED};
use engagement_widget::core::json::Json;

/// The day the tests live in.
pub fn today() -> Date {
    Date::new(2026, 11, 24).expect("a real date")
}

/// JSON text to [`Json`], through serde_json (the reference parser in tests; the widget uses
/// the browser's `JSON.parse`).
pub fn json(text: &str) -> Result<Json, String> {
    serde_json::from_str::<serde_json::Value>(text)
        .map(|v| from_serde(&v))
        .map_err(|e| e.to_string())
}

pub fn from_serde(value: &serde_json::Value) -> Json {
    match value {
        serde_json::Value::Null => Json::Null,
        serde_json::Value::Bool(b) => Json::Bool(*b),
        serde_json::Value::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
        serde_json::Value::String(s) => Json::String(s.clone()),
        serde_json::Value::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
        serde_json::Value::Object(map) => Json::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), from_serde(v)))
                .collect(),
        ),
    }
}

/// A one-pager that passes every rule.
pub fn complete_values() -> Values {
    let mut v = FormSpec::default().default_values();
    for (id, value) in [
        (FieldId::TeamName, "Payments Platform"),
        (FieldId::Contact, "Ada Lovelace"),
        (FieldId::Email, "ada@payments.example"),
        (FieldId::Problem, "Deploys take a day and fail often."),
        (
            FieldId::Solution,
            "Pair with an aux engineer on a pipeline.",
        ),
        (FieldId::EngagementGoal, "Deploy in under an hour."),
        (FieldId::DiffusionGoal, "Every team owns its pipeline."),
        (
            FieldId::SuccessMeasures,
            "Lead time under 1 hour\nChange failure rate under 5%",
        ),
        (FieldId::StartDate, "2027-01-11"),
        (FieldId::LengthWeeks, "10"),
        (FieldId::RetroCadence, "weekly"),
    ] {
        v.set(id, value);
    }
    for n in 0..4 {
        v.set(FieldId::Ack(n), TICKED);
    }
    v
}
