//! Never losing a draft: autosave, restore, start over with undo, another tab's newer draft,
//! and importing a one-pager. The storage itself is `embed::storage`; the choices put to the
//! user are `state::Offer`s.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, EventTarget, HtmlInputElement, HtmlTextAreaElement, StorageEvent};
use yew::prelude::*;

use super::focus::{focus_by_id, focus_showing};
use super::state::{Action, AppState, DraftStatus, Offer, Replaced, Tone};
use crate::core::draft::{encode, Draft};
use crate::core::form::{FormSpec, Values};
use crate::core::markdown::import;
use crate::embed::events::{emit, HostEvent};
use crate::embed::storage::{read, DraftStore, StoreError, Stored};
use crate::embed::{clock_at, now};

/// How long typing must pause before the draft is saved.
const AUTOSAVE_MS: u32 = 500;

/// What storage holds for this form at load: the draft, and another tab's kept one.
#[derive(Clone, PartialEq)]
pub struct Loaded {
    pub values: Option<Values>,
    pub status: DraftStatus,
    pub kept: Option<Values>,
}

/// The draft under `store`, as starting values and a status, and another tab's draft kept
/// beside it (see [`DraftStore::kept`]).
pub fn load(store: &DraftStore) -> Loaded {
    let (values, status) = load_draft(store);
    let kept = match read(&store.kept()) {
        Stored::Draft(draft) if status.saving() && !draft.values.is_empty() => Some(draft.values),
        _ => None,
    };
    // Kept, but the same as this draft (loaded since): nothing to choose between.
    let kept = kept.filter(|kept| {
        let same = Some(kept) == values.as_ref();
        if same {
            let _ = store.kept().clear();
        }
        !same
    });
    Loaded {
        values,
        status,
        kept,
    }
}

fn load_draft(store: &DraftStore) -> (Option<Values>, DraftStatus) {
    match read(store) {
        Stored::Nothing => (None, DraftStatus::Idle),
        Stored::Unavailable => (None, DraftStatus::Off),
        Stored::Unreadable(why) => (None, DraftStatus::Blocked(why)),
        // An empty draft restores nothing (the form would look the same).
        Stored::Draft(draft) if draft.values.is_empty() => (None, DraftStatus::Idle),
        Stored::Draft(draft) => {
            let at = if draft.saved_at.is_nan() {
                String::new()
            } else {
                clock_at(draft.saved_at)
            };
            (Some(draft.values), DraftStatus::Restored(at))
        }
    }
}

/// Why a save failed, in words.
fn failure_text(error: &StoreError) -> String {
    match error {
        StoreError::Full => "Your draft could not be saved: this browser's storage is full. Your answers are kept while this page is open.".to_owned(),
        StoreError::Failed(why) => format!("Your draft could not be saved ({why}). Your answers are kept while this page is open."),
        StoreError::Unavailable => "Drafts are off in this browser: your answers are kept only while this page is open.".to_owned(),
    }
}

/// Saving shared by the debounce timer and the page-hide flush.
struct Saver {
    store: DraftStore,
    /// Values waiting for the debounce, already encoded.
    pending: Option<(Values, String)>,
    /// What storage holds now (so an unchanged form is not saved again).
    stored: Option<Values>,
    defaults: Values,
    dispatch: Callback<Action>,
    host: Option<EventTarget>,
    /// The last save failed (its failure has been announced; the next is not, until a save
    /// works again).
    failing: bool,
    /// Another tab's draft put to the user and not yet answered (even if another question
    /// has taken its place since), which no save here may lose: each save keeps it beside this
    /// one until the user chooses.
    foreign: Option<Values>,
    /// The kept slot holds it, to be let go once the user has chosen.
    kept_written: bool,
    /// `AppState::chose_draft` as last seen.
    chose: u32,
}

impl Saver {
    /// Keeps `values` to be saved at the next flush, encoded with the time now.
    fn hold(&mut self, values: Values) {
        let text = encode(&Draft {
            values: values.clone(),
            saved_at: now(),
        });
        self.pending = Some((values, text));
    }

    /// Whether a save is due although the values are stored: a kept draft to let go.
    fn owes_kept(&self) -> bool {
        self.kept_written && self.foreign.is_none()
    }

