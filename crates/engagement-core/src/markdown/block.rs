//! Long fields keep the user's Markdown (lists, emphasis, links, code, tables) but can never
//! change the document's outline or leak into the next section.
//!
//! The sanitiser parses the field with pulldown-cmark, finds every construct that could break
//! the document, and neutralises it with a small edit of the source, then parses again, until
//! nothing is left to fix:
//! - when a field has a heading of level 1 or 2, every heading in it is demoted by the same
//!   number of levels, so that the highest becomes level 3 and the user's outline keeps its
//!   order (`#`, `##`, `###` become `###`, `####`, `#####`; levels past 6 stay at 6); setext
//!   headings become ATX headings (or, inside a list or quote, lose their underline's
//!   meaning);
//! - raw HTML, blocks and inline, gets its `<` escaped, so it shows as text;
//! - link reference and footnote definitions get their `[` escaped, so they cannot define
//!   targets for another section;
//! - a fenced code block left open at the end is closed;
//! - line breaks the user typed become hard breaks (a backslash at the line's end, as trailing
//!   spaces do not survive email), and trailing whitespace goes.
//!
//! A field whose headings are all of level 3 to 6 is left alone, so the result is a fixed
//! point: sanitising it again changes nothing, which is what makes import followed by generate
//! stable.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};

use crate::text::list_marker::{strip_list_marker, ListMarker};

/// The parser options used to analyse and to preview: the GFM-style extensions that change
/// structure (tables, task lists, strikethrough, footnotes).
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// After this many rounds, the field is written out as literal text instead.
const MAX_ROUNDS: usize = 24;

/// One change to the source: remove `remove` bytes at `at`, then insert `insert`.
/// Structural edits change which blocks the text has; they are applied (alone) first, so
/// inline edits (hard breaks, escapes, autolinks) are always worked out on the final blocks.
#[derive(Clone, Debug)]
struct Edit {
    at: usize,
    remove: usize,
    insert: String,
    structural: bool,
}

impl Edit {
    fn insert(at: usize, s: &str) -> Edit {
        Edit {
            at,
            remove: 0,
            insert: s.to_owned(),
            structural: false,
        }
    }

    fn block(at: usize, s: &str) -> Edit {
        Edit {
            structural: true,
            ..Edit::insert(at, s)
        }
    }
}

/// Sanitises a long field for use as the body of one section. Empty input gives "".
pub fn sanitize_block(input: &str) -> String {
    settle(tidy(&strip_controls(input)), block_edits, |t| tidy(&t))
        .unwrap_or_else(|| literal_block(input))
}

/// Sanitises one line of a one-per-line field for use as a list item: inline Markdown only
/// (emphasis, links, code), never a nested block. A leading bullet or number the user typed
/// is dropped, since the item gets its own. Blank input gives "".
pub fn sanitize_list_item(input: &str) -> String {
    let line = strip_controls(input).replace(['\n', '\t'], " ");
    let text = strip_list_marker(line.trim()).to_owned();
    settle(text, item_edits, |t| t.trim_end().to_owned())
        .unwrap_or_else(|| escape_all_punctuation(strip_list_marker(line.trim())))
}

/// Applies the edits `find` asks for, round after round, until there are none: structural
/// edits alone while there are any, then the inline ones. `None` if it does not settle within
/// [`MAX_ROUNDS`].
fn settle(
    mut text: String,
    find: fn(&str) -> Vec<Edit>,
    clean: fn(String) -> String,
) -> Option<String> {
    for _ in 0..MAX_ROUNDS {
        let mut edits = find(&text);
        if edits.is_empty() {
            return Some(text);
        }
        if edits.iter().any(|e| e.structural) {
            edits.retain(|e| e.structural);
        }
        text = clean(apply(&text, edits));
    }
    None
}

