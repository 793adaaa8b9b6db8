//! The built-in one-pager: a form definition like any host's (`one_pager.json`, readable as
//! an example; a translation has its own, under `form`), with the `limits` a host may set for
//! it applied.

use super::compile::compile_in;
use std::rc::Rc;

use serde::Deserialize;
use serde_json::Value;

use super::definition::FormDef;
use super::{FormSpec, Key, Title, SOFT_WORD_LIMIT};
use crate::content::Expectation;
use crate::strings::{Key as Msg, Strings};

/// Limits a host may change for the built-in one-pager through configuration (`limits`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    pub short_chars: usize,
    pub problem_words: usize,
    pub solution_words: usize,
    pub goal_words: usize,
    pub notes_words: usize,
    pub measures_max: usize,
    pub weeks_min: u32,
    pub weeks_max: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            short_chars: 80,
            problem_words: 250,
            solution_words: 250,
            goal_words: 120,
            notes_words: 250,
            measures_max: 10,
            weeks_min: 1,
            weeks_max: 26,
        }
    }
}

/// The definition, as shipped.
pub const DEFINITION: &str = include_str!("one_pager.json");

/// The built-in definition: a translation's (`translated`, its `form`), else the English one,
/// with `limits` applied (the words it adds in the language of `strings`).
pub fn definition(limits: &Limits, strings: &Strings, translated: Option<&Value>) -> FormDef {
    // Read as any JSON is (one parser for every JSON the widget reads), then as a definition.
    let english;
    let value = match translated {
        Some(value) => value,
        None => {
            english = serde_json::from_str(DEFINITION).unwrap_or_default();
            &english
        }
    };
    let mut def = FormDef::deserialize(value).unwrap_or_else(|_| FormDef {
        title: String::new(),
        subject: None,
        document: None,
        sections: Vec::new(),
        soft_word_limit: None,
    });
    apply(&mut def, limits, strings);
    def
}

/// The one-pager, its acknowledgements made from `expectations`, in the language of
/// `strings`: the translation's definition (`translated`, the `form` of the translation that
/// ships for it), else the English one.
pub fn one_pager(
    expectations: &[Expectation],
    limits: &Limits,
    strings: &Rc<Strings>,
    translated: Option<&Value>,
) -> FormSpec {
    // The definition and the limits are checked (tests/core_form.rs compiles every extreme
    // the configuration accepts), so this never fails; if it did, the form would be empty
    // rather than the widget gone.
    let title = Title {
        before: String::new(),
        key: Key::from("team"),
        after: String::new(),
    };
    // The English definition is English on any page without a translation.
    let written_in = match translated {
        Some(_) => strings.lang(),
        None => "en",
    };
    compile_in(
        &definition(limits, strings, translated),
        expectations,
        strings,
        written_in,
    )
    .unwrap_or_else(|_| FormSpec {
        subject: title.clone(),
        title,
        document: Default::default(),
        sections: Vec::new(),
        fields: Vec::new(),
        soft_word_limit: SOFT_WORD_LIMIT,
        strings: strings.clone(),
    })
}

/// The `limits` block, which predates form definitions, on the fields it always meant.
fn apply(def: &mut FormDef, limits: &Limits, strings: &Strings) {
    let words = |n: usize| Some(n as u32);
    for field in def.sections.iter_mut().flat_map(|s| s.fields.iter_mut()) {
        match field.key.as_deref().unwrap_or_default() {
            "team" | "contact" => field.max_chars = Some(limits.short_chars as u32),
            "problem" => field.max_words = words(limits.problem_words),
            "solution" => field.max_words = words(limits.solution_words),
            "engagement-goal" | "diffusion-goal" => field.max_words = words(limits.goal_words),
            "notes" => field.max_words = words(limits.notes_words),
            "success-measures" => field.max_items = Some(limits.measures_max as u32),
            "retro-cadence" => {
                if let Some(other) = field.other.as_mut() {
                    other.max_chars = Some(limits.short_chars as u32);
                }
            }
            "length-weeks" => {
                let (min, max) = (limits.weeks_min, limits.weeks_max);
                field.min = Some(min);
                field.max = Some(max);
                // The usual ten weeks, when the host's limits allow them; otherwise no
                // default, and a hint with the range instead.
                let default = field.default.as_ref().and_then(serde_json::Value::as_u64);
                if !default.is_some_and(|d| (u64::from(min)..=u64::from(max)).contains(&d)) {
                    field.default = None;
                    let (min, max) = (min.to_string(), max.to_string());
                    field.hint =
                        Some(strings.fill(Msg::WeeksBetween, &[("min", &min), ("max", &max)]));
                }
            }
            _ => {}
        }
    }
}

impl FormSpec {
    /// The built-in one-pager in English: see [`one_pager`].
    pub fn one_pager(expectations: &[Expectation], limits: &Limits) -> FormSpec {
        one_pager(expectations, limits, &Rc::new(Strings::english()), None)
    }
}
