//! Host configuration: element attributes plus an optional JSON block. Invalid configuration
//! never blanks the widget: every problem is reported in words and that piece falls back to
//! its default.
//!
//! ```json
//! {
//!   "teamName": "Developer Experience",
//!   "teamMission": "We make shipping boring.",
//!   "contactEmail": "devex@corp.example",
//!   "expectations": [{ "title": "...", "body": "...", "acknowledgement": "..." }],
//!   "limits": { "problemWords": 300, "weeksMax": 20 }
//! }
//! ```
//! Attributes win over the JSON block, which wins over the defaults.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::content::{Content, Expectation};
use super::form::{Limits, MAX_EXPECTATIONS};
use super::markdown::normalize_short;
use super::validate::is_email;

/// The JSON configuration block, as parsed. Every field is optional; unknown keys are kept so
/// they can be reported.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigFile {
    pub team_name: Option<serde_value::Loose>,
    pub team_mission: Option<serde_value::Loose>,
    pub contact_email: Option<serde_value::Loose>,
    pub expectations: Option<Vec<ExpectationFile>>,
    pub limits: Option<BTreeMap<String, serde_value::Loose>>,
    #[serde(flatten)]
    pub unknown: BTreeMap<String, serde::de::IgnoredAny>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ExpectationFile {
    pub title: Option<serde_value::Loose>,
    pub body: Option<serde_value::Loose>,
    pub acknowledgement: Option<serde_value::Loose>,
}

/// A value accepted loosely, so that a number where a string belongs is reported rather than
/// failing the whole block.
pub mod serde_value {
    use serde::Deserialize;

    #[derive(Clone, Debug, PartialEq, Deserialize)]
    #[serde(untagged)]
    pub enum Loose {
        Text(String),
        Number(f64),
        Flag(bool),
        Other(serde::de::IgnoredAny),
    }

    impl Loose {
        pub fn as_text(&self) -> Option<&str> {
            match self {
                Loose::Text(s) => Some(s),
                _ => None,
            }
        }

        pub fn as_number(&self) -> Option<f64> {
            match self {
                Loose::Number(n) => Some(*n),
                _ => None,
            }
        }
    }
}

/// The attributes a host set on the element (`None` when absent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    pub team_name: Option<String>,
    pub team_mission: Option<String>,
    pub contact_email: Option<String>,
}

/// The outcome: what the widget uses, and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub content: Content,
    pub limits: Limits,
    /// Sentences for the host's developer, e.g. "contact-email is not an email address; no
    /// address is used."
    pub problems: Vec<String>,
}

const TEXT_MAX: usize = 200;
const BODY_MAX: usize = 1200;

/// Combines attributes, the JSON block (already parsed, or the parse error's message) and the
/// defaults.
pub fn resolve(attributes: &Attributes, file: Option<Result<ConfigFile, String>>) -> Resolved {
    let mut problems = Vec::new();
    let file = match file {
        None => ConfigFile::default(),
        Some(Ok(file)) => file,
        Some(Err(message)) => {
            problems.push(format!(
                "The JSON configuration could not be read ({message}); the defaults are used."
            ));
            ConfigFile::default()
        }
    };
    for key in file.unknown.keys() {
        problems.push(format!("The configuration key \"{key}\" is not known and was ignored."));
    }

    let mut content = Content::default();
    content.team_name = pick_text(
        "team-name",
        attributes.team_name.as_deref(),
        "teamName",
        file.team_name.as_ref(),
        TEXT_MAX,
        &mut problems,
    );
    content.team_mission = pick_text(
        "team-mission",
        attributes.team_mission.as_deref(),
        "teamMission",
        file.team_mission.as_ref(),
        BODY_MAX,
        &mut problems,
    );
    content.contact_email = pick_text(
        "contact-email",
        attributes.contact_email.as_deref(),
        "contactEmail",
        file.contact_email.as_ref(),
        TEXT_MAX,
        &mut problems,
    )
    .and_then(|email| {
        if is_email(&email) {
            Some(email)
        } else {
            problems.push(format!(
                "The contact email \"{email}\" is not an email address; Open in email asks for one instead."
            ));
            None
        }
    });
    if let Some(list) = &file.expectations {
        match expectations(list, &mut problems) {
            Some(list) => content.expectations = list,
            None => problems.push(
                "The configured expectations were not used; the default four are shown.".to_owned(),
            ),
        }
    }
    let limits = limits(file.limits.as_ref(), &mut problems);
    Resolved {
        content,
        limits,
        problems,
    }
}