/// Drops NUL and other control characters except tab and line feed, and normalises CRLF and
/// lone CR to LF.
fn strip_controls(s: &str) -> String {
    // Most answers have nothing to strip: copied whole, not a character at a time.
    if !s
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t' || c == '\u{2028}' || c == '\u{2029}')
    {
        return s.to_owned();
    }
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
fn apply(text: &str, edits: Vec<Edit>) -> String {
    let mut edits = edits;
    // Stable: edits at the same place keep the order they were found in.
    edits.sort_by_key(|e| (e.at, e.remove));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for edit in edits {
        let clashes = kept.last().is_some_and(|prev| {
            edit.at < prev.at + prev.remove
                || (prev.remove > 0 && edit.at == prev.at)
                || (edit.at == prev.at && edit.remove == prev.remove && edit.insert == prev.insert)
        });
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

/// The edits that make `text` safe, found by reading it both as CommonMark with GFM tables,
/// task lists, strikethrough and footnotes, and with dollar maths too (GitHub and GitLab read
/// `$...$` as maths, which can swallow a code span's backtick): whatever is unsafe under either
/// reading is fixed.
fn block_edits(text: &str) -> Vec<Edit> {
    let mut edits = block_edits_with(text, parser_options());
    edits.extend(block_edits_with(
        text,
        parser_options() | Options::ENABLE_MATH,
    ));
    edits.extend(html_edits(text, parser_options() - Options::ENABLE_TABLES));
    edits
}

/// The escapes that show raw HTML as text, for one reading of `text`. Renderers without GFM
/// tables (commonmark.js, and any CommonMark-only one) read a table's rows as paragraph text,
/// so an HTML comment or tag can open before a table and close after it (`x <!--`, a table,
/// `-->`): raw HTML that hides the table there, and mere text where tables exist. Whatever is
/// raw HTML in that reading is escaped too.
fn html_edits(text: &str, options: Options) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::InlineHtml(_) => edits.push(Edit::insert(range.start, "\\")),
            Event::Start(Tag::HtmlBlock) => {
                if let Some(at) = find_from(text, range.start, '<') {
                    edits.push(Edit::block(at, "\\"));
                }
            }
            _ => {}
        }
    }
    edits
}

fn block_edits_with(text: &str, options: Options) -> Vec<Edit> {
    let parser = Parser::new_ext(text, options);
    let mut edits = Vec::new();
    for (_, def) in parser.reference_definitions().iter() {
        if let Some(at) = find_from(text, def.span.start, '[') {
            edits.push(Edit::block(at, "\\"));
        }
    }
    // Depth of containers (list items, quotes, footnotes) around the current event.
    let mut containers = 0usize;
    // Code spans and autolinks seen so far, inside which GFM links nothing.
    let mut opaque: Vec<Range<usize>> = Vec::new();
    // Code blocks, HTML blocks and headings: lines that are no paragraph text.
    let mut blocks: Vec<Range<usize>> = Vec::new();
    // Block quotes and list items, for lazy continuation lines.
    let mut quotes: Vec<Range<usize>> = Vec::new();
    let mut items: Vec<Range<usize>> = Vec::new();
    let mut rows: Vec<Range<usize>> = Vec::new();
    // Text outside code (code blocks are in `blocks`).
    let mut texts: Vec<Range<usize>> = Vec::new();
    // Every heading, with its level and how deep in containers it sits.
    let mut headings: Vec<(Range<usize>, HeadingLevel, usize)> = Vec::new();
    let mut bare = BareText::default();
    for (event, range) in parser.into_offset_iter() {
        if is_opaque(&event) {
            opaque.push(range.clone());
        }
        if let Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Heading { .. }) = &event {
            blocks.push(range.clone());
        }
        match &event {
            Event::Start(Tag::BlockQuote(_)) => quotes.push(range.clone()),
            Event::Start(Tag::Item) => items.push(range.clone()),
            Event::Text(_) => texts.push(range.clone()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                rows.push(range.clone());
                if containers == 0 {
                    dedent_table_row(text, range.start, &mut edits);
                }
            }
            _ => {}
        }
        bare.see(text, &event, range.clone(), &opaque, &mut edits);
        match event {
            Event::Start(Tag::Item | Tag::BlockQuote(_)) => containers += 1,
            Event::End(TagEnd::Item | TagEnd::BlockQuote(_)) => {
                containers = containers.saturating_sub(1)
            }
            Event::Start(Tag::FootnoteDefinition(_)) => {
                if let Some(at) = find_from(text, range.start, '[') {
                    edits.push(Edit::block(at, "\\"));
                }
            }
            Event::Start(Tag::Heading { level, .. }) => headings.push((range, level, containers)),
            Event::Start(Tag::HtmlBlock) => {
                if let Some(at) = find_from(text, range.start, '<') {
                    edits.push(Edit::block(at, "\\"));
                }
            }
            Event::InlineHtml(_) => edits.push(Edit::insert(range.start, "\\")),
            Event::Code(_) => code_span_delimiter_rows(text, range, &mut edits),
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)) => {
                separate_indented_code(text, range.start, &mut edits);
            }
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(_))) => {
                info_string_pipes(text, range.start, &mut edits);
                if containers == 0 {
                    if let Some(close) = missing_fence(&text[range]) {
                        edits.push(Edit::block(text.len(), &format!("\n{close}")));
                    }
                }
            }
            // "- [ ]" with nothing after: GFM needs whitespace after the marker (which we trim),
            // so it reads "[ ]" as text while pulldown-cmark sees a task; make it text for all.
            Event::TaskListMarker(_)
                if text[range.end..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with('\n')
                    || text[range.end..].trim().is_empty() =>
            {
                edits.push(Edit::block(range.start, "\\"));
            }
            Event::SoftBreak => edits.push(Edit::insert(range.start, "\\")),
            Event::HardBreak if text[range.clone()].starts_with([' ', '\t']) => {
                let spaces = text[range.clone()].trim_end_matches('\n').len();
                edits.push(Edit {
                    at: range.start,
                    remove: spaces,
                    insert: "\\".to_owned(),
                    structural: false,
                });
            }
            _ => {}
        }
    }
    demote_headings(text, &headings, &mut edits);
    setext_lookalikes(text, &blocks, &mut edits);
    lazy_html_lines(text, &quotes, &items, &mut edits);
    quote_lookalikes(text, &quotes, &texts, &blocks, &mut edits);
    table_row_tags(text, &rows, &opaque, &mut edits);
    edits
}

