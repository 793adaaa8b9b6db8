//! Markdown as the widget writes and reads it, knowing nothing of any form: short texts escaped
//! as plain text ([`inline`]), long texts sanitised so they cannot break a document ([`block`]),
//! what was typed read back from what was written ([`reverse`]), and the links a renderer may
//! follow ([`links`]). The document a form makes is [`crate::document`].

pub mod block;
pub mod inline;
pub mod links;
pub mod reverse;

pub use block::{parser_options, sanitize_block, sanitize_list_item};
pub use inline::{escape_inline, is_autolinkable_email, Place};

/// What a missing required answer shows as in a document.
pub const NOT_PROVIDED: &str = "_Not provided yet_";

/// What a missing required answer shows as in a document, in the language of `s`:
/// `_Not provided yet_`, the words escaped as plain text.
pub fn not_provided(s: &crate::strings::Strings) -> String {
    format!("_{}_", not_provided_words(s))
}

/// The same with the other emphasis marker, where underscores touching a word would be none
/// (and for an answer that is, word for word, the placeholder).
pub fn not_provided_alt(s: &crate::strings::Strings) -> String {
    format!("*{}*", not_provided_words(s))
}

fn not_provided_words(s: &crate::strings::Strings) -> String {
    let words = crate::text::normalize_short(s.text(crate::strings::Key::NotProvided));
    escape_inline(&words, Place::Inline)
}
