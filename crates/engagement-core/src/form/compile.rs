//! Checks a form definition and turns it into the [`FormSpec`] the widget follows. Every
//! problem is reported with its place (`form.sections[0].fields[1].type: ...`); a definition
//! with any problem is not used (the caller falls back to the built-in one-pager).

use super::compiler::Compiler;
use super::definition::{FieldDef, FieldType, FormDef};
use super::kinds::{self, acknowledgements, Kind, Shape};
use super::{FieldSpec, FormSpec, Item, Key, Section, Title, MAX_FIELDS, SOFT_WORD_LIMIT};
use crate::content::Expectation;
use crate::document_name::{DocumentName, MAX_DOCUMENT_NAME_CHARS};
use crate::text::normalize_short;

/// The form `def` defines, its acknowledgements made from `expectations`; or every problem.
pub fn compile(def: &FormDef, expectations: &[Expectation]) -> Result<FormSpec, Vec<String>> {
    let mut c = Compiler::new(expectations);
    if def.sections.is_empty() {
        c.problem("form.sections", "the form needs at least one section");
    }
    let mut sections = Vec::with_capacity(def.sections.len());
    for (s, section) in def.sections.iter().enumerate() {
        let place = format!("form.sections[{s}]");
        if section.heading.trim().is_empty() {
            c.problem(&format!("{place}.heading"), "every section needs a heading");
        }
        let mut items = Vec::new();
        for (f, field) in section.fields.iter().enumerate() {
            c.item(field, &format!("{place}.fields[{f}]"), &mut items);
        }
        sections.push(Section {
            heading: section.heading.trim().to_owned(),
            items,
        });
    }
    if c.questions == 0 && !def.sections.is_empty() {
        c.problem(
            "form",
            "the form asks nothing: add a field that is not markdown",
        );
    }
    if c.questions > MAX_FIELDS {
        let n = c.questions;
        c.problem(
            "form",
            &format!("the form has {n} fields; at most {MAX_FIELDS} are allowed"),
        );
    }
    let groups: Vec<(String, String)> = sections
        .iter()
        .enumerate()
        .flat_map(|(s, section)| {
            section.items.iter().filter_map(move |item| match item {
                Item::Group(group) => {
                    Some((group.doc_label.clone(), format!("form.sections[{s}]")))
                }
                _ => None,
            })
        })
        .collect();
    c.check_doc_labels(&groups);
    let title = c.title(&def.title, "form.title");
    let subject = match &def.subject {
        Some(subject) => c.title(subject, "form.subject"),
        None => title.clone(),
    };
    let soft_word_limit = def.soft_word_limit.map_or(SOFT_WORD_LIMIT, |n| n as usize);
    let document = match def.document.as_deref() {
        None => DocumentName::default(),
        // The name's own characters count, not its article.
        Some(text) => match DocumentName::new(text) {
            Some(name) if name.name.chars().count() > MAX_DOCUMENT_NAME_CHARS => {
                c.problem(
                    "form.document",
                    &format!("must be {MAX_DOCUMENT_NAME_CHARS} characters or fewer"),
                );
                DocumentName::default()
            }
            Some(name) => name,
            None => {
                c.problem(
                    "form.document",
                    "must name the document, like \"an intake request\"",
                );
                DocumentName::default()
            }
        },
    };
    match (title, subject) {
        (Some(title), Some(subject)) if c.problems.is_empty() => Ok(FormSpec {
            title,
            subject,
            document,
            sections,
            fields: c.fields,
            soft_word_limit,
        }),
        _ => Err(c.problems),
    }
}

