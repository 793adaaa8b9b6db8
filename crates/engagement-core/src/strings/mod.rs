//! Every word the widget writes, in one catalogue ([`Key`]): English is built in (and is the
//! text the widget has always written), a complete German translation ships
//! ([`locale::pack`]), and a host may override any string under `"strings"` in its JSON
//! block, GOV.UK Frontend-style: a text, or for a counted message an object keyed by CLDR
//! plural category with `%{count}`.
//!
//! Texts hold placeholders as `%{name}`; each key says which it is given
//! ([`Key::placeholders`]). Where case matters there are two: `%{label}` is a question's label
//! with its first letter lowered, as English writes it mid-sentence ("Enter team name"), and
//! `%{Label}` is the label as written ("Geben Sie Teamname ein"); `%{document}` and
//! `%{Document}` are the document's name as written and starting a sentence.

pub mod catalogue;
pub mod locale;
pub mod plural;

use serde_json::Value;

use crate::text::{lower_first, normalize_short};

pub use catalogue::{English, Key, MONTHS};
pub use locale::{Dir, Locale};
pub use plural::{Category, Plurals};

/// The longest string a host may give.
pub const MAX_CHARS: usize = 1200;

/// One string as a host or a translation gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    Plain(String),
    /// A form per category; "other" is always there.
    Plural(Forms),
}

/// A counted message's forms, by [`Category`] (`other` always given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Forms {
    forms: [Option<String>; 6],
}

impl Forms {
    /// The form for `category`, else "other".
    pub fn get(&self, category: Category) -> &str {
        self.forms[category as usize]
            .as_deref()
            .or(self.forms[Category::Other as usize].as_deref())
            .unwrap_or_default()
    }

    /// Whether a form is given for `category` itself.
    pub fn has(&self, category: Category) -> bool {
        self.forms[category as usize].is_some()
    }
}

/// The strings in use: the built-in English, with a translation's and the host's overrides,
/// and the plural rule of the locale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strings {
    lang: String,
    overrides: Vec<Option<Text>>,
    plurals: Plurals,
}

impl Default for Strings {
    fn default() -> Self {
        Strings::english()
    }
}

impl Strings {
    /// English, with the English plural rule.
    pub fn english() -> Strings {
        Strings::for_language("en", Plurals::english())
    }

    /// English words (a translation's and a host's strings go on top) for the language `lang`
    /// with its plural rule.
    pub fn for_language(lang: &str, plurals: Plurals) -> Strings {
        Strings {
            lang: lang.to_owned(),
            overrides: Vec::new(),
            plurals,
        }
    }

    /// The language tag the strings are for ("de-CH").
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The plural rule in use.
    pub fn plurals(&self) -> &Plurals {
        &self.plurals
    }

    fn given(&self, key: Key) -> Option<&Text> {
        self.overrides.get(key as usize).and_then(Option::as_ref)
    }

    /// Whether `key` has a translation's or a host's words (not the built-in English).
    pub fn is_given(&self, key: Key) -> bool {
        self.given(key).is_some()
    }

    /// A string that takes no count, placeholders unfilled.
    pub fn text(&self, key: Key) -> &str {
        match self.given(key) {
            Some(Text::Plain(text)) => text,
            Some(Text::Plural(forms)) => forms.get(Category::Other),
            None => match key.english() {
                English::Text(text) => text,
                English::Plural(_, other) => other,
            },
        }
    }

