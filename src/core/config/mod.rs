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

use super::content::{Content, Expectation};
use super::form::{Limits, MAX_EXPECTATIONS};
use super::json::Json;
use super::markdown::normalize_short;
use super::validate::is_email;

/// The element's attribute names (besides `prefill-<field>`).
pub mod attribute {
    pub const TEAM_NAME: &str = "team-name";
    pub const TEAM_MISSION: &str = "team-mission";
    pub const CONTACT_EMAIL: &str = "contact-email";
    /// This instance's draft name (read by the custom element, not part of [`super::Attributes`]).
    pub const DRAFT_KEY: &str = "draft-key";
    pub const THEME: &str = "theme";
}

/// Every attribute the element reads, and re-reads when it changes. The loader
/// (`src/embed/engagement-widget.js`, its `observedAttributes`) and the iframe page
/// (`src/embed/embed-frame.js`, which copies them from its URL fragment) list the same names:
/// `tests/attributes.rs` holds both to this list.
pub const ATTRIBUTES: [&str; 5] = [
    attribute::TEAM_NAME,
    attribute::TEAM_MISSION,
    attribute::CONTACT_EMAIL,
    attribute::DRAFT_KEY,
    attribute::THEME,
];

/// The attributes a host set on the element (`None` when absent).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attributes {
    pub team_name: Option<String>,
    pub team_mission: Option<String>,
    pub contact_email: Option<String>,
    /// `light`, `dark` or `auto`: applied by the stylesheet; checked here.
    pub theme: Option<String>,
}

impl Attributes {
    /// The attributes, given how to read one by name.
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Attributes {
        Attributes {
            team_name: get(attribute::TEAM_NAME),
            team_mission: get(attribute::TEAM_MISSION),
            contact_email: get(attribute::CONTACT_EMAIL),
            theme: get(attribute::THEME),
        }
    }
}

/// The outcome: what the widget uses, and what was wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub content: Content,
    pub limits: Limits,
    /// Sentences for the host's developer, e.g. "The contact email "x" is not an email
    /// address; ...".
    pub problems: Vec<String>,
}

impl Default for Resolved {
    fn default() -> Self {
        resolve(&Attributes::default(), None)
    }
}

const TEXT_MAX: usize = 200;
const BODY_MAX: usize = 1200;
const KNOWN_KEYS: [&str; 5] = [
    "teamName",
    "teamMission",
    "contactEmail",
    "expectations",
    "limits",
];

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

/// Combines attributes, the JSON block (parsed, or the parser's complaint) and the defaults.
pub fn resolve(attributes: &Attributes, file: Option<Result<Json, String>>) -> Resolved {
    let mut problems = Vec::new();
    let file = match file {
        None => Json::Object(Vec::new()),
        Some(Ok(json @ Json::Object(_))) => json,
        Some(Ok(other)) => {
            problems.push(format!(
                "The JSON configuration must be an object, not {}; the defaults are used.",
                other.kind()
            ));
            Json::Object(Vec::new())
        }
        Some(Err(message)) => {
            problems.push(format!(
                "The JSON configuration could not be read ({message}); the defaults are used."
            ));
            Json::Object(Vec::new())
        }
    };
    for (key, _) in file.as_object().unwrap_or(&[]) {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            problems.push(format!(
                "The configuration key \"{key}\" is not known and was ignored."
            ));
        }
    }

    let mut content = Content::default();
    let mut text = |attribute: &str, from_attribute: &Option<String>, key: &str, max: usize| {
        pick_text(
            attribute,
            from_attribute.as_deref(),
            key,
            file.get(key),
            max,
            &mut problems,
        )
    };
    content.team_name = text(
        attribute::TEAM_NAME,
        &attributes.team_name,
        "teamName",
        TEXT_MAX,
    );
    content.team_mission = text(
        attribute::TEAM_MISSION,
        &attributes.team_mission,
        "teamMission",
        BODY_MAX,
    );
    let email = text(
        attribute::CONTACT_EMAIL,
        &attributes.contact_email,
        "contactEmail",
        TEXT_MAX,
    );
    content.contact_email = match email {
        Some(email) if is_email(&email) => Some(email),
        Some(email) => {
            problems.push(format!(
                "The contact email \"{email}\" is not an email address; Open in email lets the visitor choose one."
            ));
            None
        }
        None => None,
    };
    if let Some(theme) = &attributes.theme {
        let known = ["light", "dark", "auto", ""].contains(&theme.trim());
        if !known {
            problems.push(format!(
                "The theme \"{}\" is not light, dark or auto; the page's colour scheme is followed.",
                theme.chars().take(40).collect::<String>()
            ));
        }
    }
    if let Some(list) = file.get("expectations") {
        match expectations(list, &mut problems) {
            Some(list) => content.expectations = list,
            None => problems.push(
                "The configured expectations were not used; the default four are shown.".to_owned(),
            ),
        }
    }
    let limits = limits(file.get("limits"), &mut problems);
    Resolved {
        content,
        limits,
        problems,
    }
}

