//! Carries out the core's save policy ([`SavePolicy`]) in the browser: the debounce timer,
//! flushing when the page is hidden or left or the widget goes away, and another tab's saves
//! (the `storage` event).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{EventTarget, StorageEvent};
use yew::prelude::*;

use super::use_mount;
use crate::core::draft::decode;
use crate::core::form::Values;
use crate::core::session::saving::{Command, DraftRequest, Elsewhere, SavePolicy};
use crate::core::session::stored::Loaded;
use crate::platform::clock::now;
use crate::platform::events::{emit, HostEvent};
use crate::platform::json::parse;
use crate::platform::storage::DraftStore;
use crate::view::reducer::SessionReducer;

/// Everything the policy's commands need.
struct Carrier {
    policy: RefCell<SavePolicy>,
    store: DraftStore,
    dispatcher: UseReducerDispatcher<SessionReducer>,
    host: Option<EventTarget>,
    /// The values on screen, for another tab's saves.
    current: RefCell<Values>,
    /// Whether drafts are on, as last rendered.
    saving: Cell<bool>,
}

impl Carrier {
    fn run(&self, commands: Vec<Command>) {
        for command in commands {
            match command {
                Command::Session(action) => self.dispatcher.dispatch(action),
                Command::Saved => {
                    if let Some(host) = &self.host {
                        emit(host, &HostEvent::DraftSaved);
                    }
                }
            }
        }
    }

    fn request(&self, request: DraftRequest) -> bool {
        let (worked, commands) =
            self.policy
                .borrow_mut()
                .request(request, &self.store, self.saving.get());
        self.run(commands);
        worked
    }

    fn flush(&self) {
        let commands = self.policy.borrow_mut().flush(&self.store, now());
        self.run(commands);
    }
}

/// Autosaves the session's answers (debounced, and at once when the page is hidden or the
/// widget goes away), and offers another tab's newer draft. Returns what the draft bar's
/// buttons do; the answer says whether the request worked.
#[hook]
pub fn use_drafts(
    store: DraftStore,
    loaded: Rc<Loaded>,
    state: &UseReducerHandle<SessionReducer>,
    host: Option<EventTarget>,
) -> Callback<DraftRequest, bool> {
    let made = {
        let state = state.clone();
        use_memo((), move |_| {
            let carrier = Rc::new(Carrier {
                policy: RefCell::new(SavePolicy::new(&loaded, &state)),
                store,
                dispatcher: state.dispatcher(),
                host,
                current: RefCell::default(),
                saving: Cell::new(state.draft.saving()),
            });
            let on_request = {
                let carrier = carrier.clone();
                Callback::from(move |request| carrier.request(request))
            };
            (carrier, on_request)
        })
    };
    let (carrier, on_request) = (&made.0, &made.1);
    carrier.policy.borrow_mut().follow(state);
    *carrier.current.borrow_mut() = state.answers.values.clone();
    carrier.saving.set(state.draft.saving());

    // Debounced autosave: each change restarts the timer, as the save policy says.
    {
        let carrier = carrier.clone();
        let saving = state.draft.saving();
        use_effect_with(
            // Also when saving comes back on (an unreadable draft replaced).
            (state.answers.values.clone(), state.chose_draft, saving),
            move |(values, _, saving)| {
                let due = carrier.policy.borrow_mut().changed(values, *saving, now());
                let timer = due.map(|wait| Timeout::new(wait, move || carrier.flush()));
                move || drop(timer)
            },
        );
    }

    // Flush when the page is hidden or left, and when the widget is removed; listen for
    // another tab's saves.
    {
        let carrier = carrier.clone();
        use_mount(Box::new(move || {
            let listeners = listen(&carrier);
            Box::new(move || {
                drop(listeners);
                carrier.flush();
            })
        }));
    }

    on_request.clone()
}

fn listen(carrier: &Rc<Carrier>) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = Vec::new();
    {
        let carrier = carrier.clone();
        listeners.push(EventListener::new(&window, "pagehide", move |_| {
            carrier.flush()
        }));
    }
    if let Some(document) = window.document() {
        let carrier = carrier.clone();
        let doc = document.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                    carrier.flush();
                }
            },
        ));
    }
    let carrier = carrier.clone();
    listeners.push(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(carrier.store.key()) {
            return;
        }
        let change = match event.new_value() {
            None => Elsewhere::Cleared,
            Some(text) => match parse(&text).map(|json| decode(&json)) {
                Ok(Ok(draft)) => Elsewhere::Saved(draft.values),
                _ => return,
            },
        };
        let current = carrier.current.borrow().clone();
        let commands = carrier
            .policy
            .borrow_mut()
            .elsewhere(change, &current, now());
        carrier.run(commands);
    }));
    listeners
}
