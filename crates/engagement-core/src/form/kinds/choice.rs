//! `choice`: one of a fixed set of options (radios), with an optional "Other" that reveals a
//! text field for the visitor's own answer. The document names the chosen option by its
//! `docLabel` (or label); import finds the option again by that name.

use super::text::TextField;
use super::{FieldKind, Kind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{is_key, FieldSpec, Key, Values, OTHER};
use crate::text::{lower_first, normalize_short};

/// The definition keys a choice takes.
pub const KEYS: &[&str] = &["options", "other"];

/// The label of the option a choice's `other` adds.
const OTHER_LABEL: &str = "Other";
/// An "Other" field's limit when the definition gives none.
const DEFAULT_OTHER_CHARS: u32 = 80;
/// How an "Other" answer that reads like one of the options ("Weekly") starts, so that import
/// can tell them apart: "Other: Weekly".
pub const OTHER_PREFIX: &str = "Other: ";

/// One option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    pub key: String,
    pub label: String,
    /// How the document names it.
    pub doc_label: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceField {
    pub options: Vec<OptionSpec>,
    /// The key of the text field the "Other" option reveals, if there is one.
    pub other: Option<Key>,
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
        let mut options: Vec<OptionSpec> = Vec::new();
        let defs = def.options.as_deref().unwrap_or_default();
        if defs.is_empty() {
            c.problem(
                &format!("{place}.options"),
                "a choice needs at least one option",
            );
        }
        for (n, option) in defs.iter().enumerate() {
            let at = format!("{place}.options[{n}]");
            if !is_key(&option.key) {
                c.problem(
                    &format!("{at}.key"),
                    &format!(
                        "\"{}\" is not a key: use lower-case letters, digits and hyphens",
                        option.key
                    ),
                );
            } else if options.iter().any(|o| o.key == option.key)
                || (def.other.is_some() && option.key == OTHER)
            {
                c.problem(
                    &format!("{at}.key"),
                    &format!("\"{}\" is used twice", option.key),
                );
            }
            let label = normalize_short(&option.label);
            if label.is_empty() {
                c.problem(&format!("{at}.label"), "every option needs a label");
            }
            let doc_label = c.doc_label(option.doc_label.as_deref(), &label, &at);
            let choice = OptionSpec {
                key: option.key.clone(),
                doc_label,
                label,
            };
            let doc_label_given = option.doc_label.is_some();
            let other = def.other.is_some();
            check_option_names(c, &options, &choice, doc_label_given, other, place);
            options.push(choice);
        }
        let Some(other) = &def.other else {
            return (
                ChoiceField {
                    options,
                    other: None,
                },
                None,
            );
        };
        options.push(OptionSpec {
            key: OTHER.to_owned(),
            label: OTHER_LABEL.to_owned(),
            doc_label: OTHER_LABEL.to_owned(),
        });
        let wanted = other.key.clone().unwrap_or_else(|| format!("{key}-other"));
        let other_key = c.key(Some(&wanted), &format!("{place}.other.key"));
        let other_label = normalize_short(&other.label);
        if other_label.is_empty() {
            c.problem(
                &format!("{place}.other.label"),
                "the Other field needs a label",
            );
        }
        if other.max_chars == Some(0) {
            c.problem(&format!("{place}.other.maxChars"), "must be at least 1");
        }
        let Some(other_key) = other_key else {
            return (
                ChoiceField {
                    options,
                    other: None,
                },
                None,
            );
        };
        let spec = FieldSpec {
            key: other_key.clone(),
            doc_label: label.to_owned(),
            name: other
                .name
                .clone()
                .unwrap_or_else(|| "Your answer".to_owned()),
            kind: Kind::Text(TextField::new(
                other.max_chars.unwrap_or(DEFAULT_OTHER_CHARS),
            )),
            required: true,
            hint: None,
            missing: other
                .messages
                .required
                .clone()
                .unwrap_or_else(|| other_label.clone()),
            messages: other.messages.clone(),
            autocomplete: None,
            default: None,
            revealed_by: Some(key.clone()),
            label: other_label,
        };
        (
            ChoiceField {
                options,
                other: Some(other_key),
            },
            Some(spec),
        )
    }

    fn offers(&self, key: &str) -> bool {
        self.options.iter().any(|o| o.key == key)
    }
}

