//! Where drafts are kept, as the session sees it: storage behind a port ([`DraftStorage`]:
//! the browser's `localStorage` in the platform layer, a map in the tests), what a slot holds,
//! why a write can fail, where the draft stands, and what a form finds when it opens.

use crate::draft::{decode, Draft, Unreadable, MAX_DRAFT_BYTES};
use crate::form::Values;
use crate::strings::{Key as Msg, Strings};
use serde_json::Value;

/// Where a draft is stored.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// This form's own draft.
    Own,
    /// Beside it: another tab's draft, kept when this tab saved over it before the visitor
    /// chose between them.
    Kept,
}

/// Why storage would not take a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage to be had: the widget keeps the answers in memory only.
    Unavailable,
    /// The browser refused the write because storage is full.
    Full,
    /// Some other refusal, with the browser's words.
    Failed(String),
}

impl StoreError {
    /// What a failed save means for the visitor, in words.
    pub fn message(&self, s: &Strings) -> String {
        match self {
            StoreError::Full => s.text(Msg::DraftFull).to_owned(),
            StoreError::Failed(why) => s.fill(Msg::DraftFailed, &[("why", why)]),
            StoreError::Unavailable => s.text(Msg::DraftsOff).to_owned(),
        }
    }
}

/// What is stored in a slot.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Draft(Draft),
    /// Something that is not a usable draft (why): left alone, and saving stays off.
    Unreadable(Msg),
    /// No storage in this browser.
    Unavailable,
}

impl Stored {
    /// What a slot's text holds, given how storage answered and a JSON parser.
    pub fn read(
        text: Result<Option<String>, StoreError>,
        parse: impl FnOnce(&str) -> Result<Value, String>,
    ) -> Stored {
        match text {
            Err(_) => Stored::Unavailable,
            Ok(None) => Stored::Nothing,
            Ok(Some(text)) if text.len() > MAX_DRAFT_BYTES => {
                Stored::Unreadable(Msg::DraftTooLarge)
            }
            Ok(Some(text)) => match parse(&text).map(|json| decode(&json)) {
                Err(_) => Stored::Unreadable(Msg::DraftNotJson),
                Ok(Ok(draft)) => Stored::Draft(draft),
                Ok(Err(Unreadable::NotOurs)) => Stored::Unreadable(Msg::DraftNotOurs),
                Ok(Err(Unreadable::Damaged(why))) => Stored::Unreadable(why),
            },
        }
    }
}

/// Where drafts are kept: `localStorage` in the browser.
pub trait DraftStorage {
    fn read(&self, slot: Slot) -> Stored;
    fn save(&self, slot: Slot, draft: &Draft) -> Result<(), StoreError>;
    fn clear(&self, slot: Slot) -> Result<(), StoreError>;
}

/// What storage holds for a form when it opens.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The draft's answers, if there is a draft with any.
    pub values: Option<Values>,
    pub status: DraftStatus,
    /// Another tab's draft kept beside this one, to be offered.
    pub kept: Option<Values>,
}

/// Reads what storage holds for a form that opens. A kept draft that is the same as the draft
/// (loaded since) is let go: there is nothing to choose between.
pub fn load(store: &impl DraftStorage) -> Loaded {
    let (values, status) = match store.read(Slot::Own) {
        Stored::Nothing => (None, DraftStatus::Idle),
        Stored::Unavailable => (None, DraftStatus::Off),
        Stored::Unreadable(why) => (None, DraftStatus::Blocked(why)),
        // An empty draft restores nothing (the form would look the same).
        Stored::Draft(draft) if draft.values.is_empty() => (None, DraftStatus::Idle),
        Stored::Draft(draft) => {
            let at = (!draft.saved_at.is_nan()).then_some(draft.saved_at);
            (Some(draft.values), DraftStatus::Restored(at))
        }
    };
    let kept = match store.read(Slot::Kept) {
        Stored::Draft(draft) if status.saving() && !draft.values.is_empty() => Some(draft.values),
        _ => None,
    };
    let kept = kept.filter(|kept| {
        let same = Some(kept) == values.as_ref();
        if same {
            let _ = store.clear(Slot::Kept);
        }
        !same
    });
    Loaded {
        values,
        status,
        kept,
    }
}

/// Where the draft stands, as shown next to the form. Times are milliseconds since 1970.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum DraftStatus {
    /// Storage works; nothing saved yet.
    #[default]
    Idle,
    /// No storage in this browser: answers live in memory only.
    Off,
    /// A stored draft could not be read; it is left alone, so saving is off.
    Blocked(Msg),
    /// Restored on load from a draft saved at this time (if it says).
    Restored(Option<f64>),
    /// Saved at this time.
    Saved(f64),
    /// The last save failed; the answers are still in memory.
    Failed(StoreError),
}

impl DraftStatus {
    pub fn saving(&self) -> bool {
        !matches!(self, DraftStatus::Off | DraftStatus::Blocked(_))
    }

    /// The line shown next to the form, and whether it reports a problem; `clock` gives a
    /// time's "14:05" in the visitor's time zone.
    pub fn describe(&self, clock: impl Fn(f64) -> String, s: &Strings) -> (String, bool) {
        match self {
            DraftStatus::Idle => (s.text(Msg::DraftsSaving).to_owned(), false),
            DraftStatus::Saved(at) => (s.fill(Msg::DraftSaved, &[("time", &clock(*at))]), false),
            DraftStatus::Restored(None) => (s.text(Msg::DraftRestored).to_owned(), false),
            DraftStatus::Restored(Some(at)) => (
                s.fill(Msg::DraftRestoredFrom, &[("time", &clock(*at))]),
                false,
            ),
            DraftStatus::Off => (s.text(Msg::DraftsOff).to_owned(), true),
            DraftStatus::Blocked(why) => {
                (s.fill(Msg::DraftBlocked, &[("why", s.text(*why))]), true)
            }
            DraftStatus::Failed(error) => (error.message(s), true),
        }
    }
}
