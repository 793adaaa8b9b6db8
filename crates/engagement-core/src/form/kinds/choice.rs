//! `choice`: one of a fixed set of options, shown as radios or, with `"control": "dropdown"`,
//! as a dropdown (for long lists), with an optional "Other" that reveals a text field for the
//! visitor's own answer. The document names the chosen option by its `docLabel` (or label);
//! import finds the option again by that name.

use serde_json::Value;

use super::options::{self, other_prefix, OptionSpec};
use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::{Control, FieldDef};
use crate::form::{FieldSpec, Key, Values, OTHER};
use crate::strings::{Key as Msg, Strings};
use crate::text::normalize_short;

/// The definition keys a choice takes.
pub const KEYS: &[&str] = &["options", "other", "control"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceField {
    pub options: Vec<OptionSpec>,
    /// The key of the text field the "Other" option reveals, if there is one.
    pub other: Option<Key>,
    /// Shown as a dropdown (`<select>`) rather than radios.
    pub dropdown: bool,
}

impl ChoiceField {
    /// The choice, and the "Other" field it reveals.
    pub(crate) fn compile(
        c: &mut Compiler,
        def: &FieldDef,
        key: &Key,
        label: &str,
        place: &str,
    ) -> (ChoiceField, Option<FieldSpec>) {
        let (options, other) = options::compile(c, def, key, label, place, "a choice");
        let choice = ChoiceField {
            options,
            other: other.as_ref().map(|o| o.key.clone()),
            dropdown: def.control == Some(Control::Dropdown),
        };
        (choice, other)
    }

    fn offers(&self, key: &str) -> bool {
        self.options.iter().any(|o| o.key == key)
    }
}

impl FieldKind for ChoiceField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    fn missing(&self, label: &str, s: &Strings) -> String {
        s.with_label(Msg::SelectLabel, label, &[])
    }

    fn options(&self) -> Option<&[OptionSpec]> {
        Some(&self.options)
    }

    fn selects(&self, value: &str, option: &str) -> bool {
        value.trim() == option
    }

    // An option's key.
    fn default(&self, given: &Value) -> Result<String, String> {
        match given
            .as_str()
            .and_then(|key| options::find(&self.options, key))
        {
            Some(option) => Ok(option.key.clone()),
            None => Err(format!(
                "must be one of the options' keys ({})",
                options::keys(&self.options)
            )),
        }
    }

    // An option the form no longer offers (a saved answer, kept aside as an orphan) is no
    // answer: missing only where one is required.
    fn check(&self, field: &FieldSpec, value: &str, _today: Date, _s: &Strings) -> Option<String> {
        (field.required && !self.offers(value.trim())).then(|| field.missing.clone())
    }

    fn text(&self, value: String, values: &Values, s: &Strings) -> String {
        if value != OTHER {
            return self
                .options
                .iter()
                .find(|o| o.key == value)
                .map(|o| o.doc_label.clone())
                .unwrap_or_default();
        }
        let described = self
            .other
            .as_deref()
            .map(|key| normalize_short(values.get(key)))
            .unwrap_or_default();
        // An "Other" answer that reads like an option, or like this prefix, says so.
        let prefix = other_prefix(s);
        let ambiguous = described.starts_with(prefix.trim_end())
            || self
                .options
                .iter()
                .any(|o| o.key != OTHER && o.doc_label == described);
        if ambiguous && !described.is_empty() {
            format!("{prefix}{described}")
        } else {
            described
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values, s: &Strings) -> bool {
        let chosen = self
            .options
            .iter()
            .find(|o| o.key != OTHER && o.doc_label == text);
        match (chosen, &self.other) {
            (Some(option), _) => values.set(key, option.key.clone()),
            (None, Some(other)) => {
                values.set(key, OTHER);
                let described = text.strip_prefix(&other_prefix(s)).unwrap_or(text);
                values.set(other, described);
            }
            (None, None) => return false,
        }
        true
    }

    // An option by its key, or by the words a person sees ("High" for `high`).
    fn prefill(&self, value: String) -> Result<String, String> {
        match options::find(&self.options, &value) {
            Some(option) => Ok(option.key.clone()),
            None if value.trim().is_empty() => Ok(String::new()),
            None => Err(options::not_one_of(&self.options)),
        }
    }

    fn belongs(&self, value: &str) -> bool {
        let value = value.trim();
        value.is_empty() || self.offers(value)
    }
}
