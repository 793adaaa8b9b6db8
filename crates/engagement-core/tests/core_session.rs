//! The session's rules, natively: what the visitor does, what another tab does, and what
//! storage does, through the same `reduce` and save policy the browser runs. A `Tab` below
//! stands in for one open page: it carries out the policy's commands as the view's hook does
//! (a debounce timer restarted on every change, a flush when the page is left).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use common::{complete_values, json, today};
use engagement_core::config::Resolved;
use engagement_core::document::{generate, import};
use engagement_core::draft::{encode, Draft};
use engagement_core::form::{FormSpec, Values};
use engagement_core::prefill::{from_fragment, Prefill};
use engagement_core::session::saving::{Command, DraftRequest, Elsewhere, SavePolicy};
use engagement_core::session::stored::{load, DraftStorage, Slot, StoreError, Stored};
use engagement_core::session::{
    reduce, Action, Answer, DraftStatus, Offer, Replaced, Session, Tone,
};
use engagement_core::strings::{Key as Msg, Strings};

/// `localStorage` for one origin, shared by every tab, with writes that can be refused.
#[derive(Clone, Default)]
struct Memory {
    slots: Rc<RefCell<HashMap<Slot, Stored>>>,
    refuse: Rc<RefCell<HashMap<Slot, StoreError>>>,
}

impl Memory {
    fn own(&self) -> Option<Values> {
        self.values(Slot::Own)
    }

    fn kept(&self) -> Option<Values> {
        self.values(Slot::Kept)
    }

    fn values(&self, slot: Slot) -> Option<Values> {
        match self.slots.borrow().get(&slot) {
            Some(Stored::Draft(draft)) => Some(draft.values.clone()),
            _ => None,
        }
    }

    fn put(&self, slot: Slot, stored: Stored) {
        self.slots.borrow_mut().insert(slot, stored);
    }

    fn refuse(&self, slot: Slot, error: StoreError) {
        self.refuse.borrow_mut().insert(slot, error);
    }

    fn accept(&self) {
        self.refuse.borrow_mut().clear();
    }

    fn refused(&self, slot: Slot) -> Result<(), StoreError> {
        match self.refuse.borrow().get(&slot) {
            Some(error) => Err(error.clone()),
            None => Ok(()),
        }
    }
}

impl DraftStorage for Memory {
    fn read(&self, slot: Slot) -> Stored {
        if self.refuse.borrow().get(&slot) == Some(&StoreError::Unavailable) {
            return Stored::Unavailable;
        }
        self.slots
            .borrow()
            .get(&slot)
            .cloned()
            .unwrap_or(Stored::Nothing)
    }

    fn save(&self, slot: Slot, draft: &Draft) -> Result<(), StoreError> {
        self.refused(slot)?;
        self.put(slot, Stored::Draft(draft.clone()));
        Ok(())
    }

    fn clear(&self, slot: Slot) -> Result<(), StoreError> {
        self.refused(slot)?;
        self.slots.borrow_mut().remove(&slot);
        Ok(())
    }
}

/// One open page: a session, its save policy, and what the hook keeps (the debounce timer).
struct Tab {
    session: Rc<Session>,
    policy: SavePolicy,
    store: Memory,
    /// The effect's dependencies as last run: the values, the draft choice, saving.
    seen: Option<(Values, u32, bool)>,
    /// When the debounced save is due, if one is waiting.
    timer: Option<f64>,
    /// `engagement-draft-saved` events the host heard.
    saved_events: usize,
    /// The clock, in milliseconds since 1970.
    now: f64,
}

impl Tab {
    fn open(store: &Memory) -> Tab {
        Tab::open_with(store, &Prefill::default())
    }

    fn open_with(store: &Memory, prefill: &Prefill) -> Tab {
        let loaded = load(store);
        let session = Session::open(&Resolved::default(), today(), &loaded, prefill);
        let policy = SavePolicy::new(&loaded, &session);
        let mut tab = Tab {
            session: Rc::new(session),
            policy,
            store: store.clone(),
            seen: None,
            timer: None,
            saved_events: 0,
            now: 1_795_000_000_000.0,
        };
        tab.render();
        tab
    }

