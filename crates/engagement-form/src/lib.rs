//! Hosts' tool for engagement-widget form definitions, as a library (the command line is
//! `src/main.rs`):
//! - [`check`]: the problems the widget would show for a definition, with their places;
//! - [`from_issue_form`]: a GitHub issue form (`.github/ISSUE_TEMPLATE/*.yml`) as a definition,
//!   and what of it could not be carried over.

use engagement_core::config::{resolve, Attributes};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::{json, Map, Value};
use yaml_rust2::{Yaml, YamlLoader};

/// The widget's checks of a definition: every problem it would show, each with its place. A
/// whole configuration (with `"form"`) or a form definition alone.
pub fn check(text: &str) -> Result<Vec<String>, String> {
    let value: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let config = match &value {
        Value::Object(map) if map.contains_key("form") || !map.contains_key("sections") => value,
        _ => json!({ "form": value }),
    };
    let resolved = resolve(&Attributes::default(), Some(Ok(config)));
    Ok(resolved.problems)
}

/// A converted form: the definition, and what of the issue form it could not carry over.
#[derive(Debug)]
pub struct Converted {
    pub definition: Value,
    pub notes: Vec<String>,
}

impl Converted {
    /// The definition as JSON text, its keys in the order a host reads them (the title before
    /// the sections, a field's key, type and label first).
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(&Ordered(&self.definition)).unwrap_or_default()
    }
}

/// The order keys are written in; others follow, alphabetically.
const KEY_ORDER: [&str; 22] = [
    "title",
    "document",
    "heading",
    "showIf",
    "key",
    "type",
    "label",
    "docLabel",
    "hint",
    "placeholder",
    "required",
    "control",
    "maxChars",
    "render",
    "default",
    "minSelected",
    "maxSelected",
    "options",
    "other",
    "value",
    "sections",
    "fields",
];

/// A JSON value serialised with its objects' keys in [`KEY_ORDER`].
struct Ordered<'a>(&'a Value);

impl Serialize for Ordered<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(map) => {
                let mut keys: Vec<&String> = map.keys().collect();
                let rank = |k: &str| {
                    KEY_ORDER
                        .iter()
                        .position(|o| *o == k)
                        .unwrap_or(KEY_ORDER.len())
                };
                keys.sort_by_key(|k| rank(k));
                let mut out = serializer.serialize_map(Some(keys.len()))?;
                for key in keys {
                    out.serialize_entry(key, &Ordered(&map[key]))?;
                }
                out.end()
            }
            Value::Array(items) => {
                let mut out = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    out.serialize_element(&Ordered(item))?;
                }
                out.end()
            }
            other => other.serialize(serializer),
        }
    }
}

/// The longest issue title GitHub takes.
const TITLE_MAX_CHARS: u64 = 256;
/// A one-line answer's limit (issue forms set none; the widget's default is 200).
const INPUT_MAX_CHARS: u64 = 500;

/// Turns a GitHub issue form into a definition. Its `body` elements become questions in one
/// section named after the template; the issue's own title becomes the first question, and
/// the template's `title` its prefix ("[Bug]: ").
pub fn from_issue_form(yaml: &str) -> Result<Converted, String> {
    let docs = YamlLoader::load_from_str(yaml).map_err(|e| format!("not YAML: {e}"))?;
    let template = docs.first().map(to_json).unwrap_or(Value::Null);
    let Some(template) = template.as_object() else {
        return Err("an issue form is a YAML mapping with a `body` list".to_owned());
    };
    let mut c = Converter::default();
    for key in template.keys() {
        match key.as_str() {
            "name" | "description" | "title" | "body" => {}
            "labels" | "assignees" | "projects" | "type" => c.note(format!(
                "`{key}` is for the tracker, not the form: not carried over"
            )),
            other => c.note(format!("`{other}` is not an issue form key: left out")),
        }
    }
    let name = text(template.get("name")).unwrap_or_default();
    let body = template.get("body").and_then(Value::as_array);
    let Some(body) = body else {
        return Err("the issue form has no `body` list".to_owned());
    };
    // The issue's title: a question of its own, first.
    let title_key = c.key(Some("title"), "Title");
    c.names.push("Title".to_owned());
    let mut title_field = json!({
        "key": title_key, "type": "text", "label": "Title", "required": true,
        "maxChars": TITLE_MAX_CHARS
    });
    let (prefix, example) = title_parts(&text(template.get("title")).unwrap_or_default());
    if let Some(example) = example {
        title_field["placeholder"] = json!(example);
    }
    let mut fields = vec![title_field];
    for (n, element) in body.iter().enumerate() {
        if let Some(field) = c.element(element, n) {
            fields.push(field);
        }
    }
    let mut definition = json!({
        "title": format!("{prefix}{{{title_key}}}"),
        "document": document_name(&name),
        "sections": [ { "heading": heading(&name), "fields": fields } ],
    });
    if let Some(map) = definition.as_object_mut() {
        map.retain(|_, v| !v.is_null());
    }
    Ok(Converted {
        definition,
        notes: c.notes,
    })
}