/// An attribute, else the JSON value, each checked: text, not blank, not too long.
fn pick_text(
    attribute: &str,
    from_attribute: Option<&str>,
    key: &str,
    from_file: Option<&serde_value::Loose>,
    max: usize,
    problems: &mut Vec<String>,
) -> Option<String> {
    if let Some(value) = from_attribute {
        if let Some(text) = checked_text(value, max) {
            return Some(text);
        }
        if !value.trim().is_empty() {
            problems.push(format!(
                "The {attribute} attribute is longer than {max} characters and was ignored."
            ));
        }
    }
    match from_file {
        None => None,
        Some(loose) => match loose.as_text() {
            Some(value) => {
                let text = checked_text(value, max);
                if text.is_none() && !value.trim().is_empty() {
                    problems.push(format!(
                        "\"{key}\" is longer than {max} characters and was ignored."
                    ));
                }
                text
            }
            None => {
                problems.push(format!("\"{key}\" must be text; it was ignored."));
                None
            }
        },
    }
}

fn checked_text(value: &str, max: usize) -> Option<String> {
    let text = normalize_short(value);
    (!text.is_empty() && text.chars().count() <= max).then_some(text)
}

fn expectations(list: &[ExpectationFile], problems: &mut Vec<String>) -> Option<Vec<Expectation>> {
    if list.is_empty() || list.len() > MAX_EXPECTATIONS {
        problems.push(format!(
            "\"expectations\" must list between 1 and {MAX_EXPECTATIONS} expectations."
        ));
        return None;
    }
    let mut out = Vec::with_capacity(list.len());
    let mut ok = true;
    for (n, item) in list.iter().enumerate() {
        let mut field = |value: &Option<serde_value::Loose>, name: &str, max: usize| {
            let text = value
                .as_ref()
                .and_then(serde_value::Loose::as_text)
                .and_then(|v| checked_text(v, max));
            if text.is_none() {
                problems.push(format!(
                    "Expectation {} needs a \"{name}\" of 1 to {max} characters.",
                    n + 1
                ));
            }
            text
        };
        let title = field(&item.title, "title", TEXT_MAX);
        let body = field(&item.body, "body", BODY_MAX);
        let acknowledgement = field(&item.acknowledgement, "acknowledgement", TEXT_MAX);
        match (title, body, acknowledgement) {
            (Some(title), Some(body), Some(acknowledgement)) => out.push(Expectation {
                title,
                body,
                acknowledgement,
            }),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

/// The limits a host may set, each with the range it may take.
const LIMIT_KEYS: [(&str, u32, u32); 8] = [
    ("shortChars", 10, 500),
    ("problemWords", 20, 2000),
    ("solutionWords", 20, 2000),
    ("goalWords", 10, 1000),
    ("notesWords", 10, 2000),
    ("measuresMax", 1, 50),
    ("weeksMin", 1, 104),
    ("weeksMax", 1, 104),
];

fn limits(map: Option<&BTreeMap<String, serde_value::Loose>>, problems: &mut Vec<String>) -> Limits {
    let mut limits = Limits::default();
    let Some(map) = map else { return limits };
    for (key, value) in map {
        let Some(&(_, min, max)) = LIMIT_KEYS.iter().find(|(k, _, _)| k == key) else {
            problems.push(format!("The limit \"{key}\" is not known and was ignored."));
            continue;
        };
        let number = value
            .as_number()
            .filter(|n| n.fract() == 0.0 && *n >= f64::from(min) && *n <= f64::from(max));
        let Some(number) = number else {
            problems.push(format!(
                "The limit \"{key}\" must be a whole number from {min} to {max}; the default is used."
            ));
            continue;
        };
        let n = number as u32;
        match key.as_str() {
            "shortChars" => limits.short_chars = n as usize,
            "problemWords" => limits.problem_words = n as usize,
            "solutionWords" => limits.solution_words = n as usize,
            "goalWords" => limits.goal_words = n as usize,
            "notesWords" => limits.notes_words = n as usize,
            "measuresMax" => limits.measures_max = n as usize,
            "weeksMin" => limits.weeks_min = n,
            _ => limits.weeks_max = n,
        }
    }
    if limits.weeks_min > limits.weeks_max {
        problems.push("\"weeksMin\" is more than \"weeksMax\"; the default weeks are used.".to_owned());
        let default = Limits::default();
        limits.weeks_min = default.weeks_min;
        limits.weeks_max = default.weeks_max;
    }
    limits
}
