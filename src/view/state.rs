//! The app's one reducer. Every `Action` delegates to the pure core; the state adds only what
//! the page needs on top (the generated blocks, focus requests and the announcement).

use std::cell::RefCell;
use std::rc::Rc;

use yew::{AttrValue, Reducible};

use crate::core::config::Resolved;
use crate::core::date::Date;
use crate::core::form::{FieldId, FormSpec, Values};
use crate::core::markdown::{document::join_blocks, Block, Generator};
use crate::core::state::FormState;
use crate::core::validate::{total_words, validate, FieldError};

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
    pub announcement: Option<Announcement>,
    generator: Rc<RefCell<Generator>>,
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.spec, &other.spec)
            && self.form == other.form
            && self.today == other.today
            && self.focus_summary == other.focus_summary
            && self.focus_result == other.focus_result
            && self.announcement == other.announcement
    }
}

pub enum Action {
    /// The user changed a field.
    Edit(FieldId, String),
    /// The user left a field.
    Leave(FieldId),
    /// "Check and generate": show every error, or announce the finished one-pager.
    Check,
    /// Copy, download or email was asked for while the form is incomplete: show the errors.
    Require,
    /// New configuration or a new day.
    Configure(Rc<Resolved>, Date),
    /// Replace every value (restore, import, start over).
    Replace(Values),
    /// Say something in the live region.
    Announce(String, Tone),
}

impl AppState {
    pub fn new(config: &Resolved, today: Date) -> AppState {
        let spec = Rc::new(FormSpec::new(&config.content, &config.limits));
        let form = FormState::new(spec.default_values());
        let mut state = AppState {
            spec,
            form,
            today,
            blocks: Rc::default(),
            markdown: AttrValue::default(),
            focus_summary: 0,
            focus_result: 0,
            announcement: None,
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

    pub fn complete(&self) -> bool {
        self.form.is_complete(&self.spec, self.today)
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
        let mut next = (*self).clone();
        match action {
            Action::Edit(id, value) => {
                next.form.edit(id, value);
                next.regenerate();
            }
            Action::Leave(id) => next.form.leave(id),
            Action::Check => {
                let errors = next.form.attempt(&next.spec, next.today);
                if errors.is_empty() {
                    next.focus_result += 1;
                } else {
                    next.focus_summary += 1;
                }
            }
            Action::Require => {
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
            Action::Announce(text, tone) => next.announce(text, tone),
        }
        Rc::new(next)
    }
}
