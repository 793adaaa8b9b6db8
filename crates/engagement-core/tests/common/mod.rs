//! Helpers shared by the native tests.
#![allow(dead_code)]

pub mod cases;
pub mod hostile;

use engagement_core::date::Date;
use engagement_core::form::{FormSpec, Values, TICKED};

/// The property tests' configuration: `default_cases` cases each, or `PROPTEST_CASES` for a
/// soak; no failure files written.
pub fn proptest_config(default_cases: u32) -> proptest::prelude::ProptestConfig {
    proptest::prelude::ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(default_cases),
        failure_persistence: None,
        ..proptest::prelude::ProptestConfig::default()
    }
}

/// The day the tests live in.
pub fn today() -> Date {
    Date::new(2026, 11, 24).expect("a real date")
}

/// JSON text to a value, as the widget reads it (serde_json).
pub fn json(text: &str) -> Result<serde_json::Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// A one-pager that passes every rule.
pub fn complete_values() -> Values {
    let mut v = FormSpec::default().default_values();
    for (id, value) in [
        ("team", "Payments Platform"),
        ("contact", "Ada Lovelace"),
        ("email", "ada@payments.example"),
        ("problem", "Deploys take a day and fail often."),
        ("solution", "Pair with an aux engineer on a pipeline."),
        ("engagement-goal", "Deploy in under an hour."),
        ("diffusion-goal", "Every team owns its pipeline."),
        (
            "success-measures",
            "Lead time under 1 hour\nChange failure rate under 5%",
        ),
        ("start-date", "2027-01-11"),
        ("length-weeks", "10"),
        ("retro-cadence", "weekly"),
    ] {
        v.set(id, value);
    }
    for n in 0..4 {
        v.set(&format!("ack-{}", n + 1), TICKED);
    }
    v
}