/// An indented code block straight after a line of another block (a block quote's `>` line,
/// say) is code for CommonMark, but markdown-it reads `    > <!--` after a quote as more of
/// the quote, with raw HTML that hides the sections after it. A line with only the code's
/// container markers (a blank line at the top level, `>` inside a quote) before the code block
/// changes nothing for CommonMark and ends the quote for markdown-it too.
fn separate_indented_code(text: &str, code_start: usize, edits: &mut Vec<Edit>) {
    let line_start = text[..code_start].rfind('\n').map_or(0, |i| i + 1);
    if line_start == 0 {
        return;
    }
    let markers = text[line_start..code_start].trim_end();
    let previous = text[..line_start - 1]
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .trim_end();
    if !previous.is_empty() && previous != markers {
        edits.push(Edit::block(line_start, &format!("{markers}\n")));
    }
}

/// comrak reads a line like `---:`, `:-:` or `---|` (a table's delimiter row) under a
/// paragraph's line as a table, even inside what pulldown-cmark and CommonMark read as a code
/// span over several lines: the span's end then opens raw HTML there, or a line after it is a
/// link reference definition. A code span's line
/// ending (and the next line's indentation) reads as one space, so the line ending before such
/// a line becomes that space: the same code everywhere, and no row that could start a table.
fn code_span_delimiter_rows(text: &str, span: Range<usize>, edits: &mut Vec<Edit>) {
    let code = &text[span.clone()];
    for (i, _) in code.match_indices('\n') {
        let rest = &code[i + 1..];
        let line = rest.split('\n').next().unwrap_or_default();
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        let cells = line.trim();
        // Not `---` alone: that is a setext underline or a rule, which every parser reads
        // alike (and the sanitiser handles as one).
        let row = cells.contains([':', '|'])
            && cells
                .chars()
                .all(|c| matches!(c, '-' | ':' | '|' | ' ' | '\t'))
            && cells.contains('-');
        if row {
            edits.push(Edit {
                at: span.start + i,
                remove: 1 + indent,
                insert: " ".to_owned(),
                structural: false,
            });
        }
    }
}

