//! Checks a form definition and turns it into the [`FormSpec`] the widget follows. Every
//! problem is reported with its place (`form.sections[0].fields[1].type: ...`); a definition
//! with any problem is not used (the caller falls back to the built-in one-pager).

use super::compiler::Compiler;
use super::definition::{FieldDef, FieldType, FormDef, ShowIfDef};
use super::kinds::{self, acknowledgements, Kind, Shape};
use super::{
    Condition, FieldSpec, FormSpec, Guidance, Item, Key, Section, Title, MAX_FIELDS,
    SOFT_WORD_LIMIT,
};
use std::rc::Rc;

use crate::content::Expectation;
use crate::date::Date;
use crate::document_name::{DocumentName, MAX_DOCUMENT_NAME_CHARS};
use crate::strings::{Key as Msg, Strings};
use crate::text::{normalize_newlines, normalize_short};

/// The form `def` defines, its acknowledgements made from `expectations`; or every problem.
pub fn compile(
    def: &FormDef,
    expectations: &[Expectation],
    strings: &Rc<Strings>,
) -> Result<FormSpec, Vec<String>> {
    compile_in(def, expectations, strings, strings.lang())
}

/// The same, the definition's `document` read in the language `written_in` (the built-in
/// one-pager's English definition is English on any page).
pub fn compile_in(
    def: &FormDef,
    expectations: &[Expectation],
    strings: &Rc<Strings>,
    written_in: &str,
) -> Result<FormSpec, Vec<String>> {
    let mut c = Compiler::new(expectations, strings);
    // Every key the definition gives, to tell a condition on a later question from one on
    // none at all.
    c.keys_given = def
        .sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .filter_map(|f| f.key.clone())
        .collect();
    if def.sections.is_empty() {
        c.problem("form.sections", "the form needs at least one section");
    }
    let mut sections = Vec::with_capacity(def.sections.len());
    for (s, section) in def.sections.iter().enumerate() {
        let place = format!("form.sections[{s}]");
        if section.heading.trim().is_empty() {
            c.problem(&format!("{place}.heading"), "every section needs a heading");
        }
        let shown_if = section
            .show_if
            .as_ref()
            .and_then(|show_if| c.condition(show_if, &place, None));
        let mut items = Vec::new();
        for (f, field) in section.fields.iter().enumerate() {
            let at = format!("{place}.fields[{f}]");
            c.item(field, &at, shown_if.as_ref(), &mut items);
        }
        sections.push(Section {
            heading: section.heading.trim().to_owned(),
            items,
            shown_if,
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
    c.check_doc_labels();
    let title = c.title(&def.title, "form.title");
    let subject = match &def.subject {
        Some(subject) => c.title(subject, "form.subject"),
        None => title.clone(),
    };
    let soft_word_limit = def.soft_word_limit.map_or(SOFT_WORD_LIMIT, |n| n as usize);
    let document = match def.document.as_deref() {
        None => DocumentName::default_in(strings),
        // The name's own characters count, not its article.
        Some(text) => match DocumentName::new(text, written_in) {
            Some(name) if name.name.chars().count() > MAX_DOCUMENT_NAME_CHARS => {
                c.problem(
                    "form.document",
                    &format!("must be {MAX_DOCUMENT_NAME_CHARS} characters or fewer"),
                );
                DocumentName::default_in(strings)
            }
            // German sentences name it with its article, which only the host knows.
            Some(name) if !name.has_article_for(written_in) => {
                c.problem(
                    "form.document",
                    "on a German page, write the name with the article the widget's sentences \
                     need (accusative): \"einen Antrag\", \"eine Anfrage\", \"ein Formular\"",
                );
                DocumentName::default_in(strings)
            }
            Some(name) => name,
            None => {
                c.problem(
                    "form.document",
                    "must name the document, like \"an intake request\"",
                );
                DocumentName::default_in(strings)
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
            strings: strings.clone(),
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
                let why = kinds::refusal(def.kind, name).map_or_else(
                    || format!("does not apply to a {} field", def.kind.name()),
                    str::to_owned,
                );
                self.problem(&format!("{place}.{name}"), &why);
            }
        }
    }

    /// One item of a section, shown while `inherited` (the section's condition) holds.
    fn item(
        &mut self,
        def: &FieldDef,
        place: &str,
        inherited: Option<&Condition>,
        items: &mut Vec<Item>,
    ) {
        self.check_keys(def, place);
        let own = def
            .show_if
            .as_ref()
            .and_then(|show_if| self.condition(show_if, place, def.key.as_deref()));
        let shown_if: Vec<Condition> = inherited.into_iter().cloned().chain(own).collect();
        if def.kind == FieldType::Markdown {
            match def.value.as_deref().map(str::trim) {
                Some(value) if !value.is_empty() => items.push(Item::Guidance(Guidance {
                    text: value.to_owned(),
                    shown_if,
                })),
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
        let named = (doc_label.clone(), place.to_owned(), def.doc_label.is_some());
        if def.kind == FieldType::Acknowledgements {
            self.groups.push((key.clone(), place.to_owned()));
            self.group_names.push(named);
            let group =
                acknowledgements::compile(self, def, &key, label, doc_label, place, &shown_if);
            items.push(Item::Group(group));
            return;
        }
        let (kind, other) = kinds::compile(self, def, &key, &label, place);
        let spec = self.field_spec(def, key.clone(), label, doc_label, kind, shown_if, place);
        if spec.kind.shape() != Shape::Group {
            self.field_names.push((spec.key.clone(), named));
        }
        let shown_if = spec.shown_if.clone();
        self.push(spec, place);
        items.push(Item::Field(key));
        if let Some(mut other) = other {
            let key = other.key.clone();
            // The "Other" question is part of its choice: hidden with it.
            other.shown_if = shown_if;
            self.push(other, &format!("{place}.other"));
            items.push(Item::Field(key));
        }
    }

    /// A `showIf`, checked: it names an earlier choice or checkboxes field (not `own`, the
    /// question it is on), and options it has.
    fn condition(&mut self, def: &ShowIfDef, place: &str, own: Option<&str>) -> Option<Condition> {
        let at = format!("{place}.showIf");
        let key = def.field.trim();
        let earlier = self
            .fields
            .iter()
            .find(|f| &*f.key == key && f.revealed_by.is_none());
        let Some(field) = earlier else {
            let why = if own == Some(key) {
                format!("\"{key}\" is this question: a question cannot depend on itself")
            } else if self.keys_given.iter().any(|k| k == key) {
                format!(
                    "\"{key}\" comes later in the form: a question can depend only on one \
                     before it"
                )
            } else {
                format!("\"{key}\" names no field of the form")
            };
            self.problem(&format!("{at}.field"), &why);
            return None;
        };
        let Some(options) = field.kind.rules().options() else {
            let why = format!(
                "\"{key}\" is a {} field: a question can depend only on a choice or checkboxes",
                field.kind.type_name()
            );
            self.problem(&format!("{at}.field"), &why);
            return None;
        };
        let keys = kinds::options::keys(options);
        let unknown: Vec<(usize, String)> = def
            .is
            .iter()
            .enumerate()
            .filter(|(_, o)| !options.iter().any(|option| option.key == o.trim()))
            .map(|(n, o)| (n, o.clone()))
            .collect();
        let field_key = field.key.clone();
        if def.is.is_empty() {
            self.problem(
                &format!("{at}.is"),
                &format!("name at least one option of \"{key}\" ({keys})"),
            );
            return None;
        }
        for (n, option) in &unknown {
            self.problem(
                &format!("{at}.is[{n}]"),
                &format!("\"{option}\" is not an option of \"{key}\" ({keys})"),
            );
        }
        unknown.is_empty().then(|| Condition {
            field: field_key,
            any_of: def.is.iter().map(|o| o.trim().to_owned()).collect(),
        })
    }

    /// The checked definition of a field as a [`FieldSpec`]: what every type shares (its
    /// messages made from the label, a hint, placeholder or default), the rest from its kind.
    #[allow(clippy::too_many_arguments)]
    fn field_spec(
        &mut self,
        def: &FieldDef,
        key: Key,
        label: String,
        doc_label: String,
        kind: Kind,
        shown_if: Vec<Condition>,
        place: &str,
    ) -> FieldSpec {
        let rules = kind.rules();
        let required = def.required || rules.asks_for_answer();
        // A label that asks a question ("What do you need?") is quoted, not read into a
        // sentence.
        let question = label.ends_with('?');
        let s = self.strings;
        let generated = if question {
            s.fill(Msg::AnswerQuestion, &[("Label", &label)])
        } else {
            rules.missing(&label, s)
        };
        let hint = def
            .hint
            .clone()
            .or_else(|| rules.default_hint().map(|key| s.text(key).to_owned()));
        // An example: one line where the answer is, as many as it has in a long answer.
        let placeholder = def.placeholder.as_deref().map(|text| {
            let text = match rules.shape() {
                Shape::Section => normalize_newlines(text).trim().to_owned(),
                _ => normalize_short(text),
            };
            if text.is_empty() {
                self.problem(
                    &format!("{place}.placeholder"),
                    "may not be empty: leave it out instead",
                );
            }
            text
        });
        let default = def
            .default
            .as_ref()
            .and_then(|given| match rules.default(given) {
                Ok(value) => Some(value),
                Err(why) => {
                    self.problem(&format!("{place}.default"), &why);
                    None
                }
            });
        let spec = FieldSpec {
            key,
            doc_label,
            name: def.name.clone().unwrap_or_else(|| {
                if question {
                    s.fill(Msg::AnswerToName, &[("Label", &label)])
                } else {
                    label.clone()
                }
            }),
            kind,
            required,
            hint,
            placeholder: placeholder.filter(|text| !text.is_empty()),
            missing: def.messages.required.clone().unwrap_or(generated),
            messages: def.messages.clone(),
            autocomplete: def.autocomplete.clone(),
            default,
            revealed_by: None,
            shown_if,
            label,
        };
        // A default is an answer: it keeps the question's own rules (its limits and format).
        // (Choices' and checkboxes' defaults are checked as options above.)
        if let Some(value) = &spec.default {
            let rules = spec.kind.rules();
            let options = rules.options().is_some();
            let broken = (!options && rules.is_answered(value))
                .then(|| rules.check(&spec, value, Date::EARLIEST, s))
                .flatten();
            if let Some(message) = broken {
                self.problem(
                    &format!("{place}.default"),
                    &format!("breaks the question's own rule: \u{201c}{message}\u{201d}"),
                );
            }
        }
        spec
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
            Some(field) if !field.shown_if.is_empty() => {
                self.problem(
                    place,
                    &format!(
                        "\"{{{key}}}\" is asked only sometimes (it has a showIf): the title \
                         needs a question that is always asked"
                    ),
                );
                None
            }
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
                    &format!("\"{{{key}}}\" must name a one-line field (text, email, date, number, choice or checkboxes)"),
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
    /// one-line fields' names in the key-value block, the sections' titles. A name may hold
    /// any character (a colon too); a problem names the key it came from.
    fn check_doc_labels(&mut self) {
        let mut lines: Vec<&str> = Vec::new();
        let mut titles: Vec<&str> = Vec::new();
        let mut problems = Vec::new();
        let fields = self.field_names.iter().filter_map(|(key, named)| {
            let field = self.fields.iter().find(|f| f.key == *key)?;
            Some((named, field.kind.shape() == Shape::Line))
        });
        let groups = self.group_names.iter().map(|named| (named, false));
        for ((name, place, given), short) in fields.chain(groups) {
            let seen = if short { &mut lines } else { &mut titles };
            if seen.iter().any(|n| n.eq_ignore_ascii_case(name)) {
                problems.push(if *given {
                    format!("{place}.docLabel: \"{name}\" names two parts of the document")
                } else {
                    format!(
                        "{place}.label: the label \"{name}\", used as the document's name, \
                         names two parts of the document"
                    )
                });
            }
            seen.push(name);
        }
        self.problems.extend(problems);
    }
}