/// An option must be told apart from the ones `before` it, and from the "Other" option the
/// choice adds when it has `other`: on the form by its label, in the document (and so on
/// import) by its name there. Names are compared as import compares them, ignoring case.
fn check_option_names(
    c: &mut Compiler,
    before: &[OptionSpec],
    option: &OptionSpec,
    doc_label_given: bool,
    other: bool,
    place: &str,
) {
    if option.label.is_empty() {
        return;
    }
    let at = format!("{place}.options[{}]", before.len());
    let (label, doc_label) = (&option.label, &option.doc_label);
    if let Some(first) = before
        .iter()
        .position(|o| o.label.eq_ignore_ascii_case(label))
    {
        c.problem(
            &format!("{at}.label"),
            &format!("the label \"{label}\" is used twice (also {place}.options[{first}])"),
        );
    } else if other && label.eq_ignore_ascii_case(OTHER_LABEL) {
        c.problem(
            &format!("{at}.label"),
            &format!(
                "the label \"{label}\" is used twice (also the Other option, which {place}.other adds)"
            ),
        );
    } else if let Some(first) = before
        .iter()
        .position(|o| o.doc_label.eq_ignore_ascii_case(doc_label))
    {
        let given = if doc_label_given { "docLabel" } else { "label" };
        c.problem(
            &format!("{at}.{given}"),
            &format!(
                "\"{doc_label}\" names two options in the document (also {place}.options[{first}])"
            ),
        );
    }
}

impl FieldKind for ChoiceField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    fn missing(&self, label: &str) -> String {
        format!("Select {}", lower_first(label))
    }

    // An option the form no longer offers (a saved answer, kept aside as an orphan) is no
    // answer: missing only where one is required.
    fn check(&self, field: &FieldSpec, value: &str, _today: Date) -> Option<String> {
        (field.required && !self.offers(value.trim())).then(|| field.missing.clone())
    }

    fn text(&self, value: String, values: &Values) -> String {
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
        let ambiguous = described.starts_with(OTHER_PREFIX.trim_end())
            || self
                .options
                .iter()
                .any(|o| o.key != OTHER && o.doc_label == described);
        if ambiguous && !described.is_empty() {
            format!("{OTHER_PREFIX}{described}")
        } else {
            described
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values) -> bool {
        let chosen = self
            .options
            .iter()
            .find(|o| o.key != OTHER && o.doc_label == text);
        match (chosen, &self.other) {
            (Some(option), _) => values.set(key, option.key.clone()),
            (None, Some(other)) => {
                values.set(key, OTHER);
                let described = text.strip_prefix(OTHER_PREFIX).unwrap_or(text);
                values.set(other, described);
            }
            (None, None) => return false,
        }
        true
    }

    // An option by its key, or by the words a person sees ("High" for `high`).
    fn prefill(&self, value: String) -> Result<String, String> {
        let wanted = value.trim();
        let matches = |o: &OptionSpec| {
            o.key.eq_ignore_ascii_case(wanted)
                || o.label.trim().eq_ignore_ascii_case(wanted)
                || o.doc_label.trim().eq_ignore_ascii_case(wanted)
        };
        match self.options.iter().find(|o| matches(o)) {
            Some(option) => Ok(option.key.clone()),
            None if wanted.is_empty() => Ok(String::new()),
            None => {
                let keys: Vec<&str> = self.options.iter().map(|o| o.key.as_str()).collect();
                Err(format!("not one of its options ({})", keys.join(", ")))
            }
        }
    }

    fn belongs(&self, value: &str) -> bool {
        let value = value.trim();
        value.is_empty() || self.offers(value)
    }
}
