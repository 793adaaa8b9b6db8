//! `number`: a whole number between `min` and `max`, written in the document with its `unit`
//! ("10 weeks", "1 week"), in the form the page's language gives that number.

use serde_json::Value;

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{FieldSpec, Key, Values};
use crate::strings::{Category, Key as Msg, Strings};
use crate::text::normalize_short;

/// The definition keys a number takes.
pub const KEYS: &[&str] = &["min", "max", "unit", "unitOne", "placeholder"];

/// A number's unit in the document ("10 weeks", "1 week"): its forms by plural category,
/// "other" always among them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub forms: Vec<(Category, String)>,
    /// Given as `unit` and `unitOne`: "one" is for exactly 1, as it always was, whatever the
    /// page's language; a plural object's forms follow the language's rule.
    pub exactly_one: bool,
}

impl Unit {
    /// The form for `n` in the language of `s`.
    pub fn get(&self, n: u64, s: &Strings) -> &str {
        let category = match self.exactly_one {
            true if n == 1 => Category::One,
            true => Category::Other,
            false => s.plurals().select(n),
        };
        let form = |c: Category| {
            self.forms
                .iter()
                .find(|(k, _)| *k == c)
                .map(|(_, f)| f.as_str())
        };
        form(category).or(form(Category::Other)).unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberField {
    /// Between `min` and `max` inclusive.
    pub min: u32,
    pub max: u32,
    pub unit: Option<Unit>,
}

impl NumberField {
    pub(crate) fn compile(c: &mut Compiler, def: &FieldDef, place: &str) -> NumberField {
        let (min, max) = (def.min.unwrap_or(0), def.max.unwrap_or(999_999_999));
        if min > max {
            c.problem(
                &format!("{place}.min"),
                &format!("{min} is more than max ({max})"),
            );
        }
        // Units are words of the document's text: one line, trimmed, and there.
        let unit_name = |c: &mut Compiler, name: &str, given: Option<&String>| {
            let unit = given.map(|u| normalize_short(u));
            if unit.as_deref() == Some("") {
                c.problem(
                    &format!("{place}.{name}"),
                    "may not be empty: leave it out instead",
                );
            }
            unit
        };
        let one = unit_name(c, "unitOne", def.unit_one.as_ref());
        let unit = match &def.unit {
            None => None,
            Some(Value::String(other)) => unit_name(c, "unit", Some(other)).map(|other| {
                let mut forms = vec![(Category::Other, other)];
                forms.extend(one.map(|one| (Category::One, one)));
                Unit {
                    forms,
                    exactly_one: true,
                }
            }),
            Some(Value::Object(given)) => {
                if def.unit_one.is_some() {
                    c.problem(
                        &format!("{place}.unitOne"),
                        "does not apply when unit gives its plural forms: put \"one\" there",
                    );
                }
                let mut forms = Vec::new();
                for (name, form) in given {
                    let at = format!("unit.{name}");
                    match (Category::from_name(name), form.as_str()) {
                        (None, _) => c.problem(
                            &format!("{place}.{at}"),
                            "is not a plural category (zero, one, two, few, many, other)",
                        ),
                        (Some(_), None) => c.problem(&format!("{place}.{at}"), "must be text"),
                        (Some(category), Some(text)) => {
                            if let Some(text) = unit_name(c, &at, Some(&text.to_owned())) {
                                forms.push((category, text));
                            }
                        }
                    }
                }
                if !forms.iter().any(|(k, _)| *k == Category::Other) {
                    c.problem(
                        &format!("{place}.unit"),
                        "needs an \"other\" form, used for every number without one of its own",
                    );
                }
                Some(Unit {
                    forms,
                    exactly_one: false,
                })
            }
            Some(_) => {
                c.problem(
                    &format!("{place}.unit"),
                    "must be text, or an object of plural forms like { \"one\": \"week\", \"other\": \"weeks\" }",
                );
                None
            }
        };
        NumberField { min, max, unit }
    }
}

impl FieldKind for NumberField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    // A whole number in range.
    fn default(&self, given: &Value) -> Result<String, String> {
        let (min, max) = (self.min, self.max);
        match given.as_u64() {
            Some(n) if (u64::from(min)..=u64::from(max)).contains(&n) => Ok(n.to_string()),
            Some(n) => Err(format!("{n} is not between min ({min}) and max ({max})")),
            None => Err(format!("must be a whole number between {min} and {max}")),
        }
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let m = &field.messages;
        let (min, max) = (self.min.to_string(), self.max.to_string());
        let name = field.name.as_str();
        let range = || {
            field.message(&m.range, || {
                s.fill(
                    Msg::NumberRange,
                    &[("name", name), ("min", &min), ("max", &max)],
                )
            })
        };
        let value = value.trim();
        match parse_whole_number(value) {
            // A whole number all the same, just out of range.
            None if is_negative_whole_number(value) => Some(range()),
            None => Some(field.message(&m.format, || {
                let example = if (self.min..=self.max).contains(&10) {
                    10
                } else {
                    (self.min + self.max) / 2
                };
                s.fill(
                    Msg::NumberFormat,
                    &[("name", name), ("example", &example.to_string())],
                )
            })),
            Some(n) if n < u64::from(self.min) || n > u64::from(self.max) => Some(range()),
            Some(_) => None,
        }
    }

    fn text(&self, value: String, _values: &Values, s: &Strings) -> String {
        match (parse_whole_number(&value), &self.unit) {
            (Some(n), Some(unit)) => s.fill(
                Msg::NumberWithUnit,
                &[("number", &n.to_string()), ("unit", unit.get(n, s))],
            ),
            (Some(n), None) => n.to_string(),
            (None, _) => value,
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values, s: &Strings) -> bool {
        let Some(unit) = &self.unit else {
            values.set(key, text);
            return true;
        };
        // The first unit that leaves a number where the language writes it ("1 1 x" is 1 of
        // "1 x", not "1 1" of "x").
        let number = unit.forms.iter().map(|(_, u)| u).find_map(|u| {
            let written = s.fill(Msg::NumberWithUnit, &[("number", "\u{0}"), ("unit", u)]);
            let (before, after) = written.split_once('\u{0}')?;
            let n = text.strip_prefix(before)?.strip_suffix(after)?;
            (!n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())).then_some(n)
        });
        values.set(key, number.unwrap_or(text));
        true
    }
}

/// Digits only, no sign, no decimals. Full-width (East Asian input methods), Arabic-Indic and
/// Devanagari digits count as their ASCII twins. Leading zeros are fine; absurd lengths are
/// not numbers anyone meant.
pub fn parse_whole_number(s: &str) -> Option<u64> {
    const ZEROS: [u32; 4] = [0xff10, 0x0660, 0x06f0, 0x0966];
    let digits: String = s
        .chars()
        .map(|c| {
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&(c as u32)))
                .and_then(|zero| char::from_digit(c as u32 - zero, 10))
                .unwrap_or(c)
        })
        .collect();
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// "-3", "−3" (a minus sign) or "-0": a whole number below any range the form asks for.
fn is_negative_whole_number(s: &str) -> bool {
    s.strip_prefix(['-', '\u{2212}'])
        .and_then(|rest| parse_whole_number(rest.trim_start()))
        .is_some()
}
