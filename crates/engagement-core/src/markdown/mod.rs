//! The one-pager as Markdown: generation (short fields escaped as plain text, long fields
//! sanitised so they cannot break the document) and import back into form values.

pub mod block;
pub mod document;
pub mod import;
pub mod inline;
pub mod links;

pub use block::{parser_options, sanitize_block, sanitize_list_item};
pub use document::{generate, plain_value, Block, Generator, NOT_PROVIDED};
pub use import::{import, Imported};
pub use inline::{escape_inline, Place};
