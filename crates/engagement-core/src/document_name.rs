//! What the widget calls the document a form makes ("a one-pager", "an intake request"), and
//! the English article rules behind it. A leaf: it needs only the text rules.

use crate::strings::locale::primary;
use crate::strings::{fill, upper_first, Key, Strings};
use crate::text::normalize_short;

/// What the widget calls the document a form makes ("Check your intake request", "Import an
/// intake request"), as the host names it in the definition's `document` key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentName {
    /// With its article: "an intake request".
    pub a: String,
    /// Without: "intake request".
    pub name: String,
}

/// The longest document name (its article not counted).
pub const MAX_DOCUMENT_NAME_CHARS: usize = 60;

impl DocumentName {
    /// Reads a name as a host writes it, in the page's language `lang`: in English "an intake
    /// request", or "intake request" (then [`article_for`] picks "a" or "an"); in German
    /// "einen Antrag" (the article as the translation's sentences need it, which cannot be
    /// guessed) or "Antrag"; in other languages as written. Line breaks and runs of spaces
    /// become one space and control characters go, as in labels. `None` when no letter or
    /// digit is left.
    pub fn new(text: &str, lang: &str) -> Option<DocumentName> {
        let text = normalize_short(text);
        let words: Vec<&str> = text.split_whitespace().collect();
        let articles: &[&str] = match primary(lang).as_str() {
            "en" => &["a", "an"],
            "de" => &["ein", "eine", "einen", "einem", "einer", "eines"],
            _ => &[],
        };
        let english = articles.len() == 2;
        let (article, rest) = match words.split_first() {
            Some((first, rest))
                if !rest.is_empty() && articles.iter().any(|a| first.eq_ignore_ascii_case(a)) =>
            {
                (Some(first.to_ascii_lowercase()), rest)
            }
            _ if english => (
                Some(article_for(words.first().copied().unwrap_or_default()).to_owned()),
                &words[..],
            ),
            _ => (None, &words[..]),
        };
        if !rest.iter().any(|w| w.chars().any(char::is_alphanumeric)) {
            return None;
        }
        let name = rest.join(" ");
        Some(DocumentName {
            a: match article {
                Some(article) => format!("{article} {name}"),
                None => name.clone(),
            },
            name,
        })
    }

    /// Whether the name has the article `lang`'s sentences need: German's accusative one
    /// ("einen Antrag", "eine Anfrage", "ein Formular"), which cannot be guessed. Every other
    /// language's has what it needs (English's is guessed).
    pub fn has_article_for(&self, lang: &str) -> bool {
        if primary(lang) != "de" {
            return true;
        }
        let first = self.a.split(' ').next().unwrap_or_default();
        self.a != self.name && ["ein", "eine", "einen"].contains(&first)
    }

    /// `key` with the document's placeholders filled: `%{document}` ("intake request"),
    /// `%{Document}` (starting a sentence), `%{aDocument}` ("an intake request") and
    /// `%{ADocument}`, then `args`.
    pub fn fill(&self, strings: &Strings, key: Key, args: &[(&str, &str)]) -> String {
        self.with_names(args, |all| fill(strings.text(key), all))
    }

    /// The same for a counted string.
    pub fn count(&self, strings: &Strings, key: Key, n: u64, args: &[(&str, &str)]) -> String {
        self.with_names(args, |all| strings.count(key, n, all))
    }

    /// `args` after the document's four placeholders, given to `then`.
    fn with_names<R>(&self, args: &[(&str, &str)], then: impl FnOnce(&[(&str, &str)]) -> R) -> R {
        let (capital, capital_a) = (upper_first(&self.name), upper_first(&self.a));
        let mut all = vec![
            ("document", self.name.as_str()),
            ("Document", capital.as_str()),
            ("aDocument", self.a.as_str()),
            ("ADocument", capital_a.as_str()),
        ];
        all.extend_from_slice(args);
        then(&all)
    }

    /// The name the language gives a form that names none: "a one-pager" (read as English
    /// where that is the English text, on a page whose language has no words of its own).
    pub fn default_in(strings: &Strings) -> DocumentName {
        let lang = match strings.is_given(Key::DefaultDocument) {
            true => strings.lang(),
            false => "en",
        };
        DocumentName::new(strings.text(Key::DefaultDocument), lang).unwrap_or_default()
    }
}

/// "a" or "an" before `word`, by how it is usually said: "an" before a vowel sound ("an intake
/// request", "an RFC"), "a" before a consonant sound, including vowels said like "w" or "y" ("a
/// one-pager", "a user story", "a unit plan", "a European"). A guess from spelling: a name that
/// needs the other one says so ("an hour log").
pub fn article_for(word: &str) -> &'static str {
    let letters = word
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    if letters.len() >= 2 && letters.bytes().all(|b| b.is_ascii_uppercase()) {
        // An acronym, said letter by letter: "an RFC", "an SLA", "a UX review".
        return if letters.starts_with(['A', 'E', 'F', 'H', 'I', 'L', 'M', 'N', 'O', 'R', 'S', 'X'])
        {
            "an"
        } else {
            "a"
        };
    }
    let lower = letters.to_ascii_lowercase();
    let said_like_w_or_y = lower == "one"
        || lower.starts_with("once")
        || ["use", "usa", "usu", "uti", "eu", "uk"]
            .iter()
            .any(|p| lower.starts_with(p))
        || (lower.starts_with("uni") && !lower.starts_with("unin") && !lower.starts_with("unim"));
    if lower.starts_with(['a', 'e', 'i', 'o', 'u']) && !said_like_w_or_y {
        "an"
    } else {
        "a"
    }
}

impl Default for DocumentName {
    /// The built-in one-pager's.
    fn default() -> Self {
        DocumentName {
            a: "a one-pager".to_owned(),
            name: "one-pager".to_owned(),
        }
    }
}
