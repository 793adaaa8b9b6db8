//! Prefill: answers given by a link or by the host page.
//!
//! A link carries them in its URL fragment, never the query string, so they stay out of
//! server logs: `https://intranet.example/engage#ew-team=Payments&ew-contact=Ada%20Lovelace`.
//! A host page can set `prefill-team="Payments"` (any field key of the form in use after
//! `prefill-`) on the element. Values are percent-decoded as in forms (`+` is a space); anything that is not a
//! known field, is badly encoded or is too long is ignored and reported.
//! Control characters (but line breaks and tabs) and the invisible controls of text direction
//! are dropped.

use super::form::{FormSpec, Values};
use super::text::is_bidi_control;

/// The prefix of field parameters in a URL fragment.
pub const FRAGMENT_PREFIX: &str = "ew-";
/// The prefix of prefill attributes on the element.
pub const ATTRIBUTE_PREFIX: &str = "prefill-";
/// Longer values are ignored (a one-pager field is far shorter).
pub const MAX_VALUE_CHARS: usize = 20_000;
/// At most this many parameters are read.
pub const MAX_PARAMETERS: usize = 64;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Prefill {
    pub values: Values,
    /// What was not used, and why ("ew-tema: no such field").
    pub ignored: Vec<String>,
}

impl Prefill {
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// Reads `ew-...` parameters from a URL fragment (with or without its `#`). Other fragment
/// content (an ordinary `#section` anchor) is left alone.
pub fn from_fragment(fragment: &str, spec: &FormSpec) -> Prefill {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut prefill = Prefill::default();
    for (n, part) in fragment.split('&').enumerate() {
        let Some(rest) = part.strip_prefix(FRAGMENT_PREFIX) else {
            continue;
        };
        if n >= MAX_PARAMETERS {
            prefill
                .ignored
                .push(format!("parameters after the first {MAX_PARAMETERS}"));
            break;
        }
        let (key, raw) = rest.split_once('=').unwrap_or((rest, ""));
        let label = format!("{FRAGMENT_PREFIX}{}", truncate(key));
        match percent_decode(raw) {
            Some(value) => add(&mut prefill, spec, &label, key, &value),
            None => prefill
                .ignored
                .push(format!("{label}: not valid percent-encoded UTF-8")),
        }
    }
    prefill
}

/// Reads `prefill-...` attributes (name, value) of the element.
pub fn from_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a str, &'a str)>,
    spec: &FormSpec,
) -> Prefill {
    let mut prefill = Prefill::default();
    for (name, value) in attributes.into_iter().take(MAX_PARAMETERS * 4) {
        if let Some(key) = name.strip_prefix(ATTRIBUTE_PREFIX) {
            add(&mut prefill, spec, name, key, value);
        }
    }
    prefill
}

/// Both: the link's answers win over the host's.
pub fn combine(host: Prefill, link: Prefill) -> Prefill {
    let mut out = host;
    for (key, value) in link.values.iter() {
        out.values.set(key, value);
    }
    out.ignored.extend(link.ignored);
    out
}

fn truncate(s: &str) -> String {
    s.chars().take(40).collect()
}

fn add(prefill: &mut Prefill, spec: &FormSpec, label: &str, key: &str, value: &str) {
    let Some(field) = spec.field(key) else {
        prefill.ignored.push(format!("{label}: no such field"));
        return;
    };
    if value.chars().count() > MAX_VALUE_CHARS {
        prefill
            .ignored
            .push(format!("{label}: longer than {MAX_VALUE_CHARS} characters"));
        return;
    }
    // Line breaks and tabs are kept (long fields have them); other control characters go, and
    // so do the invisible controls of text direction, with which a link could make the
    // document read otherwise than it is (Trojan Source). Right-to-left letters stay.
    let clean: String = value
        .chars()
        .filter(|&c| !c.is_control() || matches!(c, '\n' | '\t' | '\r'))
        .filter(|&c| !is_bidi_control(c))
        .collect();
    match field.kind.rules().prefill(clean) {
        Ok(clean) => prefill.values.set(key, clean),
        Err(why) => prefill.ignored.push(format!("{label}: {why}")),
    }
}

/// `application/x-www-form-urlencoded` decoding: `%XX` escapes, `+` as a space. `None` for a
/// broken escape or bytes that are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// What to start with, given the defaults, a saved draft and a prefill.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Start {
    /// The values the form opens with.
    pub values: Values,
    /// Prefilled answers that differ from the draft's: the user is asked whether to use them.
    pub held_back: Option<Values>,
}

/// The precedence between a saved draft and a prefill: the draft is the user's own work, so
/// it is never overwritten silently. A prefill fills the fields the draft leaves empty (or at
/// their default); where both have different answers, the prefill is held back for the user
/// to accept.
pub fn starting_values(defaults: &Values, draft: Option<&Values>, prefill: &Prefill) -> Start {
    let Some(draft) = draft else {
        let mut values = defaults.clone();
        for (key, value) in prefill.values.iter() {
            values.set(key, value);
        }
        return Start {
            values,
            held_back: None,
        };
    };
    let mut values = draft.clone();
    let mut held = Values::default();
    for (key, value) in prefill.values.iter() {
        let mine = draft.get(key);
        if mine.is_empty() || mine == defaults.get(key) {
            values.set(key, value);
        } else if mine != value {
            held.set(key, value);
        }
    }
    Start {
        values,
        held_back: (!held.is_empty()).then_some(held),
    }
}
