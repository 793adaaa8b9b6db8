//! `checkboxes`: a multi-select question, any number of its options ticked (between
//! `minSelected` and `maxSelected`), some perhaps required one by one, with an optional
//! "Other" that reveals a text field. The answer is the ticked options' keys, in the options'
//! order, joined by commas ("chrome,firefox"), as a prefilled link gives them. The document
//! names them on one line in the options' order ("Browsers: Chrome, Firefox"), and import
//! reads them back, whatever characters the names hold.

use serde_json::Value;

use super::options::{self, other_prefix, OptionSpec};
use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{FieldSpec, Key, Values, OTHER};
use crate::strings::{Key as Msg, Strings};
use crate::text::normalize_short;

/// The definition keys checkboxes take.
pub const KEYS: &[&str] = &["options", "other", "minSelected", "maxSelected"];

/// What separates the options' names on the document's line.
const SEPARATOR: &str = ", ";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckboxesField {
    pub options: Vec<OptionSpec>,
    /// The key of the text field the "Other" option reveals, if there is one.
    pub other: Option<Key>,
    /// At least this many ticked, once any is (always, when the question is required).
    pub min: usize,
    /// At most this many ticked.
    pub max: Option<usize>,
}

/// The keys a checkboxes answer holds, in its order.
pub fn ticked(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|k| !k.is_empty())
}

impl CheckboxesField {
    /// The checkboxes, and the "Other" field they reveal.
    pub(crate) fn compile(
        c: &mut Compiler,
        def: &FieldDef,
        key: &Key,
        label: &str,
        place: &str,
    ) -> (CheckboxesField, Option<FieldSpec>) {
        let (options, other) = options::compile(c, def, key, label, place, "checkboxes");
        c.at_least_one(place, "maxSelected", def.max_selected);
        let (min, max) = (def.min_selected.unwrap_or(0), def.max_selected);
        if let Some(max) = max.filter(|max| min > *max) {
            c.problem(
                &format!("{place}.minSelected"),
                &format!("{min} is more than maxSelected ({max})"),
            );
        }
        if min as usize > options.len() {
            c.problem(
                &format!("{place}.minSelected"),
                &format!("{min} is more than there are options ({})", options.len()),
            );
        }
        let names: Vec<&str> = options
            .iter()
            .filter(|o| o.key != OTHER)
            .map(|o| o.doc_label.as_str())
            .collect();
        if !names.iter().all(|n| n.is_empty()) && !readable_in_a_line(&names) {
            c.problem(
                &format!("{place}.options"),
                &format!(
                    "the options' names could be read two ways on the document's line, where \
                     they are listed with \"{SEPARATOR}\" between them: give the ones with \
                     \"{SEPARATOR}\" in them a docLabel without it"
                ),
            );
        }
        let field = CheckboxesField {
            other: other.as_ref().map(|o| o.key.clone()),
            options,
            min: min as usize,
            max: max.map(|n| n as usize),
        };
        (field, other)
    }

    fn option(&self, key: &str) -> Option<&OptionSpec> {
        self.options.iter().find(|o| o.key == key)
    }

