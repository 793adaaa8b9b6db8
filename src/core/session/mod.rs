//! The session: everything one widget instance knows between renders, and its rules.
//!
//! A [`Session`] holds the form and what the user has done with it, the document generated
//! from it, what the live region says, where the draft stands and the choice put to the
//! visitor. [`Action`]s are what can happen to it, from the visitor, the host page or the
//! browser; [`reduce`] is their rules, as one pure function. The view wraps it in a thin
//! `Reducible` adapter; the draft's save policy is [`saving`].

mod offer;
pub mod saving;
pub mod stored;

use std::cell::RefCell;
use std::rc::Rc;

pub use offer::{Announcement, Answer, Offer, Replaced, Tone};
pub use stored::DraftStatus;

use super::config::Resolved;
use super::date::Date;
use super::form::{FieldId, FormSpec, Values};
use super::markdown::{document::join_blocks, Block, Generator, Imported};
use super::prefill::{starting_values, Prefill, Start};
use super::state::FormState;
use super::validate::{total_words, validate, FieldError};
use stored::Loaded;

#[derive(Clone)]
pub struct Session {
    pub spec: Rc<FormSpec>,
    pub form: FormState,
    pub today: Date,
    /// The document, block by block, and whole.
    pub blocks: Rc<Vec<Block>>,
    pub markdown: Rc<str>,
    /// Incremented to ask the error summary to take focus.
    pub focus_summary: u32,
    /// Incremented to ask the result banner to take focus.
    pub focus_result: u32,
    /// Incremented when the user answers another tab's draft (Load it, Keep mine, Discard
    /// it): the answers on screen are saved (storage may hold the other tab's), and a draft
    /// kept for that choice is let go.
    pub chose_draft: u32,
    pub announcement: Option<Announcement>,
    pub draft: DraftStatus,
    pub offer: Option<Offer>,
    generator: Rc<RefCell<Generator>>,
}

impl PartialEq for Session {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.spec, &other.spec)
            && self.form == other.form
            && self.today == other.today
            && self.focus_summary == other.focus_summary
            && self.focus_result == other.focus_result
            && self.chose_draft == other.chose_draft
            && self.announcement == other.announcement
            && self.draft == other.draft
            && self.offer == other.offer
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("values", &self.form.values)
            .field("draft", &self.draft)
            .field("offer", &self.offer)
            .field("announcement", &self.announcement)
            .finish_non_exhaustive()
    }
}

/// What can happen to a session.
#[derive(Clone, Debug)]
pub enum Action {
    /// The user changed a field.
    Edit(FieldId, String),
    /// The user left a field.
    Leave(FieldId),
    /// "Check your one-pager": show every error, or announce the finished one-pager.
    Check,
    /// Copy, download or email was asked for while the form is incomplete: show the errors.
    Require,
    /// New configuration or a new day.
    Configure(Rc<Resolved>, Date),
    /// A link's answers arrived while the form was open (its URL fragment changed).
    Link(Values),
    /// A one-pager was read from the import panel: it fills an untouched form at once, and
    /// is offered otherwise. An import that failed (with its message) withdraws an import
    /// still on offer, so "Replace my answers" cannot bring in an older text.
    Import(Result<Imported, String>),
    /// Say something in the live region.
    Announce(String, Tone),
    /// The draft's state changed (saved, failed, storage gone).
    Draft(DraftStatus),
    /// Another tab saved a different draft of this form.
    OtherTab(Values),
    /// Accept the choice on offer.
    Accept,
    /// Decline the choice on offer.
    Decline,
    /// An import's question no longer applies: the pasted text changed.
    DropImport,
    /// Clear every answer (the previous ones are offered back).
    StartOver,
}

impl Session {
    /// A fresh session: the form's defaults, nothing saved.
    pub fn new(config: &Resolved, today: Date) -> Session {
        Session::open(config, today, &Loaded::default(), &Prefill::default())
    }