/// The parts of a definition: its items, its titles and the names the document gives them.
impl Compiler<'_> {
    /// Reports each key the definition gives that its type does not take.
    fn check_keys(&mut self, def: &FieldDef, place: &str) {
        for (name, present) in def.given() {
            if present && !kinds::accepts(def.kind, name) {
                self.problem(
                    &format!("{place}.{name}"),
                    &format!("does not apply to a {} field", def.kind.name()),
                );
            }
        }
    }

    fn item(&mut self, def: &FieldDef, place: &str, items: &mut Vec<Item>) {
        self.check_keys(def, place);
        if def.kind == FieldType::Markdown {
            match def.value.as_deref().map(str::trim) {
                Some(value) if !value.is_empty() => items.push(Item::Guidance(value.to_owned())),
                _ => self.problem(&format!("{place}.value"), "a markdown item needs its text"),
            }
            return;
        }
        self.questions += 1;
        let key = self.key(def.key.as_deref(), &format!("{place}.key"));
        let label = match def.label.as_deref().map(normalize_short) {
            Some(label) if !label.is_empty() => label,
            _ => {
                self.problem(&format!("{place}.label"), "every field needs a label");
                String::new()
            }
        };
        let doc_label = self.doc_label(def.doc_label.as_deref(), &label, place);
        let Some(key) = key else { return };
        if def.kind == FieldType::Acknowledgements {
            self.groups.push((key.clone(), place.to_owned()));
            let group = acknowledgements::compile(self, def, &key, label, doc_label, place);
            items.push(Item::Group(group));
            return;
        }
        let (kind, other) = kinds::compile(self, def, &key, &label, place);
        let spec = field_spec(def, key.clone(), label, doc_label, kind);
        self.push(spec, place);
        items.push(Item::Field(key));
        if let Some(other) = other {
            let key = other.key.clone();
            self.push(other, &format!("{place}.other"));
            items.push(Item::Field(key));
        }
    }

    /// The title, which names a one-line field in braces.
    fn title(&mut self, title: &str, place: &str) -> Option<Title> {
        let parsed = title.split_once('{').and_then(|(before, rest)| {
            let (key, after) = rest.split_once('}')?;
            (!before.contains('}') && !after.contains(['{', '}']))
                .then(|| (before.to_owned(), key.trim(), after.to_owned()))
        });
        let Some((before, key, after)) = parsed else {
            self.problem(
                place,
                "must name one field in braces, like \"Intake: {service}\"",
            );
            return None;
        };
        match self.fields.iter().find(|f| &*f.key == key) {
            Some(field) if field.kind.shape() == Shape::Line && field.revealed_by.is_none() => {
                Some(Title {
                    before,
                    key: field.key.clone(),
                    after,
                })
            }
            Some(_) => {
                self.problem(
                    place,
                    &format!("\"{{{key}}}\" must name a one-line field (text, email, date, number or choice)"),
                );
                None
            }
            None => {
                self.problem(place, &format!("\"{{{key}}}\" names no field of the form"));
                None
            }
        }
    }

    /// The document's names must tell its parts apart, for import to read them back: the
    /// one-line fields' names in the key-value block, the sections' titles.
    fn check_doc_labels(&mut self, groups: &[(String, String)]) {
        let mut lines: Vec<&str> = Vec::new();
        let mut titles: Vec<&str> = Vec::new();
        let mut problems = Vec::new();
        let fields = self
            .fields
            .iter()
            .zip(&self.places)
            .filter(|(f, _)| f.revealed_by.is_none() && f.kind.shape() != Shape::Group)
            .map(|(f, place)| {
                (
                    f.doc_label.as_str(),
                    place.as_str(),
                    f.kind.shape() == Shape::Line,
                )
            });
        let groups = groups
            .iter()
            .map(|(name, place)| (name.as_str(), place.as_str(), false));
        for (name, place, short) in fields.chain(groups) {
            if short && name.contains(':') {
                problems.push(format!(
                    "{place}.docLabel: \"{name}\" may not contain a colon"
                ));
            }
            let seen = if short { &mut lines } else { &mut titles };
            if seen.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                problems.push(format!(
                    "{place}.docLabel: \"{name}\" names two parts of the document"
                ));
            }
            seen.push(name);
        }
        self.problems.extend(problems);
    }
}

/// The checked definition of a field as a [`FieldSpec`]: what every type shares (its
/// messages made from the label, a hint or default its type gives), the rest from its kind.
fn field_spec(def: &FieldDef, key: Key, label: String, doc_label: String, kind: Kind) -> FieldSpec {
    let rules = kind.rules();
    let required = def.required || rules.asks_for_answer();
    // A label that asks a question ("What do you need?") is quoted, not read into a sentence.
    let question = label.ends_with('?');
    let generated = if question {
        format!("Answer \u{201c}{label}\u{201d}")
    } else {
        rules.missing(&label)
    };
    let hint = def
        .hint
        .clone()
        .or_else(|| rules.default_hint().map(str::to_owned));
    let default = rules.default(def);
    FieldSpec {
        key,
        doc_label,
        name: def.name.clone().unwrap_or_else(|| {
            if question {
                format!("Your answer to \u{201c}{label}\u{201d}")
            } else {
                label.clone()
            }
        }),
        kind,
        required,
        hint,
        missing: def.messages.required.clone().unwrap_or(generated),
        messages: def.messages.clone(),
        autocomplete: def.autocomplete.clone(),
        default,
        revealed_by: None,
        label,
    }
}
