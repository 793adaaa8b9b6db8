//! `date`: a calendar date (`YYYY-MM-DD` from the browser's date control), today or later when
//! `notBefore` is `today`, written in the document as "11 January 2027".

use serde_json::Value;

use super::{FieldKind, Shape};
use crate::date::{format_date, parse_long_date, Date};
use crate::form::definition::{FieldDef, NotBefore};
use crate::form::{FieldSpec, Key, Values, UNFINISHED_DATE};
use crate::strings::{Key as Msg, Strings};

/// The definition keys a date takes.
pub const KEYS: &[&str] = &["notBefore"];

// What a date field says when the definition gives no hint is `dateHint`. (WebKit's date box
// does not move to the next part as digits are typed; a "/" moves it in every engine.)

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateField {
    /// Today or later.
    pub from_today: bool,
}

impl DateField {
    pub(crate) fn compile(def: &FieldDef) -> DateField {
        DateField {
            from_today: def.not_before == Some(NotBefore::Today),
        }
    }
}

impl FieldKind for DateField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    fn default_hint(&self) -> Option<Msg> {
        Some(Msg::DateHint)
    }

    // A date, as the date control holds it.
    fn default(&self, given: &Value) -> Result<String, String> {
        match given.as_str().and_then(Date::parse) {
            Some(date) => Ok(date.to_string()),
            None => Err("must be a date written YYYY-MM-DD, like 2027-01-11".to_owned()),
        }
    }

    fn check(&self, field: &FieldSpec, value: &str, today: Date, s: &Strings) -> Option<String> {
        let m = &field.messages;
        let name = [("name", field.name.as_str())];
        let value = value.trim();
        // Part of a date, or a day that does not exist: GOV.UK's "must be a real date", with
        // the parts it needs (the browser does not say which part is missing).
        if value == UNFINISHED_DATE {
            return Some(field.message(&m.format, || s.fill(Msg::DateIncomplete, &name)));
        }
        match Date::parse(value) {
            // The control is the browser's date picker, in the reader's own format: no
            // example here (an ISO one would not match what they see).
            None => Some(field.message(&m.format, || s.fill(Msg::DateNotReal, &name))),
            Some(date) if self.from_today && date < today => {
                Some(field.message(&m.past, || s.fill(Msg::DateInPast, &name)))
            }
            Some(_) => None,
        }
    }

    fn text(&self, value: String, _values: &Values, s: &Strings) -> String {
        match Date::parse(&value) {
            Some(date) => format_date(date, s),
            // A date typed only in part has no text to show yet.
            None if value == UNFINISHED_DATE => String::new(),
            None => value,
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values, s: &Strings) -> bool {
        let date = Date::parse(text).or_else(|| parse_long_date(text, s));
        values.set(key, date.map_or_else(|| text.to_owned(), |d| d.to_string()));
        true
    }
}
