//! Long fields keep the user's Markdown (lists, emphasis, links, code, tables) but can never
//! change the document's outline or leak into the next section.
//!
//! The sanitiser parses the field with pulldown-cmark, finds every construct that could break
//! the document, and neutralises it with a small edit of the source, then parses again, until
//! nothing is left to fix:
//! - ATX headings of level 1 and 2 are demoted by two levels (`#` becomes `###`); setext
//!   headings of those levels become ATX headings (or, inside a list or quote, lose their
//!   underline's meaning);
//! - raw HTML, blocks and inline, gets its `<` escaped, so it shows as text;
//! - link reference and footnote definitions get their `[` escaped, so they cannot define
//!   targets for another section;
//! - a fenced code block left open at the end is closed;
//! - line breaks the user typed become hard breaks (a backslash at the line's end, as trailing
//!   spaces do not survive email), and trailing whitespace goes.
//!
//! Levels 3 to 6 are left alone, so the result is a fixed point: sanitising it again changes
//! nothing, which is what makes import followed by generate stable.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

/// The parser options used to analyse and to preview: the GFM-style extensions that change
/// structure (tables, task lists, strikethrough, footnotes).
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// After this many rounds, the field is written out as literal text instead.
const MAX_ROUNDS: usize = 12;

/// One change to the source: remove `remove` bytes at `at`, then insert `insert`.
#[derive(Debug)]
struct Edit {
    at: usize,
    remove: usize,
    insert: String,
}

impl Edit {
    fn insert(at: usize, s: &str) -> Edit {
        Edit {
            at,
            remove: 0,
            insert: s.to_owned(),
        }
    }
}

/// Sanitises a long field for use as the body of one section. Empty input gives "".
pub fn sanitize_block(input: &str) -> String {
    let mut text = tidy(&strip_controls(input));
    for _ in 0..MAX_ROUNDS {
        let edits = block_edits(&text);
        if edits.is_empty() {
            return text;
        }
        text = tidy(&apply(&text, edits));
    }
    literal_block(input)
}

/// Sanitises one line of a one-per-line field for use as a list item: inline Markdown only
/// (emphasis, links, code), never a nested block. A leading bullet or number the user typed
/// is dropped, since the item gets its own. Blank input gives "".
pub fn sanitize_list_item(input: &str) -> String {
    let line = strip_controls(input).replace(['\n', '\t'], " ");
    let mut text = strip_list_marker(line.trim()).to_owned();
    for _ in 0..MAX_ROUNDS {
        let edits = item_edits(&text);
        if edits.is_empty() {
            return text;
        }
        text = apply(&text, edits).trim_end().to_owned();
    }
    escape_all_punctuation(strip_list_marker(line.trim()))
}

/// Drops NUL and other control characters except tab and line feed, and normalises CRLF and
/// lone CR to LF.
fn strip_controls(s: &str) -> String {
    super::super::text::normalize_newlines(s)
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect()
}

/// Removes trailing whitespace from every line and blank lines at both ends.
fn tidy(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').map(str::trim_end).collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(a), Some(b)) => lines[a..=b].join("\n"),
        _ => String::new(),
    }
}

/// Applies edits from last to first. Edits that overlap an earlier one are dropped; the next
/// round finds them again.
fn apply(text: &str, mut edits: Vec<Edit>) -> String {
    edits.sort_by_key(|e| (e.at, e.remove));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        let clashes = kept
            .last()
            .is_some_and(|prev| edit.at < prev.at + prev.remove || (prev.remove > 0 && edit.at == prev.at));
        if !clashes {
            kept.push(edit);
        }
    }
    let mut out = text.to_owned();
    for edit in kept.iter().rev() {
        let end = (edit.at + edit.remove).min(out.len());
        if out.is_char_boundary(edit.at) && out.is_char_boundary(end) {
            out.replace_range(edit.at..end, &edit.insert);
        }
    }
    out
}

/// Position of the first occurrence of `c` at or after `from`.
fn find_from(text: &str, from: usize, c: char) -> Option<usize> {
    text.get(from..)?.find(c).map(|i| from + i)
}

fn block_edits(text: &str) -> Vec<Edit> {
    let parser = Parser::new_ext(text, parser_options());
    let mut edits = Vec::new();
    for (_, def) in parser.reference_definitions().iter() {
        if let Some(at) = find_from(text, def.span.start, '[') {
            edits.push(Edit::insert(at, "\\"));
        }
    }
    // Depth of containers (list items, quotes, footnotes) around the current event.
    let mut containers = 0usize;
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Start(Tag::Item | Tag::BlockQuote(_)) => containers += 1,
            Event::End(pulldown_cmark::TagEnd::Item | pulldown_cmark::TagEnd::BlockQuote(_)) => {
                containers = containers.saturating_sub(1)
            }
            Event::Start(Tag::FootnoteDefinition(_)) => {
                if let Some(at) = find_from(text, range.start, '[') {
                    edits.push(Edit::insert(at, "\\"));
                }
            }
            Event::Start(Tag::Heading { level, .. })
                if matches!(level, HeadingLevel::H1 | HeadingLevel::H2) =>
            {
                edits.push(heading_edit(text, range, level, containers));
            }
            Event::Start(Tag::HtmlBlock) => {
                if let Some(at) = find_from(text, range.start, '<') {
                    edits.push(Edit::insert(at, "\\"));
                }
            }
            Event::InlineHtml(_) => edits.push(Edit::insert(range.start, "\\")),
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_)))
                if containers == 0 =>
            {
                if let Some(close) = missing_fence(&text[range]) {
                    edits.push(Edit::insert(text.len(), &format!("\n{close}")));
                }
            }
            Event::SoftBreak => edits.push(Edit::insert(range.start, "\\")),
            Event::HardBreak if text[range.clone()].starts_with([' ', '\t']) => {
                let spaces = text[range.clone()].trim_end_matches('\n').len();
                edits.push(Edit {
                    at: range.start,
                    remove: spaces,
                    insert: "\\".to_owned(),
                });
            }
            _ => {}
        }
    }
    edits
}

