//! What the widget calls the document a form makes ("a one-pager", "an intake request"), and
//! the English article rules behind it. A leaf: it needs only the text rules.

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
    /// Reads a name as a host writes it: "an intake request", or "intake request" (then
    /// [`article_for`] picks "a" or "an"). Line breaks and runs of spaces become one space and
    /// control characters go, as in labels. `None` when no letter or digit is left.
    pub fn new(text: &str) -> Option<DocumentName> {
        let text = normalize_short(text);
        let words: Vec<&str> = text.split_whitespace().collect();
        let (article, rest) = match words.split_first() {
            Some((first, rest))
                if !rest.is_empty()
                    && (first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")) =>
            {
                (first.to_ascii_lowercase(), rest)
            }
            _ => (
                article_for(words.first().copied().unwrap_or_default()).to_owned(),
                &words[..],
            ),
        };
        if !rest.iter().any(|w| w.chars().any(char::is_alphanumeric)) {
            return None;
        }
        let name = rest.join(" ");
        Some(DocumentName {
            a: format!("{article} {name}"),
            name,
        })
    }

    /// The name with its article, starting a sentence: "An intake request". (The article is
    /// always "a" or "an", so ASCII is enough: `char::to_uppercase` would bring Unicode's case
    /// tables into the module, 12 KB gzip, for one letter.)
    pub fn capital_a(&self) -> String {
        let mut a = self.a.clone();
        if let Some(first) = a.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        a
    }

    /// The form's heading, and the pitch's link to it: "Write your intake request".
    pub fn form_heading(&self) -> String {
        format!("Write your {}", self.name)
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