    /// What a render does: the policy follows the session, and the autosave effect runs when
    /// its dependencies changed (dropping the timer it had started).
    fn render(&mut self) {
        self.policy.follow(&self.session);
        let saving = self.session.draft.saving();
        let deps = (
            self.session.answers.values.clone(),
            self.session.chose_draft,
            saving,
        );
        if self.seen.as_ref() != Some(&deps) {
            let now = self.now;
            self.timer = self
                .policy
                .changed(&deps.0, saving, now)
                .map(|wait| now + f64::from(wait));
            self.seen = Some(deps);
        }
    }

    fn act(&mut self, action: Action) {
        self.session = reduce(self.session.clone(), action);
        self.render();
    }

    fn run(&mut self, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::Session(action) => self.act(action),
                Command::Saved => self.saved_events += 1,
            }
        }
    }

    /// Time passes: a save that is due by then is made.
    fn wait(&mut self, ms: f64) {
        self.now += ms;
        if self.timer.is_some_and(|due| due <= self.now) {
            self.pause();
        }
    }

    fn type_in(&mut self, id: &str, text: &str) {
        self.now += 1_000.0;
        self.act(Action::Edit(id.into(), text.to_owned()));
    }

    /// The visitor stops typing long enough for the debounce to run out.
    fn pause(&mut self) {
        if self.timer.take().is_some() {
            let commands = self.policy.flush(&self.store, self.now);
            self.run(commands);
        }
    }

    /// The page is hidden, left or closed.
    fn leave(&mut self) {
        self.timer = None;
        let commands = self.policy.flush(&self.store, self.now);
        self.run(commands);
    }

    /// The browser's `storage` event for this form's key, from another tab.
    fn hear(&mut self, event: Elsewhere) {
        let current = self.session.answers.values.clone();
        let commands = self.policy.elsewhere(event, &current, self.now);
        self.run(commands);
    }

    /// Another tab saved its draft: this tab hears what storage now holds.
    fn hear_save(&mut self) {
        let Some(values) = self.store.own() else {
            panic!("the other tab saved nothing");
        };
        self.hear(Elsewhere::Saved(values));
    }

    fn request(&mut self, request: DraftRequest) -> bool {
        let saving = self.session.draft.saving();
        let (worked, commands) = self.policy.request(request, &self.store, saving);
        self.run(commands);
        worked
    }

    fn answer(&mut self, answer: Answer) {
        self.act(answer.into());
    }

    fn values(&self) -> &Values {
        &self.session.answers.values
    }

    fn said(&self) -> Option<(&str, Tone)> {
        self.session
            .announcement
            .as_ref()
            .map(|a| (&*a.text, a.tone))
    }
}

fn team(values: &Values) -> &str {
    values.get("team")
}

#[test]
fn a_pause_in_typing_saves_the_draft_and_the_next_visit_restores_it() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    assert_eq!(tab.session.draft, DraftStatus::Idle);
    tab.type_in("team", "Pay");
    tab.type_in("team", "Payments");
    assert_eq!(store.own(), None, "nothing is written while typing goes on");
    tab.pause();
    assert_eq!(store.own().as_ref().map(team), Some("Payments"));
    assert_eq!(tab.session.draft, DraftStatus::Saved(tab.now));
    assert_eq!(tab.saved_events, 1);

    // Unchanged answers are not written again.
    tab.pause();
    tab.leave();
    assert_eq!(tab.saved_events, 1);

    let next = Tab::open(&store);
    assert_eq!(team(next.values()), "Payments");
    assert_eq!(next.session.draft, DraftStatus::Restored(Some(tab.now)));
}

#[test]
fn typing_without_a_pause_is_saved_within_a_second_of_the_first_keystroke() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    let started = tab.now;
    let mut typed = String::new();
    // A keystroke every 200 ms, never the half-second pause the debounce waits for.
    while store.own().is_none() {
        typed.push('x');
        tab.act(Action::Edit("team".into(), typed.clone()));
        tab.wait(200.0);
        assert!(
            tab.now - started <= 1200.0,
            "still unsaved after {} ms",
            tab.now - started
        );
    }
    assert!(tab.now - started >= 1000.0, "not before a second");
    assert_eq!(tab.saved_events, 1);
}

