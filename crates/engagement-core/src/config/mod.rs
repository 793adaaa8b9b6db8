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
//!   "pitch": [{ "title": "...", "body": "..." }],
//!   "limits": { "problemWords": 300, "weeksMax": 20 },
//!   "form": { "title": "Intake: {service}", "sections": [...] },
//!   "handoff": [{ "github": "acme/platform-requests", "labels": ["intake"] }],
//!   "strings": { "errorSummaryTitle": "Es gibt ein Problem" }
//! }
//! ```
//! The page's language ([`Locale`]) picks the built-in translation, if one ships
//! ([`crate::strings::locale::pack`]): its strings, expectations and one-pager come first,
//! and the host's `strings`, `expectations` and `form` go over them.
//! Attributes win over the JSON block, which wins over the defaults. Each key is read on its
//! own (serde, into the types it describes), so one that is wrong falls back alone.

use std::rc::Rc;

use serde_json::{Map, Value};

mod pieces;

use super::content::{default_expectations, Content};
use super::form::{one_pager::one_pager, FormSpec, Limits};
use super::strings::locale::pack;
use super::strings::{Locale, Strings};
use super::text::normalize_short;
use super::tracker::{trackers, Tracker};
use super::validate::is_email;
use pieces::{expectations, form, limits, pitch};

/// The element's attribute names (besides `prefill-<field>`).
pub mod attribute {
    pub const TEAM_NAME: &str = "team-name";
    pub const TEAM_MISSION: &str = "team-mission";
    pub const CONTACT_EMAIL: &str = "contact-email";
    /// This instance's draft name (read by the custom element, not part of [`super::Attributes`]).
    pub const DRAFT_KEY: &str = "draft-key";
    pub const THEME: &str = "theme";
    /// The page's language and direction, read from the element or its nearest ancestor
    /// (by the platform layer, not part of [`super::Attributes`]).
    pub const LANG: &str = "lang";
    pub const DIR: &str = "dir";
}

/// Every attribute the element reads, and re-reads when it changes. The loader
/// (`src/embed/engagement-widget.js`, its `observedAttributes`) and the iframe page
/// (`src/embed/embed-frame.js`, which copies them from its URL fragment) list the same names:
/// `tests/attributes.rs` holds both to this list.
pub const ATTRIBUTES: [&str; 7] = [
    attribute::TEAM_NAME,
    attribute::TEAM_MISSION,
    attribute::CONTACT_EMAIL,
    attribute::DRAFT_KEY,
    attribute::THEME,
    attribute::LANG,
    attribute::DIR,
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
    /// The form: the host's definition, or the built-in one-pager.
    pub form: Rc<FormSpec>,
    /// The trackers the finished document can be handed to (`"handoff"`).
    pub trackers: Rc<Vec<Tracker>>,
    /// The page's language and direction.
    pub locale: Locale,
    /// The language the widget's words are in, for its `lang`: the page's, where a
    /// translation ships for it or the host wrote words of its own (strings, a form, the
    /// expectations or the pitch); else English, which is what it then writes.
    pub lang: String,
    /// Every word the widget writes: the built-in ones, a translation's and the host's.
    pub strings: Rc<Strings>,
    /// Sentences for the host's developer, e.g. "The contact email "x" is not an email
    /// address; ...".
    pub problems: Vec<String>,
    /// What works but may not be what the host meant (the console has them): a plural
    /// string without a form the page's language uses.
    pub warnings: Vec<String>,
}

impl Default for Resolved {
    fn default() -> Self {
        resolve(&Attributes::default(), None)
    }
}

/// The longest one-line text a host may configure.
const TEXT_MAX: usize = 200;
/// The longest paragraph a host may configure.
const BODY_MAX: usize = 1200;
const KNOWN_KEYS: [&str; 9] = [
    "teamName",
    "teamMission",
    "contactEmail",
    "expectations",
    "pitch",
    "limits",
    "form",
    "handoff",
    "strings",
];