    /// Keeps another tab's unanswered draft beside this one, before this one is written over
    /// it; or lets a kept draft go once the user has chosen.
    fn keep_foreign(&mut self) -> Result<(), StoreError> {
        let kept = self.store.kept();
        if let Some(theirs) = &self.foreign {
            kept.save(&encode(&Draft {
                values: theirs.clone(),
                saved_at: now(),
            }))?;
            self.kept_written = true;
        } else if self.kept_written && kept.clear().is_ok() {
            self.kept_written = false;
        }
        Ok(())
    }

    fn flush(&mut self) {
        let Some((values, text)) = self.pending.take() else {
            return;
        };
        // An untouched form is no draft: clear the stored one instead. Nothing is written
        // over another tab's draft that could not be kept (storage full, say).
        let cleared = values == self.defaults;
        let result = self.keep_foreign().and_then(|()| {
            if cleared {
                self.store.clear()
            } else {
                self.store.save(&text)
            }
        });
        let result_failed = result.is_err();
        match result {
            Ok(()) if cleared => {
                self.stored = Some(values);
                self.dispatch.emit(Action::Draft(DraftStatus::Idle));
            }
            Ok(()) => {
                self.stored = Some(values);
                self.dispatch
                    .emit(Action::Draft(DraftStatus::Saved(clock_at(now()))));
                if let Some(host) = &self.host {
                    emit(host, &HostEvent::DraftSaved);
                }
            }
            Err(error) => {
                // The draft line is not a live region (a "Draft saved" at every pause would
                // be noise); a failure is said once in the status region.
                if !self.failing {
                    self.dispatch
                        .emit(Action::Announce(failure_text(&error), Tone::Problem));
                }
                let status = match error {
                    StoreError::Unavailable => DraftStatus::Off,
                    error => DraftStatus::Failed(error),
                };
                self.dispatch.emit(Action::Draft(status));
            }
        }
        self.failing = result_failed;
    }
}

/// Autosaves `state`'s values (debounced, and at once when the page is hidden or the widget
/// goes away), and offers another tab's newer draft.
#[hook]
pub fn use_drafts(
    store: DraftStore,
    loaded: Option<Values>,
    state: &UseReducerHandle<AppState>,
    host: Option<EventTarget>,
) {
    let dispatcher = state.dispatcher();
    let saver = use_mut_ref(|| Saver {
        store: store.clone(),
        pending: None,
        stored: loaded,
        defaults: state.spec.default_values(),
        dispatch: Callback::from(move |action| dispatcher.dispatch(action)),
        host,
        failing: false,
        foreign: None,
        // Offered on load: let go once answered.
        kept_written: matches!(state.offer, Some(Offer::Kept(_))),
        chose: state.chose_draft,
    });
    {
        let mut s = saver.borrow_mut();
        if s.chose != state.chose_draft {
            s.chose = state.chose_draft;
            s.foreign = None;
        }
        if let Some(Offer::OtherTab(values) | Offer::Kept(values)) = &state.offer {
            s.foreign = Some(values.clone());
        }
    }
    // The values on screen, for the other-tab check.
    let current = use_mut_ref(Values::default);
    *current.borrow_mut() = state.form.values.clone();

    // Debounced autosave: each change restarts the timer.
    {
        let saver = saver.clone();
        let saving = state.draft.saving();
        use_effect_with(
            // Also when saving comes back on (an unreadable draft replaced).
            (state.form.values.clone(), state.chose_draft, saving),
            move |(values, _, _)| {
                let timer = {
                    let mut s = saver.borrow_mut();
                    let stored = s.stored.as_ref() == Some(values) && s.pending.is_none();
                    if !saving || stored && !s.owes_kept() {
                        None
                    } else {
                        s.hold(values.clone());
                        let saver = saver.clone();
                        Some(Timeout::new(AUTOSAVE_MS, move || {
                            saver.borrow_mut().flush()
                        }))
                    }
                };
                move || drop(timer)
            },
        );
    }

    // Flush when the page is hidden or left, and when the widget is removed; listen for
    // another tab's saves and for a link's answers arriving in the URL fragment.
    {
        let saver = saver.clone();
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listeners = listen(saver.clone(), current, dispatcher);
            move || {
                drop(listeners);
                saver.borrow_mut().flush();
            }
        });
    }
}

