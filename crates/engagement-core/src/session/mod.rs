//! The session: everything one widget instance knows between renders, and its rules.
//!
//! A [`Session`] holds the form and what the user has done with it, the document generated
//! from it, what the live region says, where the draft stands and the choice put to the
//! visitor. [`Action`]s are what can happen to it, from the visitor, the host page or the
//! browser; [`reduce`] is their rules, as one pure function. The view wraps it in a thin
//! `Reducible` adapter; the draft's save policy is [`saving`].

mod offer;
mod reduce;
pub mod saving;
pub mod stored;

use std::cell::RefCell;
use std::rc::Rc;

pub use offer::{Announcement, Answer, Offer, Replaced, Tone};
pub use reduce::reduce;
pub use stored::DraftStatus;

use super::answers::Answers;
use super::config::Resolved;
use super::date::Date;
use super::document::{join_blocks, plain_value, Block, Generator, Imported};
use super::form::{FormSpec, Key, Kind, Title, Values};
use super::prefill::{starting_values, Prefill, Start};
use super::share::{file_name, mail_subject};
use super::validate::{total_words, validate, FieldError};
use stored::Loaded;

#[derive(Clone)]
pub struct Session {
    pub spec: Rc<FormSpec>,
    /// The answers, and what the visitor has done with them (which errors show).
    pub answers: Answers,
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
            && self.answers == other.answers
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
            .field("values", &self.answers.values)
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
    Edit(Key, String),
    /// The user left a field.
    Leave(Key),
    /// "Check your one-pager": show every error, or announce the finished one-pager.
    Check,
    /// Copy, download or email was asked for while the form is incomplete: show the errors.
    Require,
    /// New configuration or a new day.
    Configure(Rc<Resolved>, Date),
    /// The page's URL fragment changed while the form was open: a link's answers, if it
    /// carries any (`#ew-<key>=...`).
    Link(String),
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
    /// Let go of the saved answers the form has no question for.
    DismissOrphans,
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
        let spec = config.form.clone();
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
            answers: Answers::new(values),
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
            .blocks(&self.spec, &self.answers.values);
        self.markdown = join_blocks(&blocks).into();
        self.blocks = Rc::new(blocks);
    }

    /// Every current error (whether shown yet or not).
    pub fn errors(&self) -> Vec<FieldError> {
        validate(&self.spec, &self.answers.values, self.today)
    }

    /// A saved answer split in what has its place in this form and what has none (a host
    /// changed its form since it was saved): a question that is gone keeps nothing, an option
    /// its choice no longer offers is set aside, and so are the boxes checkboxes no longer
    /// have (the others stay ticked).
    fn sort_out(&self, key: &str, value: &str) -> (String, String) {
        match self.spec.field(key) {
            None => (String::new(), value.to_owned()),
            Some(field) => field.kind.rules().sort_out(value),
        }
    }

    /// Saved answers that have no place in this form: kept, and shown read-only, until the
    /// visitor lets them go.
    pub fn orphans(&self) -> Values {
        self.answers
            .values
            .iter()
            .map(|(key, value)| (key, self.sort_out(key, value).1))
            .collect()
    }

    /// Every saved answer but the orphans: what is left when the visitor dismisses them
    /// (a hidden "Other" description stays, for when Other is chosen again).
    pub fn without_orphans(&self) -> Values {
        self.answers
            .values
            .iter()
            .map(|(key, value)| (key, self.sort_out(key, value).0))
            .collect()
    }

    /// The answers to the form's own questions as they stand (what the host hears in
    /// `values`): no orphans, and no answer to a question that is hidden (the "Other"
    /// description once another option is chosen).
    pub fn answers(&self) -> Values {
        self.answers
            .values
            .iter()
            .filter(|(key, _)| self.spec.is_active(key, &self.answers.values))
            .map(|(key, value)| (key, self.sort_out(key, value).0))
            .collect()
    }

    /// The title field's answer, as the document writes it (empty when there is none).
    fn title_value(&self, title: &Title) -> String {
        self.spec
            .field(&title.key)
            .and_then(|field| plain_value(&self.spec, field, &self.answers.values))
            .unwrap_or_default()
    }

    /// The name of the document as a download: the title's words and answer, and the form's
    /// first date (else today).
    pub fn file_name(&self) -> String {
        let date = self
            .spec
            .fields()
            .iter()
            .find(|f| {
                matches!(f.kind, Kind::Date(_)) && self.spec.is_active(&f.key, &self.answers.values)
            })
            .and_then(|f| Date::parse(self.answers.values.get(&f.key)));
        file_name(
            &self.spec.title,
            &self.title_value(&self.spec.title),
            date,
            self.today,
        )
    }

    /// The subject of an email with the document.
    pub fn subject(&self) -> String {
        mail_subject(&self.spec.subject, &self.title_value(&self.spec.subject))
    }

    /// Whether the form holds nothing but its defaults.
    pub fn untouched(&self) -> bool {
        self.answers.values == self.spec.default_values()
    }

    pub fn total_words(&self) -> usize {
        total_words(&self.spec, &self.answers.values)
    }
}
