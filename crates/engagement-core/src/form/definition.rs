//! A form definition as a host writes it: the `"form"` key of the element's JSON block, read
//! with serde. The built-in one-pager is one too (`one_pager.json`). The shape is the contract
//! documented in the README; [`super::compile`] checks it and turns it into a [`super::FormSpec`].
//!
//! ```json
//! { "title": "Intake: {service}",
//!   "sections": [
//!     { "heading": "About the service", "fields": [
//!       { "key": "service", "type": "text", "label": "Service name", "required": true, "maxChars": 40 },
//!       { "type": "markdown", "value": "We reply within a week." } ] } ] }
//! ```

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// The whole form.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormDef {
    /// The document's title, naming a field in braces: `"Intake: {service}"`.
    pub title: String,
    /// The subject of an email with the document, naming a field the same way (default: the
    /// title).
    pub subject: Option<String>,
    /// What the widget calls the document, on one line: "an intake request" (default "a
    /// one-pager").
    pub document: Option<String>,
    pub sections: Vec<SectionDef>,
    /// Past this many words in the long answers, a gentle warning (default 500).
    #[serde(default)]
    pub soft_word_limit: Option<u32>,
}

/// A titled group of fields.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SectionDef {
    pub heading: String,
    pub fields: Vec<FieldDef>,
    /// Shown only while an earlier choice or checkboxes field holds one of the options.
    pub show_if: Option<ShowIfDef>,
}

/// A condition: shown only while the earlier `choice` or `checkboxes` field `field` holds one
/// of the options `is` (for checkboxes, any of them ticked).
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ShowIfDef {
    pub field: String,
    #[serde(default)]
    pub is: Vec<String>,
}

/// One field (or, for `markdown`, guidance between fields). Which keys apply depends on the
/// type; [`super::compile`] reports a key given to a type it does not apply to.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FieldDef {
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// `[a-z0-9-]+`, unique in the form: element ids, drafts, prefill links (`#ew-<key>=`).
    pub key: Option<String>,
    pub label: Option<String>,
    pub hint: Option<String>,
    #[serde(default)]
    pub required: bool,
    /// How the document names the field (default: the label).
    pub doc_label: Option<String>,
    /// What messages call the field when its label is an instruction (default: the label).
    pub name: Option<String>,
    /// Overrides of the generated messages.
    #[serde(default)]
    pub messages: Messages,
    /// The HTML `autocomplete` token (`name`, `email`, `organization`, ...).
    pub autocomplete: Option<String>,
    pub max_chars: Option<u32>,
    pub max_words: Option<u32>,
    pub min_items: Option<u32>,
    pub max_items: Option<u32>,
    pub min: Option<u32>,
    pub max: Option<u32>,
    /// The answer a fresh form starts with: text, a number, an option's key, or a list of
    /// option keys (checkboxes).
    pub default: Option<Value>,
    /// An example answer, shown with the hint; never an answer.
    pub placeholder: Option<String>,
    /// A textarea's answer as code: the info string of its fenced block ("shell").
    pub render: Option<String>,
    /// How a choice shows its options (radios unless it says "dropdown").
    pub control: Option<Control>,
    /// How many of a checkboxes field's options may be ticked.
    pub min_selected: Option<u32>,
    pub max_selected: Option<u32>,
    /// Shown only while an earlier choice or checkboxes field holds one of the options.
    pub show_if: Option<ShowIfDef>,
    /// A number's unit in the document: "weeks", or its forms by plural category
    /// (`{ "one": "week", "other": "weeks" }`); and, the older way, the form for exactly one
    /// ("week").
    pub unit: Option<serde_json::Value>,
    pub unit_one: Option<String>,
    pub not_before: Option<NotBefore>,
    pub options: Option<Vec<OptionDef>>,
    /// A choice's "Other": the label of the text field it reveals, or that field in full.
    pub other: Option<OtherDef>,
    /// A `markdown` item's text.
    pub value: Option<String>,
}

