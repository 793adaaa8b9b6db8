//! The form as data: which fields exist, their labels, kinds, limits and sections, and the
//! values a user has typed. A form is defined in JSON ([`definition`]); [`compile`] checks a
//! definition and turns it into the [`FormSpec`] everything else follows; each field type has
//! one home in [`kinds`]; the built-in one-pager is such a definition ([`one_pager`]).
//! Validation over the whole form lives in [`crate::validate`], which errors show when in
//! [`crate::answers`].

pub mod compile;
pub mod compiler;
pub mod definition;
pub mod ids;
pub mod kinds;
pub mod one_pager;
mod values;

use std::rc::Rc;

pub use definition::Messages;
pub use kinds::number::Unit;
pub use kinds::options::OptionSpec;
pub use kinds::{Kind, Shape};

use crate::content::default_expectations;
use crate::document_name::DocumentName;
use crate::strings::Strings;
pub use one_pager::Limits;
pub use values::Values;

/// A field's key: `[a-z0-9-]+`, unique in its form. It names the field in element ids,
/// drafts, prefill links and the host's `values`.
pub type Key = Rc<str>;

/// The longest key.
pub const MAX_KEY_CHARS: usize = 40;

/// Whether `s` can be a field's key: 1 to 40 lower-case ASCII letters, digits and hyphens.
pub fn is_key(s: &str) -> bool {
    (1..=MAX_KEY_CHARS).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The most expectations (and so acknowledgement checkboxes) a configuration may define.
pub const MAX_EXPECTATIONS: usize = 8;
/// The most fields a form definition may have (guidance not counted).
pub const MAX_FIELDS: usize = 40;
/// The value a ticked checkbox holds.
pub const TICKED: &str = "yes";
/// The key of a choice's "Other" option.
pub const OTHER: &str = "other";
/// The value of a date the user has typed only part of, or typed as a day that does not exist
/// (31 February): the browser's date control reports such input as unreadable, with no text.
pub const UNFINISHED_DATE: &str = "unfinished";
/// Past this many words in the long answers, a gentle warning, unless the form says otherwise.
pub const SOFT_WORD_LIMIT: usize = 500;

/// Everything the form knows about one field: what every type shares, and its [`Kind`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub key: Key,
    /// The visible label, which is also the accessible name tests find the field by.
    pub label: String,
    /// How the document names the field.
    pub doc_label: String,
    /// What messages call the field ("Your retro cadence must be 80 characters or fewer").
    pub name: String,
    pub kind: Kind,
    pub required: bool,
    /// Help shown under the label.
    pub hint: Option<String>,
    /// The message when a required answer is missing: the definition's own, or made from the
    /// label ("Enter service name").
    pub missing: String,
    /// The definition's own words for the other messages (the rest are made from the label).
    pub messages: Messages,
    /// The HTML `autocomplete` token, if one fits.
    pub autocomplete: Option<String>,
    /// An example answer, shown with the hint; never an answer.
    pub placeholder: Option<String>,
    /// The value a fresh form starts with.
    pub default: Option<String>,
    /// Shown (and checked) only while this choice (or checkboxes) holds "Other": the
    /// question is part of that answer.
    pub revealed_by: Option<Key>,
    /// Shown (and checked, and written) only while each of these holds: its own `showIf`, and
    /// its section's.
    pub shown_if: Vec<Condition>,
}

/// A question, guidance or section shown only while an earlier choice or checkboxes field
/// holds one of `any_of` (option keys).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Condition {
    pub field: Key,
    pub any_of: Vec<String>,
}

/// Guidance in Markdown, shown between questions (while its conditions hold).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub text: String,
    pub shown_if: Vec<Condition>,
}

/// A group of acknowledgement checkboxes: one required box per configured expectation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub key: Key,
    pub label: String,
    pub doc_label: String,
    pub hint: Option<String>,
    /// The checkboxes' keys (`<key>-1`, `<key>-2`, ...).
    pub members: Vec<Key>,
    /// Shown (and written) only while these hold.
    pub shown_if: Vec<Condition>,
}