fn listen(
    saver: Rc<RefCell<Saver>>,
    current: Rc<RefCell<Values>>,
    dispatcher: UseReducerDispatcher<AppState>,
) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let mut listeners = Vec::new();
    {
        let saver = saver.clone();
        listeners.push(EventListener::new(&window, "pagehide", move |_| {
            saver.borrow_mut().flush()
        }));
    }
    if let Some(document) = window.document() {
        let saver = saver.clone();
        let doc = document.clone();
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |_| {
                if doc.visibility_state() == web_sys::VisibilityState::Hidden {
                    saver.borrow_mut().flush();
                }
            },
        ));
    }
    // A link with answers opened on this page while it is open: only the URL fragment
    // changes, so the page does not load again. Its answers are taken as on load.
    {
        let dispatcher = dispatcher.clone();
        let location = window.location();
        listeners.push(EventListener::new(&window, "hashchange", move |_| {
            let link = crate::core::prefill::from_fragment(&location.hash().unwrap_or_default());
            if !link.is_empty() {
                dispatcher.dispatch(Action::Link(link.values));
            }
        }));
    }
    let key = saver.borrow().store.key().to_owned();
    listeners.push(EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(key.as_str()) {
            return;
        }
        let Some(text) = event.new_value() else {
            // Cleared in another tab (Start over there). The answers on screen here are kept,
            // and saved when this page is left, unless they change (and save) before then.
            let mut s = saver.borrow_mut();
            let values = current.borrow().clone();
            s.stored = None;
            if values != s.defaults {
                s.hold(values);
                s.dispatch.emit(Action::Draft(DraftStatus::Idle));
            }
            return;
        };
        let Ok(json) = crate::embed::json::parse(&text) else {
            return;
        };
        let Ok(draft) = crate::core::draft::decode(&json) else {
            return;
        };
        // Theirs is now what storage holds.
        saver.borrow_mut().stored = Some(draft.values.clone());
        if draft.values != *current.borrow() {
            dispatcher.dispatch(Action::Offer(Some(Offer::OtherTab(draft.values))));
        }
    }));
    listeners
}

#[derive(Properties, PartialEq)]
pub struct DraftBarProps {
    pub status: DraftStatus,
    pub store: DraftStore,
    pub untouched: bool,
    pub dispatch: Callback<Action>,
    /// Where focus goes when the button under it goes (the form's heading).
    pub return_to: AttrValue,
}

