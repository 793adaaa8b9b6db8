//! Reading a one-pager back into form values.
//!
//! For every document the widget generates, generate → import → generate gives the same
//! document (the sanitiser is idempotent, short fields read back as exactly their text, and
//! the hard breaks generation adds are turned back into plain line breaks). A document the
//! widget did not write is read as far as it maps: `##` sections with other titles and list
//! items with other keys are reported, not lost silently.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

use crate::form::kinds::{acknowledgements, Shape};
use crate::form::{FieldSpec, FormSpec, Group, Values};
use crate::markdown::{escape_inline, not_provided, parser_options, Place, NOT_PROVIDED};
use crate::strings::Key as Msg;
use crate::text::{normalize_newlines, normalize_short};

/// What an import found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub values: Values,
    /// Things in the document that have no place in the form ("## Budget", "Sponsor: ...").
    pub unknown: Vec<String>,
}

/// Why nothing could be imported from a text that has nothing of `spec`'s documents: it
/// names how they start, the form's own title ("# Intake:").
pub fn not_this_form(spec: &FormSpec) -> String {
    let start = escape_inline(&normalize_short(&spec.title.before), Place::Inline);
    let s = &spec.strings;
    if start.is_empty() {
        spec.document.fill(s, Msg::ImportNotThisForm, &[])
    } else {
        let start = format!("# {start}");
        spec.document
            .fill(s, Msg::ImportNotThisFormStart, &[("start", &start)])
    }
}

/// Why nothing could be imported from an empty box.
pub fn nothing_to_import(spec: &FormSpec) -> String {
    spec.document.fill(&spec.strings, Msg::ImportNothing, &[])
}

/// Reads a one-pager. Fails (and changes nothing) when the text has nothing a one-pager has.
pub fn import(spec: &FormSpec, text: &str) -> Result<Imported, String> {
    if text.trim().is_empty() {
        return Err(nothing_to_import(spec));
    }
    let text = normalize_newlines(text);
    let parser = Parser::new_ext(&text, parser_options()).into_offset_iter();
    let mut values = Values::default();
    let mut unknown = Vec::new();
    let mut recognised = false;

    // Top-level blocks, with the section they are in.
    let mut section: Option<String> = None;
    let mut section_start = 0usize;
    let mut heading: Option<(HeadingLevel, String, usize)> = None;
    let mut depth = 0usize;
    let mut list: Option<ListReader> = None;
    // What a missing answer reads as: the page language's words, or English ones.
    let missing = [
        normalize_short(spec.strings.text(Msg::NotProvided)),
        strip_emphasis(NOT_PROVIDED).to_owned(),
    ];
    let placeholder = not_provided(&spec.strings);
    let mut sections: Vec<(String, usize, usize)> = Vec::new();
    let mut title_value: Option<String> = None;
    let mut seen_summary = false;

    for (event, range) in parser {
        match &event {
            Event::Start(Tag::Heading { level, .. }) if depth == 0 => {
                heading = Some((*level, String::new(), range.start));
            }
            Event::End(TagEnd::Heading(_)) if depth == 0 => {
                if let Some((level, title, start)) = heading.take() {
                    match level {
                        HeadingLevel::H1 => {
                            if let Some(value) = title_text(spec, &title) {
                                title_value = Some(value);
                                recognised = true;
                            }
                        }
                        HeadingLevel::H2 => {
                            if let Some(open) = section.take() {
                                sections.push((open, section_start, start));
                            }
                            section = Some(title);
                            section_start = range.end;
                        }
                        _ => {}
                    }
                }
                continue;
            }
            _ => {}
        }
        if let Some((_, title, _)) = heading.as_mut() {
            if let Event::Text(t) | Event::Code(t) = &event {
                title.push_str(t);
            }
            continue;
        }
        // The key-value list: the first top-level list before any section.
        match &event {
            Event::Start(Tag::List(_)) => {
                if depth == 0 && section.is_none() && !seen_summary {
                    list = Some(ListReader {
                        missing: missing.clone(),
                        ..ListReader::default()
                    });
                }
                depth += 1;
            }
            Event::End(TagEnd::List(_)) => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(reader) = list.take() {
                        seen_summary = true;
                        for (key, value, placeholder) in reader.items {
                            match summary_field(spec, &key) {
                                Some(field) => {
                                    recognised = true;
                                    if !placeholder && !set_short(spec, &mut values, field, &value)
                                    {
                                        unknown.push(format!("{key}: {value}"));
                                    }
                                }
                                None => unknown.push(format!("{key}: {value}")),
                            }
                        }
                    }
                }
            }
            Event::Start(Tag::BlockQuote(_) | Tag::Item | Tag::FootnoteDefinition(_)) => depth += 1,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::Item | TagEnd::FootnoteDefinition) => {
                depth = depth.saturating_sub(1)
            }
            _ => {}
        }
        if let Some(reader) = list.as_mut() {
            reader.see(&event);
        }
    }
    if let Some(open) = section.take() {
        sections.push((open, section_start, text.len()));
    }

    for (title, start, end) in sections {
        let body = text[start..end].trim_matches('\n');
        match section_field(spec, &title) {
            Some(SectionKind::Field(field)) => {
                recognised = true;
                let answer = if body == placeholder {
                    String::new()
                } else {
                    field.kind.rules().read_body(body)
                };
                values.set(&field.key, answer);
            }
            Some(SectionKind::Group(group)) => {
                recognised = true;
                acknowledgements::read(spec, group, body, &mut values, &mut unknown);
            }
            None => unknown.push(spec.strings.fill(Msg::UnknownSection, &[("title", &title)])),
        }
    }
    if let Some(field) = spec.field(&spec.title.key) {
        if values.get(&field.key).is_empty() {
            if let Some(value) = title_value.filter(|t| !missing.contains(t)) {
                set_short(spec, &mut values, field, &value);
            }
        }
    }
    if !recognised {
        return Err(not_this_form(spec));
    }
    Ok(Imported { values, unknown })
}