    /// The session a widget opens with: the saved draft with a link's (or the host's)
    /// answers filled in where the draft has none, and a choice for the rest (see
    /// [`starting_values`]); else another tab's draft kept beside this one, on offer.
    pub fn open(config: &Resolved, today: Date, loaded: &Loaded, prefill: &Prefill) -> Session {
        let spec = Rc::new(FormSpec::new(&config.content, &config.limits));
        let Start { values, held_back } =
            starting_values(&spec.default_values(), loaded.values.as_ref(), prefill);
        // A draft another tab kept beside this one is offered, unless a link asks first (it
        // stays kept for the next visit).
        let offer = match held_back {
            Some(held) => Some(Offer::Prefill(held)),
            None => loaded
                .kept
                .clone()
                .filter(|kept| *kept != values)
                .map(Offer::Kept),
        };
        let mut session = Session {
            spec,
            form: FormState::new(values),
            today,
            blocks: Rc::default(),
            markdown: Rc::from(""),
            focus_summary: 0,
            focus_result: 0,
            chose_draft: 0,
            announcement: None,
            draft: loaded.status.clone(),
            offer,
            generator: Rc::default(),
        };
        session.regenerate();
        session
    }

    fn regenerate(&mut self) {
        let blocks = self
            .generator
            .borrow_mut()
            .blocks(&self.spec, &self.form.values);
        self.markdown = join_blocks(&blocks).into();
        self.blocks = Rc::new(blocks);
    }

    /// Every current error (whether shown yet or not).
    pub fn errors(&self) -> Vec<FieldError> {
        validate(&self.spec, &self.form.values, self.today)
    }

    /// Whether the form holds nothing but its defaults.
    pub fn untouched(&self) -> bool {
        self.form.values == self.spec.default_values()
    }

    pub fn total_words(&self) -> usize {
        total_words(&self.spec, &self.form.values)
    }

    fn announce(&mut self, text: impl Into<Rc<str>>, tone: Tone) {
        let serial = self
            .announcement
            .as_ref()
            .map_or(1, |a| a.serial.wrapping_add(1));
        self.announcement = Some(Announcement {
            serial,
            text: text.into(),
            tone,
        });
    }

    /// Replaces every value with what was on offer, keeping what it replaced to be had back.
    fn accept(&mut self) -> bool {
        let before = self.form.values.clone();
        let message = match self.offer.take() {
            Some(Offer::OtherTab(values) | Offer::Kept(values)) => {
                self.form.replace(values);
                self.chose_draft = self.chose_draft.wrapping_add(1);
                "Loaded the draft from the other tab."
            }
            Some(Offer::Prefill(values)) => {
                let mut merged = self.form.values.clone();
                for (id, value) in values.iter() {
                    merged.set(id, value);
                }
                self.form.replace(merged);
                "The link's answers are in the form."
            }
            Some(Offer::Import { values, .. }) => {
                self.form.replace(values);
                "Imported the one-pager into the form."
            }
            Some(Offer::Undo { values, .. }) => {
                self.form.replace(values);
                "Your answers are back."
            }
            None => return false,
        };
        // What was just replaced can be had back, unless it was nothing (only the defaults)
        // or the same answers.
        if before != self.form.values && before != self.spec.default_values() {
            self.offer = Some(Offer::Undo {
                values: before,
                after: Replaced::Other,
            });
        }
        self.regenerate();
        self.announce(message, Tone::Success);
        true
    }

    fn import(&mut self, imported: Result<Imported, String>) {
        match imported {
            Err(message) => {
                // Said in the live region (the panel shows it at the field).
                if matches!(self.offer, Some(Offer::Import { .. })) {
                    self.offer = None;
                }
                self.announce(message, Tone::Problem);
            }
            Ok(imported) if self.untouched() => {
                let note = if imported.unknown.is_empty() {
                    "Imported the one-pager into the form.".to_owned()
                } else {
                    format!(
                        "Imported the one-pager. Not imported, because the form has no place for them: {}.",
                        imported.unknown.join("; ")
                    )
                };
                self.form.replace(imported.values);
                self.regenerate();
                self.announce(note, Tone::Success);
            }
            Ok(imported) => {
                self.offer = Some(Offer::Import {
                    values: imported.values,
                    unknown: imported.unknown,
                });
            }
        }
    }
}

