//! Never losing a draft: what is saved, when, and what happens when another tab saves too.
//!
//! Storage is a port ([`DraftStorage`], in [`super::stored`]). The [`SavePolicy`] takes events (the answers changed, the debounce ran
//! out or the page is being left, another tab wrote or cleared the draft, the visitor started
//! over) and returns [`Command`]s for the session and the host page; a thin hook carries them
//! out and keeps the debounce timer.
//!
//! The rules:
//! - an untouched form is no draft: saving it clears the stored one;
//! - a save that fails is said once (until a save works again), and the answers stay in
//!   memory; with no storage at all, drafts are off;
//! - another tab's draft put to the visitor and not yet answered is never lost: each save here
//!   first keeps it beside this one ([`Slot::Kept`]), and nothing is written over it when it
//!   cannot be kept; once the visitor has chosen, the kept copy is let go;
//! - a draft cleared in another tab (Start over there) leaves the answers here on screen, to
//!   be saved when this page is left, unless they change (and save) before then.

use super::offer::{Offer, Tone};
use super::stored::{DraftStatus, DraftStorage, Loaded, Slot, StoreError};
use super::{Action, Session};
use crate::draft::Draft;
use crate::form::Values;
use crate::strings::{Key as Msg, Strings};
use std::rc::Rc;

/// How long typing must pause before the draft is saved, in milliseconds.
pub const AUTOSAVE_MS: u32 = 500;
/// However fast the visitor types, a change is saved within this many milliseconds: the
/// debounce restarts on every change, so without a limit a visitor who never pauses for
/// [`AUTOSAVE_MS`] would save nothing until they do (and a trap would lose all of it).
pub const MAX_UNSAVED_MS: f64 = 1000.0;

/// What the save policy asks of its hook.
#[derive(Clone, Debug)]
pub enum Command {
    /// Tell the session.
    Session(Action),
    /// Tell the host page the draft was saved (`engagement-draft-saved`).
    Saved,
}

/// What the visitor can ask of the draft itself.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DraftRequest {
    /// "Start over": clear the form and the saved draft.
    StartOver,
    /// "Replace it with my answers": a saved draft that could not be read makes way for the
    /// answers on screen.
    ReplaceUnreadable,
}

/// What another tab did to this form's draft (the browser's `storage` event).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Elsewhere {
    /// It saved these answers.
    Saved(Values),
    /// It cleared the draft (Start over there).
    Cleared,
}

/// When and how the draft is written; see the module's rules.
#[derive(Clone, Debug)]
pub struct SavePolicy {
    /// The draft waiting to be written (the debounce, or the page being left).
    pending: Option<Draft>,
    /// What storage holds now, as far as this tab knows (so unchanged answers are not saved
    /// again).
    stored: Option<Values>,
    defaults: Values,
    /// The last save failed (its failure has been said; the next is not, until a save works
    /// again).
    failing: bool,
    /// Another tab's draft put to the user and not yet answered (even if another question
    /// has taken its place since), which no save here may lose.
    foreign: Option<Values>,
    /// The kept slot holds it, to be let go once the user has chosen.
    kept_written: bool,
    /// [`Session::chose_draft`] as last seen.
    chose: u32,
    /// When the oldest change not yet saved was made.
    since: Option<f64>,
    /// The words what it says is written in (the session's).
    strings: Rc<Strings>,
}

impl SavePolicy {
    /// The policy for a session that opened with `loaded`.
    pub fn new(loaded: &Loaded, session: &Session) -> SavePolicy {
        SavePolicy {
            pending: None,
            stored: loaded.values.clone(),
            defaults: session.spec.default_values(),
            failing: false,
            foreign: None,
            // Offered on load: let go once answered.
            kept_written: matches!(session.offer, Some(Offer::Kept(_))),
            chose: session.chose_draft,
            since: None,
            strings: session.spec.strings.clone(),
        }
    }

    /// Follows the session after every change: another tab's draft on offer is kept safe by
    /// every save until the visitor chooses, and let go then.
    pub fn follow(&mut self, session: &Session) {
        if !Rc::ptr_eq(&self.strings, &session.spec.strings) {
            self.strings = session.spec.strings.clone();
        }
        if self.chose != session.chose_draft {
            self.chose = session.chose_draft;
            self.foreign = None;
        }
        if let Some(Offer::OtherTab(values) | Offer::Kept(values)) = &session.offer {
            self.foreign = Some(values.clone());
        }
    }

    /// The answers changed, the visitor chose between drafts, or saving came back on: when a
    /// save is now due, in milliseconds from `now`, if one is. It is held, and the hook
    /// (re)starts its timer, calling [`SavePolicy::flush`] then: after [`AUTOSAVE_MS`] of
    /// quiet, but never later than [`MAX_UNSAVED_MS`] after the first change not yet saved.
    pub fn changed(&mut self, values: &Values, saving: bool, now: f64) -> Option<u32> {
        let stored = self.stored.as_ref() == Some(values) && self.pending.is_none();
        if !saving || stored && !self.owes_kept() {
            self.since = None;
            return None;
        }
        self.hold(values.clone(), now);
        let since = *self.since.get_or_insert(now);
        let wait = (since + MAX_UNSAVED_MS - now).clamp(0.0, f64::from(AUTOSAVE_MS));
        Some(wait as u32)
    }

