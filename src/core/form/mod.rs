//! The one-pager form as data: which fields exist, their labels, kinds, limits and sections,
//! and the values a user has typed. Validation lives in [`crate::core::validate`], the
//! interaction state (what is shown as wrong, and when) in [`crate::core::state`].

use std::fmt;

use super::content::Content;

mod one_pager;

/// Identifies one field of the one-pager.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    TeamName,
    Contact,
    Email,
    Problem,
    Solution,
    EngagementGoal,
    DiffusionGoal,
    SuccessMeasures,
    StartDate,
    LengthWeeks,
    RetroCadence,
    RetroOther,
    /// The acknowledgement checkbox of the n-th baseline expectation (0-based).
    Ack(u8),
    Notes,
}

/// The most expectations (and so acknowledgement checkboxes) a configuration may define.
pub const MAX_EXPECTATIONS: usize = 8;

impl FieldId {
    /// The stable key used in element ids, drafts, prefill links and configuration.
    pub fn key(self) -> String {
        match self {
            FieldId::Ack(n) => format!("ack-{}", u32::from(n) + 1),
            other => other.static_key().unwrap_or_default().to_owned(),
        }
    }

    fn static_key(self) -> Option<&'static str> {
        Some(match self {
            FieldId::TeamName => "team",
            FieldId::Contact => "contact",
            FieldId::Email => "email",
            FieldId::Problem => "problem",
            FieldId::Solution => "solution",
            FieldId::EngagementGoal => "engagement-goal",
            FieldId::DiffusionGoal => "diffusion-goal",
            FieldId::SuccessMeasures => "success-measures",
            FieldId::StartDate => "start-date",
            FieldId::LengthWeeks => "length-weeks",
            FieldId::RetroCadence => "retro-cadence",
            FieldId::RetroOther => "retro-other",
            FieldId::Notes => "notes",
            FieldId::Ack(_) => return None,
        })
    }

    /// The inverse of [`FieldId::key`]. Unknown keys give `None`.
    pub fn from_key(key: &str) -> Option<FieldId> {
        if let Some(n) = key.strip_prefix("ack-") {
            let n: usize = n.parse().ok()?;
            return (1..=MAX_EXPECTATIONS)
                .contains(&n)
                .then(|| FieldId::Ack((n - 1) as u8));
        }
        FIXED_FIELDS
            .iter()
            .copied()
            .find(|id| id.static_key() == Some(key))
    }
}

/// Every field but the acknowledgements, in form order.
pub const FIXED_FIELDS: [FieldId; 13] = [
    FieldId::TeamName,
    FieldId::Contact,
    FieldId::Email,
    FieldId::Problem,
    FieldId::Solution,
    FieldId::EngagementGoal,
    FieldId::DiffusionGoal,
    FieldId::SuccessMeasures,
    FieldId::StartDate,
    FieldId::LengthWeeks,
    FieldId::RetroCadence,
    FieldId::RetroOther,
    FieldId::Notes,
];

impl fmt::Display for FieldId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.key())
    }
}

/// One option of a choice field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub label: &'static str,
}

/// The retro cadence options. "other" reveals [`FieldId::RetroOther`].
pub const CADENCES: [Choice; 3] = [
    Choice {
        key: "weekly",
        label: "Weekly (recommended)",
    },
    Choice {
        key: "fortnightly",
        label: "Every two weeks",
    },
    Choice {
        key: "other",
        label: "Other",
    },
];
pub const CADENCE_OTHER: &str = "other";
/// The value a ticked checkbox holds.
pub const TICKED: &str = "yes";
/// The value of a date the user has typed only part of, or typed as a day that does not exist
/// (31 February): the browser's date control reports such input as unreadable, with no text.
pub const UNFINISHED_DATE: &str = "unfinished";

/// What kind of control a field is, with the limits that belong to the kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text, at most `max_chars` characters.
    Text { max_chars: usize },
    /// An email address.
    Email,
    /// Several paragraphs that accept Markdown, at most `max_words` words.
    LongText { max_words: usize },
    /// One item per line, between `min` and `max` non-blank lines.
    Lines { min: usize, max: usize },
    /// A calendar date (`YYYY-MM-DD`), today or later.
    Date,
    /// A whole number between `min` and `max` inclusive.
    WholeNumber { min: u32, max: u32 },
    /// One of a fixed set of options.
    Choice(&'static [Choice]),
    /// A checkbox that must be ticked.
    Checkbox,
}

