//! Markdown back into what was typed: a section's text with what generation added (escapes,
//! autolinks, hard breaks) taken out again, each only where generating again still gives
//! exactly what was written. Import reads long answers with it.

use pulldown_cmark::{Event, Parser, Tag};

use super::block::sanitize_block;
use super::{parser_options, NOT_PROVIDED};

/// A long field's text: the section's Markdown, with what generation added taken out again
/// (see [`as_typed`]).
pub fn field_text(body: &str) -> String {
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
pub fn as_typed(text: &str, written: &str, sanitize: fn(&str) -> String) -> String {
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
