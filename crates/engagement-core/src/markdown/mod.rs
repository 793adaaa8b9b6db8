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
