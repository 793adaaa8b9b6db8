//! `number`: a whole number between `min` and `max`, written in the document with its `unit`
//! ("10 weeks", "1 week").

use serde_json::Value;

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{FieldSpec, Key, Values};
use crate::text::normalize_short;

/// The definition keys a number takes.
pub const KEYS: &[&str] = &["min", "max", "unit", "unitOne", "placeholder"];

/// A number's unit in the document: "10 weeks", "1 week".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub many: String,
    pub one: String,
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
        let many = unit_name(c, "unit", def.unit.as_ref());
        let one = unit_name(c, "unitOne", def.unit_one.as_ref());
        let unit = many.map(|many| Unit {
            one: one.unwrap_or_else(|| many.clone()),
            many,
        });
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

    fn check(&self, field: &FieldSpec, value: &str, _today: Date) -> Option<String> {
        let (m, name) = (&field.messages, &field.name);
        let (min, max) = (self.min, self.max);
        let range = || field.message(&m.range, format!("{name} must be between {min} and {max}"));
        let value = value.trim();
        match parse_whole_number(value) {
            // A whole number all the same, just out of range.
            None if is_negative_whole_number(value) => Some(range()),
            None => Some(field.message(
                &m.format,
                format!(
                    "{name} must be a whole number, like {}",
                    if (min..=max).contains(&10) {
                        10
                    } else {
                        (min + max) / 2
                    }
                ),
            )),
            Some(n) if n < u64::from(min) || n > u64::from(max) => Some(range()),
            Some(_) => None,
        }
    }

    fn text(&self, value: String, _values: &Values) -> String {
        match (parse_whole_number(&value), &self.unit) {
            (Some(1), Some(unit)) => format!("1 {}", unit.one),
            (Some(n), Some(unit)) => format!("{n} {}", unit.many),
            (Some(n), None) => n.to_string(),
            (None, _) => value,
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values) -> bool {
        let Some(unit) = &self.unit else {
            values.set(key, text);
            return true;
        };
        // The first unit that leaves a number ("1 1 x" is 1 of "1 x", not "1 1" of "x").
        let number = [&unit.many, &unit.one].iter().find_map(|u| {
            let n = text.strip_suffix(u.as_str())?.strip_suffix(' ')?;
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