/// What a section holds, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A question (a choice's "Other" field follows its choice).
    Field(Key),
    /// Acknowledgement checkboxes.
    Group(Group),
    /// Guidance in Markdown, shown between questions.
    Guidance(Guidance),
}

/// A titled part of the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub items: Vec<Item>,
    /// Shown only while this holds (its items carry it too).
    pub shown_if: Option<Condition>,
}

impl Section {
    /// The section holds acknowledgements and nothing else: it is their fieldset.
    pub fn only_group(&self) -> Option<&Group> {
        match self.items.as_slice() {
            [Item::Group(group)] => Some(group),
            _ => None,
        }
    }
}

/// The document's title: the text around the field it names (`"Intake: {service}"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    pub before: String,
    pub key: Key,
    pub after: String,
}

/// The whole form: its title, sections and fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormSpec {
    pub title: Title,
    /// The subject of an email with the document (default: the title).
    pub subject: Title,
    /// What the widget calls the document ("a one-pager" unless the host says).
    pub document: DocumentName,
    pub sections: Vec<Section>,
    fields: Vec<FieldSpec>,
    /// Past this many words in total, the one-pager gets a gentle warning.
    pub soft_word_limit: usize,
    /// The words the form and its document are written with.
    pub strings: Rc<Strings>,
}

impl Default for FormSpec {
    /// The built-in one-pager, with the default expectations and limits.
    fn default() -> Self {
        FormSpec::one_pager(&default_expectations(), &Limits::default())
    }
}

impl FieldSpec {
    /// The definition's own words for a message (`custom`), else the `generated` ones.
    pub fn message(&self, custom: &Option<String>, generated: impl FnOnce() -> String) -> String {
        custom.clone().unwrap_or_else(generated)
    }
}

impl FormSpec {
    /// Every field, in form order (a group's checkboxes where the group stands).
    pub fn fields(&self) -> &[FieldSpec] {
        &self.fields
    }

    pub fn field(&self, key: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| &*f.key == key)
    }

    /// Every acknowledgement group, in order.
    pub fn groups(&self) -> impl Iterator<Item = &Group> {
        self.sections
            .iter()
            .flat_map(|s| s.items.iter())
            .filter_map(|item| match item {
                Item::Group(group) => Some(group),
                _ => None,
            })
    }

    /// Every acknowledgement checkbox, in order.
    pub fn acknowledgements(&self) -> impl Iterator<Item = &FieldSpec> {
        self.fields
            .iter()
            .filter(|f| matches!(f.kind, Kind::Acknowledgement(_)))
    }

    /// Whether a field is currently part of the form: a revealed field only while its choice
    /// holds "Other", a conditional one only while its conditions hold.
    pub fn is_active(&self, key: &str, values: &Values) -> bool {
        match self.field(key) {
            Some(spec) => {
                let revealed = spec
                    .revealed_by
                    .as_deref()
                    .is_none_or(|by| self.chosen(by, OTHER, values));
                revealed && self.shows(&spec.shown_if, values)
            }
            None => false,
        }
    }

    /// Whether every one of `conditions` holds: each names a field that is itself part of the
    /// form and has one of the options chosen.
    pub fn shows(&self, conditions: &[Condition], values: &Values) -> bool {
        conditions.iter().all(|c| {
            let Some(field) = self.field(&c.field) else {
                return false;
            };
            let answer = values.get(&c.field);
            let rules = field.kind.rules();
            // Whether the field is on show is asked once a condition, not once an option: a
            // chain of questions would otherwise ask it a number of times growing with the
            // power of the chain's length.
            c.any_of.iter().any(|option| rules.selects(answer, option))
                && self.is_active(&c.field, values)
        })
    }

    /// Whether the field `key` is part of the form and has `option` chosen.
    fn chosen(&self, key: &str, option: &str, values: &Values) -> bool {
        self.field(key).is_some_and(|field| {
            field.kind.rules().selects(values.get(key), option) && self.is_active(key, values)
        })
    }

    /// A fresh form's values: every field's default.
    pub fn default_values(&self) -> Values {
        let mut values = Values::default();
        for spec in &self.fields {
            if let Some(default) = &spec.default {
                values.set(&spec.key, default.clone());
            }
        }
        values
    }
}