/// The template's title split where an issue form puts its prefix ("[Bug]: ", "BUG: "): the
/// prefix, and the words after it as an example of the rest ("<Please write a title>").
fn title_parts(title: &str) -> (String, Option<String>) {
    let cut = title
        .char_indices()
        .find(|(_, c)| matches!(c, ':' | ']'))
        .map(|(i, c)| i + c.len_utf8());
    match cut {
        Some(end) => {
            let rest = title[end..].trim_start_matches(':');
            let prefix_end = title.len() - rest.len();
            let example = rest
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .trim();
            let prefix = format!("{} ", title[..prefix_end].trim_end());
            let prefix = if prefix.trim().is_empty() {
                String::new()
            } else {
                prefix
            };
            (prefix, (!example.is_empty()).then(|| example.to_owned()))
        }
        None if title.trim().is_empty() => (String::new(), None),
        None => (String::new(), Some(title.trim().to_owned())),
    }
}

/// What the widget calls the document: the template's name where it names a report ("Bug
/// report", "🐛 Compiler Bug Report"), else "issue".
fn document_name(name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()) {
                w.to_owned()
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    let named = words.join(" ");
    if words.last().is_some_and(|w| w == "report") && named.chars().count() <= 60 {
        named
    } else {
        "issue".to_owned()
    }
}

/// The section's heading: the template's name.
fn heading(name: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        "The issue".to_owned()
    } else {
        name.to_owned()
    }
}

#[derive(Default)]
struct Converter {
    keys: Vec<String>,
    /// The names given so far, for the document (they must differ).
    names: Vec<String>,
    notes: Vec<String>,
}

impl Converter {
    fn note(&mut self, note: String) {
        self.notes.push(note);
    }

    /// A key for an element: its `id`, made a widget key (lower case, `-` for `_`), or else
    /// made from its label; never one taken before.
    fn key(&mut self, id: Option<&str>, label: &str) -> String {
        let base = slug(id.unwrap_or(label));
        let base = if base.is_empty() {
            "question".to_owned()
        } else {
            base
        };
        let mut key = base.clone();
        let mut n = 2;
        while self.keys.contains(&key) {
            let suffix = format!("-{n}");
            key = format!(
                "{}{suffix}",
                &base[..base.len().min(40 - suffix.len())].trim_end_matches('-')
            );
            n += 1;
        }
        self.keys.push(key.clone());
        key
    }

    /// A name for the document that no other question has (issue forms may use a label twice).
    fn doc_name(&mut self, label: &str, at: &str) -> Option<String> {
        let name = one_line(label);
        let taken = |names: &[String], n: &str| names.iter().any(|t| t.eq_ignore_ascii_case(n));
        if !taken(&self.names, &name) {
            self.names.push(name);
            return None;
        }
        let mut n = 2;
        let mut unique = format!("{name} ({n})");
        while taken(&self.names, &unique) {
            n += 1;
            unique = format!("{name} ({n})");
        }
        self.note(format!(
            "{at}: the label \"{name}\" is used twice; the document calls this one \"{unique}\""
        ));
        self.names.push(unique.clone());
        Some(unique)
    }

