//! The state of a definition being compiled, which [`super::compile`] and the field types'
//! files ([`super::kinds`]) build on: the fields so far and where each was defined, the
//! problems found, and the checks every part of a definition shares (keys, names).

use super::{is_key, FieldSpec, Key, MAX_KEY_CHARS};
use crate::content::Expectation;
use crate::strings::Strings;
use crate::text::normalize_short;

/// A definition being compiled: the fields so far, where each was defined, and the problems
/// found. The field types' files ([`super::kinds`]) add their own through it.
pub(crate) struct Compiler<'a> {
    pub(super) expectations: &'a [Expectation],
    /// The words messages are made with.
    pub(crate) strings: &'a Strings,
    pub(super) fields: Vec<FieldSpec>,
    /// Where each field was defined, for problems that name two places.
    pub(super) places: Vec<String>,
    /// Each acknowledgements group's key and where it was defined: a group's key names its
    /// elements as a field's does, so no field or other group may take it.
    pub(super) groups: Vec<(Key, String)>,
    pub(super) problems: Vec<String>,
    pub(super) questions: usize,
    /// Every key the definition gives, in any section.
    pub(super) keys_given: Vec<String>,
    /// Each question's name in the document, where it was defined, and whether the host gave
    /// it (`docLabel`) or it is the label.
    pub(super) field_names: Vec<(Key, (String, String, bool))>,
    /// The same for each acknowledgements group.
    pub(super) group_names: Vec<(String, String, bool)>,
}

impl<'a> Compiler<'a> {
    pub(crate) fn new(expectations: &'a [Expectation], strings: &'a Strings) -> Compiler<'a> {
        Compiler {
            expectations,
            strings,
            fields: Vec::new(),
            places: Vec::new(),
            groups: Vec::new(),
            problems: Vec::new(),
            questions: 0,
            keys_given: Vec::new(),
            field_names: Vec::new(),
            group_names: Vec::new(),
        }
    }

    /// Reports a problem at `place` (`form.sections[0].fields[1].maxChars`).
    pub(crate) fn problem(&mut self, place: &str, message: &str) {
        self.problems.push(format!("{place}: {message}"));
    }

    /// Reports a limit given as 0 where at least 1 is needed.
    pub(crate) fn at_least_one(&mut self, place: &str, name: &str, n: Option<u32>) {
        if n == Some(0) {
            self.problem(&format!("{place}.{name}"), "must be at least 1");
        }
    }

    /// The expectations acknowledgements are made from.
    pub(crate) fn expectations(&self) -> &[Expectation] {
        self.expectations
    }

    /// How the document names what is defined at `place`: its `docLabel`, or else `label`.
    /// Names are one line, trimmed ([`normalize_short`], as the document writes every short
    /// text), so that the document shows them as given and import finds them again; an empty
    /// one would leave the answer unnamed, and is a problem.
    pub(crate) fn doc_label(&mut self, given: Option<&str>, label: &str, place: &str) -> String {
        match given.map(normalize_short) {
            None => label.to_owned(),
            Some(name) if name.is_empty() => {
                self.problem(
                    &format!("{place}.docLabel"),
                    "the document needs a name here; leave docLabel out to use the label",
                );
                label.to_owned()
            }
            Some(name) => name,
        }
    }

    /// Adds a field, defined at `place`.
    pub(crate) fn push(&mut self, spec: FieldSpec, place: &str) {
        self.fields.push(spec);
        self.places.push(place.to_owned());
    }

    /// A key, checked: present, well-formed, and not taken.
    pub(crate) fn key(&mut self, key: Option<&str>, place: &str) -> Option<Key> {
        let Some(key) = key else {
            self.problem(place, "every field but markdown needs a key");
            return None;
        };
        if !is_key(key) {
            self.problem(
                place,
                &format!(
                    "\"{key}\" is not a key: use 1 to {MAX_KEY_CHARS} lower-case letters, digits and hyphens"
                ),
            );
            return None;
        }
        let taken = self.fields.iter().map(|f| &f.key).zip(&self.places);
        let groups = self.groups.iter().map(|(key, place)| (key, place));
        if let Some((_, first)) = taken.chain(groups).find(|(k, _)| &***k == key) {
            let first = first.clone();
            self.problem(
                place,
                &format!("the key \"{key}\" is used twice (also {first})"),
            );
            return None;
        }
        Some(Key::from(key))
    }
}