/// Combines attributes, the JSON block (parsed, or the parser's complaint) and the defaults,
/// in English.
pub fn resolve(attributes: &Attributes, file: Option<Result<Value, String>>) -> Resolved {
    resolve_in(attributes, file, &Locale::default())
}

/// Combines attributes, the JSON block (parsed, or the parser's complaint), the translation
/// for the page's `locale` and the defaults.
pub fn resolve_in(
    attributes: &Attributes,
    file: Option<Result<Value, String>>,
    locale: &Locale,
) -> Resolved {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let file = match file {
        None => Map::new(),
        Some(Ok(Value::Object(map))) => map,
        Some(Ok(other)) => {
            problems.push(format!(
                "The JSON configuration must be an object, not {}; the defaults are used.",
                kind(&other)
            ));
            Map::new()
        }
        Some(Err(message)) => {
            problems.push(format!(
                "The JSON configuration could not be read ({message}); the defaults are used."
            ));
            Map::new()
        }
    };
    for key in file.keys() {
        if !KNOWN_KEYS.contains(&key.as_str()) {
            problems.push(format!(
                "The configuration key \"{key}\" is not known and was ignored."
            ));
        }
    }

    // The words: English, the built-in translation's, then the host's.
    let mut strings = Strings::for_language(&locale.lang, locale.plurals.clone());
    let translation = pack(&locale.lang).and_then(|text| serde_json::from_str::<Value>(text).ok());
    if let Some(given) = translation.as_ref().and_then(|t| t.get("strings")) {
        strings.take(given, "strings", &mut problems, &mut warnings);
    }
    if let Some(given) = file.get("strings") {
        strings.take(given, "strings", &mut problems, &mut warnings);
    }
    strings.check_months(&mut problems);
    let strings = Rc::new(strings);

    let mut content = Content {
        expectations: translation
            .as_ref()
            .and_then(|t| t.get("expectations"))
            .and_then(|list| expectations(list, &mut Vec::new()))
            .unwrap_or_else(default_expectations),
        ..Content::default()
    };
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
    if let Some(steps) = file.get("pitch") {
        content.pitch = pitch(steps, &mut problems);
    }
    let limits = limits(file.get("limits"), &mut problems);
    // The built-in one-pager: the translation's, if it has one (the translation is read once).
    let translated_form = translation.as_ref().and_then(|t| t.get("form"));
    let form = match file.get("form") {
        None => one_pager(&content.expectations, &limits, &strings, translated_form),
        Some(definition) => {
            if file.contains_key("limits") {
                problems.push(
                    "\"limits\" apply to the built-in one-pager only; a \"form\" sets its own limits."
                        .to_owned(),
                );
            }
            match form(definition, &content.expectations, &strings) {
                Ok(form) => form,
                Err(found) => {
                    problems.extend(found);
                    problems.push(
                        "The form definition was not used; the built-in one-pager is shown."
                            .to_owned(),
                    );
                    one_pager(&content.expectations, &limits, &strings, translated_form)
                }
            }
        }
    };
    let trackers = match file.get("handoff") {
        Some(list) => trackers(list, &form, &mut problems),
        None => Vec::new(),
    };
    Resolved {
        content,
        limits,
        form: Rc::new(form),
        trackers: Rc::new(trackers),
        lang: if locale.language() == "en"
            || translation.is_some()
            || ["strings", "form", "expectations", "pitch"]
                .iter()
                .any(|key| file.contains_key(*key))
        {
            locale.lang.clone()
        } else {
            "en".to_owned()
        },
        locale: locale.clone(),
        strings,
        problems,
        warnings,
    }
}

/// What kind of JSON value, in words.
fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// An attribute, else the JSON value; each checked: text, not blank, not too long.
fn pick_text(
    attribute: &str,
    from_attribute: Option<&str>,
    key: &str,
    from_file: Option<&Value>,
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
            kind(value)
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
