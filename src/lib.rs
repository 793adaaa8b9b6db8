//! engagement-widget: a drop-in widget that shows a platform team's engagement expectations
//! and pitch flow, and helps a requesting team write its one-pager as Markdown.
//!
//! - [`core`]: pure Rust (content, form model, validation, Markdown, drafts, configuration),
//!   built and tested natively;
//! - `view`: Yew function components (wasm only);
//! - `embed`: the custom element, shadow root, storage and clipboard adapters (wasm only).

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod view;
