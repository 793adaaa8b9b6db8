//! The page's language and direction, and the translations that ship with the widget.

use super::Plurals;

/// Which way the widget's text runs.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub enum Dir {
    #[default]
    Ltr,
    Rtl,
}

impl Dir {
    /// As the `dir` attribute writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// The locale the widget writes in: the `lang` of the element or its nearest ancestor, the
/// direction (`dir` there, else the language's own), and the language's plural rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Locale {
    /// The language tag as the page gives it ("de", "de-CH", "cy"), or "en" when none.
    pub lang: String,
    pub dir: Dir,
    pub plurals: Plurals,
}

impl Default for Locale {
    fn default() -> Self {
        Locale::new("en", None, Plurals::english())
    }
}

/// The longest language tag taken (BCP 47's are far shorter).
const MAX_TAG: usize = 35;

impl Locale {
    /// A locale from the page's `lang` (blank or malformed: English) and `dir` (`rtl` or `ltr`;
    /// anything else, `auto` included: the language's own direction).
    pub fn new(lang: &str, dir: Option<&str>, plurals: Plurals) -> Locale {
        let lang = tag(lang).unwrap_or("en").to_owned();
        let dir = match dir.map(|d| d.trim().to_ascii_lowercase()).as_deref() {
            Some("rtl") => Dir::Rtl,
            Some("ltr") => Dir::Ltr,
            _ => direction(&lang),
        };
        Locale { lang, dir, plurals }
    }

    /// The language alone, lower case: "de" for "de-CH".
    pub fn language(&self) -> String {
        primary(&self.lang)
    }
}

/// `lang` if it reads as a language tag: letters, digits and hyphens (or underscores), starting
/// with a language of 2 to 8 letters.
pub fn tag(lang: &str) -> Option<&str> {
    let lang = lang.trim();
    let first = lang.split(['-', '_']).next().unwrap_or_default();
    let ok = lang.len() <= MAX_TAG
        && (2..=8).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then_some(lang)
}

/// The language subtag, lower case.
pub fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// The direction a language is written in: right to left for the languages (and scripts)
/// that are, left to right for the rest.
pub fn direction(lang: &str) -> Dir {
    const RTL_LANGUAGES: [&str; 12] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
    ];
    const RTL_SCRIPTS: [&str; 6] = ["arab", "hebr", "syrc", "thaa", "nkoo", "adlm"];
    let mut subtags = lang.split(['-', '_']).map(str::to_ascii_lowercase);
    let language = subtags.next().unwrap_or_default();
    // A script subtag (four letters) says it, whatever the language: "az-Arab", "pa-Arab".
    if let Some(script) =
        subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()))
    {
        return if RTL_SCRIPTS.contains(&script.as_str()) {
            Dir::Rtl
        } else {
            Dir::Ltr
        };
    }
    if RTL_LANGUAGES.contains(&language.as_str()) {
        Dir::Rtl
    } else {
        Dir::Ltr
    }
}

/// The German translation: every string, the expectations and the one-pager.
pub const GERMAN: &str = include_str!("de.json");

/// The translation that ships for `lang`'s language, as JSON (`strings`, `expectations`,
/// `form`); `None` for English, and for languages a host translates itself.
pub fn pack(lang: &str) -> Option<&'static str> {
    match primary(lang).as_str() {
        "de" => Some(GERMAN),
        _ => None,
    }
}

/// The languages with a translation built in, English first.
pub const BUILT_IN: [&str; 2] = ["en", "de"];