#[test]
fn typing_since_the_last_pause_is_saved_when_the_page_is_left() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Payments");
    tab.leave();
    assert_eq!(store.own().as_ref().map(team), Some("Payments"));
}

#[test]
fn an_untouched_form_is_no_draft() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Payments");
    tab.pause();
    tab.type_in("team", "");
    tab.pause();
    assert_eq!(
        store.own(),
        None,
        "back to the defaults: the draft is cleared"
    );
    assert_eq!(tab.session.draft, DraftStatus::Idle);
    let next = Tab::open(&store);
    assert_eq!(next.session.draft, DraftStatus::Idle);
}

/// Two tabs of one form: A saves first, B hears of it while it has answers of its own.
fn two_tabs() -> (Memory, Tab, Tab) {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    b.type_in("contact", "Bea");
    a.type_in("team", "Payments");
    a.pause();
    b.hear_save();
    (store, a, b)
}

#[test]
fn another_tabs_newer_draft_is_offered_never_forced() {
    let (_, a, b) = two_tabs();
    assert_eq!(
        b.session.offer,
        Some(Offer::OtherTab(a.values().clone())),
        "B is asked"
    );
    assert_eq!(team(b.values()), "", "B's answers stay until B chooses");
    assert_eq!(b.values().get("contact"), "Bea");
}

#[test]
fn a_tab_that_hears_its_own_answers_is_not_asked() {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    a.type_in("team", "Payments");
    b.type_in("team", "Payments");
    a.pause();
    b.hear_save();
    assert_eq!(b.session.offer, None);
}

#[test]
fn saving_before_choosing_keeps_the_other_tabs_draft_beside_mine() {
    let (store, a, mut b) = two_tabs();
    b.type_in("contact", "Bea Smith");
    b.pause();
    assert_eq!(
        store.own().as_ref().map(|v| v.get("contact")),
        Some("Bea Smith")
    );
    assert_eq!(
        store.kept().as_ref(),
        Some(a.values()),
        "A's draft is kept, not lost"
    );
}

#[test]
fn keep_mine_saves_mine_at_once_and_lets_the_kept_draft_go() {
    let (store, _, mut b) = two_tabs();
    b.type_in("contact", "Bea Smith");
    b.pause();
    assert!(store.kept().is_some());
    b.answer(Answer::Decline);
    assert_eq!(b.session.offer, None);
    b.pause();
    assert_eq!(
        store.own().as_ref(),
        Some(b.values()),
        "mine is what storage holds"
    );
    assert_eq!(store.kept(), None, "the choice is made: nothing is kept");
}

#[test]
fn keep_mine_without_typing_since_still_saves_mine() {
    // Storage holds A's draft; B keeps its own answers and saves them although they have not
    // changed since B last saved.
    let store = Memory::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    b.type_in("contact", "Bea");
    b.pause();
    a.type_in("team", "Payments");
    a.pause();
    b.hear_save();
    b.answer(Answer::Decline);
    b.pause();
    assert_eq!(store.own().as_ref(), Some(b.values()));
}

#[test]
fn load_it_takes_the_other_tabs_draft_and_undo_brings_mine_back() {
    let (store, a, mut b) = two_tabs();
    let mine = b.values().clone();
    b.answer(Answer::Accept);
    assert_eq!(b.values(), a.values());
    assert_eq!(
        b.said(),
        Some(("Loaded the draft from the other tab.", Tone::Success))
    );
    assert_eq!(
        b.session.offer,
        Some(Offer::Undo {
            values: mine.clone(),
            after: Replaced::Other
        })
    );
    b.answer(Answer::Accept);
    assert_eq!(b.values(), &mine, "undo");
    assert_eq!(b.said(), Some(("Your answers are back.", Tone::Success)));
    b.pause();
    assert_eq!(store.own().as_ref(), Some(&mine));
}