    /// The keys of `value` that are options, in the options' order.
    fn chosen<'a>(&'a self, value: &str) -> Vec<&'a OptionSpec> {
        let keys: Vec<&str> = ticked(value).collect();
        self.options
            .iter()
            .filter(|o| keys.contains(&o.key.as_str()))
            .collect()
    }

    /// An answer holding `chosen`, in the options' order.
    fn answer<'a>(&self, chosen: impl IntoIterator<Item = &'a str>) -> String {
        let chosen: Vec<&str> = chosen.into_iter().collect();
        let keys: Vec<&str> = self
            .options
            .iter()
            .map(|o| o.key.as_str())
            .filter(|k| chosen.contains(k))
            .collect();
        keys.join(",")
    }

    /// Reads the document's line: the options it names, in their order, and the visitor's own
    /// "Other" answer after them. `None` when the line cannot be these checkboxes' answer.
    /// Options alone are preferred; then options and "Other: " with the rest; then options
    /// and the rest as it is, the most options first. (The line [`FieldKind::text`] writes is
    /// checked to read back this way, and says "Other: " where it would not.)
    fn parse<'a>(&'a self, text: &'a str, prefix: &str) -> Option<(Vec<&'a str>, Option<&'a str>)> {
        if let Some(keys) = self.options_only(text, 0) {
            return Some((keys, None));
        }
        self.other.as_ref()?;
        // Where the options could end: the start, and after each separator.
        let mut cuts: Vec<(usize, usize)> = vec![(0, 0)];
        cuts.extend(
            text.match_indices(SEPARATOR)
                .map(|(at, _)| (at, at + SEPARATOR.len())),
        );
        for (end, start) in &cuts {
            let rest = &text[*start..];
            if let Some(described) = rest.strip_prefix(prefix) {
                if let Some(keys) = self.options_only(&text[..*end], 0) {
                    return Some((keys, Some(described)));
                }
            }
        }
        for (end, start) in cuts.iter().rev() {
            let rest = &text[*start..];
            if rest.is_empty() {
                continue;
            }
            if let Some(keys) = self.options_only(&text[..*end], 0) {
                return Some((keys, Some(rest)));
            }
        }
        None
    }

    /// `text` as the names of options from the `next`th on, in order, with the separator
    /// between them, and nothing else; their keys.
    fn options_only<'a>(&'a self, text: &'a str, next: usize) -> Option<Vec<&'a str>> {
        if text.is_empty() {
            return Some(Vec::new());
        }
        for (n, option) in self.options.iter().enumerate().skip(next) {
            if option.key == OTHER {
                continue;
            }
            let Some(rest) = text.strip_prefix(option.doc_label.as_str()) else {
                continue;
            };
            let rest = if rest.is_empty() {
                Some(rest)
            } else {
                rest.strip_prefix(SEPARATOR)
            };
            if let Some(mut keys) = rest.and_then(|rest| self.options_only(rest, n + 1)) {
                keys.insert(0, &option.key);
                return Some(keys);
            }
        }
        None
    }
}

/// Whether a line listing some of `names` (each once, in order, with ", " between them) can
/// be read back only one way. The Sardinas-Patterson test on the names each followed by the
/// separator: no name may be reached by two different ways of cutting the line.
fn readable_in_a_line(names: &[&str]) -> bool {
    let words: Vec<String> = names.iter().map(|n| format!("{n}{SEPARATOR}")).collect();
    // The parts left over where one way of cutting is ahead of another.
    let mut dangling: Vec<String> = Vec::new();
    for (i, a) in words.iter().enumerate() {
        for (j, b) in words.iter().enumerate() {
            if i != j {
                if let Some(rest) = b.strip_prefix(a.as_str()) {
                    dangling.push(rest.to_owned());
                }
            }
        }
    }
    let mut seen: Vec<String> = Vec::new();
    while let Some(part) = dangling.pop() {
        if part.is_empty() || words.contains(&part) {
            return false;
        }
        if seen.contains(&part) {
            continue;
        }
        for word in &words {
            if let Some(rest) = part.strip_prefix(word.as_str()) {
                dangling.push(rest.to_owned());
            }
            if let Some(rest) = word.strip_prefix(part.as_str()) {
                dangling.push(rest.to_owned());
            }
        }
        seen.push(part);
    }
    true
}

