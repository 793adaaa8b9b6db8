//! The pure core: content, the form model and its rules, Markdown, drafts and configuration.
//!
//! Nothing in here may import a web crate (`yew`, `web_sys`, `js_sys`, `gloo`,
//! `wasm_bindgen`): the native build does not even link them, and `tests/core_purity.rs`
//! checks the sources as well.

pub mod config;
pub mod content;
pub mod date;
pub mod draft;
pub mod form;
pub mod handout;
pub mod markdown;
pub mod prefill;
pub mod session;
pub mod share;
pub mod state;
pub mod text;
pub mod validate;
