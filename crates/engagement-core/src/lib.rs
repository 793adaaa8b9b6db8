//! The pure core of engagement-widget: content, the form model and its rules, the session,
//! Markdown, drafts and configuration.
//!
//! A crate of its own, with no web crate (`yew`, `web-sys`, `js-sys`, `gloo`, `wasm-bindgen`)
//! among its dependencies, so nothing in here can import one; `tests/core_purity.rs` reads the
//! resolved dependency graph to keep it so. The widget's browser layers (platform, view,
//! embed) are the root crate, which re-exports this one as `engagement_widget::core`.

pub mod answers;
pub mod config;
pub mod content;
pub mod date;
pub mod document;
pub mod document_name;
pub mod draft;
pub mod form;
pub mod handout;
pub mod markdown;
pub mod prefill;
pub mod session;
pub mod share;
pub mod strings;
pub mod text;
pub mod tracker;
pub mod validate;
