//! Yew function components and hooks. The session's rules are the core's; [`reducer`] adapts
//! them to Yew's reducer, [`hooks`] tie the session to the browser (through `platform`), and
//! the components are thin: children emit domain values, not DOM events.

pub mod app;
pub mod content;
pub mod copying;
pub mod drafts;
pub mod focus;
pub mod form;
pub mod handout;
pub mod hooks;
pub mod markdown;
pub mod output;
pub mod reducer;
pub mod shared;
pub mod strings;