/// markdown-it (with tables, its default) tries a table before a fenced code block, so an
/// opening fence with a `|` in its info string, over a line like `---`, is a table header
/// there: the code shows as Markdown, and the closing fence opens a block that swallows the
/// sections after it. GFM and CommonMark read a fence. The info string's `|` become `&#124;`,
/// which every renderer decodes back to `|` in the info string, and no table starts there.
fn info_string_pipes(text: &str, fence_start: usize, edits: &mut Vec<Edit>) {
    let line_end = find_from(text, fence_start, '\n').unwrap_or(text.len());
    for (i, _) in text[fence_start..line_end].match_indices('|') {
        edits.push(Edit {
            at: fence_start + i,
            remove: 1,
            insert: "&#124;".to_owned(),
            structural: false,
        });
    }
}

/// A table row indented by four columns or more continues the table for pulldown-cmark but
/// ends it for cmark-gfm (which then reads the following lines differently); without the
/// indentation every parser sees the same row.
fn dedent_table_row(text: &str, row_start: usize, edits: &mut Vec<Edit>) {
    let line_start = text[..row_start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..];
    let whitespace = line.len() - line.trim_start_matches([' ', '\t']).len();
    if indent_columns(line) >= 4 {
        edits.push(Edit {
            at: line_start,
            remove: whitespace,
            insert: String::new(),
            structural: true,
        });
    }
}

/// Cells beyond a table's column count are dropped by GFM parsers without a trace, and
/// parsers disagree on where a table ends; so every tag-like `<` in a table row's source is
/// escaped (outside code spans), whether or not a parser shows it.
fn table_row_tags(
    text: &str,
    rows: &[Range<usize>],
    opaque: &[Range<usize>],
    edits: &mut Vec<Edit>,
) {
    for row in rows {
        let source = &text[row.clone()];
        for (i, _) in source.match_indices('<') {
            let at = row.start + i;
            let tag_like = source[i + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'));
            if tag_like && !is_escaped(text, at) && !opaque.iter().any(|r| r.contains(&at)) {
                edits.push(Edit::insert(at, "\\"));
            }
        }
    }
}

/// A line like `<div>` directly under a paragraph in a block quote or list item, without the
/// quote marker or indentation, continues that paragraph lazily for the CommonMark spec (and
/// pulldown-cmark), but starts an HTML block for cmark-gfm (GitHub, comrak). A blank line
/// before it makes every parser read it the same way (and the next round escapes it).
fn lazy_html_lines(
    text: &str,
    quotes: &[Range<usize>],
    items: &[Range<usize>],
    edits: &mut Vec<Edit>,
) {
    let starts_tag = |line: &str| {
        let t = line.trim_start_matches([' ', '\t']);
        let mut chars = t.chars();
        chars.next() == Some('<')
            && chars
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '/' | '!' | '?'))
    };
    let mut offset = 0;
    let mut previous_blank = true;
    for line in text.split('\n') {
        let start = offset;
        offset += line.len() + 1;
        let after_blank = std::mem::replace(&mut previous_blank, line.trim().is_empty());
        // Only a line straight after paragraph text can continue it lazily.
        if after_blank || !starts_tag(line) {
            continue;
        }
        let lazy_in_quote = quotes.iter().any(|q| q.start < start && start < q.end);
        let lazy_in_item = items.iter().any(|item| {
            let column = item_content_column(&text[item.start..]);
            item.start < start && start < item.end && indent_columns(line) < column
        });
        if lazy_in_quote || lazy_in_item {
            edits.push(Edit::block(start, "\n"));
        }
    }
}

/// markdown-it takes a `>` that begins a line inside a block quote for another quote marker,
/// however far the line is indented; for CommonMark a line indented four columns or more
/// continues the quote's paragraph, `>` and all. So markdown-it can find raw HTML there
/// (`> q` over `    > <!--`) that hides the rest of the document. Escaping a `>` that
/// CommonMark reads as text changes nothing for it, and keeps it text for markdown-it.
fn quote_lookalikes(
    text: &str,
    quotes: &[Range<usize>],
    texts: &[Range<usize>],
    blocks: &[Range<usize>],
    edits: &mut Vec<Edit>,
) {
    for range in texts {
        for (i, _) in text[range.clone()].match_indices('>') {
            let at = range.start + i;
            let line_start = text[..at].rfind('\n').map_or(0, |j| j + 1);
            // After the line's indentation and any quote markers of its containers.
            let first_on_line = text[line_start..at]
                .chars()
                .all(|c| matches!(c, ' ' | '\t' | '>'));
            let in_quote = quotes.iter().any(|q| q.start < line_start && at < q.end);
            if first_on_line
                && in_quote
                && !is_escaped(text, at)
                && !blocks.iter().any(|b| b.contains(&at))
            {
                edits.push(Edit::insert(at, "\\"));
            }
        }
    }
}

