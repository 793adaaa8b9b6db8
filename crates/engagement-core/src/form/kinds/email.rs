//! `email`: an email address someone can send to, written in the document as an autolink.

use email_address::{EmailAddress, Options};

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::FieldSpec;
use crate::markdown::{escape_inline, is_autolinkable_email, Place};
use crate::strings::{Key as Msg, Strings};
use crate::text::count_chars;

/// The definition keys an email field takes.
pub const KEYS: &[&str] = &["autocomplete", "placeholder"];

/// The longest email address anyone can send to (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmailField;

impl FieldKind for EmailField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let m = &field.messages;
        let value = value.trim();
        let name = [("name", field.name.as_str())];
        if count_chars(value) > EMAIL_MAX_CHARS {
            Some(field.message(&m.too_long, || {
                s.count(Msg::TooManyCharacters, EMAIL_MAX_CHARS as u64, &name)
            }))
        } else if !is_email(value) {
            Some(field.message(&m.format, || s.fill(Msg::EmailFormat, &name)))
        } else {
            None
        }
    }

    fn markdown(&self, text: &str) -> String {
        if is_autolinkable_email(text) {
            format!("<{text}>")
        } else {
            escape_inline(text, Place::Inline)
        }
    }
}

/// Whether a string is an email address someone can send to: RFC 5322 syntax (checked by the
/// `email_address` crate), no display name or IP literal, and a domain with at least one dot
/// whose parts are host names (letters, digits and inner hyphens: no `_`). As GOV.UK Notify
/// does, the part before the `@` is ASCII letters, digits and ``.!#$%&'*+/=?^_`{|}~-`` only
/// (no quoted names, which few mail systems deliver to and no renderer links).
pub fn is_email(s: &str) -> bool {
    let options = Options::default()
        .without_display_text()
        .without_domain_literal()
        .with_minimum_sub_domains(2);
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let host_names = domain.split('.').all(|label| {
        !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    EmailAddress::parse_with_options(s, options).is_ok()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c))
        && host_names
}