    /// A string with its placeholders filled from `args` (`("label", "team name")`).
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        debug_assert!(
            key.placeholders()
                .iter()
                .all(|p| args.iter().any(|(n, _)| n == p)),
            "{} is given {:?}",
            key.name(),
            args.iter().map(|(n, _)| n).collect::<Vec<_>>()
        );
        fill(self.text(key), args)
    }

    /// The form of a counted string that `n` takes in the locale, `%{count}` filled with `n`
    /// and the rest from `args`.
    pub fn count(&self, key: Key, n: u64, args: &[(&str, &str)]) -> String {
        let template = match self.given(key) {
            Some(Text::Plural(forms)) => forms.get(self.plurals.select(n)),
            Some(Text::Plain(text)) => text,
            // English words take English's rule, whatever the page's language: on a Russian
            // page an untranslated "21 words" stays "words", though Russian's 21 is "one".
            None => match key.english() {
                English::Plural(one, _) if n == 1 => one,
                English::Plural(_, other) => other,
                English::Text(text) => text,
            },
        };
        let count = n.to_string();
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(("count", count.as_str()));
        all.extend_from_slice(args);
        fill(template, &all)
    }

    /// A string that names a question: `%{label}` (its first letter lowered, as English
    /// writes it mid-sentence) and `%{Label}` (as written), with `args`.
    pub fn with_label(&self, key: Key, label: &str, args: &[(&str, &str)]) -> String {
        let lower = lower_first(label);
        let mut all = vec![("label", lower.as_str()), ("Label", label)];
        all.extend_from_slice(args);
        self.fill(key, &all)
    }

    /// The same, counted.
    pub fn count_label(&self, key: Key, n: u64, label: &str) -> String {
        let lower = lower_first(label);
        self.count(key, n, &[("label", lower.as_str()), ("Label", label)])
    }

    /// A word counter's line: "You have 12 words remaining", "You have 1 word too many".
    pub fn words_left(&self, words: usize, max: usize) -> String {
        if words < max {
            self.count(Key::WordsUnderLimit, (max - words) as u64, &[])
        } else if words == max {
            self.text(Key::WordsAtLimit).to_owned()
        } else {
            self.count(Key::WordsOverLimit, (words - max) as u64, &[])
        }
    }

    /// `items` as a list in a sentence (`join` is [`Key::ListJoin`] or [`Key::ItemsJoin`]):
    /// "“Team”, “Email”".
    pub fn join(&self, join: Key, items: &[String]) -> String {
        let mut items = items.iter();
        let first = items.next().cloned().unwrap_or_default();
        items.fold(first, |list, next| {
            self.fill(join, &[("first", &list), ("next", next)])
        })
    }

    /// `text` in quotation marks, as the language writes them.
    pub fn quoted(&self, text: &str) -> String {
        self.fill(Key::Quoted, &[("text", text)])
    }

    /// Sets `key` to `text` (a translation's or a host's, already checked).
    pub fn set(&mut self, key: Key, text: Text) {
        let n = key as usize;
        if self.overrides.len() <= n {
            self.overrides.resize(Key::ALL.len(), None);
        }
        self.overrides[n] = Some(text);
    }

    /// Back to the default for `key`.
    fn unset(&mut self, key: Key) {
        if let Some(slot) = self.overrides.get_mut(key as usize) {
            *slot = None;
        }
    }

    /// The month names must be told apart for a date to read back: each with a letter, no two
    /// alike. Where they are not, English's (and English's date) are used, with a problem.
    pub fn check_months(&mut self, problems: &mut Vec<String>) {
        let names: Vec<String> = MONTHS
            .iter()
            .map(|m| self.text(*m).to_ascii_lowercase())
            .collect();
        let lettered = names.iter().all(|n| n.chars().any(char::is_alphabetic));
        let distinct = names
            .iter()
            .enumerate()
            .all(|(i, n)| !names[..i].contains(n));
        if !(lettered && distinct) {
            problems.push(
                "\"strings\": the month names (january ... december) must each have a letter, and differ from one another, for dates to read back; the English ones are used.".to_owned(),
            );
            for month in MONTHS {
                self.unset(month);
            }
            self.unset(Key::LongDate);
        }
    }

    /// Takes the strings in `given` (the `"strings"` object of a host's JSON block, or a
    /// translation's), each checked on its own: an unknown key, a text of the wrong shape, a
    /// blank one or one with a placeholder its key is not given is a problem, and that string
    /// keeps its default. A counted string without a form the locale uses is taken (that count
    /// reads "other") with a warning.
    pub fn take(
        &mut self,
        given: &Value,
        place: &str,
        problems: &mut Vec<String>,
        warnings: &mut Vec<String>,
    ) {
        let Some(map) = given.as_object() else {
            problems.push(format!(
                "\"{place}\" must be an object of strings by name; it was ignored."
            ));
            return;
        };
        for (name, value) in map {
            let at = format!("{place}.{name}");
            let Some(key) = Key::from_name(name) else {
                problems.push(format!(
                    "\"{at}\": the widget has no string called \"{name}\"; it was ignored (the README lists them)."
                ));
                continue;
            };
            match read_text(key, value, &at) {
                Ok(text) => {
                    if let Text::Plural(forms) = &text {
                        let missing: Vec<&str> = self
                            .plurals
                            .categories()
                            .iter()
                            .filter(|c| **c != Category::Other && !forms.has(**c))
                            .map(|c| c.name())
                            .collect();
                        if !missing.is_empty() {
                            warnings.push(format!(
                                "\"{at}\" has no {} form, which this page's language uses; its \"other\" form is shown for those counts.",
                                missing.join(", ")
                            ));
                        }
                    }
                    self.set(key, text);
                }
                Err(problem) => problems.push(problem),
            }
        }
    }
}