/// Collects each list item's text as "Key: value" pairs, and whether the value is the
/// placeholder for a missing answer (emphasised, as the generator writes it: a team really
/// called "Not provided yet" is plain text).
#[derive(Default)]
struct ListReader {
    items: Vec<(String, String, bool)>,
    current: Option<(String, String, bool)>,
    /// The current value opened with emphasis.
    emphasised: bool,
    /// Inside the current item's strong name ("**Team:**"), where every colon is the name's.
    in_name: bool,
    /// The words of a missing answer.
    missing: [String; 2],
}

impl ListReader {
    fn see(&mut self, event: &Event<'_>) {
        match event {
            Event::Start(Tag::Item) => {
                self.current = Some((String::new(), String::new(), false));
                self.emphasised = false;
                self.in_name = false;
            }
            Event::Start(Tag::Strong) => {
                if let Some((_, _, false)) = self.current.as_ref() {
                    self.in_name = true;
                }
            }
            Event::Start(Tag::Emphasis) => {
                if let Some((_, value, true)) = self.current.as_ref() {
                    self.emphasised |= value.trim().is_empty();
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some((key, value, _)) = self.current.take() {
                    // The colon the document puts after each name (a name may end with one of
                    // its own: "Versions tested on::").
                    let key = key.trim();
                    let key = key.strip_suffix(':').unwrap_or(key).trim().to_owned();
                    let value = value.trim().to_owned();
                    let placeholder = self.emphasised && self.missing.contains(&value);
                    self.items.push((key, value, placeholder));
                }
            }
            Event::End(TagEnd::Strong) => {
                if let Some((_, _, in_value)) = self.current.as_mut() {
                    *in_value = true;
                }
                self.in_name = false;
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((key, value, in_value)) = self.current.as_mut() {
                    // "**Team:** value", or a plain "Team: value".
                    if *in_value {
                        value.push_str(t);
                    } else if self.in_name {
                        key.push_str(t);
                    } else if let Some((k, v)) = t.split_once(':').filter(|_| key.is_empty()) {
                        key.push_str(k);
                        value.push_str(v);
                        *in_value = true;
                    } else {
                        key.push_str(t);
                    }
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, value, true)) = self.current.as_mut() {
                    value.push(' ');
                }
            }
            _ => {}
        }
    }
}

/// The answer in a title line, when the title is this form's: the text between the title's
/// own words.
fn title_text(spec: &FormSpec, heading: &str) -> Option<String> {
    let before = normalize_short(&spec.title.before);
    let after = normalize_short(&spec.title.after);
    let rest = heading.trim().strip_prefix(before.as_str())?;
    let value = rest.strip_suffix(after.as_str())?;
    Some(value.trim().to_owned())
}

/// The one-line field a key-value line names.
fn summary_field<'a>(spec: &'a FormSpec, key: &str) -> Option<&'a FieldSpec> {
    let key = key.trim();
    spec.fields().iter().find(|f| {
        f.kind.shape() == Shape::Line
            && f.revealed_by.is_none()
            && f.doc_label.eq_ignore_ascii_case(key)
    })
}

pub(crate) fn strip_emphasis(s: &str) -> &str {
    s.trim_matches('_')
}

/// Sets a one-line field from its text in the document. Returns false when the text cannot
/// be an answer to it (a choice with no such option and no "Other").
fn set_short(spec: &FormSpec, values: &mut Values, field: &FieldSpec, value: &str) -> bool {
    field
        .kind
        .rules()
        .read(&field.key, value.trim(), values, &spec.strings)
}

enum SectionKind<'a> {
    Field(&'a FieldSpec),
    Group(&'a Group),
}

/// The long field or acknowledgements group a `##` section's title names.
fn section_field<'a>(spec: &'a FormSpec, title: &str) -> Option<SectionKind<'a>> {
    if let Some(group) = spec
        .groups()
        .find(|g| g.doc_label.eq_ignore_ascii_case(title))
    {
        return Some(SectionKind::Group(group));
    }
    let field = spec
        .fields()
        .iter()
        .find(|f| f.kind.shape() == Shape::Section && f.doc_label.eq_ignore_ascii_case(title))?;
    Some(SectionKind::Field(field))
}
