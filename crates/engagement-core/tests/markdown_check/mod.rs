//! Reading a generated one-pager back with two independent parsers, and the properties every
//! generated document must have (DESIGN.md section 4):
//! - the outline (levels 1 and 2) is exactly the expected one;
//! - each short field's text content equals its normalised input;
//! - no HTML node appears;
//! - no link target appears that is not in the input;
//! - the document ends with one newline and no line has trailing whitespace.
#![allow(dead_code)]

use comrak::nodes::{AstNode, NodeValue};
use engagement_core::document::generate;
use engagement_core::form::{FormSpec, Values, OTHER, UNFINISHED_DATE};
// Upstream pulldown-cmark (full entity table, Unicode case folding), not the widget's fork.
use pulldown_cmark_upstream::{Event, Options, Parser, Tag, TagEnd};

/// The GFM-style extensions the widget's documents may use.
pub fn parser_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// What a parser saw in a document.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Headings of level 1 and 2, with their text.
    pub outline: Vec<(u8, String)>,
    /// The text of each item of the key-value list under the title.
    pub summary: Vec<String>,
    /// The text of each item of the list under "Expectations".
    pub expectations: Vec<String>,
    /// Raw HTML found anywhere.
    pub html: Vec<String>,
    /// Link and image targets.
    pub links: Vec<String>,
}

pub fn read_pulldown(doc: &str) -> Reading {
    let mut r = Reading::default();
    let mut heading: Option<(u8, String)> = None;
    let mut list_depth = 0usize;
    let mut top_lists = 0usize;
    let mut item: Option<String> = None;
    let mut under_expectations = false;
    let mut list_is_expectations = false;
    for event in Parser::new_ext(doc, parser_options()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some((level as u8, String::new()))
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, text)) = heading.take() {
                    if level <= 2 {
                        under_expectations = text == "Expectations";
                        r.outline.push((level, text));
                    }
                }
            }
            Event::Start(Tag::List(_)) => {
                if list_depth == 0 {
                    top_lists += 1;
                    list_is_expectations = under_expectations;
                }
                list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => list_depth = list_depth.saturating_sub(1),
            Event::Start(Tag::Item) if list_depth == 1 => item = Some(String::new()),
            Event::End(TagEnd::Item) if list_depth == 1 => {
                if let Some(text) = item.take() {
                    if top_lists == 1 && r.outline.len() == 1 {
                        r.summary.push(text);
                    } else if list_is_expectations {
                        r.expectations.push(text);
                    }
                }
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                r.links.push(dest_url.to_string())
            }
            Event::Html(h) | Event::InlineHtml(h) => r.html.push(h.to_string()),
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text)) = heading.as_mut() {
                    text.push_str(&t);
                }
                if let Some(text) = item.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(text) = item.as_mut() {
                    text.push('\n');
                }
            }
            _ => {}
        }
    }
    r
}

fn comrak_options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.extension.tasklist = true;
    options.extension.footnotes = true;
    options.extension.math_dollars = true;
    options.extension.shortcodes = true;
    options
}

fn comrak_text<'a>(node: &'a AstNode<'a>, out: &mut String) {
    match &node.data.borrow().value {
        NodeValue::Text(t) => out.push_str(t),
        NodeValue::Code(c) => out.push_str(&c.literal),
        NodeValue::SoftBreak | NodeValue::LineBreak => out.push('\n'),
        NodeValue::ShortCode(s) => out.push_str(&s.emoji),
        NodeValue::Math(m) => out.push_str(&format!("${}$", m.literal)),
        _ => {}
    }
    for child in node.children() {
        comrak_text(child, out);
    }
}

fn comrak_walk<'a>(node: &'a AstNode<'a>, r: &mut Reading, depth: usize) {
    match &node.data.borrow().value {
        NodeValue::Heading(h) if h.level <= 2 && depth > 1 => {
            let mut text = String::new();
            comrak_text(node, &mut text);
            r.outline.push((h.level, text));
        }
        NodeValue::HtmlBlock(h) => r.html.push(h.literal.clone()),
        NodeValue::HtmlInline(h) => r.html.push(h.clone()),
        NodeValue::Link(l) | NodeValue::Image(l) => r.links.push(l.url.clone()),
        _ => {}
    }
    for child in node.children() {
        comrak_walk(child, r, depth + 1);
    }
}

pub fn read_comrak(doc: &str) -> Reading {
    let arena = comrak::Arena::new();
    let options = comrak_options();
    let root = comrak::parse_document(&arena, doc, &options);
    let mut r = Reading::default();
    let mut top_lists = 0;
    let mut under_expectations = false;
    for child in root.children() {
        let value = child.data.borrow().value.clone();
        match value {
            NodeValue::Heading(h) if h.level <= 2 => {
                let mut text = String::new();
                comrak_text(child, &mut text);
                under_expectations = text == "Expectations";
                r.outline.push((h.level, text));
            }
            NodeValue::List(_) => {
                top_lists += 1;
                let items: Vec<String> = child
                    .children()
                    .map(|item| {
                        let mut text = String::new();
                        comrak_text(item, &mut text);
                        text
                    })
                    .collect();
                if top_lists == 1 && r.outline.len() == 1 {
                    r.summary = items;
                } else if under_expectations {
                    r.expectations = items;
                }
            }
            _ => {}
        }
    }
    comrak_walk(root, &mut r, 0);
    r
}

