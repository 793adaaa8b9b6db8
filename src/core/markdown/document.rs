//! The one-pager document: one deterministic Markdown text, readable as plain text in an email
//! and correct in any CommonMark or GFM renderer.
//!
//! ```text
//! # One-pager: <team>
//!
//! - **Team:** <team>
//! - **Point of contact:** <contact>
//! - **Email:** <name@example.com>
//! - **Proposed start date:** 1 December 2026
//! - **Length:** 10 weeks
//! - **Retro cadence:** Weekly
//!
//! ## Problem
//! ...one section per long field, the success measures as a list, the expectations as a task
//! list, and additional notes only when given.
//! ```
//!
//! Missing required values show as `_Not provided yet_`, so the document can be shown while the
//! form is still incomplete.

use super::block::{sanitize_block, sanitize_list_item};
use super::inline::{escape_inline, is_autolinkable_email, normalize_short, Place};
use crate::core::date::Date;
use crate::core::form::{
    FieldId, FormSpec, Kind, Values, CADENCES, CADENCE_OTHER, UNFINISHED_DATE,
};
use crate::core::text::line_entries;
use crate::core::validate::parse_whole_number;

/// What a missing required value shows as.
pub const NOT_PROVIDED: &str = "_Not provided yet_";
pub const TITLE_PREFIX: &str = "One-pager: ";

/// The labels of the key-value block, in order.
pub const KEY_TEAM: &str = "Team";
pub const KEY_CONTACT: &str = "Point of contact";
pub const KEY_EMAIL: &str = "Email";
pub const KEY_START: &str = "Proposed start date";
pub const KEY_LENGTH: &str = "Length";
pub const KEY_CADENCE: &str = "Retro cadence";

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The fields that get a section of their own, in document order.
pub const SECTION_FIELDS: [FieldId; 6] = [
    FieldId::Problem,
    FieldId::Solution,
    FieldId::EngagementGoal,
    FieldId::DiffusionGoal,
    FieldId::SuccessMeasures,
    FieldId::Notes,
];
pub const EXPECTATIONS_TITLE: &str = "Expectations";

/// One block of the document: the title, the key-value list, or one `##` section. Each ends
/// with a newline; the document is the blocks joined by blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// A stable name for the block ("title", "summary", or the field key).
    pub key: String,
    pub markdown: String,
}

/// Generates documents, remembering each long field's sanitised text so that a keystroke
/// re-sanitises only the field that changed.
#[derive(Default)]
pub struct Generator {
    /// (field, input, sanitised output)
    cache: Vec<(FieldId, String, String)>,
}

impl Generator {
    pub fn new() -> Generator {
        Generator::default()
    }

    /// The whole document.
    pub fn document(&mut self, spec: &FormSpec, values: &Values) -> String {
        join_blocks(&self.blocks(spec, values))
    }

    /// The document as blocks.
    pub fn blocks(&mut self, spec: &FormSpec, values: &Values) -> Vec<Block> {
        let mut blocks = vec![
            Block {
                key: "title".to_owned(),
                markdown: title_line(values),
            },
            Block {
                key: "summary".to_owned(),
                markdown: summary_list(values),
            },
        ];
        for id in SECTION_FIELDS {
            let Some(field) = spec.field(id) else {
                continue;
            };
            let body = self.body(id, &field.kind, values.get(id));
            if body.is_empty() && !field.required {
                continue;
            }
            let body = if body.is_empty() {
                NOT_PROVIDED.to_owned()
            } else {
                body
            };
            blocks.push(section(id, &field.label, &body));
            if id == FieldId::SuccessMeasures {
                blocks.push(expectations(spec, values));
            }
        }
        blocks
    }

    fn body(&mut self, id: FieldId, kind: &Kind, value: &str) -> String {
        let slot = self.cache.iter().position(|(f, _, _)| *f == id);
        if let Some((_, input, output)) = slot.map(|i| &self.cache[i]) {
            if input == value {
                return output.clone();
            }
        }
        let output = match kind {
            Kind::Lines { .. } => list_body(value),
            _ => sanitize_block(value),
        };
        // An answer that is, word for word, the placeholder for a missing one: the same
        // emphasis with the other marker, so that import can tell them apart.
        let output = if output == NOT_PROVIDED {
            format!("*{}*", NOT_PROVIDED.trim_matches('_'))
        } else {
            output
        };
        let entry = (id, value.to_owned(), output.clone());
        match slot {
            Some(i) => self.cache[i] = entry,
            None => self.cache.push(entry),
        }
        output
    }
}

/// The whole document, without a cache.
pub fn generate(spec: &FormSpec, values: &Values) -> String {
    Generator::new().document(spec, values)
}