impl FieldKind for CheckboxesField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    // A box that must be ticked makes the question required; `minSelected` applies once any
    // box is ticked (unless the question is required).
    fn asks_for_answer(&self) -> bool {
        self.options.iter().any(|o| o.required)
    }

    fn missing(&self, label: &str, s: &Strings) -> String {
        if self.min > 1 {
            s.count_label(Msg::SelectAtLeast, self.min as u64, label)
        } else {
            s.with_label(Msg::SelectLabel, label, &[])
        }
    }

    // Nothing ticked is an answer to check like any other: a box that must be ticked says so.
    fn is_answered(&self, _value: &str) -> bool {
        true
    }

    fn options(&self) -> Option<&[OptionSpec]> {
        Some(&self.options)
    }

    fn selects(&self, value: &str, option: &str) -> bool {
        ticked(value).any(|k| k == option)
    }

    // A list of options' keys (or one key).
    fn default(&self, given: &Value) -> Result<String, String> {
        let wanted: Vec<&str> = match given {
            Value::String(key) => vec![key.as_str()],
            Value::Array(keys) => keys.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let found: Option<Vec<&str>> = wanted
            .iter()
            .map(|w| options::find(&self.options, w).map(|o| o.key.as_str()))
            .collect();
        match found {
            Some(keys) if keys.len() == given.as_array().map_or(1, Vec::len) => {
                let ticked = self.chosen(&self.answer(keys.iter().copied())).len();
                match self.max {
                    Some(max) if ticked > max => {
                        return Err(format!("ticks {ticked} options; maxSelected is {max}"))
                    }
                    _ if ticked > 0 && ticked < self.min => {
                        return Err(format!(
                            "ticks {ticked} options; minSelected is {}",
                            self.min
                        ))
                    }
                    _ => {}
                }
                Ok(self.answer(keys))
            }
            _ => Err(format!(
                "must be a list of the options' keys ({})",
                super::options::keys(&self.options)
            )),
        }
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let m = &field.messages;
        let chosen = self.chosen(value);
        let label = &field.label;
        let question = label.ends_with('?');
        if let Some(option) = self
            .options
            .iter()
            .find(|o| o.required && !chosen.iter().any(|c| c.key == o.key))
        {
            return Some(field.message(&m.required, || {
                s.fill(Msg::ConfirmOption, &[("option", &option.label)])
            }));
        }
        if chosen.is_empty() {
            return field.required.then(|| field.missing.clone());
        }
        if chosen.len() < self.min {
            let min = self.min as u64;
            return Some(field.message(&m.too_few, || {
                if question {
                    s.count(Msg::SelectAtLeastFor, min, &[("Label", label)])
                } else {
                    s.count_label(Msg::SelectAtLeast, min, label)
                }
            }));
        }
        match self.max {
            Some(max) if chosen.len() > max => Some(field.message(&m.too_many, || {
                if question {
                    s.count(Msg::SelectAtMostFor, max as u64, &[("Label", label)])
                } else {
                    s.count_label(Msg::SelectAtMost, max as u64, label)
                }
            })),
            _ => None,
        }
    }

    fn text(&self, value: String, values: &Values, s: &Strings) -> String {
        let chosen = self.chosen(&value);
        let prefix = other_prefix(s);
        let names: Vec<&str> = chosen
            .iter()
            .filter(|o| o.key != OTHER)
            .map(|o| o.doc_label.as_str())
            .collect();
        let mut line = names.join(SEPARATOR);
        let described = match &self.other {
            Some(other) if chosen.iter().any(|o| o.key == OTHER) => {
                normalize_short(values.get(other))
            }
            _ => String::new(),
        };
        if described.is_empty() {
            return line;
        }
        // The visitor's own answer follows the options, as it is where that line reads back
        // exactly, else after "Other: " (as it must where it reads like more options, or like
        // that prefix).
        let wanted: Vec<&str> = chosen
            .iter()
            .filter(|o| o.key != OTHER)
            .map(|o| o.key.as_str())
            .collect();
        let reads_back = |line: &str| {
            self.parse(line, &prefix)
                .is_some_and(|(keys, other)| keys == wanted && other == Some(described.as_str()))
        };
        if !line.is_empty() {
            line.push_str(SEPARATOR);
        }
        let plain = format!("{line}{described}");
        if reads_back(&plain) {
            plain
        } else {
            format!("{line}{prefix}{described}")
        }
    }

    fn read(&self, key: &Key, text: &str, values: &mut Values, s: &Strings) -> bool {
        let Some((keys, other)) = self.parse(text, &other_prefix(s)) else {
            return false;
        };
        match (other, &self.other) {
            (Some(described), Some(other_key)) => {
                values.set(key, self.answer(keys.into_iter().chain([OTHER])));
                values.set(other_key, described);
            }
            _ => values.set(key, self.answer(keys)),
        }
        true
    }

    // Options by their keys or words, with commas between them: "chrome,firefox".
    fn prefill(&self, value: String) -> Result<String, String> {
        let found: Option<Vec<&str>> = ticked(&value)
            .map(|w| options::find(&self.options, w).map(|o| o.key.as_str()))
            .collect();
        match found {
            Some(keys) => Ok(self.answer(keys)),
            None => Err(options::not_one_of(&self.options)),
        }
    }

    fn belongs(&self, value: &str) -> bool {
        ticked(value).all(|k| self.option(k).is_some())
    }

    // The boxes the form still has stay ticked; only the others are set aside.
    fn sort_out(&self, value: &str) -> (String, String) {
        let (kept, aside): (Vec<&str>, Vec<&str>) =
            ticked(value).partition(|k| self.option(k).is_some());
        (kept.join(","), aside.join(","))
    }

    fn with_aside(&self, value: &str, aside: &str) -> String {
        let keys: Vec<&str> = ticked(value).chain(ticked(aside)).collect();
        let mut joined: Vec<&str> = Vec::new();
        for key in keys {
            if !joined.contains(&key) {
                joined.push(key);
            }
        }
        joined.join(",")
    }
}
