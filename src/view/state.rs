//! The app's one reducer. Every `Action` delegates to the pure core; the state adds only what
//! the page needs on top (the generated blocks, focus requests and the announcement).

use std::cell::RefCell;
use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::core::config::Resolved;
use crate::core::date::Date;
use crate::core::form::{FieldId, FormSpec, Values};
use crate::core::markdown::{document::join_blocks, Block, Generator};
use crate::core::prefill::{starting_values, Prefill, Start};
use crate::core::state::FormState;
use crate::core::validate::{total_words, validate, FieldError};
use crate::embed::storage::StoreError;

/// A message for the polite live region, with a serial number so that the same words said
/// twice are announced twice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub serial: u32,
    pub text: AttrValue,
    pub tone: Tone,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Problem,
    Info,
}

/// Where the draft stands, as shown next to the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftStatus {
    /// Storage works; nothing saved yet.
    Idle,
    /// No storage in this browser: answers live in memory only.
    Off,
    /// A stored draft could not be read; it is left alone, so saving is off.
    Blocked(&'static str),
    /// Restored on load from a draft saved at this time.
    Restored(String),
    /// Saved at this time.
    Saved(String),
    /// The last save failed; the answers are still in memory.
    Failed(StoreError),
}

impl DraftStatus {
    pub fn saving(&self) -> bool {
        !matches!(self, DraftStatus::Off | DraftStatus::Blocked(_))
    }
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

#[derive(Clone)]
pub struct AppState {
    pub spec: Rc<FormSpec>,
    pub form: FormState,
    pub today: Date,
    /// The document, block by block, and whole.
    pub blocks: Rc<Vec<Block>>,
    pub markdown: AttrValue,
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

impl PartialEq for AppState {
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
    /// Replace every value (restore, import, start over).
    Replace(Values),
    /// A link's answers arrived while the form was open (its URL fragment changed).
    Link(Values),
    /// Say something in the live region.
    Announce(String, Tone),
    /// The draft's state changed (saved, failed, storage gone).
    Draft(DraftStatus),
    /// Put a choice to the user (or withdraw it).
    Offer(Option<Offer>),
    /// Accept the choice on offer.
    Accept,
    /// An import's question no longer applies: the pasted text changed, or another import
    /// failed (so "Replace my answers" cannot bring in an older text).
    DropImport,
    /// Clear every answer (the previous ones are offered back).
    StartOver,
}

impl AppState {
    pub fn new(config: &Resolved, today: Date) -> AppState {
        let spec = FormSpec::new(&config.content, &config.limits);
        let start = Start {
            values: spec.default_values(),
            held_back: None,
        };
        AppState::starting(config, today, start, DraftStatus::Idle)
    }

    /// A state opening with `start`'s values, offering what it holds back.
    pub fn starting(config: &Resolved, today: Date, start: Start, draft: DraftStatus) -> AppState {
        let spec = Rc::new(FormSpec::new(&config.content, &config.limits));
        let form = FormState::new(start.values);
        let mut state = AppState {
            spec,
            form,
            today,
            blocks: Rc::default(),
            markdown: AttrValue::default(),
            focus_summary: 0,
            focus_result: 0,
            chose_draft: 0,
            announcement: None,
            draft,
            offer: start.held_back.map(Offer::Prefill),
            generator: Rc::default(),
        };
        state.regenerate();
        state
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

    fn announce(&mut self, text: String, tone: Tone) {
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
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        if let Action::Configure(config, today) = &action {
            if *today == self.today && *self.spec == FormSpec::new(&config.content, &config.limits)
            {
                // The same form (the first configuration, or a changed attribute that only
                // the content shows): nothing to rebuild, so no re-render.
                return self;
            }
        }
        if matches!(action, Action::DropImport) && !matches!(self.offer, Some(Offer::Import { .. }))
        {
            return self;
        }
        let mut next = (*self).clone();
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
            Action::Replace(values) => {
                next.form.replace(values);
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
            Action::Announce(text, tone) => next.announce(text, tone),
            Action::Draft(status) => next.draft = status,
            Action::Offer(offer) => {
                if offer.is_none()
                    && matches!(next.offer, Some(Offer::OtherTab(_) | Offer::Kept(_)))
                {
                    next.chose_draft = next.chose_draft.wrapping_add(1);
                }
                next.offer = offer;
            }
            Action::Accept => {
                let before = next.form.values.clone();
                let message = match next.offer.take() {
                    Some(Offer::OtherTab(values) | Offer::Kept(values)) => {
                        next.form.replace(values);
                        next.chose_draft = next.chose_draft.wrapping_add(1);
                        "Loaded the draft from the other tab."
                    }
                    Some(Offer::Prefill(values)) => {
                        let mut merged = next.form.values.clone();
                        for (id, value) in values.iter() {
                            merged.set(id, value);
                        }
                        next.form.replace(merged);
                        "The link's answers are in the form."
                    }
                    Some(Offer::Import { values, .. }) => {
                        next.form.replace(values);
                        "Imported the one-pager into the form."
                    }
                    Some(Offer::Undo { values, .. }) => {
                        next.form.replace(values);
                        "Your answers are back."
                    }
                    None => return self,
                };
                // What was just replaced can be had back, unless it was nothing (only the
                // defaults) or the same answers.
                if before != next.form.values && before != next.spec.default_values() {
                    next.offer = Some(Offer::Undo {
                        values: before,
                        after: Replaced::Other,
                    });
                }
                next.regenerate();
                next.announce(message.to_owned(), Tone::Success);
            }
            Action::StartOver => {
                let previous = next.form.values.clone();
                // The saved draft is cleared with the form: "Draft saved 14:05" or "Draft
                // from 14:05 restored" no longer holds.
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
                    "The form is cleared, and so is the saved draft.".to_owned(),
                    Tone::Info,
                );
            }
        }
        Rc::new(next)
    }
}
