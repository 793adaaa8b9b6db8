//! The document a form makes: one deterministic Markdown text, readable as plain text in an
//! email and correct in any CommonMark or GFM renderer. It follows the form's definition: the
//! title names a field, the one-line fields (text, email, date, number, choice) are a
//! key-value block under it, each long field (textarea, list) and each acknowledgements group
//! is a `##` section, in form order. The built-in one-pager's:
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
//! list, and additional notes only when given (empty optional fields are left out).
//! ```
//!
//! Missing required values show as `_Not provided yet_`, so the document can be shown while the
//! form is still incomplete.

pub mod import;

use crate::form::kinds::{acknowledgements, Shape};
use crate::form::{FieldSpec, FormSpec, Group, Item, Key, Values};
use crate::markdown::{escape_inline, not_provided, not_provided_alt, Place};
use crate::text::normalize_short;

pub use crate::markdown::NOT_PROVIDED;
pub use import::{import, Imported};

/// One block of the document: the title, the key-value list, or one `##` section. Each ends
/// with a newline; the document is the blocks joined by blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// A stable name for the block ("#title", "#summary", or the field's key).
    pub key: String,
    pub markdown: String,
}

/// Generates documents, remembering each long field's sanitised text so that a keystroke
/// re-sanitises only the field that changed.
#[derive(Default)]
pub struct Generator {
    /// (field, input, sanitised output)
    cache: Vec<(Key, String, String)>,
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
                key: "#title".to_owned(),
                markdown: title_line(spec, values),
            },
            Block {
                key: "#summary".to_owned(),
                markdown: summary_list(spec, values),
            },
        ];
        for item in spec.sections.iter().flat_map(|s| s.items.iter()) {
            match item {
                Item::Field(key) => {
                    let Some(field) = spec.field(key).filter(|f| f.kind.shape() == Shape::Section)
                    else {
                        continue;
                    };
                    // A question that is hidden now is not part of the document.
                    if !field.shown_if.is_empty() && !spec.is_active(key, values) {
                        continue;
                    }
                    let body = self.body(spec, field, values.get(key));
                    if body.is_empty() && !field.required {
                        continue;
                    }
                    let body = if body.is_empty() {
                        not_provided(&spec.strings)
                    } else {
                        body
                    };
                    blocks.push(section(key, &field.doc_label, &body));
                }
                Item::Group(group) if spec.shows(&group.shown_if, values) => {
                    blocks.push(acknowledgements(spec, group, values))
                }
                Item::Group(_) => {}
                Item::Guidance(_) => {}
            }
        }
        blocks
    }

    fn body(&mut self, spec: &FormSpec, field: &FieldSpec, value: &str) -> String {
        let slot = self.cache.iter().position(|(f, _, _)| *f == field.key);
        if let Some((_, input, output)) = slot.map(|i| &self.cache[i]) {
            if input == value {
                return output.clone();
            }
        }
        let output = field.kind.rules().body(value);
        // An answer that is, word for word, the placeholder for a missing one: the same
        // emphasis with the other marker, so that import can tell them apart.
        let output = if output == not_provided(&spec.strings) {
            not_provided_alt(&spec.strings)
        } else {
            output
        };
        let entry = (field.key.clone(), value.to_owned(), output.clone());
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

/// The title line: the title's words around its field's answer, as plain text.
fn title_line(spec: &FormSpec, values: &Values) -> String {
    let title = &spec.title;
    let text = spec
        .field(&title.key)
        .and_then(|field| plain_value(spec, field, values));
    let heading = match text {
        Some(text) => escape_inline(
            &normalize_short(&format!("{}{text}{}", title.before, title.after)),
            Place::HeadingEnd,
        ),
        None => {
            let (before, after) = (
                normalize_short(&title.before),
                normalize_short(&title.after),
            );
            let gap = if title.before.ends_with(' ') { " " } else { "" };
            let tail = if title.after.starts_with(' ') {
                " "
            } else {
                ""
            };
            // Underscores touching a word are no emphasis; asterisks are.
            let placeholder = if (gap.is_empty() && !before.is_empty())
                || (tail.is_empty() && !after.is_empty())
            {
                not_provided_alt(&spec.strings)
            } else {
                not_provided(&spec.strings)
            };
            let before = if before.is_empty() {
                String::new()
            } else {
                format!("{}{gap}", escape_inline(&before, Place::Name))
            };
            let after = if after.is_empty() {
                String::new()
            } else {
                format!("{tail}{}", escape_inline(&after, Place::HeadingEnd))
            };
            format!("{before}{placeholder}{after}")
        }
    };
    format!("# {heading}\n")
}

/// The key-value block: each one-line field that is part of the form, by its document name.
fn summary_list(spec: &FormSpec, values: &Values) -> String {
    let mut out = String::new();
    for field in spec.fields() {
        if field.kind.shape() != Shape::Line || field.revealed_by.is_some() {
            continue;
        }
        // A question that is hidden now is not part of the document.
        if !field.shown_if.is_empty() && !spec.is_active(&field.key, values) {
            continue;
        }
        let value = match plain_value(spec, field, values) {
            Some(text) => field.kind.rules().markdown(&text),
            None if field.required => not_provided(&spec.strings),
            None => continue,
        };
        // The name and the colon after it are escaped as one text: a name that ends like the
        // start of an emoji shortcode (":smile") would make one with that colon.
        let name = escape_inline(&format!("{}:", field.doc_label), Place::Name);
        out.push_str(&format!("- **{name}** {value}\n"));
    }
    out
}

/// A one-line field's answer as the document's text, before escaping ("11 January 2027",
/// "10 weeks", an option's name); `None` when there is none yet.
pub fn plain_value(spec: &FormSpec, field: &FieldSpec, values: &Values) -> Option<String> {
    let value = normalize_short(values.get(&field.key));
    let text = field.kind.rules().text(value, values, &spec.strings);
    (!text.is_empty()).then_some(text)
}

fn section(key: &str, title: &str, body: &str) -> Block {
    Block {
        key: key.to_owned(),
        markdown: format!("## {}\n\n{body}\n", escape_inline(title, Place::HeadingEnd)),
    }
}

/// An acknowledgements group as a task list: each expectation, ticked or not.
fn acknowledgements(spec: &FormSpec, group: &Group, values: &Values) -> Block {
    Block {
        key: group.key.to_string(),
        markdown: format!(
            "## {}\n\n{}",
            escape_inline(&group.doc_label, Place::HeadingEnd),
            acknowledgements::body(spec, group, values)
        ),
    }
}
