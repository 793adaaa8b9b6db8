//! Thin Yew function components. One reducer ([`state`]) delegates to the pure core; children
//! emit domain values, not DOM events.

pub mod app;
pub mod content;
pub mod drafts;
pub mod field;
pub mod focus;
pub mod output;
pub mod preview;
pub mod state;