#[test]
fn a_draft_kept_for_later_is_offered_on_the_next_visit_then_let_go() {
    let (store, a, mut b) = two_tabs();
    b.type_in("contact", "Bea Smith");
    b.leave();
    drop(b);

    let mut next = Tab::open(&store);
    assert_eq!(next.values().get("contact"), "Bea Smith");
    assert_eq!(next.session.offer, Some(Offer::Kept(a.values().clone())));
    next.answer(Answer::Decline);
    next.pause();
    assert_eq!(store.kept(), None, "Discard it: the kept draft goes");
    assert_eq!(store.own().as_ref(), Some(next.values()));

    let after = Tab::open(&store);
    assert_eq!(after.session.offer, None);
}

#[test]
fn loading_a_kept_draft_makes_it_the_draft() {
    let (store, a, mut b) = two_tabs();
    b.type_in("contact", "Bea Smith");
    b.leave();
    let mut next = Tab::open(&store);
    next.answer(Answer::Accept);
    assert_eq!(next.values(), a.values());
    next.pause();
    assert_eq!(store.own().as_ref(), Some(a.values()));
    assert_eq!(store.kept(), None);
}

#[test]
fn a_kept_draft_equal_to_the_draft_is_not_offered() {
    let store = Memory::default();
    let values = complete_values();
    for slot in [Slot::Own, Slot::Kept] {
        store.put(
            slot,
            Stored::Draft(Draft {
                values: values.clone(),
                saved_at: 1.0,
            }),
        );
    }
    let tab = Tab::open(&store);
    assert_eq!(tab.session.offer, None);
    assert_eq!(store.kept(), None, "nothing to choose between: let go");
}

#[test]
fn nothing_is_written_over_another_tabs_draft_that_cannot_be_kept() {
    let (store, a, mut b) = two_tabs();
    store.refuse(Slot::Kept, StoreError::Full);
    b.type_in("contact", "Bea Smith");
    b.pause();
    assert_eq!(
        store.own().as_ref(),
        Some(a.values()),
        "A's draft is still there"
    );
    assert!(matches!(
        b.session.draft,
        DraftStatus::Failed(StoreError::Full)
    ));
    assert_eq!(b.said().map(|(_, tone)| tone), Some(Tone::Problem));
}

#[test]
fn a_draft_cleared_in_another_tab_stays_here_and_is_saved_when_this_page_is_left() {
    let store = Memory::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    a.type_in("team", "Payments");
    a.pause();
    b.hear_save();
    b.answer(Answer::Accept);
    b.pause();
    assert!(a.request(DraftRequest::StartOver));
    assert_eq!(store.own(), None, "Start over clears the draft at once");
    b.hear(Elsewhere::Cleared);
    assert_eq!(team(b.values()), "Payments", "B's answers stay on screen");
    assert_eq!(b.session.draft, DraftStatus::Idle);
    assert_eq!(store.own(), None, "and are not written back at once");
    b.leave();
    assert_eq!(store.own().as_ref().map(team), Some("Payments"));
}

#[test]
fn start_over_clears_the_form_and_the_draft_and_undo_brings_both_back() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Payments");
    tab.type_in("notes", "Keep this.");
    tab.pause();
    let typed = tab.values().clone();

    assert!(tab.request(DraftRequest::StartOver));
    assert_eq!(store.own(), None);
    assert!(tab.session.untouched());
    assert_eq!(tab.session.draft, DraftStatus::Idle);
    assert_eq!(
        tab.said(),
        Some((
            "The form is cleared, and so is the saved draft.",
            Tone::Info
        ))
    );
    assert_eq!(
        tab.session.offer,
        Some(Offer::Undo {
            values: typed.clone(),
            after: Replaced::StartOver
        })
    );
    tab.pause();
    assert_eq!(store.own(), None);

    tab.answer(Answer::Accept);
    assert_eq!(tab.values(), &typed);
    assert_eq!(
        tab.session.offer, None,
        "undoing a clear offers nothing back"
    );
    tab.pause();
    assert_eq!(store.own().as_ref(), Some(&typed), "saved again");
}