/// The columns of a line's leading spaces and tabs (a tab to the next multiple of four).
fn indent_columns(line: &str) -> usize {
    line.chars()
        .take_while(|c| matches!(c, ' ' | '\t'))
        .fold(0, |col, c| {
            if c == '\t' {
                col + 4 - col % 4
            } else {
                col + 1
            }
        })
}

/// The column where a list item's content starts: after the marker and its spaces.
fn item_content_column(item: &str) -> usize {
    let indent = item.len() - item.trim_start_matches(' ').len();
    let rest = &item[indent..];
    let marker = ListMarker::at(rest).map_or(1, |m| m.len);
    let after = &rest[marker.min(rest.len())..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let spaces = if (1..=4).contains(&spaces) { spaces } else { 1 };
    indent + marker + spaces
}

/// Finds bare text (outside code, HTML and link destinations) and makes GFM's extended
/// autolinks safe in it; see [`BareText::see`].
#[derive(Default)]
struct BareText {
    links: usize,
    code_blocks: usize,
    html_blocks: usize,
    /// GFM autolink runs already dealt with end here.
    consumed: usize,
}

impl BareText {
    /// A GFM extended autolink (`http://…`, `https://…`, `ftp://…`, `www.…`) runs to the next
    /// ASCII whitespace or `<`, whatever Markdown is in between: it would swallow a backslash
    /// that escapes a `<` or ends a line (a hard break), or a code span's backtick, leaving
    /// HTML live or the text changed. So every such run that reaches a line end or a `<` is
    /// either written as a CommonMark autolink (`<https://example.com>`, valid in every
    /// renderer, usual in plain-text email) or, where that cannot be done cleanly (inside link
    /// text, a `www.` address, an entity or backslash in the URL), neutralised
    /// (`http\://`, `www\.`), which renders as the same text.
    fn see(
        &mut self,
        text: &str,
        event: &Event<'_>,
        range: Range<usize>,
        opaque: &[Range<usize>],
        edits: &mut Vec<Edit>,
    ) {
        match event {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => self.links += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => self.links = self.links.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => self.code_blocks += 1,
            Event::End(TagEnd::CodeBlock) => self.code_blocks = self.code_blocks.saturating_sub(1),
            Event::Start(Tag::HtmlBlock) => self.html_blocks += 1,
            Event::End(TagEnd::HtmlBlock) => self.html_blocks = self.html_blocks.saturating_sub(1),
            Event::Text(_) if self.code_blocks == 0 && self.html_blocks == 0 => {
                js_space_tags(text, range.clone(), edits);
                for trigger in autolink_triggers(text, range.start, range.end, opaque) {
                    let start = match trigger {
                        Trigger::Url { start, .. } => start,
                        Trigger::Www { dot } => dot - 3,
                    };
                    if start < self.consumed {
                        continue;
                    }
                    let end = text[start..]
                        .find(|c: char| c.is_ascii_whitespace() || c == '<')
                        .map_or(text.len(), |i| start + i);
                    // Harmless unless it reaches a line end or "<" (a backslash we add there, or
                    // one escaping the "<"), or swallows a code span's backtick, a "$" of maths
                    // or a link's bracket (after which other renderers read what follows as
                    // Markdown of a different shape, bare URLs and HTML included).
                    let reaches = matches!(text[end..].chars().next(), Some('\n' | '<'));
                    if !reaches && !text[start..end].contains(['`', '$', '[', ']']) {
                        self.consumed = end;
                        continue;
                    }
                    let run = &text[start..end];
                    if run.contains(['`', '$']) {
                        // Where maths or code could pair differently once linked, link
                        // nothing: neutralise the trigger and escape the run's dollars, so
                        // every reading agrees.
                        edits.push(neutralise(trigger));
                        for (i, _) in run.match_indices('$') {
                            if !is_escaped(text, start + i) {
                                edits.push(Edit::insert(start + i, "\\"));
                            }
                        }
                        continue;
                    }
                    let edit = safe_autolink(text, trigger, start, end, self.links > 0, opaque);
                    if edit.remove > 0 {
                        // Wrapped: the autolink covers the rest of its URL. (A neutralised
                        // trigger links nothing, so later ones in the run still count.)
                        self.consumed = start + edit.remove;
                    }
                    edits.push(edit);
                }
            }
            _ => {}
        }
    }
}

/// JavaScript renderers (commonmark.js, markdown-it) find HTML with regular expressions whose
/// `\s` also matches non-ASCII spaces (U+00A0, U+3000, U+FEFF, ...), where CommonMark and
/// pulldown-cmark allow only ASCII whitespace. So `<pre` and a no-break space starts an HTML
/// block there that runs over the sections after it, and `<img` with no-break spaces between
/// its attributes is live HTML, while other renderers show text. A `<` before a tag name is
/// escaped when such a space follows the name, or comes anywhere before the tag's `>`.
fn js_space_tags(text: &str, range: Range<usize>, edits: &mut Vec<Edit>) {
    for (i, _) in text[range.clone()].match_indices('<') {
        let at = range.start + i;
        let rest = &text[at + 1..];
        let name = rest.strip_prefix('/').unwrap_or(rest);
        if is_escaped(text, at) || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let after_name = name.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '-');
        let opens_block = after_name.starts_with(is_js_only_space);
        if opens_block || tag_has_js_space(rest) {
            edits.push(Edit::insert(at, "\\"));
        }
    }
}

