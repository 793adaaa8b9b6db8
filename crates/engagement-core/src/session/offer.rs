//! What a session says and asks: announcements, and the choice put to the visitor.

use std::rc::Rc;

use crate::form::Values;

/// A message for the polite live region, with a serial number so that the same words said
/// twice are announced twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub serial: u32,
    pub text: Rc<str>,
    pub tone: Tone,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Problem,
    Info,
}

/// A choice put to the user; nothing is replaced until they accept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// Another tab saved this draft of the same form.
    OtherTab(Values),
    /// Another tab's draft, kept when this form was saved over it before anyone chose.
    Kept(Values),
    /// A link's answers that differ from the saved draft.
    Prefill(Values),
    /// An imported one-pager, and what in it had no place in the form.
    Import {
        values: Values,
        unknown: Vec<String>,
    },
    /// The answers as they were before something replaced them, so nothing the user typed is
    /// lost: undoing offers what it replaced in turn.
    Undo { values: Values, after: Replaced },
}

/// What replaced the answers an [`Offer::Undo`] holds.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Replaced {
    /// "Start over" cleared them.
    StartOver,
    /// An import, another tab's draft, a link's answers or an undo took their place.
    Other,
}

/// The visitor's answer to the choice on offer.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Accept,
    Decline,
}