/// "Draft saved 14:05", or why drafts are off; and "Start over".
#[component]
pub fn DraftBar(props: &DraftBarProps) -> Html {
    let (text, problem) = match &props.status {
        DraftStatus::Idle => ("Your answers are saved in this browser as you type.".to_owned(), false),
        DraftStatus::Saved(at) => (format!("Draft saved {at}"), false),
        DraftStatus::Restored(at) if at.is_empty() => ("Draft restored".to_owned(), false),
        DraftStatus::Restored(at) => (format!("Draft from {at} restored"), false),
        DraftStatus::Off => (
            "Drafts are off in this browser: your answers are kept only while this page is open.".to_owned(),
            true,
        ),
        DraftStatus::Blocked(why) => (
            format!("A saved draft here could not be read ({why}), so drafts are off and it is left as it was. Your answers are kept while this page is open."),
            true,
        ),
        DraftStatus::Failed(error) => (failure_text(error), true),
    };
    let on_start_over = {
        let dispatch = props.dispatch.clone();
        let store = props.store.clone();
        let saving = props.status.saving();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::StartOver);
            if saving {
                let _ = store.clear();
            }
        })
    };
    // A draft that could not be read is left alone until the user says otherwise.
    let on_replace = {
        let dispatch = props.dispatch.clone();
        let store = props.store.clone();
        let return_to = props.return_to.clone();
        Callback::from(move |e: MouseEvent| match store.clear() {
            Ok(()) => {
                dispatch.emit(Action::Draft(DraftStatus::Idle));
                // The button goes with the problem.
                focus_by_id(&e, &return_to);
                dispatch.emit(Action::Announce(
                    "Drafts are on again: your answers are saved in this browser.".to_owned(),
                    Tone::Success,
                ));
            }
            Err(error) => dispatch.emit(Action::Announce(failure_text(&error), Tone::Problem)),
        })
    };
    let blocked = matches!(props.status, DraftStatus::Blocked(_));
    html! {
        <div class="draft-bar">
            <p class={classes!("draft-status", problem.then_some("draft-problem"))}>{ text }</p>
            if blocked {
                <button type="button" class="button button-secondary button-small" onclick={on_replace}>
                    { "Replace it with my answers" }
                </button>
            }
            if !props.untouched {
                <button type="button" class="button button-secondary button-small" onclick={on_start_over}>
                    { "Start over" }
                </button>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct OfferProps {
    pub offer: Option<Offer>,
    pub dispatch: Callback<Action>,
    /// Where focus goes when the banner closes under it (the form's heading).
    pub return_to: AttrValue,
    /// The import panel's button, where focus goes back when an import is cancelled.
    pub import_button: AttrValue,
}

/// The choice on offer, if any, with its two buttons. A choice the user's own action raised
/// takes focus, so keyboard users are not left on a button that has gone: after Start over, its
/// Undo; after an import, the question itself, so that a second press of Enter replaces
/// nothing. Choices nobody asked for (another tab, a link, undoing a replacement) are announced
/// and do not take focus.
#[component]
pub fn OfferBanner(props: &OfferProps) -> Html {
    let accept_ref = use_node_ref();
    let message_ref = use_node_ref();
    let banner_ref = use_node_ref();
    {
        let accept_ref = accept_ref.clone();
        let message_ref = message_ref.clone();
        let banner_ref = banner_ref.clone();
        use_effect_with(props.offer.clone(), move |offer| {
            let target = match offer {
                Some(Offer::Undo {
                    after: Replaced::StartOver,
                    ..
                }) => &accept_ref,
                Some(Offer::Import { .. }) => &message_ref,
                _ => return,
            };
            let target = target.cast::<web_sys::HtmlElement>();
            let banner = banner_ref.cast::<web_sys::Element>();
            if let (Some(target), Some(banner)) = (target, banner) {
                // The question stays in view with its buttons.
                focus_showing(&target, &banner);
            }
        });
    }
    let Some(offer) = &props.offer else {
        return html! { <div class="offer-slot" aria-live="polite"></div> };
    };
    let (message, accept, decline, unknown) = match offer {
        Offer::OtherTab(_) => (
            "A newer draft of this one-pager was saved in another tab.".to_owned(),
            "Load it",
            "Keep mine",
            &[][..],
        ),
        Offer::Kept(_) => (
            "Another tab's draft of this one-pager was kept when this one was saved over it."
                .to_owned(),
            "Load it",
            "Discard it",
            &[][..],
        ),
        Offer::Prefill(values) => (
            match values.iter().count() {
                1 => "This link fills in 1 answer that differs from your saved draft.".to_owned(),
                n => format!("This link fills in {n} answers that differ from your saved draft."),
            },
            "Use the link's answers",
            "Keep my draft",
            &[][..],
        ),
        Offer::Import { unknown, .. } => (
            "Replace your answers with the imported one-pager?".to_owned(),
            "Replace my answers",
            "Cancel",
            unknown.as_slice(),
        ),
        Offer::Undo { after, .. } => (
            match after {
                Replaced::StartOver => "Everything you typed was cleared.",
                Replaced::Other => "Your previous answers were replaced.",
            }
            .to_owned(),
            "Undo",
            "Dismiss",
            &[][..],
        ),
    };
    let answer = |action: fn() -> Action, return_to: AttrValue| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: MouseEvent| {
            dispatch.emit(action());
            focus_by_id(&e, &return_to);
        })
    };
    let on_accept = answer(|| Action::Accept, props.return_to.clone());
    // Cancelling an import goes back to where it started.
    let decline_to = if matches!(offer, Offer::Import { .. }) {
        props.import_button.clone()
    } else {
        props.return_to.clone()
    };
    let on_decline = answer(|| Action::Offer(None), decline_to);
    html! {
        <div class="offer-slot" aria-live="polite">
            <div class="offer" ref={banner_ref}>
                <p class="offer-message" ref={message_ref} tabindex="-1">{ message }</p>
                if !unknown.is_empty() {
                    <p class="hint">{ "Not imported, because the form has no place for them:" }</p>
                    <ul class="list">{ for unknown.iter().map(|u| html! { <li>{ u.clone() }</li> }) }</ul>
                }
                <div class="actions">
                    <button type="button" class="button button-small" ref={accept_ref} onclick={on_accept}>{ accept }</button>
                    <button type="button" class="button button-secondary button-small" onclick={on_decline}>{ decline }</button>
                </div>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub spec: Rc<FormSpec>,
    pub prefix: AttrValue,
    pub untouched: bool,
    pub dispatch: Callback<Action>,
}

/// Paste, choose or drop a one-pager to fill the form from it.
#[component]
pub fn ImportPanel(props: &ImportProps) -> Html {
    let text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let area_id = format!("{}-import-text", props.prefix);
    let file_id = format!("{}-import-file", props.prefix);
    let error_id = format!("{}-import-error", props.prefix);

    let run = {
        let spec = props.spec.clone();
        let dispatch = props.dispatch.clone();
        let untouched = props.untouched;
        let error = error.setter();
        Rc::new(move |source: String| match import::import(&spec, &source) {
            Err(message) => {
                // Shown at the field and said in the live region: focus stays on Import.
                dispatch.emit(Action::DropImport);
                dispatch.emit(Action::Announce(message.clone(), Tone::Problem));
                error.set(Some(message));
            }
            Ok(imported) => {
                error.set(None);
                if untouched {
                    let note = if imported.unknown.is_empty() {
                        "Imported the one-pager into the form.".to_owned()
                    } else {
                        format!(
                            "Imported the one-pager. Not imported, because the form has no place for them: {}.",
                            imported.unknown.join("; ")
                        )
                    };
                    dispatch.emit(Action::Replace(imported.values));
                    dispatch.emit(Action::Announce(note, Tone::Success));
                } else {
                    dispatch.emit(Action::Offer(Some(Offer::Import {
                        values: imported.values,
                        unknown: imported.unknown,
                    })));
                }
            }
        })
    };
    let read_file = {
        let run = run.clone();
        let text = text.setter();
        let error = error.setter();
        let dispatch = props.dispatch.clone();
        move |file: web_sys::File| {
            let run = run.clone();
            let text = text.clone();
            let error = error.clone();
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                {
                    Some(contents) => {
                        text.set(contents.clone());
                        run(contents);
                    }
                    None => {
                        let message = "That file could not be read. Nothing was changed.";
                        dispatch.emit(Action::Announce(message.to_owned(), Tone::Problem));
                        error.set(Some(message.to_owned()));
                    }
                }
            });
        }
    };
    let on_input = {
        let text = text.setter();
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(area.value());
                dispatch.emit(Action::DropImport);
            }
        })
    };
    let on_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file);
            }
        })
    };
    let on_drop = {
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                e.prevent_default();
                read_file(file);
            }
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_import = {
        let text = text.clone();
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run((*text).clone()))
    };
    let hint_id = format!("{}-import-hint", props.prefix);
    let described = match &*error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <details class="import">
            <summary class="import-summary">{ "Import a one-pager" }</summary>
            <div class={classes!("field", error.is_some().then_some("field-error"))}>
                <label class="label" for={area_id.clone()}>{ "Paste a one-pager" }</label>
                <p id={hint_id} class="hint">{ "Paste a one-pager made with this form (or drop its .md file here) to fill in the answers. You can check before anything is replaced." }</p>
                if let Some(message) = &*error {
                    <p id={error_id} class="error-message">
                        <span class="visually-hidden">{ "Error: " }</span>{ message.clone() }
                    </p>
                }
                <textarea id={area_id} class="textarea" rows="4" value={(*text).clone()}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")}
                    oninput={on_input} ondrop={on_drop} ondragover={on_drag_over} />
            </div>
            <div class="field">
                <label class="label" for={file_id.clone()}>{ "Or choose a .md file" }</label>
                <input id={file_id} class="file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" onchange={on_file} />
            </div>
            <button type="button" id={format!("{}-import-button", props.prefix)}
                class="button button-secondary" onclick={on_import}>{ "Import" }</button>
        </details>
    }
}