/// Whether a JavaScript-only space comes before the end of the tag starting `rest`: its first
/// `>` outside quotes (a `>` in a quoted attribute value does not end a tag). A quote left
/// open runs to the end, so that doubt means an escape.
fn tag_has_js_space(rest: &str) -> bool {
    let mut quote = None;
    for c in rest.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return false,
            (None, c) if is_js_only_space(c) => return true,
            (None, _) => {}
        }
    }
    false
}

/// Whitespace to JavaScript's `\s` but not to CommonMark (which means ASCII whitespace in
/// HTML). The line separators never get here (see `normalize_newlines`).
fn is_js_only_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202f}'
                | '\u{205f}'
                | '\u{3000}'
                | '\u{feff}'
    )
}

/// Wraps the URL of `trigger` (running `start..end`) as a CommonMark autolink, or neutralises
/// it; returns the edit (a wrap is one replacement).
fn safe_autolink(
    text: &str,
    trigger: Trigger,
    start: usize,
    end: usize,
    in_link: bool,
    opaque: &[Range<usize>],
) -> Edit {
    match trigger {
        Trigger::Url { colon, gfm, .. } => {
            let url = trim_autolink_end(&text[start..end]);
            let escaped = is_escaped(text, start);
            let clean = gfm
                && !in_link
                && !escaped
                && url.len() > colon + 3 - start
                && !url.contains(['>', '\\'])
                && !has_entity(url)
                && !opaque
                    .iter()
                    .any(|r| r.start < start + url.len() && start < r.end);
            if clean {
                Edit {
                    at: start,
                    remove: url.len(),
                    insert: format!("<{url}>"),
                    structural: false,
                }
            } else {
                neutralise(trigger)
            }
        }
        Trigger::Www { .. } => neutralise(trigger),
    }
}

/// The escape that stops a trigger from linking: before the URL's colon or the `www.` dot.
fn neutralise(trigger: Trigger) -> Edit {
    match trigger {
        Trigger::Url { colon, .. } => Edit::insert(colon, "\\"),
        Trigger::Www { dot } => Edit::insert(dot, "\\"),
    }
}

/// Whether the character at `at` is escaped by an odd run of backslashes before it.
fn is_escaped(text: &str, at: usize) -> bool {
    text[..at].bytes().rev().take_while(|&b| b == b'\\').count() % 2 == 1
}

