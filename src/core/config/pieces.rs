//! The pieces of the JSON block that are more than a text: the expectations, the pitch, the
//! limits and the form, each read on its own so that one that is wrong falls back alone.

use serde::Deserialize;
use serde_json::Value;

use super::{checked_text, kind, BODY_MAX, TEXT_MAX};
use crate::core::content::{Content, Expectation, PitchStep};
use crate::core::form::compile::compile;
use crate::core::form::definition::{FieldDef, FormDef, SectionDef};
use crate::core::form::{FormSpec, Limits, MAX_EXPECTATIONS};

/// The most pitch steps a host may define.
const MAX_PITCH_STEPS: usize = 12;

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

/// The host's form, checked.
pub(super) fn form(definition: &Value, content: &Content) -> Result<FormSpec, Vec<String>> {
    let def = FormDef::deserialize(definition).map_err(|whole| vec![locate(definition, &whole)])?;
    compile(&def, &content.expectations)
}

/// Where in a form definition the first problem serde found is: the field (or section) that
/// cannot be read on its own, named by its place and its key.
fn locate(definition: &Value, whole: &serde_json::Error) -> String {
    let at = |place: String, error: &serde_json::Error, key: Option<&str>| {
        let message = error.to_string();
        let field = key
            .map(|k| format!(" (the field \"{k}\")"))
            .unwrap_or_default();
        // A message that names the key it is about ("type: ...") continues the place.
        match message.split_once(": ") {
            Some((name, rest)) if name.bytes().all(|b| b.is_ascii_alphabetic()) => {
                format!("{place}.{name}: {rest}{field}")
            }
            _ => format!("{place}: {message}{field}"),
        }
    };
    let sections = definition.get("sections").and_then(Value::as_array);
    for (s, section) in sections.into_iter().flatten().enumerate() {
        let fields = section.get("fields").and_then(Value::as_array);
        for (f, field) in fields.into_iter().flatten().enumerate() {
            if let Err(error) = FieldDef::deserialize(field) {
                let key = field.get("key").and_then(Value::as_str);
                return at(format!("form.sections[{s}].fields[{f}]"), &error, key);
            }
        }
        if let Err(error) = SectionDef::deserialize(section) {
            return at(format!("form.sections[{s}]"), &error, None);
        }
    }
    at("form".to_owned(), whole, None)
}

/// A pitch step as a host writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PitchDef {
    title: String,
    body: String,
}

/// The host's pitch steps, or `None` (the default five) when they cannot be used.
pub(super) fn pitch(value: &Value, problems: &mut Vec<String>) -> Option<Vec<PitchStep>> {
    let unused = "The configured pitch was not used; the default five steps are shown.";
    let steps = match Vec::<PitchDef>::deserialize(value) {
        Ok(steps) => steps,
        Err(problem) => {
            problems.push(format!("pitch: {problem}"));
            problems.push(unused.to_owned());
            return None;
        }
    };
    if !(1..=MAX_PITCH_STEPS).contains(&steps.len()) {
        problems.push(format!(
            "\"pitch\" must be a list of 1 to {MAX_PITCH_STEPS} steps. {unused}"
        ));
        return None;
    }
    let wanted = steps.len();
    let mut out = Vec::with_capacity(wanted);
    for (n, step) in steps.into_iter().enumerate() {
        let title = checked_text(&step.title, TEXT_MAX).ok().flatten();
        let body = checked_text(&step.body, BODY_MAX).ok().flatten();
        match (title, body) {
            (Some(title), Some(body)) => out.push(PitchStep { title, body }),
            _ => problems.push(format!(
                "Pitch step {} needs a \"title\" of 1 to {TEXT_MAX} characters and a \"body\" of 1 to {BODY_MAX}.",
                n + 1
            )),
        }
    }
    if out.len() < wanted {
        problems.push(unused.to_owned());
        return None;
    }
    Some(out)
}

pub(super) fn expectations(list: &Value, problems: &mut Vec<String>) -> Option<Vec<Expectation>> {
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
                .and_then(Value::as_str)
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

pub(super) fn limits(map: Option<&Value>, problems: &mut Vec<String>) -> Limits {
    let mut limits = Limits::default();
    let Some(map) = map else { return limits };
    let Some(entries) = map.as_object() else {
        problems.push(format!(
            "\"limits\" must be an object, not {}; the defaults are used.",
            kind(map)
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