pub fn join_blocks(blocks: &[Block]) -> String {
    let mut out = String::new();
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&block.markdown);
    }
    out
}

fn short(value: &str, place: Place) -> String {
    let value = normalize_short(value);
    if value.is_empty() {
        NOT_PROVIDED.to_owned()
    } else {
        escape_inline(&value, place)
    }
}

fn title_line(values: &Values) -> String {
    format!(
        "# {TITLE_PREFIX}{}\n",
        short(values.get(FieldId::TeamName), Place::HeadingEnd)
    )
}

fn summary_list(values: &Values) -> String {
    let email = normalize_short(values.get(FieldId::Email));
    let email = if email.is_empty() {
        NOT_PROVIDED.to_owned()
    } else if is_autolinkable_email(&email) {
        format!("<{email}>")
    } else {
        escape_inline(&email, Place::Inline)
    };
    let rows = [
        (
            KEY_TEAM,
            short(values.get(FieldId::TeamName), Place::Inline),
        ),
        (
            KEY_CONTACT,
            short(values.get(FieldId::Contact), Place::Inline),
        ),
        (KEY_EMAIL, email),
        (KEY_START, start_date(values.get(FieldId::StartDate))),
        (KEY_LENGTH, length(values.get(FieldId::LengthWeeks))),
        (KEY_CADENCE, cadence(values)),
    ];
    let mut out = String::new();
    for (key, value) in rows {
        out.push_str(&format!("- **{key}:** {value}\n"));
    }
    out
}

/// "1 December 2026" for a real date; otherwise the text as typed.
pub fn format_date(date: Date) -> String {
    let month = MONTHS[usize::from(date.month() - 1)];
    format!("{} {month} {}", date.day(), date.year())
}

fn start_date(value: &str) -> String {
    let value_text = normalize_short(value);
    match Date::parse(&value_text) {
        Some(date) => format_date(date),
        // A date typed only in part has no text to show yet.
        None if value_text == UNFINISHED_DATE => NOT_PROVIDED.to_owned(),
        None => short(value, Place::Inline),
    }
}

fn length(value: &str) -> String {
    match parse_whole_number(&normalize_short(value)) {
        Some(1) => "1 week".to_owned(),
        Some(n) => format!("{n} weeks"),
        None => short(value, Place::Inline),
    }
}

/// The plain label of a cadence choice, without "(recommended)".
pub fn cadence_text(key: &str) -> Option<&'static str> {
    match key {
        "weekly" => Some("Weekly"),
        "fortnightly" => Some("Every two weeks"),
        _ => None,
    }
}

/// How an "Other" cadence that reads like a fixed choice ("Weekly") starts, so that import
/// can tell them apart: "Other: Weekly".
pub const OTHER_PREFIX: &str = "Other: ";

fn cadence(values: &Values) -> String {
    let key = values.get(FieldId::RetroCadence).trim();
    if key == CADENCE_OTHER {
        let described = normalize_short(values.get(FieldId::RetroOther));
        let ambiguous = described.starts_with(OTHER_PREFIX.trim_end())
            || ["weekly", "fortnightly"]
                .iter()
                .any(|k| cadence_text(k) == Some(&described));
        let text = short(&described, Place::Inline);
        return if ambiguous {
            format!("{OTHER_PREFIX}{text}")
        } else {
            text
        };
    }
    match cadence_text(key) {
        Some(text) => text.to_owned(),
        None if CADENCES.iter().any(|c| c.key == key) => key.to_owned(),
        None => NOT_PROVIDED.to_owned(),
    }
}

fn section(id: FieldId, title: &str, body: &str) -> Block {
    Block {
        key: id.key(),
        markdown: format!("## {}\n\n{body}\n", escape_inline(title, Place::HeadingEnd)),
    }
}

fn list_body(value: &str) -> String {
    let items: Vec<String> = line_entries(value)
        .map(sanitize_list_item)
        .filter(|item| !item.is_empty())
        .map(|item| format!("- {item}"))
        .collect();
    items.join("\n")
}

fn expectations(spec: &FormSpec, values: &Values) -> Block {
    let mut body = String::new();
    for ack in spec.acks() {
        let mark = if values.is_ticked(ack.id) { 'x' } else { ' ' };
        let text = escape_inline(&normalize_short(&ack.label), Place::Inline);
        body.push_str(&format!("- [{mark}] {text}\n"));
    }
    if body.is_empty() {
        body.push_str(NOT_PROVIDED);
        body.push('\n');
    }
    Block {
        key: "expectations".to_owned(),
        markdown: format!("## {EXPECTATIONS_TITLE}\n\n{body}"),
    }
}