#[test]
fn undo_after_start_over_keeps_nothing_typed_since() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Payments");
    tab.request(DraftRequest::StartOver);
    tab.type_in("team", "Billing");
    tab.answer(Answer::Accept);
    assert_eq!(team(tab.values()), "Payments");
    assert_eq!(
        tab.session.offer.as_ref().map(|o| match o {
            Offer::Undo { values, after } => (team(values).to_owned(), *after),
            _ => (String::new(), Replaced::StartOver),
        }),
        Some(("Billing".to_owned(), Replaced::Other)),
        "what was typed since can be had back in turn"
    );
}

fn imported(values: &Values) -> Action {
    let spec = FormSpec::default();
    Action::Import(import(&spec, &generate(&spec, values)))
}

#[test]
fn an_import_fills_an_untouched_form_at_once() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.act(imported(&complete_values()));
    assert_eq!(tab.values(), &complete_values());
    assert_eq!(tab.session.offer, None);
    assert_eq!(
        tab.said(),
        Some(("Imported the one-pager into the form.", Tone::Success))
    );
    tab.pause();
    assert_eq!(store.own().as_ref(), Some(&complete_values()));
}

#[test]
fn an_import_over_answers_asks_first_and_can_be_undone() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Billing");
    let mine = tab.values().clone();
    tab.act(imported(&complete_values()));
    assert_eq!(
        tab.values(),
        &mine,
        "nothing replaced before the visitor says so"
    );
    assert!(matches!(tab.session.offer, Some(Offer::Import { .. })));

    tab.answer(Answer::Accept);
    assert_eq!(tab.values(), &complete_values());
    assert_eq!(
        tab.session.offer,
        Some(Offer::Undo {
            values: mine.clone(),
            after: Replaced::Other
        })
    );
    tab.answer(Answer::Accept);
    assert_eq!(tab.values(), &mine);
}

#[test]
fn an_import_question_goes_when_its_text_changes_or_the_next_import_fails() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Billing");
    tab.act(imported(&complete_values()));
    tab.act(Action::DropImport);
    assert_eq!(tab.session.offer, None);

    tab.act(imported(&complete_values()));
    tab.act(Action::Import(Err("Nothing to import.".to_owned())));
    assert_eq!(tab.session.offer, None);
    assert_eq!(tab.said(), Some(("Nothing to import.", Tone::Problem)));
    assert_eq!(team(tab.values()), "Billing");
}

#[test]
fn a_links_answers_fill_empty_answers_and_ask_before_replacing_the_draft() {
    let store = Memory::default();
    let mut first = Tab::open(&store);
    first.type_in("team", "Payments");
    first.leave();

    let link = from_fragment(
        "#ew-team=Billing&ew-contact=Ada%20Lovelace",
        &FormSpec::default(),
    );
    let mut tab = Tab::open_with(&store, &link);
    assert_eq!(
        team(tab.values()),
        "Payments",
        "the draft is the visitor's own work"
    );
    assert_eq!(tab.values().get("contact"), "Ada Lovelace", "filled in");
    let mut held = Values::default();
    held.set("team", "Billing");
    assert_eq!(tab.session.offer, Some(Offer::Prefill(held)));

    tab.answer(Answer::Accept);
    assert_eq!(team(tab.values()), "Billing");
    assert_eq!(tab.values().get("contact"), "Ada Lovelace");
    assert_eq!(
        tab.said(),
        Some(("The link's answers are in the form.", Tone::Success))
    );
    tab.answer(Answer::Accept);
    assert_eq!(team(tab.values()), "Payments", "undo");
}

#[test]
fn a_link_opened_on_the_open_page_is_taken_as_on_load() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.type_in("team", "Payments");
    tab.act(Action::Link("#ew-team=Billing&ew-notes=Hello".to_owned()));
    assert_eq!(team(tab.values()), "Payments");
    assert_eq!(tab.values().get("notes"), "Hello");
    assert!(matches!(tab.session.offer, Some(Offer::Prefill(_))));
    tab.answer(Answer::Decline);
    assert_eq!(team(tab.values()), "Payments", "Keep my draft");
}