impl From<Answer> for Action {
    fn from(answer: Answer) -> Action {
        match answer {
            Answer::Accept => Action::Accept,
            Answer::Decline => Action::Decline,
        }
    }
}

/// The rules: `state` after `action`. An action that changes nothing returns `state` itself,
/// so the view does not render again.
pub fn reduce(state: Rc<Session>, action: Action) -> Rc<Session> {
    if let Action::Configure(config, today) = &action {
        if *today == state.today && *state.spec == FormSpec::new(&config.content, &config.limits) {
            // The same form (the first configuration, or a changed attribute that only the
            // content shows): nothing to rebuild, so no re-render.
            return state;
        }
    }
    if matches!(action, Action::DropImport) && !matches!(state.offer, Some(Offer::Import { .. })) {
        return state;
    }
    let mut next = (*state).clone();
    match action {
        Action::DropImport => next.offer = None,
        Action::Edit(id, value) => {
            // "Copied", "Imported" and the like were about the answers before this edit.
            if next.form.values.get(id) != value {
                next.announcement = None;
            }
            next.form.edit(id, value);
            next.form.recheck(&next.spec, next.today);
            next.regenerate();
        }
        Action::Leave(id) => next.form.leave(id),
        Action::Check => {
            // What an earlier action said no longer applies.
            next.announcement = None;
            let errors = next.form.attempt(&next.spec, next.today);
            if errors.is_empty() {
                next.focus_result += 1;
            } else {
                next.focus_summary += 1;
            }
        }
        Action::Require => {
            next.announcement = None;
            if !next.form.attempt(&next.spec, next.today).is_empty() {
                next.focus_summary += 1;
            }
        }
        Action::Configure(config, today) => {
            next.spec = Rc::new(FormSpec::new(&config.content, &config.limits));
            next.today = today;
            next.regenerate();
        }
        Action::Link(values) => {
            // As on load: empty answers are filled in, differing ones are offered.
            let link = Prefill {
                values,
                ignored: Vec::new(),
            };
            let start =
                starting_values(&next.spec.default_values(), Some(&next.form.values), &link);
            for (id, value) in start.values.iter() {
                next.form.edit(id, value);
            }
            next.form.recheck(&next.spec, next.today);
            if let Some(held) = start.held_back {
                next.offer = Some(Offer::Prefill(held));
            }
            next.regenerate();
        }
        Action::Import(imported) => next.import(imported),
        Action::Announce(text, tone) => next.announce(text, tone),
        Action::Draft(status) => next.draft = status,
        Action::OtherTab(values) => next.offer = Some(Offer::OtherTab(values)),
        Action::Decline => {
            if matches!(next.offer, Some(Offer::OtherTab(_) | Offer::Kept(_))) {
                next.chose_draft = next.chose_draft.wrapping_add(1);
            }
            next.offer = None;
        }
        Action::Accept => {
            if !next.accept() {
                return state;
            }
        }
        Action::StartOver => {
            let previous = next.form.values.clone();
            // The saved draft is cleared with the form: "Draft saved 14:05" or "Draft from
            // 14:05 restored" no longer holds.
            if matches!(next.draft, DraftStatus::Restored(_) | DraftStatus::Saved(_)) {
                next.draft = DraftStatus::Idle;
            }
            next.form.replace(next.spec.default_values());
            next.offer = Some(Offer::Undo {
                values: previous,
                after: Replaced::StartOver,
            });
            next.regenerate();
            next.announce(
                "The form is cleared, and so is the saved draft.",
                Tone::Info,
            );
        }
    }
    Rc::new(next)
}