/// A string from JSON, checked for `key`.
fn read_text(key: Key, value: &Value, at: &str) -> Result<Text, String> {
    let counted = matches!(key.english(), English::Plural(..));
    let text = match value {
        Value::String(text) => Text::Plain(checked(key, text, at, counted)?),
        Value::Object(map) if counted => {
            let mut forms: [Option<String>; 6] = Default::default();
            for (name, form) in map {
                let Some(category) = Category::from_name(name) else {
                    return Err(format!(
                        "\"{at}\": \"{name}\" is not a plural category (zero, one, two, few, many, other); the default is used."
                    ));
                };
                let Some(form) = form.as_str() else {
                    return Err(format!(
                        "\"{at}.{name}\" must be text; the default is used."
                    ));
                };
                forms[category as usize] = Some(checked(key, form, &format!("{at}.{name}"), true)?);
            }
            if forms[Category::Other as usize].is_none() {
                return Err(format!(
                    "\"{at}\" needs an \"other\" form, used for every count without one of its own; the default is used."
                ));
            }
            Text::Plural(Forms { forms })
        }
        Value::Object(_) => {
            return Err(format!(
                "\"{at}\" takes no count, so it is one text, not an object of plural forms; the default is used."
            ))
        }
        _ => {
            return Err(format!(
                "\"{at}\" must be text{}; the default is used.",
                if counted {
                    ", or an object of plural forms"
                } else {
                    ""
                }
            ))
        }
    };
    // A counted string given as one text reads the same for every count.
    Ok(match text {
        Text::Plain(text) if counted => {
            let mut forms: [Option<String>; 6] = Default::default();
            forms[Category::Other as usize] = Some(text);
            Text::Plural(Forms { forms })
        }
        text => text,
    })
}

/// The placeholders a string cannot do without: a date without its day cannot be read back, a
/// quotation without its text says nothing, an accessible name must hold the visible one.
fn required(key: Key) -> &'static [&'static str] {
    match key {
        Key::LongDate => &["day", "month", "year"],
        Key::Quoted => &["text"],
        Key::HandoffAccessibleName => &["text"],
        Key::StoppedSaved | Key::StoppedUnsaved | Key::StoppedReload => &["stopped"],
        Key::FillsIn => &["missing"],
        Key::ListJoin | Key::ItemsJoin => &["first", "next"],
        Key::NumberWithUnit => &["number", "unit"],
        _ => &[],
    }
}

/// `text` on one line (line breaks and runs of spaces as one space, control characters gone:
/// a host's words are text wherever they stand, a document's line included), if it is not
/// blank, not too long, names only placeholders `key` is given, and all it cannot do without.
fn checked(key: Key, text: &str, at: &str, counted: bool) -> Result<String, String> {
    let text = normalize_short(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let text = text.as_str();
    if text.is_empty() {
        return Err(format!("\"{at}\" is blank; the default is used."));
    }
    if text.chars().count() > MAX_CHARS {
        return Err(format!(
            "\"{at}\" is longer than {MAX_CHARS} characters; the default is used."
        ));
    }
    for name in placeholders(text) {
        let known = key.placeholders().contains(&name) || (counted && name == "count");
        if !known {
            let mut given: Vec<String> = key
                .placeholders()
                .iter()
                .map(|p| format!("%{{{p}}}"))
                .collect();
            if counted {
                given.insert(0, "%{count}".to_owned());
            }
            let given = if given.is_empty() {
                "none".to_owned()
            } else {
                given.join(", ")
            };
            return Err(format!(
                "\"{at}\" uses %{{{name}}}, which this string is not given (it is given: {given}); the default is used."
            ));
        }
    }
    for name in required(key) {
        if !placeholders(text).any(|p| p == *name) {
            return Err(format!(
                "\"{at}\" must use %{{{name}}}; the default is used."
            ));
        }
    }
    Ok(text.to_owned())
}

/// The names of the placeholders in `text`, in order.
pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split("%{")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}

/// `template` with each `%{name}` that `args` names replaced by its value; any other text,
/// an unnamed placeholder included, is kept as it is.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find("%{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        match after
            .split_once('}')
            .and_then(|(name, tail)| Some((args.iter().find(|(n, _)| *n == name)?.1, tail)))
        {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push_str("%{");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` with its first letter raised: ASCII and the Latin-1 letters (the case tables for
/// every script would cost 12 KB gzip for one letter).
pub fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    let upper = match first {
        'a'..='z' => first.to_ascii_uppercase(),
        '\u{e0}'..='\u{fe}' if first != '\u{f7}' => {
            char::from_u32(first as u32 - 0x20).unwrap_or(first)
        }
        _ => first,
    };
    let mut out = String::with_capacity(text.len());
    out.push(upper);
    out.push_str(chars.as_str());
    out
}