#[test]
fn a_kept_draft_waits_while_a_link_asks_first() {
    let (store, _, mut b) = two_tabs();
    b.type_in("contact", "Bea Smith");
    b.leave();
    let link = from_fragment("#ew-contact=Someone%20else", &FormSpec::default());
    let tab = Tab::open_with(&store, &link);
    assert!(matches!(tab.session.offer, Some(Offer::Prefill(_))));
    assert!(store.kept().is_some(), "kept for the next visit");
}

#[test]
fn storage_that_refuses_a_save_says_so_once_and_keeps_the_answers() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    store.refuse(Slot::Own, StoreError::Full);
    tab.type_in("team", "Payments");
    tab.pause();
    assert_eq!(
        tab.session.draft,
        DraftStatus::Failed(StoreError::Full),
        "the draft line says why"
    );
    let said = tab.session.announcement.clone().map(|a| (a.serial, a.text));
    assert!(said
        .as_ref()
        .is_some_and(|(_, text)| text.contains("storage is full")));
    assert_eq!(team(tab.values()), "Payments", "the answers stay");

    tab.type_in("contact", "Ada");
    tab.pause();
    assert_eq!(
        tab.session.announcement, None,
        "typing cleared the last message and a second failure is not said again"
    );
    assert_eq!(tab.saved_events, 0);

    store.accept();
    tab.type_in("contact", "Ada L");
    tab.pause();
    assert_eq!(tab.session.draft, DraftStatus::Saved(tab.now));
    store.refuse(Slot::Own, StoreError::Failed("SecurityError".to_owned()));
    tab.type_in("contact", "Ada Lovelace");
    tab.pause();
    assert!(tab
        .said()
        .is_some_and(|(text, tone)| text.contains("SecurityError") && tone == Tone::Problem));
}

#[test]
fn without_storage_drafts_are_off_and_nothing_is_tried() {
    let store = Memory::default();
    store.refuse(Slot::Own, StoreError::Unavailable);
    let mut tab = Tab::open(&store);
    assert_eq!(tab.session.draft, DraftStatus::Off);
    assert_eq!(
        tab.session
            .draft
            .describe(|_| String::new(), &Strings::english()),
        (
            "Drafts are off in this browser: your answers are kept only while this page is open."
                .to_owned(),
            true
        )
    );
    tab.type_in("team", "Payments");
    assert!(tab.timer.is_none(), "no save is held");
    tab.leave();
    assert_eq!(tab.session.announcement, None);
}

#[test]
fn storage_that_goes_away_turns_drafts_off() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    store.refuse(Slot::Own, StoreError::Unavailable);
    tab.type_in("team", "Payments");
    tab.pause();
    assert_eq!(tab.session.draft, DraftStatus::Off);
    tab.type_in("team", "Payments Platform");
    assert!(tab.timer.is_none(), "saving is off");
}

#[test]
fn an_unreadable_draft_is_left_alone_until_the_visitor_replaces_it() {
    let store = Memory::default();
    store.put(Slot::Own, Stored::Unreadable(Msg::DraftNotJson));
    let mut tab = Tab::open(&store);
    assert_eq!(tab.session.draft, DraftStatus::Blocked(Msg::DraftNotJson));
    tab.type_in("team", "Payments");
    tab.leave();
    assert_eq!(
        store.read(Slot::Own),
        Stored::Unreadable(Msg::DraftNotJson),
        "left as it was"
    );

    assert!(tab.request(DraftRequest::ReplaceUnreadable));
    assert_eq!(tab.session.draft, DraftStatus::Idle);
    assert_eq!(
        tab.said(),
        Some((
            "Drafts are on again: your answers are saved in this browser.",
            Tone::Success
        ))
    );
    tab.pause();
    assert_eq!(store.own().as_ref().map(team), Some("Payments"));
}

