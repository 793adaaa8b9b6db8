//! A section's Markdown back into the answer that generated it: long fields with what
//! generation added taken out again, the success measures as lines, and the ticked
//! expectations.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::strip_emphasis;
use crate::form::{FormSpec, Group, Values, TICKED};
use crate::markdown::block::{sanitize_block, sanitize_list_item};
use crate::markdown::{parser_options, NOT_PROVIDED};
use crate::text::list_marker::ListMarker;

/// A long field's text: the section's Markdown, with what generation added taken out again
/// (see [`as_typed`]).
pub(super) fn field_text(body: &str) -> String {
    if body == NOT_PROVIDED {
        return String::new();
    }
    let typed = without_hard_breaks(body);
    let typed = if sanitize_block(&typed) == body {
        typed
    } else {
        body.to_owned()
    };
    as_typed(&typed, body, sanitize_block)
}

/// At most this many additions are tried one by one; past it, all or none are taken out.
const MAX_REVERSALS: usize = 64;

/// What the user most likely typed, for Markdown that `sanitize` wrote as `written`, starting
/// from `text`: the escapes generation adds (`\<div>`, `\[ref]:`, `http\://`, `2024\.`, ...)
/// and the `<...>` it puts around URLs are taken out, each only where generating again still
/// gives exactly `written`. So what a user typed comes back as typed, and anything a
/// backslash or bracket is really needed for stays as written.
fn as_typed(text: &str, written: &str, sanitize: fn(&str) -> String) -> String {
    let reversals = reversals(text);
    if reversals.is_empty() {
        return text.to_owned();
    }
    let all = undo(text, &reversals);
    if sanitize(&all) == written {
        return all;
    }
    if reversals.len() > MAX_REVERSALS {
        return text.to_owned();
    }
    // One at a time, last first, so that the earlier ones' offsets still hold.
    let mut current = text.to_owned();
    for reversal in reversals.iter().rev() {
        let candidate = undo(&current, std::slice::from_ref(reversal));
        if sanitize(&candidate) == written {
            current = candidate;
        }
    }
    current
}

/// An addition generation may have made: `text[range]` was `typed` before.
#[derive(Clone)]
struct Reversal {
    range: std::ops::Range<usize>,
    typed: String,
}

/// Backslash escapes outside code, and URL autolinks, in source order.
fn reversals(text: &str) -> Vec<Reversal> {
    let mut code: Vec<std::ops::Range<usize>> = Vec::new();
    let mut links: Vec<std::ops::Range<usize>> = Vec::new();
    for (event, range) in Parser::new_ext(text, parser_options()).into_offset_iter() {
        match event {
            Event::Code(_) | Event::Start(Tag::CodeBlock(_)) | Event::InlineMath(_) => {
                code.push(range)
            }
            Event::Start(Tag::Link {
                link_type: pulldown_cmark::LinkType::Autolink,
                dest_url,
                ..
            }) if !dest_url.starts_with("mailto:") && range.len() > 2 => links.push(range),
            _ => {}
        }
    }
    // One pass in source order: an autolink where one starts, else an escape outside code.
    let bytes = text.as_bytes();
    let mut links = links.into_iter().peekable();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if let Some(link) = links.next_if(|l| l.start <= i) {
            if link.start == i {
                i = link.end;
                found.push(Reversal {
                    typed: text[link.start + 1..link.end - 1].to_owned(),
                    range: link,
                });
            }
            continue;
        }
        if bytes[i] == b'\\' {
            if bytes[i + 1].is_ascii_punctuation() && !code.iter().any(|r| r.contains(&i)) {
                found.push(Reversal {
                    range: i..i + 1,
                    typed: String::new(),
                });
            }
            // The escaped character is never the start of another escape.
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

/// `text` with the reversals (in source order, not overlapping) undone.
fn undo(text: &str, reversals: &[Reversal]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for r in reversals {
        if r.range.start < last {
            continue;
        }
        out.push_str(&text[last..r.range.start]);
        out.push_str(&r.typed);
        last = r.range.end;
    }
    out.push_str(&text[last..]);
    out
}

fn without_hard_breaks(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut last = 0;
    for (event, range) in Parser::new_ext(body, parser_options()).into_offset_iter() {
        if let Event::HardBreak = event {
            // Only a break after visible text on its line is one generation added; a line that
            // is nothing but "\", or "a \", reads back as written.
            let after_text = body[..range.start]
                .chars()
                .last()
                .is_some_and(|c| !c.is_whitespace());
            if after_text && body[range.clone()].starts_with('\\') {
                out.push_str(&body[last..range.start]);
                last = range.start + 1;
            }
        }
    }
    out.push_str(&body[last..]);
    out
}

/// The list item generation writes for one line of the success measures ("" for a line it
/// leaves out, such as a lone "-").
fn item_as_written(line: &str) -> String {
    crate::text::line_entries(line)
        .next()
        .map(sanitize_list_item)
        .unwrap_or_default()
}

/// The success measures: each top-level list item's source text, one per line.
pub(super) fn list_lines(body: &str) -> String {
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

/// Ticks the acknowledgements whose text matches a ticked task item, in order.
pub(super) fn read_expectations(
    spec: &FormSpec,
    group: &Group,
    body: &str,
    values: &mut Values,
    unknown: &mut Vec<String>,
) {
    let mut ticked: Option<bool> = None;
    let mut text = String::new();
    let mut items: Vec<(bool, String)> = Vec::new();
    for event in Parser::new_ext(body, parser_options()) {
        match event {
            Event::TaskListMarker(checked) => ticked = Some(checked),
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::End(TagEnd::Item) => {
                items.push((ticked.take().unwrap_or(false), std::mem::take(&mut text)));
            }
            _ => {}
        }
    }
    // Two expectations may be acknowledged in the same words: each line takes the first box
    // with its words that no earlier line took, so the second line ticks the second box.
    let mut taken: Vec<&str> = Vec::new();
    for (checked, said) in items {
        let said = said.trim();
        let member = group
            .members
            .iter()
            .filter_map(|key| spec.field(key))
            .find(|a| a.label.eq_ignore_ascii_case(said) && !taken.contains(&&*a.key));
        match member {
            Some(ack) => {
                taken.push(&ack.key);
                if checked {
                    values.set(&ack.key, TICKED);
                }
            }
            None if said.is_empty() || said == strip_emphasis(NOT_PROVIDED) => {}
            None => unknown.push(format!("the expectation \"{said}\"")),
        }
    }
}
