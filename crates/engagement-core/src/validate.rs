//! The rules over the whole form: each field that is part of it checked by its type's rules
//! ([`crate::form::kinds`]), with messages that say how to fix what is wrong (GOV.UK style).

use super::date::Date;
use super::form::{FieldSpec, FormSpec, Key, Values};
use super::text::count_words;

pub use super::form::kinds::email::{is_email, EMAIL_MAX_CHARS};
pub use super::form::kinds::number::parse_whole_number;

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Key,
    pub message: String,
}

/// Checks one field. `None` means the field is fine (or not part of the form right now).
pub fn validate_field(spec: &FormSpec, values: &Values, key: &str, today: Date) -> Option<String> {
    let field = spec.field(key)?;
    if !spec.is_active(key, values) {
        return None;
    }
    check(spec, field, values.get(key), today)
}

/// Checks the whole form. Errors come in form order, one per field at most.
pub fn validate(spec: &FormSpec, values: &Values, today: Date) -> Vec<FieldError> {
    spec.fields()
        .iter()
        .filter_map(|field| {
            validate_field(spec, values, &field.key, today).map(|message| FieldError {
                field: field.key.clone(),
                message,
            })
        })
        .collect()
}

/// A missing answer where one is required; else the type's own rules.
fn check(spec: &FormSpec, field: &FieldSpec, value: &str, today: Date) -> Option<String> {
    let rules = field.kind.rules();
    if !rules.is_answered(value) {
        return field.required.then(|| field.missing.clone());
    }
    rules.check(field, value, today, &spec.strings)
}

/// Words across the whole document's prose (every answer on show that is a section of its
/// own, but code), for the soft length warning.
pub fn total_words(spec: &FormSpec, values: &Values) -> usize {
    spec.fields()
        .iter()
        .filter(|f| f.kind.rules().counts_in_length() && spec.is_active(&f.key, values))
        .map(|f| count_words(values.get(&f.key)))
        .sum()
}