    /// Another tab wrote or cleared this draft; `current` is what this form holds.
    pub fn elsewhere(&mut self, event: Elsewhere, current: &Values, now: f64) -> Vec<Command> {
        match event {
            Elsewhere::Cleared => {
                // The answers on screen here are kept, and saved when this page is left,
                // unless they change (and save) before then.
                self.stored = None;
                if *current == self.defaults {
                    return Vec::new();
                }
                self.hold(current.clone(), now);
                vec![Command::Session(Action::Draft(DraftStatus::Idle))]
            }
            Elsewhere::Saved(theirs) => {
                // Theirs is now what storage holds.
                self.stored = Some(theirs.clone());
                if theirs == *current {
                    return Vec::new();
                }
                vec![Command::Session(Action::OtherTab(theirs))]
            }
        }
    }

    /// Writes the held draft, if any: when the debounce runs out, and at once when the page is
    /// hidden or left or the widget goes away.
    pub fn flush(&mut self, store: &impl DraftStorage, now: f64) -> Vec<Command> {
        self.since = None;
        let Some(draft) = self.pending.take() else {
            return Vec::new();
        };
        // An untouched form is no draft: clear the stored one instead. Nothing is written
        // over another tab's draft that could not be kept (storage full, say).
        let cleared = draft.values == self.defaults;
        let result = self.keep_foreign(store, now).and_then(|()| {
            if cleared {
                store.clear(Slot::Own)
            } else {
                store.save(Slot::Own, &draft)
            }
        });
        let was_failing = std::mem::replace(&mut self.failing, result.is_err());
        match result {
            Ok(()) if cleared => {
                self.stored = Some(draft.values);
                vec![Command::Session(Action::Draft(DraftStatus::Idle))]
            }
            Ok(()) => {
                self.stored = Some(draft.values);
                vec![
                    Command::Session(Action::Draft(DraftStatus::Saved(now))),
                    Command::Saved,
                ]
            }
            Err(error) => {
                let mut commands = Vec::new();
                // The draft line is not a live region (a "Draft saved" at every pause would
                // be noise); a failure is said once in the status region.
                if !was_failing {
                    commands.push(Command::Session(Action::Announce(
                        error.message(&self.strings),
                        Tone::Problem,
                    )));
                }
                let status = match error {
                    StoreError::Unavailable => DraftStatus::Off,
                    error => DraftStatus::Failed(error),
                };
                commands.push(Command::Session(Action::Draft(status)));
                commands
            }
        }
    }

    /// What the visitor asked of the draft itself, and whether it worked.
    pub fn request(
        &mut self,
        request: DraftRequest,
        store: &impl DraftStorage,
        saving: bool,
    ) -> (bool, Vec<Command>) {
        match request {
            DraftRequest::StartOver => {
                // The form is cleared, and so is the saved draft (at once, so another tab
                // hears of it).
                if saving {
                    let _ = store.clear(Slot::Own);
                }
                (true, vec![Command::Session(Action::StartOver)])
            }
            // A stored draft that could not be read is cleared, so that saving comes back on.
            DraftRequest::ReplaceUnreadable => match store.clear(Slot::Own) {
                Ok(()) => (
                    true,
                    vec![
                        Command::Session(Action::Draft(DraftStatus::Idle)),
                        Command::Session(Action::Announce(
                            self.strings.text(Msg::DraftsOnAgain).to_owned(),
                            Tone::Success,
                        )),
                    ],
                ),
                Err(error) => (
                    false,
                    vec![Command::Session(Action::Announce(
                        error.message(&self.strings),
                        Tone::Problem,
                    ))],
                ),
            },
        }
    }

    /// Keeps `values` to be written at the next flush, dated `now`.
    fn hold(&mut self, values: Values, now: f64) {
        self.pending = Some(Draft {
            values,
            saved_at: now,
        });
    }

    /// Whether a save is due although the answers are stored: a kept draft to let go.
    fn owes_kept(&self) -> bool {
        self.kept_written && self.foreign.is_none()
    }

    /// Keeps another tab's unanswered draft beside this one, before this one is written over
    /// it; or lets a kept draft go once the user has chosen.
    fn keep_foreign(&mut self, store: &impl DraftStorage, now: f64) -> Result<(), StoreError> {
        if let Some(theirs) = &self.foreign {
            store.save(
                Slot::Kept,
                &Draft {
                    values: theirs.clone(),
                    saved_at: now,
                },
            )?;
            self.kept_written = true;
        } else if self.kept_written && store.clear(Slot::Kept).is_ok() {
            self.kept_written = false;
        }
        Ok(())
    }
}