/// A line of only `=` or `-` under a non-blank line is a setext underline to some parsers
/// even where pulldown-cmark sees none (after a table row, say). Unless pulldown made it a
/// heading (handled above) or it is code, a blank line goes before it, so that no parser can
/// read it as an underline.
fn setext_lookalikes(text: &str, blocks: &[Range<usize>], edits: &mut Vec<Edit>) {
    let mut offset = 0;
    let mut previous_blank = true;
    for line in text.split('\n') {
        let trimmed = line.trim_end();
        let indent = trimmed.len() - trimmed.trim_start_matches(' ').len();
        let body = &trimmed[indent..];
        let underline = indent <= 3
            && !body.is_empty()
            && (body.bytes().all(|b| b == b'=') || body.bytes().all(|b| b == b'-'));
        if underline && !previous_blank && !blocks.iter().any(|r| r.contains(&offset)) {
            edits.push(Edit::block(offset, "\n"));
        }
        previous_blank = trimmed.is_empty();
        offset += line.len() + 1;
    }
}

#[derive(Copy, Clone, Debug, PartialEq)]
enum Trigger {
    /// An `http://`, `https://` or `ftp://` URL starting at `start`, its colon at `colon`.
    /// `gfm` when GFM links it (its host starts with a letter or digit); otherwise only
    /// markdown-it's linkify does (`http://=x`), so it is never wrapped as an autolink.
    Url {
        start: usize,
        colon: usize,
        gfm: bool,
    },
    /// A `www.` address, its dot at `dot`.
    Www { dot: usize },
}

/// The autolink triggers GFM, or markdown-it's linkify, would act on in `text[from..to]`.
/// linkify (which reads the source, like GFM) links `http://`, `https://` and `ftp://` before
/// any character but whitespace and `<`, even at the end of a longer word after a backslash
/// (`\ahttps://`), and runs through a backslash after a `#` or `//` in the URL.
fn autolink_triggers(text: &str, from: usize, to: usize, opaque: &[Range<usize>]) -> Vec<Trigger> {
    let segment = &text[from..to];
    let inside = |at: usize| opaque.iter().any(|r| r.contains(&at));
    let mut found = Vec::new();
    for (i, _) in segment.match_indices("://") {
        let colon = from + i;
        let scheme_start = text[..colon]
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_ascii_alphabetic())
            .map_or(0, |(j, c)| j + c.len_utf8());
        let scheme = text[scheme_start..colon].to_ascii_lowercase();
        // linkify also takes the scheme at the end of a longer word ("\ahttps://").
        let Some(known) = ["https", "http", "ftp"]
            .into_iter()
            .find(|s| scheme.ends_with(s))
        else {
            continue;
        };
        let host = text[colon + 3..].chars().next();
        let gfm = scheme == known && host.is_some_and(char::is_alphanumeric);
        let linkify = host.is_some_and(|c| !c.is_whitespace() && c != '<');
        if linkify && !is_escaped(text, colon) && !inside(colon) {
            let start = if gfm {
                scheme_start
            } else {
                colon - known.len()
            };
            found.push(Trigger::Url {
                start: start.max(from),
                colon,
                gfm,
            });
        }
    }
    for (i, _) in segment.match_indices("www.") {
        let at = from + i;
        // GFM wants whitespace or one of "*_~([" before it, but container markers (">")
        // are gone by then; anything but a letter or digit counts, to be safe.
        let word_start = text[..at]
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start && !inside(at) {
            found.push(Trigger::Www { dot: at + 3 });
        }
    }
    found
}

/// Code spans and `<...>` autolinks: text a GFM autolink never starts inside.
fn is_opaque(event: &Event<'_>) -> bool {
    matches!(
        event,
        Event::Code(_)
            | Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            })
    )
}

/// Whether the text holds something a renderer could decode as a character reference
/// (`&amp;`, `&#35;`), which would change a URL once it is wrapped as an autolink.
fn has_entity(s: &str) -> bool {
    s.match_indices('&').any(|(i, _)| {
        let rest = &s[i + 1..];
        let n = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
            .count();
        n > 0 && rest[n..].starts_with(';')
    })
}