/// Demotes a level 1 or 2 heading by two levels.
fn heading_edit(
    text: &str,
    range: std::ops::Range<usize>,
    level: HeadingLevel,
    containers: usize,
) -> Edit {
    let source = &text[range.clone()];
    let hashes = source.len() - source.trim_start_matches([' ', '\t']).len();
    let single_line = !source.trim_end_matches('\n').contains('\n');
    if single_line && source[hashes..].starts_with('#') {
        return Edit::insert(range.start + hashes, "##");
    }
    // A setext heading: content lines, then an underline of `=` or `-`.
    let body = source.trim_end_matches('\n');
    let underline_start = body.rfind('\n').map(|i| i + 1).unwrap_or(0);
    if containers > 0 {
        // Inside a list item or quote the lines carry prefixes; making the underline plain
        // text is the safe change there.
        let underline = &body[underline_start..];
        let offset = underline.find(['=', '-']).unwrap_or(0);
        return Edit::insert(range.start + underline_start + offset, "\\");
    }
    let content = body[..underline_start]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let marks = if level == HeadingLevel::H1 { "###" } else { "####" };
    let content = escape_closing_hashes(&content);
    Edit {
        at: range.start,
        remove: body.len(),
        insert: format!("{marks} {content}"),
    }
}

/// Escapes a trailing run of `#` after a space, which an ATX heading would drop.
fn escape_closing_hashes(content: &str) -> String {
    let run = content.len() - content.trim_end_matches('#').len();
    if run == 0 {
        return content.to_owned();
    }
    let start = content.len() - run;
    if start == 0 || content[..start].ends_with([' ', '\t']) {
        format!("{}\\{}", &content[..start], &content[start..])
    } else {
        content.to_owned()
    }
}

/// For a fenced code block's source, the closing fence it lacks, if it was left open.
fn missing_fence(source: &str) -> Option<String> {
    let opening = source.lines().next()?.trim_start();
    let fence_char = opening.chars().next()?;
    let width = opening.chars().take_while(|&c| c == fence_char).count();
    let lines: Vec<&str> = source.trim_end_matches('\n').lines().collect();
    // A closing fence: at most three spaces of indentation (a tab counts as four), then at
    // least as many fence characters as the opening, then only spaces.
    let closed = lines.len() > 1
        && lines.last().is_some_and(|last| {
            let indent = last.len() - last.trim_start_matches(' ').len();
            let t = last.trim();
            indent <= 3
                && !last[indent..].starts_with('\t')
                && t.chars().all(|c| c == fence_char)
                && t.chars().count() >= width
        });
    (!closed).then(|| fence_char.to_string().repeat(width))
}

fn item_edits(text: &str) -> Vec<Edit> {
    if text.is_empty() {
        return Vec::new();
    }
    // Parse the line as the list item it will become; offsets shift by the marker's length.
    let source = format!("- {text}");
    let shift = 2;
    let parser = Parser::new_ext(&source, parser_options());
    let mut edits = Vec::new();
    if parser.reference_definitions().iter().next().is_some() {
        edits.push(Edit::insert(0, "\\"));
    }
    let mut depth = 0usize;
    for (event, range) in parser.into_offset_iter() {
        let at = range.start.saturating_sub(shift);
        match event {
            Event::Start(Tag::List(_) | Tag::Item) if depth < 2 => depth += 1,
            Event::End(_) => {}
            Event::Start(Tag::Paragraph | Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            | Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {}
            Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::FootnoteReference(_) => {}
            Event::InlineHtml(_) => edits.push(Edit::insert(at, "\\")),
            // Anything else (a heading, quote, nested list, rule, code block, HTML block, task
            // marker, footnote) starts at the item's first character: escape that.
            _ => {
                edits.push(first_char_escape(text));
                break;
            }
        }
    }
    edits
}

/// The escape that stops a line from starting a block: before its first character, or for an
/// ordered-list marker like `1.`, before the delimiter.
fn first_char_escape(text: &str) -> Edit {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
        Edit::insert(digits, "\\")
    } else {
        Edit::insert(0, "\\")
    }
}

/// Drops one leading list marker ("- ", "* ", "+ ", "1. ", "1) ") and the spaces after it.
fn strip_list_marker(line: &str) -> &str {
    let after = if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        rest
    } else {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        match (digits, line.as_bytes().get(digits)) {
            (1..=9, Some(b'.' | b')')) => &line[digits + 1..],
            _ => return line,
        }
    };
    if after.starts_with([' ', '\t']) {
        after.trim_start()
    } else {
        line
    }
}

/// The fallback for input the sanitiser could not settle: every line as plain text, every
/// ASCII punctuation character escaped, typed line breaks kept as hard breaks.
fn literal_block(input: &str) -> String {
    let text = tidy(&strip_controls(input));
    let mut out = String::with_capacity(text.len() * 2);
    let lines: Vec<&str> = text.split('\n').collect();
    for (i, line) in lines.iter().enumerate() {
        out.push_str(&escape_all_punctuation(line.trim_start()));
        if let Some(next) = lines.get(i + 1) {
            if !line.trim().is_empty() && !next.trim().is_empty() {
                out.push('\\');
            }
            out.push('\n');
        }
    }
    out
}

fn escape_all_punctuation(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