pub const PLACEHOLDER: &str = "Not provided yet";

// The oracles below work out what a document must show from the rules (DESIGN.md section 4),
// here in the tests, never with the helpers the widget writes its documents with.

/// A text as a one-line place shows it: line breaks (CRLF as one; CR, LF, U+2028, U+2029) and
/// tabs as spaces, every other control character gone, no whitespace or U+FEFF at either end.
pub fn one_line(s: &str) -> String {
    let line: String = s
        .replace("\r\n", "\n")
        .chars()
        .filter_map(|c| match c {
            '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect();
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_owned()
}

fn shown(value: &str) -> String {
    let v = one_line(value);
    if v.is_empty() {
        PLACEHOLDER.to_owned()
    } else {
        v
    }
}

/// A `YYYY-MM-DD` date that is on the calendar (years 1 to 9999), written out in English
/// ("11 January 2027"); `None` for anything else.
pub fn long_date(s: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
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
    let parts: Vec<&str> = s.split('-').collect();
    let [year, month, day] = parts[..] else {
        return None;
    };
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    if !(digits(year, 4) && digits(month, 2) && digits(day, 2)) {
        return None;
    }
    let (year, month, day): (u32, usize, u32) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    let last = *days.get(month.checked_sub(1)?)?;
    ((1..=9999).contains(&year) && (1..=last).contains(&day))
        .then(|| format!("{day} {} {year}", MONTHS[month - 1]))
}

/// A whole number as a person may type it: 1 to 9 digits, ASCII or full-width, Arabic-Indic,
/// Extended Arabic-Indic or Devanagari; `None` for anything else.
pub fn whole_number(s: &str) -> Option<u64> {
    let digit = |c: char| {
        c.to_digit(10).or_else(|| {
            [0xff10, 0x0660, 0x06f0, 0x0966]
                .iter()
                .find_map(|&zero| (c as u32).checked_sub(zero).filter(|d| *d < 10))
        })
    };
    let digits: Option<Vec<u32>> = s.chars().map(digit).collect();
    let digits = digits.filter(|d| (1..=9).contains(&d.len()))?;
    Some(digits.iter().fold(0, |n, d| n * 10 + u64::from(*d)))
}

/// The outline a document of these values must have.
pub fn expected_outline(values: &Values) -> Vec<(u8, String)> {
    let mut outline = vec![(1, format!("One-pager: {}", shown(values.get("team"))))];
    for title in [
        "Problem",
        "Proposed solution",
        "Engagement goal",
        "Diffusion goal",
        "Success measures",
        "Expectations",
    ] {
        outline.push((2, title.to_owned()));
    }
    let notes = values.get("notes");
    if notes.chars().any(|c| !c.is_whitespace() && !c.is_control()) {
        outline.push((2, "Additional notes".to_owned()));
    }
    outline
}

/// The key-value list a document of these values must show, item by item.
pub fn expected_summary(values: &Values) -> Vec<String> {
    let date = one_line(values.get("start-date"));
    let date = match long_date(&date) {
        Some(written) => written,
        // A date typed only in part has nothing to show yet.
        None if date == UNFINISHED_DATE => PLACEHOLDER.to_owned(),
        None => shown(&date),
    };
    let length = values.get("length-weeks");
    let length = match whole_number(&one_line(length)) {
        Some(1) => "1 week".to_owned(),
        Some(n) => format!("{n} weeks"),
        None => shown(length),
    };
    let cadence_key = values.get("retro-cadence").trim();
    let cadence = if cadence_key == OTHER {
        shown(values.get("retro-other"))
    } else {
        match cadence_key {
            "weekly" => "Weekly".to_owned(),
            "fortnightly" => "Every two weeks".to_owned(),
            _ => PLACEHOLDER.to_owned(),
        }
    };
    vec![
        format!("Team: {}", shown(values.get("team"))),
        format!("Point of contact: {}", shown(values.get("contact"))),
        format!("Email: {}", shown(values.get("email"))),
        format!("Proposed start date: {date}"),
        format!("Length: {length}"),
        format!("Retro cadence: {cadence}"),
    ]
}

/// Text a link target may legitimately come from: every input, with backslash escapes and
/// the basic entities undone (parsers report targets decoded).
fn haystack(values: &Values) -> String {
    let mut all = String::new();
    for (_, value) in values.iter() {
        all.push_str(value);
        all.push('\n');
    }
    let basic = |s: &str| {
        let mut s = s.to_owned();
        for (entity, c) in [
            ("&amp;", "&"),
            ("&lt;", "<"),
            ("&gt;", ">"),
            ("&quot;", "\""),
            ("&#39;", "'"),
        ] {
            s = s.replace(entity, c);
        }
        s
    };
    // Every combination of what generation and parsing do to text: NUL and CR dropped,
    // backslash escapes undone, entities decoded.
    let mut hay = String::new();
    for base in [all.clone(), all.replace(['\0', '\r'], "")] {
        for unescaped in [base.clone(), base.replace('\\', "")] {
            hay.push_str(&unescaped);
            hay.push_str(&basic(&unescaped));
            hay.push_str(&decode_numeric_entities(&basic(&unescaped)));
            hay.push_str(&decode_named_entities(&unescaped));
        }
    }
    // Entities decoded the way parsers do, by letting one read the inputs as plain text.
    for (_, value) in values.iter() {
        let plain = value
            .replace('\0', "")
            .replace('<', "\\<")
            .replace('[', "\\[");
        for event in Parser::new_ext(&plain, parser_options()) {
            if let Event::Text(t) = event {
                hay.push_str(&t);
            }
        }
        hay.push('\n');
    }
    hay
}

/// Link targets the user's own Markdown has, as each parser reads it (decoded).
pub fn own_links(values: &Values) -> Vec<String> {
    let mut links = Vec::new();
    for (_, value) in values.iter() {
        let mut fake = Values::default();
        fake.set("problem", value);
        for line in value.lines() {
            fake.set("notes", line);
        }
        // Also as text with every "<" escaped: links inside what was raw HTML appear once
        // the sanitiser shows that HTML as text.
        let shown = value.replace('<', "\\<");
        for source in [
            value.to_owned(),
            format!("- {value}"),
            shown.clone(),
            format!("- {shown}"),
        ] {
            links.extend(read_pulldown(&source).links);
            links.extend(read_comrak(&source).links);
        }
    }
    links
}

/// Every `&name;` the upstream parser knows, decoded (numeric ones too).
fn decode_named_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        let n = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
            .count();
        if n > 0 && after[n..].starts_with(';') {
            let entity = &rest[i..i + n + 2];
            let decoded: String = Parser::new(entity)
                .filter_map(|e| match e {
                    Event::Text(t) => Some(t.to_string()),
                    _ => None,
                })
                .collect();
            out.push_str(&decoded);
            rest = &after[n + 1..];
        } else {
            out.push('&');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// `&#35;` and `&#x23;` to the characters they stand for.
fn decode_numeric_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("&#") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        let (hex, digits) = match after.strip_prefix(['x', 'X']) {
            Some(h) => (true, h),
            None => (false, after),
        };
        let n = digits.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        let value = if n > 0 && digits[n..].starts_with(';') {
            u32::from_str_radix(&digits[..n], if hex { 16 } else { 10 })
                .ok()
                .and_then(char::from_u32)
        } else {
            None
        };
        match value {
            Some(c) => {
                out.push(c);
                rest = &digits[n + 1..];
            }
            None => {
                out.push_str("&#");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn link_from_input(link: &str, hay: &str) -> bool {
    let bare = link
        .strip_prefix("mailto:")
        .or_else(|| {
            link.strip_prefix("http://")
                .filter(|rest| rest.starts_with("www"))
        })
        .unwrap_or(link);
    bare.is_empty() || hay.contains(bare) || hay.contains(&percent_decoded(bare))
}

fn percent_decoded(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Checks every property of the generated document for `values`; `Err` says what broke.
pub fn check(values: &Values) -> Result<String, String> {
    let spec = FormSpec::default();
    let doc = generate(&spec, values);
    if doc != generate(&spec, values) {
        return Err("generation is not deterministic".into());
    }
    if !doc.ends_with('\n') || doc.ends_with("\n\n") {
        return Err(format!(
            "document must end with exactly one newline:\n{doc}"
        ));
    }
    if let Some(line) = doc.lines().find(|l| l.ends_with([' ', '\t'])) {
        return Err(format!("trailing whitespace on line {line:?}\n{doc}"));
    }
    if doc.contains('\0') || doc.contains('\r') {
        return Err("NUL or CR in the document".into());
    }
    let outline = expected_outline(values);
    let summary = expected_summary(values);
    let acks: Vec<String> = spec.acknowledgements().map(|a| a.label.clone()).collect();
    let hay = haystack(values);
    let own = own_links(values);
    for (parser, reading) in [
        ("pulldown-cmark", read_pulldown(&doc)),
        ("comrak", read_comrak(&doc)),
    ] {
        let fail = |what: &str, got: &dyn std::fmt::Debug, want: &dyn std::fmt::Debug| {
            Err(format!(
                "{parser}: {what}\n  got:  {got:?}\n  want: {want:?}\n--- document ---\n{doc}"
            ))
        };
        if reading.outline != outline {
            return fail("outline", &reading.outline, &outline);
        }
        if reading.summary != summary {
            return fail("key-value list", &reading.summary, &summary);
        }
        if reading.expectations != acks {
            return fail("expectations", &reading.expectations, &acks);
        }
        if !reading.html.is_empty() {
            return fail("raw HTML", &reading.html, &"none");
        }
        if let Some(link) = reading
            .links
            .iter()
            .find(|l| !link_from_input(l, &hay) && !own.contains(l))
        {
            return fail(
                "a link target not in the input",
                link,
                &"targets from the input only",
            );
        }
    }
    Ok(doc)
}