/// The part of a URL a GFM renderer links: trailing punctuation and unbalanced closing
/// parentheses are left out.
fn trim_autolink_end(url: &str) -> &str {
    let mut url = url;
    loop {
        let Some(last) = url.chars().last() else {
            return url;
        };
        let trimmed = if "?!.,:*_~'\"".contains(last) {
            true
        } else if last == ';' {
            // "&amp;" at the end is left out as an entity; a lone ";" as punctuation.
            let body = &url[..url.len() - 1];
            let letters = body.len()
                - body
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                    .len();
            if letters > 0 && body[..body.len() - letters].ends_with('&') {
                url = &body[..body.len() - letters - 1];
                continue;
            }
            true
        } else if last == ')' {
            url.matches(')').count() > url.matches('(').count()
        } else {
            false
        };
        if !trimmed {
            return url;
        }
        url = &url[..url.len() - last.len_utf8()];
    }
}

/// When the field has a heading above level 3, demotes all its headings by the same number of
/// levels, so the highest is level 3 (at most level 6: ATX headings stop there).
fn demote_headings(
    text: &str,
    headings: &[(Range<usize>, HeadingLevel, usize)],
    edits: &mut Vec<Edit>,
) {
    let Some(highest) = headings.iter().map(|(_, level, _)| *level as usize).min() else {
        return;
    };
    if highest >= 3 {
        return;
    }
    let by = 3 - highest;
    for (range, level, containers) in headings {
        let from = *level as usize;
        let to = (from + by).min(6);
        if to > from {
            edits.push(heading_edit(
                text,
                range.clone(),
                to - from,
                to,
                *containers,
            ));
        }
    }
}

/// Demotes a heading by `by` levels, to level `to`.
fn heading_edit(
    text: &str,
    range: std::ops::Range<usize>,
    by: usize,
    to: usize,
    containers: usize,
) -> Edit {
    let source = &text[range.clone()];
    let indent = source.len() - source.trim_start_matches([' ', '\t']).len();
    let single_line = !source.trim_end_matches('\n').contains('\n');
    if single_line && source[indent..].starts_with('#') {
        return Edit::block(range.start + indent, &"#".repeat(by));
    }
    // A setext heading: content lines, then an underline of `=` or `-`.
    let body = source.trim_end_matches('\n');
    let underline_start = body.rfind('\n').map(|i| i + 1).unwrap_or(0);
    if containers > 0 {
        // Inside a list item or quote the lines carry prefixes; making the underline plain
        // text is the safe change there.
        let underline = &body[underline_start..];
        let offset = underline.find(['=', '-']).unwrap_or(0);
        return Edit::block(range.start + underline_start + offset, "\\");
    }
    let content = body[..underline_start]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let content = escape_closing_hashes(&content);
    Edit {
        at: range.start,
        remove: body.len(),
        insert: format!("{} {content}", "#".repeat(to)),
        structural: true,
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
    let mut edits = item_edits_with(text, parser_options());
    edits.extend(item_edits_with(
        text,
        parser_options() | Options::ENABLE_MATH,
    ));
    edits
}

fn item_edits_with(text: &str, options: Options) -> Vec<Edit> {
    if text.is_empty() {
        return Vec::new();
    }
    // Parse the line as the list item it will become; offsets shift by the marker's length.
    let source = format!("- {text}");
    let shift = 2;
    let parser = Parser::new_ext(&source, options);
    let mut edits = Vec::new();
    if parser.reference_definitions().iter().next().is_some() {
        edits.push(Edit::block(0, "\\"));
    }
    let mut depth = 0usize;
    let mut opaque: Vec<Range<usize>> = Vec::new();
    let mut bare = BareText::default();
    for (event, range) in parser.into_offset_iter() {
        let at = range.start.saturating_sub(shift);
        let shifted = at..range.end.saturating_sub(shift);
        if is_opaque(&event) {
            opaque.push(shifted.clone());
        }
        bare.see(text, &event, shifted, &opaque, &mut edits);
        match event {
            Event::Start(Tag::List(_) | Tag::Item) if depth < 2 => depth += 1,
            Event::End(_) => {}
            Event::Start(Tag::Paragraph | Tag::Emphasis | Tag::Strong | Tag::Strikethrough)
            | Event::Start(Tag::Link { .. } | Tag::Image { .. }) => {}
            Event::Text(_)
            | Event::Code(_)
            | Event::SoftBreak
            | Event::HardBreak
            | Event::InlineMath(_)
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
    match ListMarker::at(text).filter(ListMarker::is_ordered) {
        Some(marker) => Edit::block(marker.digits, "\\"),
        None => Edit::block(0, "\\"),
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