/// An attribute, else the JSON value; each checked: text, not blank, not too long.
fn pick_text(
    attribute: &str,
    from_attribute: Option<&str>,
    key: &str,
    from_file: Option<&Json>,
    max: usize,
    problems: &mut Vec<String>,
) -> Option<String> {
    if let Some(value) = from_attribute {
        match checked_text(value, max) {
            Ok(text) => return text,
            Err(()) => problems.push(format!(
                "The {attribute} attribute is longer than {max} characters and was ignored."
            )),
        }
    }
    let value = from_file?;
    let Some(value) = value.as_str() else {
        problems.push(format!(
            "\"{key}\" must be text, not {}; it was ignored.",
            value.kind()
        ));
        return None;
    };
    checked_text(value, max).unwrap_or_else(|()| {
        problems.push(format!(
            "\"{key}\" is longer than {max} characters and was ignored."
        ));
        None
    })
}

/// `Ok(None)` for blank text, `Err` for text over `max` characters.
fn checked_text(value: &str, max: usize) -> Result<Option<String>, ()> {
    let text = normalize_short(value);
    if text.chars().count() > max {
        Err(())
    } else {
        Ok((!text.is_empty()).then_some(text))
    }
}

fn expectations(list: &Json, problems: &mut Vec<String>) -> Option<Vec<Expectation>> {
    let Some(items) = list
        .as_array()
        .filter(|l| (1..=MAX_EXPECTATIONS).contains(&l.len()))
    else {
        problems.push(format!(
            "\"expectations\" must be a list of 1 to {MAX_EXPECTATIONS} expectations."
        ));
        return None;
    };
    let mut out = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let mut field = |name: &str, max: usize| {
            let text = item
                .get(name)
                .and_then(Json::as_str)
                .and_then(|v| checked_text(v, max).ok().flatten());
            if text.is_none() {
                problems.push(format!(
                    "Expectation {} needs a \"{name}\" of 1 to {max} characters.",
                    n + 1
                ));
            }
            text
        };
        let title = field("title", TEXT_MAX);
        let body = field("body", BODY_MAX);
        let acknowledgement = field("acknowledgement", TEXT_MAX);
        out.push(Expectation {
            title: title?,
            body: body?,
            acknowledgement: acknowledgement?,
        });
    }
    Some(out)
}

fn limits(map: Option<&Json>, problems: &mut Vec<String>) -> Limits {
    let mut limits = Limits::default();
    let Some(map) = map else { return limits };
    let Some(entries) = map.as_object() else {
        problems.push(format!(
            "\"limits\" must be an object, not {}; the defaults are used.",
            map.kind()
        ));
        return limits;
    };
    for (key, value) in entries {
        let Some(&(_, min, max)) = LIMIT_KEYS.iter().find(|(k, _, _)| k == key) else {
            problems.push(format!("The limit \"{key}\" is not known and was ignored."));
            continue;
        };
        let number = value
            .as_f64()
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
        problems
            .push("\"weeksMin\" is more than \"weeksMax\"; the default weeks are used.".to_owned());
        let default = Limits::default();
        limits.weeks_min = default.weeks_min;
        limits.weeks_max = default.weeks_max;
    }
    limits
}