impl FieldDef {
    /// Every key a definition can give, as the host writes it, and whether this one gives it
    /// (whether its type takes it is the type's to say: [`super::kinds::accepts`]).
    pub fn given(&self) -> [(&'static str, bool); 27] {
        [
            ("key", self.key.is_some()),
            ("label", self.label.is_some()),
            ("hint", self.hint.is_some()),
            ("required", self.required),
            ("docLabel", self.doc_label.is_some()),
            ("name", self.name.is_some()),
            ("messages", self.messages != Messages::default()),
            ("autocomplete", self.autocomplete.is_some()),
            ("maxChars", self.max_chars.is_some()),
            ("maxWords", self.max_words.is_some()),
            ("minItems", self.min_items.is_some()),
            ("maxItems", self.max_items.is_some()),
            ("min", self.min.is_some()),
            ("max", self.max.is_some()),
            ("default", self.default.is_some()),
            ("placeholder", self.placeholder.is_some()),
            ("render", self.render.is_some()),
            ("control", self.control.is_some()),
            ("minSelected", self.min_selected.is_some()),
            ("maxSelected", self.max_selected.is_some()),
            ("showIf", self.show_if.is_some()),
            ("unit", self.unit.is_some()),
            ("unitOne", self.unit_one.is_some()),
            ("notBefore", self.not_before.is_some()),
            ("options", self.options.is_some()),
            ("other", self.other.is_some()),
            ("value", self.value.is_some()),
        ]
    }
}

/// What kind of field: the definition's type table. Each type's rules are in its file under
/// [`super::kinds`].
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Email,
    Textarea,
    List,
    Date,
    Number,
    Choice,
    Checkboxes,
    Acknowledgements,
    Markdown,
}

impl FieldType {
    const ALL: [(&'static str, FieldType); 10] = [
        ("text", FieldType::Text),
        ("email", FieldType::Email),
        ("textarea", FieldType::Textarea),
        ("list", FieldType::List),
        ("date", FieldType::Date),
        ("number", FieldType::Number),
        ("choice", FieldType::Choice),
        ("checkboxes", FieldType::Checkboxes),
        ("acknowledgements", FieldType::Acknowledgements),
        ("markdown", FieldType::Markdown),
    ];

    pub fn name(self) -> &'static str {
        FieldType::ALL
            .iter()
            .find(|(_, t)| *t == self)
            .map_or("", |(name, _)| name)
    }
}

impl<'de> Deserialize<'de> for FieldType {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        FieldType::ALL
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| *t)
            .ok_or_else(|| {
                let names: Vec<&str> = FieldType::ALL.iter().map(|(n, _)| *n).collect();
                de::Error::custom(format!(
                    "type: \"{name}\" is not a field type; use {}",
                    names.join(", ")
                ))
            })
    }
}

/// The earliest a date may be.
#[derive(Copy, Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum NotBefore {
    Today,
}

/// How a choice shows its options.
#[derive(Copy, Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Control {
    Radios,
    Dropdown,
}

/// One option of a choice or of checkboxes.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OptionDef {
    pub key: String,
    pub label: String,
    /// How the document names it (default: the label).
    pub doc_label: Option<String>,
    /// For checkboxes: this box must be ticked (as an issue form's required checkbox).
    #[serde(default)]
    pub required: bool,
}

/// The text field an "Other" option reveals: `"other": "Describe the priority"`, or the field
/// in full.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherDef {
    /// Default: the choice's key and `-other`.
    pub key: Option<String>,
    pub label: String,
    /// What messages call it (default: "Your answer").
    pub name: Option<String>,
    pub max_chars: Option<u32>,
    pub messages: Messages,
}

/// The full form of [`OtherDef`].
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OtherFields {
    key: Option<String>,
    label: String,
    name: Option<String>,
    max_chars: Option<u32>,
    #[serde(default)]
    messages: Messages,
}

impl<'de> Deserialize<'de> for OtherDef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LabelOrFields;
        impl<'de> Visitor<'de> for LabelOrFields {
            type Value = OtherDef;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("the label of the Other text field, or that field as an object")
            }
            fn visit_str<E: de::Error>(self, label: &str) -> Result<OtherDef, E> {
                Ok(OtherDef {
                    key: None,
                    label: label.to_owned(),
                    name: None,
                    max_chars: None,
                    messages: Messages::default(),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<OtherDef, A::Error> {
                let f = OtherFields::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(OtherDef {
                    key: f.key,
                    label: f.label,
                    name: f.name,
                    max_chars: f.max_chars,
                    messages: f.messages,
                })
            }
        }
        deserializer.deserialize_any(LabelOrFields)
    }
}

/// Messages that replace the generated ones.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Messages {
    /// Nothing given ("Enter the team name").
    pub required: Option<String>,
    /// Over `maxChars` or `maxWords`.
    pub too_long: Option<String>,
    /// Fewer lines than `minItems`.
    pub too_few: Option<String>,
    /// More lines than `maxItems`.
    pub too_many: Option<String>,
    /// Not an email address, not a real date, not a whole number.
    pub format: Option<String>,
    /// A number outside `min` to `max`.
    pub range: Option<String>,
    /// A date before `notBefore`.
    pub past: Option<String>,
}
