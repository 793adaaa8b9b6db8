//! Browser adapters: storage, the clipboard, downloads and mail links, host events, the
//! pointer, the clock, JSON through the browser, and JavaScript errors in words. Each wraps one
//! browser API behind plain Rust types from [`crate::core`], and none may panic on what the
//! browser or the host page does: every fallible call is handled.
//!
//! This layer imports only `core` (never `view` or `embed`); `tests/layers.rs` checks it.

pub mod clipboard;
pub mod clock;
pub mod events;
pub mod files;
pub mod js;
pub mod json;
pub mod locale;
pub mod pointer;
pub mod print;
pub mod storage;
