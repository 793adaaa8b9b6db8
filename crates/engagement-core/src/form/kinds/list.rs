//! `list`: one item per line, between `minItems` and `maxItems` of them, written as a Markdown
//! list in a `##` section of its own.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde_json::Value;

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::FieldSpec;
use crate::markdown::reverse::as_typed;
use crate::markdown::{parser_options, sanitize_list_item, NOT_PROVIDED};
use crate::strings::{Key as Msg, Strings};
use crate::text::line_entries;
use crate::text::list_marker::ListMarker;

/// The definition keys a list takes.
pub const KEYS: &[&str] = &["minItems", "maxItems", "placeholder"];

// What a list says when the definition gives no hint (how its answers are told apart) is
// `listHint`.
/// A list's limit when the definition gives none.
const DEFAULT_MAX_ITEMS: u32 = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListField {
    /// Between `min` and `max` non-blank lines.
    pub min: usize,
    pub max: usize,
}

impl ListField {
    pub(crate) fn compile(c: &mut Compiler, def: &FieldDef, place: &str) -> ListField {
        c.at_least_one(place, "maxItems", def.max_items);
        let min = def.min_items.unwrap_or(u32::from(def.required));
        let max = def.max_items.unwrap_or(DEFAULT_MAX_ITEMS.max(min));
        if min > max {
            c.problem(
                &format!("{place}.minItems"),
                &format!("{min} is more than maxItems ({max})"),
            );
        }
        ListField {
            min: min as usize,
            max: max as usize,
        }
    }

    /// "Enter 3 API endpoints or fewer, one per line", or for a label that asks a question,
    /// "Answer “Which datasets?” in 3 lines or fewer".
    fn too_many(field: &FieldSpec, max: usize, s: &Strings) -> String {
        let label = &field.label;
        if label.ends_with('?') {
            s.count(Msg::AnswerInLines, max as u64, &[("Label", label)])
        } else {
            s.count_label(Msg::EnterAtMostLines, max as u64, label)
        }
    }
}

impl FieldKind for ListField {
    fn shape(&self) -> Shape {
        Shape::Section
    }

    fn asks_for_answer(&self) -> bool {
        self.min > 0
    }

    fn missing(&self, label: &str, s: &Strings) -> String {
        if self.min > 1 {
            s.count_label(Msg::EnterAtLeastLines, self.min as u64, label)
        } else {
            s.with_label(Msg::EnterLines, label, &[])
        }
    }

    fn default_hint(&self) -> Option<Msg> {
        Some(Msg::ListHint)
    }

    // The lines, as one text or as a list of them.
    fn default(&self, given: &Value) -> Result<String, String> {
        match given {
            Value::String(text) => Ok(text.clone()),
            Value::Array(lines) => lines
                .iter()
                .map(|line| line.as_str())
                .collect::<Option<Vec<&str>>>()
                .map(|lines| lines.join("\n"))
                .ok_or_else(|| "must be text, or a list of lines".to_owned()),
            _ => Err("must be text, or a list of lines".to_owned()),
        }
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let m = &field.messages;
        let lines = line_entries(value).count();
        if lines < self.min {
            Some(field.message(&m.too_few, || field.missing.clone()))
        } else if lines > self.max {
            Some(field.message(&m.too_many, || ListField::too_many(field, self.max, s)))
        } else {
            None
        }
    }

    fn body(&self, value: &str) -> String {
        let items: Vec<String> = line_entries(value)
            .map(sanitize_list_item)
            .filter(|item| !item.is_empty())
            .map(|item| format!("- {item}"))
            .collect();
        items.join("\n")
    }

    fn read_body(&self, body: &str) -> String {
        list_lines(body)
    }
}

/// The list item generation writes for one line of the success measures ("" for a line it
/// leaves out, such as a lone "-").
fn item_as_written(line: &str) -> String {
    line_entries(line)
        .next()
        .map(sanitize_list_item)
        .unwrap_or_default()
}

/// A list's lines: each top-level list item's source text, one per line.
fn list_lines(body: &str) -> String {
    if body == NOT_PROVIDED {
        return String::new();
    }
    let mut lines = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Item) => {
                depth += 1;
                if depth == 1 {
                    let item = body[range].trim_start();
                    let text = ListMarker::at(item).map_or(item, |m| &item[m.len..]).trim();
                    let written = text.lines().map(str::trim).collect::<Vec<_>>().join(" ");
                    lines.push(as_typed(&written, &written, item_as_written));
                }
            }
            Event::End(TagEnd::Item) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    if lines.is_empty() && !body.trim().is_empty() {
        // Not a list: one measure per line.
        return body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
    }
    lines.join("\n")
}
