//! The pieces of the JSON block that are more than a text: the expectations, the pitch, the
//! limits and the form, each read on its own so that one that is wrong falls back alone.

use std::rc::Rc;

use serde::Deserialize;
use serde_json::Value;

use super::{checked_text, kind, BODY_MAX, TEXT_MAX};
use crate::content::{Expectation, PitchStep};
use crate::form::compile::compile;
use crate::form::definition::{FieldDef, FormDef, SectionDef};
use crate::form::{FormSpec, Limits, MAX_EXPECTATIONS};
use crate::strings::Strings;

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
pub(super) fn form(
    definition: &Value,
    expectations: &[Expectation],
    strings: &Rc<Strings>,
) -> Result<FormSpec, Vec<String>> {
    let def = FormDef::deserialize(definition).map_err(|whole| locate(definition, &whole))?;
    compile(&def, expectations, strings)
}

/// Every problem serde finds in a form definition, each at its place: each field (or section)
/// that cannot be read is read again on its own, and the key that stops it is named.
fn locate(definition: &Value, whole: &serde_json::Error) -> Vec<String> {
    let mut problems = Vec::new();
    let sections = definition.get("sections").and_then(Value::as_array);
    for (s, section) in sections.into_iter().flatten().enumerate() {
        let before = problems.len();
        let fields = section.get("fields").and_then(Value::as_array);
        for (f, field) in fields.into_iter().flatten().enumerate() {
            if let Some(problem) = place(field, &format!("form.sections[{s}].fields[{f}]"), &|v| {
                FieldDef::deserialize(v).map(drop)
            }) {
                let key = field.get("key").and_then(Value::as_str);
                let named = key.map(|k| format!(" (the field \"{k}\")"));
                problems.push(problem + &named.unwrap_or_default());
            }
        }
        if problems.len() == before {
            let at = format!("form.sections[{s}]");
            problems.extend(place(section, &at, &|v| {
                SectionDef::deserialize(v).map(drop)
            }));
        }
    }
    if problems.is_empty() {
        let at = |v: &Value| FormDef::deserialize(v).map(drop);
        problems.extend(place(definition, "form", &at));
    }
    if problems.is_empty() {
        problems.push(format!("form: {}", in_words(&whole.to_string())));
    }
    problems
}

/// What stops `value` being read by `read`, at `at` and, in an object, at the key that stops
/// it: the first key without which the problem changes (serde stops at the first bad entry,
/// and reports a missing key only once every entry has been read).
fn place(
    value: &Value,
    at: &str,
    read: &dyn Fn(&Value) -> Result<(), serde_json::Error>,
) -> Option<String> {
    let problem = read(value).err()?.to_string();
    // A missing key names itself; removing another could only name a different missing one.
    let object = value
        .as_object()
        .filter(|_| !problem.starts_with("missing field"));
    let culprit = object.and_then(|object| {
        object.keys().find(|key| {
            let mut without = object.clone();
            without.remove(*key);
            read(&Value::Object(without)).err().map(|e| e.to_string()) != Some(problem.clone())
        })
    });
    Some(match culprit {
        Some(key) => {
            let words = problem
                .strip_prefix(&format!("{key}: "))
                .unwrap_or(&problem);
            format!("{at}.{key}: {}", in_words(words))
        }
        None => format!("{at}: {}", in_words(&problem)),
    })
}

/// serde's message in the host's words: what a key must be, and what it was.
fn in_words(message: &str) -> String {
    let ticks = |s: &str| s.replace('`', "\"");
    let pair = |rest: &str| {
        rest.split_once(", expected ")
            .map(|(a, b)| (a.to_owned(), b.to_owned()))
    };
    if let Some((got, want)) = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "))
        .and_then(pair)
    {
        return format!("must be {}, not {}", wanted(&want), given(&got));
    }
    if let Some(rest) = message.strip_prefix("invalid length ") {
        if rest.contains("expected struct") {
            return "must be an object { … }, not a list".to_owned();
        }
    }
    if let Some((got, want)) = message.strip_prefix("unknown variant ").and_then(pair) {
        return format!("{} is not allowed here; use {}", ticks(&got), ticks(&want));
    }
    if let Some((got, want)) = message.strip_prefix("unknown field ").and_then(pair) {
        return format!(
            "{} is not a setting here; use {}",
            ticks(&got),
            ticks(&want)
        );
    }
    if let Some(key) = message.strip_prefix("missing field ") {
        return format!("needs {}", ticks(key));
    }
    message.to_owned()
}

/// What serde expected, in words.
fn wanted(want: &str) -> String {
    match want {
        "u8" | "u16" | "u32" | "u64" | "usize" => "a whole number".to_owned(),
        "a string" => "a text in quotes".to_owned(),
        "a boolean" => "true or false".to_owned(),
        "a sequence" => "a list [ … ]".to_owned(),
        w if w.starts_with("struct OptionDef") => {
            "an object like { \"key\": \"low\", \"label\": \"Low\" }".to_owned()
        }
        w if w.starts_with("struct ") || w == "a map" => "an object { … }".to_owned(),
        w => w.replace('`', "\""),
    }
}

/// What serde found instead, in words.
fn given(got: &str) -> String {
    let unticked = |s: &str| s.trim_matches('`').to_owned();
    if let Some(text) = got.strip_prefix("string ") {
        return format!("the text {text}");
    }
    for kind in ["integer ", "floating point "] {
        if let Some(number) = got.strip_prefix(kind) {
            return format!("the number {}", unticked(number));
        }
    }
    match got {
        "sequence" => "a list".to_owned(),
        "map" => "an object".to_owned(),
        "null" | "unit value" => "null".to_owned(),
        g => g
            .strip_prefix("boolean ")
            .map_or_else(|| g.to_owned(), unticked),
    }
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
            problems.push(format!("pitch: {}", in_words(&problem.to_string())));
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