    /// One `body` element as a question (or guidance); `None` for what has no counterpart.
    fn element(&mut self, element: &Value, n: usize) -> Option<Value> {
        let at = format!("body[{n}]");
        let kind = text(element.get("type")).unwrap_or_default();
        let attributes = element.get("attributes").cloned().unwrap_or(Value::Null);
        let get = |name: &str| attributes.get(name);
        let required = element
            .get("validations")
            .and_then(|v| v.get("required"))
            .and_then(Value::as_bool)
            .unwrap_or(false);
        for key in element.as_object().map(Map::keys).into_iter().flatten() {
            if !["type", "id", "attributes", "validations"].contains(&key.as_str()) {
                self.note(format!("{at}.{key}: not an issue form key: left out"));
            }
        }
        if kind == "markdown" {
            let value = text(get("value")).unwrap_or_default();
            if value.trim().is_empty() {
                self.note(format!("{at}: an empty markdown element: left out"));
                return None;
            }
            return Some(json!({ "type": "markdown", "value": value.trim_end() }));
        }
        let label = text(get("label")).unwrap_or_default();
        if label.trim().is_empty() {
            self.note(format!("{at}: a {kind} without a label: left out"));
            return None;
        }
        let id = text(element.get("id"));
        let mut field = Map::new();
        let mut set = |name: &str, value: Value| {
            field.insert(name.to_owned(), value);
        };
        match kind.as_str() {
            "input" | "textarea" => {
                let key = self.key(id.as_deref(), &label);
                set("key", json!(key));
                let textarea = kind == "textarea";
                set("type", json!(if textarea { "textarea" } else { "text" }));
                set("label", json!(label));
                if !textarea {
                    set("maxChars", json!(INPUT_MAX_CHARS));
                }
                if let Some(render) = text(get("render")).filter(|_| textarea) {
                    set("render", json!(render.trim()));
                }
                if let Some(placeholder) = text(get("placeholder")).filter(|p| !p.trim().is_empty())
                {
                    set("placeholder", json!(example(&placeholder)));
                }
                if let Some(value) = text(get("value")).filter(|v| !v.trim().is_empty()) {
                    set("default", json!(value.trim_end()));
                }
            }
            "dropdown" => {
                let key = self.key(id.as_deref(), &label);
                let multiple = get("multiple").and_then(Value::as_bool).unwrap_or(false);
                set("key", json!(key));
                set(
                    "type",
                    json!(if multiple { "checkboxes" } else { "choice" }),
                );
                set("label", json!(label));
                if !multiple {
                    set("control", json!("dropdown"));
                }
                let labels: Vec<String> = get("options")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|o| text(Some(o)))
                    .collect();
                let options = options(&labels, |_| false);
                if let Some(index) = get("default").and_then(Value::as_u64) {
                    match options.get(index as usize) {
                        Some(option) if multiple => set("default", json!([option["key"]])),
                        Some(option) => set("default", option["key"].clone()),
                        None => self.note(format!(
                            "{at}.attributes.default: {index} names no option: left out"
                        )),
                    }
                }
                set("options", json!(options));
            }
            "checkboxes" => {
                let key = self.key(id.as_deref(), &label);
                set("key", json!(key));
                set("type", json!("checkboxes"));
                set("label", json!(label));
                let given: Vec<&Value> = get("options")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .collect();
                let labels: Vec<String> = given
                    .iter()
                    .map(|o| text(o.get("label")).unwrap_or_default())
                    .collect();
                let must = |n: usize| {
                    given
                        .get(n)
                        .and_then(|o| o.get("required"))
                        .and_then(Value::as_bool)
                        .unwrap_or(false)
                };
                set("options", json!(options(&labels, must)));
                if labels.iter().any(|l| has_link(l)) {
                    self.note(format!(
                        "{at}: its options' links are written as text (\"text (address)\")"
                    ));
                }
            }
            "upload" => {
                self.note(format!(
                    "{at}: \"{}\" asks for a file upload, which a document cannot carry: left out",
                    one_line(&label)
                ));
                return None;
            }
            other => {
                self.note(format!(
                    "{at}: the type \"{other}\" is not an issue form element: left out"
                ));
                return None;
            }
        }
        if let Some(description) = text(get("description")).filter(|d| !d.trim().is_empty()) {
            if has_link(&description) {
                self.note(format!(
                    "{at}.attributes.description: its links are written as text (\"text (address)\")"
                ));
            }
            field.insert("hint".to_owned(), json!(plain(&description)));
        }
        if required && kind != "checkboxes" {
            field.insert("required".to_owned(), json!(true));
        }
        if let Some(name) = self.doc_name(&label, &at) {
            field.insert("docLabel".to_owned(), json!(name));
        }
        for key in attributes.as_object().map(Map::keys).into_iter().flatten() {
            let known = [
                "label",
                "description",
                "placeholder",
                "value",
                "render",
                "multiple",
                "options",
                "default",
            ];
            if !known.contains(&key.as_str()) {
                self.note(format!("{at}.attributes.{key}: not carried over"));
            }
        }
        Some(Value::Object(field))
    }
}