/// Everything the form knows about one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub id: FieldId,
    /// The visible label, which is also the accessible name tests find the field by.
    pub label: String,
    pub kind: Kind,
    pub required: bool,
    /// Help shown under the label.
    pub hint: Option<String>,
    /// The message for an empty required field ("Enter the team name").
    pub missing: String,
    /// The HTML `autocomplete` token, if one fits.
    pub autocomplete: Option<&'static str>,
    /// The value a fresh form starts with.
    pub default: &'static str,
    /// Shown (and validated) only while another field holds this value.
    pub revealed_by: Option<(FieldId, &'static str)>,
    /// What messages call the field when its label is an instruction ("Describe your retro
    /// cadence" is "Your retro cadence" in "... must be 80 characters or fewer").
    pub name: Option<&'static str>,
}

/// A titled group of fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub title: &'static str,
    pub fields: Vec<FieldId>,
}

/// Limits a host may change through configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    pub short_chars: usize,
    pub problem_words: usize,
    pub solution_words: usize,
    pub goal_words: usize,
    pub notes_words: usize,
    pub measures_max: usize,
    pub weeks_min: u32,
    pub weeks_max: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            short_chars: 80,
            problem_words: 250,
            solution_words: 250,
            goal_words: 120,
            notes_words: 250,
            measures_max: 10,
            weeks_min: 1,
            weeks_max: 26,
        }
    }
}

/// The longest email address anyone can send to (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

/// The whole form: its sections and fields, built from the content and limits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormSpec {
    pub sections: Vec<Section>,
    fields: Vec<FieldSpec>,
    /// Past this many words in total, the one-pager gets a gentle warning.
    pub soft_word_limit: usize,
}

impl Default for FormSpec {
    fn default() -> Self {
        FormSpec::new(&Content::default(), &Limits::default())
    }
}

impl FormSpec {
    /// Every field, in form order.
    pub fn fields(&self) -> &[FieldSpec] {
        &self.fields
    }

    pub fn field(&self, id: FieldId) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The acknowledgement fields, in order.
    pub fn acks(&self) -> impl Iterator<Item = &FieldSpec> {
        self.fields
            .iter()
            .filter(|f| matches!(f.id, FieldId::Ack(_)))
    }

    /// Whether a field is currently part of the form (revealed fields only count while their
    /// condition holds).
    pub fn is_active(&self, id: FieldId, values: &Values) -> bool {
        match self.field(id) {
            Some(spec) => match spec.revealed_by {
                Some((other, wanted)) => values.get(other).trim() == wanted,
                None => true,
            },
            None => false,
        }
    }

    /// A fresh form's values: every field's default.
    pub fn default_values(&self) -> Values {
        let mut values = Values::default();
        for spec in &self.fields {
            if !spec.default.is_empty() {
                values.set(spec.id, spec.default);
            }
        }
        values
    }
}

/// What the user has typed, by field, in form order. Missing entries read as empty. Kept
/// exactly as typed: normalising happens where values are used, never where they are stored.
/// (A sorted vector: a few dozen entries, and much less wasm than a map.)
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Values(Vec<(FieldId, String)>);

impl Values {
    pub fn get(&self, id: FieldId) -> &str {
        match self.0.binary_search_by_key(&id, |(k, _)| *k) {
            Ok(i) => &self.0[i].1,
            Err(_) => "",
        }
    }

    pub fn set(&mut self, id: FieldId, value: impl Into<String>) {
        let value = value.into();
        match (
            self.0.binary_search_by_key(&id, |(k, _)| *k),
            value.is_empty(),
        ) {
            (Ok(i), true) => {
                self.0.remove(i);
            }
            (Ok(i), false) => self.0[i].1 = value,
            (Err(_), true) => {}
            (Err(i), false) => self.0.insert(i, (id, value)),
        }
    }

    pub fn is_ticked(&self, id: FieldId) -> bool {
        self.get(id) == TICKED
    }

    /// The fields that hold something, in form order.
    pub fn iter(&self) -> impl Iterator<Item = (FieldId, &str)> {
        self.0.iter().map(|(k, v)| (*k, v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<(FieldId, String)> for Values {
    fn from_iter<I: IntoIterator<Item = (FieldId, String)>>(iter: I) -> Self {
        let mut values = Values::default();
        for (id, value) in iter {
            values.set(id, value);
        }
        values
    }
}
