//! Hooks that tie a session to the browser: autosaving drafts, a link's answers arriving, and
//! reports to the host page; and the effects every part needs ([`use_mount`],
//! [`use_focus_when_asked`]).

mod drafts;
mod host;
mod lifetime;
mod link;

pub use drafts::use_drafts;
pub use host::use_host_reports;
pub use lifetime::{use_focus_when_asked, use_mount};
pub use link::use_prefill_link;