/// Options from their labels: keys made from the labels, one line each, links as text;
/// `required` says which must be ticked.
fn options(labels: &[String], required: impl Fn(usize) -> bool) -> Vec<Value> {
    let mut keys: Vec<String> = Vec::new();
    labels
        .iter()
        .enumerate()
        .map(|(n, label)| {
            let base = slug(label);
            let base = if base.is_empty() {
                format!("option-{}", n + 1)
            } else {
                base
            };
            let mut key = base.clone();
            let mut k = 2;
            while keys.contains(&key) {
                key = format!("{}-{k}", &base[..base.len().min(36)]);
                k += 1;
            }
            keys.push(key.clone());
            let mut option = json!({ "key": key, "label": plain(&one_line(label)) });
            if required(n) {
                option["required"] = json!(true);
            }
            option
        })
        .collect()
}

/// A widget key from any text: lower-case ASCII letters and digits, other runs as one `-`, at
/// most 40 characters.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.chars().take(40).collect();
    out.trim_end_matches('-').to_owned()
}

/// A placeholder as the widget's example: it says "For example:" itself, so the placeholder's
/// own "e.g." goes.
fn example(placeholder: &str) -> String {
    let text = placeholder.trim();
    let lower = text.to_lowercase();
    for lead in [
        "for example:",
        "for example,",
        "example:",
        "e.g.,",
        "e.g.:",
        "e.g.",
        "eg.",
        "eg:",
        "ex:",
    ] {
        if lower.starts_with(lead) {
            return text[lead.len()..].trim().to_owned();
        }
    }
    text.to_owned()
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn has_link(text: &str) -> bool {
    text.contains("](")
}

/// Markdown's links as plain text, "text (address)", for a hint or label that shows as text.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let link = after.find("](").and_then(|close| {
            let target = &after[close + 2..];
            let end = target.find(')')?;
            Some((&after[..close], &target[..end], close + 2 + end + 1))
        });
        match link {
            Some((words, address, used)) if !words.contains(['[', ']']) => {
                out.push_str(&rest[..open]);
                out.push_str(&format!("{words} ({address})"));
                rest = &after[used..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.trim_end().to_owned()
}

/// A YAML scalar as text: strings as they are, numbers and booleans as written.
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// YAML as JSON. Floats keep the digits they were written with ("3.10" stays "3.10").
fn to_json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::Real(s) | Yaml::String(s) => Value::String(s.clone()),
        Yaml::Integer(n) => json!(n),
        Yaml::Boolean(b) => json!(b),
        Yaml::Array(items) => Value::Array(items.iter().map(to_json).collect()),
        Yaml::Hash(map) => Value::Object(
            map.iter()
                .filter_map(|(k, v)| {
                    let key = match k {
                        Yaml::String(s) | Yaml::Real(s) => s.clone(),
                        Yaml::Integer(n) => n.to_string(),
                        Yaml::Boolean(b) => b.to_string(),
                        _ => return None,
                    };
                    Some((key, to_json(v)))
                })
                .collect(),
        ),
        Yaml::Alias(_) | Yaml::Null | Yaml::BadValue => Value::Null,
    }
}