#[test]
fn replacing_an_unreadable_draft_that_storage_will_not_clear_says_why() {
    let store = Memory::default();
    store.put(Slot::Own, Stored::Unreadable(Msg::DraftTooLarge));
    let mut tab = Tab::open(&store);
    store.refuse(Slot::Own, StoreError::Failed("denied".to_owned()));
    assert!(!tab.request(DraftRequest::ReplaceUnreadable));
    assert_eq!(tab.session.draft, DraftStatus::Blocked(Msg::DraftTooLarge));
    assert!(tab.said().is_some_and(|(text, _)| text.contains("denied")));
}

#[test]
fn what_storage_holds_is_read_forgivingly() {
    let draft = Draft {
        values: complete_values(),
        saved_at: 5.0,
    };
    assert_eq!(
        Stored::read(Ok(Some(encode(&draft))), json),
        Stored::Draft(draft)
    );
    assert_eq!(Stored::read(Ok(None), json), Stored::Nothing);
    assert_eq!(
        Stored::read(Err(StoreError::Unavailable), json),
        Stored::Unavailable
    );
    assert_eq!(
        Stored::read(Ok(Some("{not json".to_owned())), json),
        Stored::Unreadable(Msg::DraftNotJson)
    );
    assert_eq!(
        Stored::read(Ok(Some(r#"{"app":"other"}"#.to_owned())), json),
        Stored::Unreadable(Msg::DraftNotOurs)
    );
    assert_eq!(
        Stored::read(Ok(Some(" ".repeat(2_000_001))), json),
        Stored::Unreadable(Msg::DraftTooLarge)
    );
}

#[test]
fn why_a_draft_is_unreadable_is_said_in_words() {
    let s = Strings::english();
    assert_eq!(s.text(Msg::DraftNotJson), "it is not JSON");
    assert_eq!(s.text(Msg::DraftTooLarge), "it is too large");
    assert_eq!(
        s.text(Msg::DraftNotOurs),
        "it was written by something else"
    );
    assert_eq!(
        DraftStatus::Blocked(Msg::DraftNotJson).describe(|_| String::new(), &s).0,
        "A saved draft here could not be read (it is not JSON), so drafts are off and it is left as it was. Your answers are kept while this page is open."
    );
}

#[test]
fn the_draft_line_says_when() {
    let clock = |ms: f64| format!("{ms}");
    assert_eq!(
        DraftStatus::Saved(905.0).describe(clock, &Strings::english()),
        ("Draft saved 905".to_owned(), false)
    );
    assert_eq!(
        DraftStatus::Restored(Some(905.0)).describe(clock, &Strings::english()),
        ("Draft from 905 restored".to_owned(), false)
    );
    assert_eq!(
        DraftStatus::Restored(None).describe(clock, &Strings::english()),
        ("Draft restored".to_owned(), false)
    );
}

#[test]
fn a_check_focuses_the_summary_or_the_result() {
    let store = Memory::default();
    let mut tab = Tab::open(&store);
    tab.act(Action::Check);
    assert_eq!(tab.session.focus_summary, 1);
    assert_eq!(tab.session.focus_result, 0);
    for (id, value) in complete_values().iter() {
        tab.act(Action::Edit(id.into(), value.to_owned()));
    }
    tab.act(Action::Check);
    assert_eq!(tab.session.focus_result, 1);
    assert!(tab
        .session
        .answers
        .is_complete(&tab.session.spec, tab.session.today));
}

#[test]
fn actions_that_change_nothing_keep_the_same_session() {
    let store = Memory::default();
    let tab = Tab::open(&store);
    let before = tab.session.clone();
    let after = reduce(before.clone(), Action::DropImport);
    assert!(Rc::ptr_eq(&before, &after));
    let after = reduce(before.clone(), Action::Accept);
    assert!(Rc::ptr_eq(&before, &after), "nothing on offer");
    let after = reduce(
        before.clone(),
        Action::Configure(Rc::new(Resolved::default()), today()),
    );
    assert!(Rc::ptr_eq(&before, &after), "the same form");
}
