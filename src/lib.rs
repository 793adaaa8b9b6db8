//! engagement-widget: a drop-in widget that shows a platform team's engagement expectations
//! and pitch flow, and helps a requesting team write its one-pager as Markdown.
//!
//! - [`core`]: the pure core, the workspace's `engagement-core` crate (content, the form as
//!   data and its rules, the session, Markdown, drafts, configuration), built and tested
//!   natively, with no web dependency in its `Cargo.toml`;
//! - `platform`: browser adapters (storage, clipboard, files, host events, pointer, clock,
//!   JSON) over the core's types (wasm only);
//! - `view`: Yew function components and hooks (wasm only);
//! - `embed`: the composition root: the custom element and its shadow root (wasm only).
//!
//! Dependencies point one way: `embed` -> `view` -> `platform` -> `core`.

pub use engagement_core as core;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod view;
