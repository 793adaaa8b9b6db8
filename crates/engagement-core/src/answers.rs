//! The form's answers: the values, plus what the visitor has done with them, which decides
//! which errors are shown and when (the GOV.UK pattern):
//! - nothing is shown as wrong before the user asks to check the form, or leaves a field they
//!   changed;
//! - once a field's error has been shown, or after the first attempt, it re-checks on every
//!   change, so a fix clears its message at once; a question revealed after the attempt
//!   (the "Other" cadence's description) waits until the user leaves it or checks again.

use super::date::Date;
use super::form::{FormSpec, Key, Values, UNFINISHED_DATE};
use super::validate::{validate, validate_field, FieldError};

/// The answers to one form, and which of their errors are due.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub values: Values,
    /// Fields the user changed since they last left them.
    changed: Vec<Key>,
    /// Fields whose errors are live (the user left them after a change).
    live: Vec<Key>,
    /// Whether the user has asked to check the form at least once.
    attempted: bool,
    /// The fields in the form at the last check (a question revealed since then is not wrong
    /// before the user has had a go at it).
    in_check: Vec<Key>,
    /// The errors found at the last check, which the error summary lists.
    checked: Vec<FieldError>,
}

impl Answers {
    pub fn new(values: Values) -> Answers {
        Answers {
            values,
            ..Answers::default()
        }
    }

    /// The user typed or picked a value.
    pub fn edit(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        if self.values.get(key) != value {
            self.values.set(key, value);
            if !self.changed.iter().any(|c| &**c == key) {
                self.changed.push(Key::from(key));
            }
        }
    }

    /// The user left a field: a changed field starts showing its error. So does a date left
    /// unfinished, even when it was unfinished before (restored so, then typed in again: the
    /// date control cannot say what was typed, so no change is seen).
    pub fn leave(&mut self, key: &str) {
        let changed = self.changed.iter().position(|c| &**c == key);
        if let Some(i) = changed {
            self.changed.swap_remove(i);
        }
        let unfinished = self.values.get(key) == UNFINISHED_DATE;
        if (changed.is_some() || unfinished) && !self.live.iter().any(|l| &**l == key) {
            self.live.push(Key::from(key));
        }
    }

    /// The user asked to check the form (generate, copy, download, email). Returns every
    /// error; from now on every field shows its error live.
    pub fn attempt(&mut self, spec: &FormSpec, today: Date) -> Vec<FieldError> {
        self.attempted = true;
        self.in_check = spec
            .fields()
            .iter()
            .filter(|f| spec.is_active(&f.key, &self.values))
            .map(|f| f.key.clone())
            .collect();
        self.checked = validate(spec, &self.values, today);
        self.checked.clone()
    }

    pub fn attempted(&self) -> bool {
        self.attempted
    }

    /// The error to show next to a field now, if any.
    pub fn visible_error(&self, spec: &FormSpec, key: &str, today: Date) -> Option<String> {
        let listed = |keys: &[Key]| keys.iter().any(|k| &**k == key);
        if (self.attempted && listed(&self.in_check)) || listed(&self.live) {
            validate_field(spec, &self.values, key, today)
        } else {
            None
        }
    }

    /// The errors the summary lists: the fields the last check found wrong and that have not
    /// been put right since, each with the message that check gave. Between checks the list
    /// only shrinks: fixing a field takes it off, and no field joins it nor changes its words
    /// before the next check, so the summary (an alert) does not speak up as the user types.
    /// The message at the field follows the typing.
    pub fn summary(&self, spec: &FormSpec, today: Date) -> Vec<FieldError> {
        self.summary_given(&validate(spec, &self.values, today))
    }

    /// [`Answers::summary`], given every current error.
    pub fn summary_given(&self, current: &[FieldError]) -> Vec<FieldError> {
        self.checked
            .iter()
            .filter(|e| current.iter().any(|now| now.field == e.field))
            .cloned()
            .collect()
    }

    /// After an edit: a listed field that is right now leaves the summary's list, and does
    /// not come back (whatever happens to it) until the next check.
    pub fn recheck(&mut self, spec: &FormSpec, today: Date) {
        if self.checked.is_empty() {
            return;
        }
        let current = validate(spec, &self.values, today);
        self.checked
            .retain(|e| current.iter().any(|now| now.field == e.field));
    }

    /// Checked and nothing wrong.
    pub fn is_complete(&self, spec: &FormSpec, today: Date) -> bool {
        self.attempted && validate(spec, &self.values, today).is_empty()
    }

    /// Replaces every value (start over, import, restore), forgetting what was shown.
    pub fn replace(&mut self, values: Values) {
        *self = Answers::new(values);
    }
}
