//! Holding back what would move the page under a press. Pressing a button or a radio button
//! takes focus from the field being typed in; if leaving that field shows its error message
//! at once, everything below it moves down before the button is released, and the click lands
//! on whatever is there instead. So while a pointer is pressed, [`after_press`] waits until it
//! is released and its click has been handled.

use std::cell::{Cell, RefCell};

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Waiting = Vec<Box<dyn FnOnce()>>;

thread_local! {
    static PRESSED: Cell<bool> = const { Cell::new(false) };
    static WAITING: RefCell<Waiting> = const { RefCell::new(Vec::new()) };
    static LISTENERS: RefCell<Vec<EventListener>> = const { RefCell::new(Vec::new()) };
}

/// Starts following presses on the page (once; the module's start calls it).
pub fn watch() {
    let Some(window) = web_sys::window() else {
        return;
    };
    LISTENERS.with(|listeners| {
        let mut listeners = listeners.borrow_mut();
        if !listeners.is_empty() {
            return;
        }
        let capture = EventListenerOptions::run_in_capture_phase();
        listeners.push(EventListener::new_with_options(
            &window,
            "pointerdown",
            capture,
            |_| PRESSED.with(|p| p.set(true)),
        ));
        // A release outside the window may never be seen: a key press, or the window losing
        // focus, ends the press too, so nothing waits for long. (The window's own blur only:
        // an element's blur, which a press causes, does not bubble.)
        for name in ["pointerup", "pointercancel", "keydown"] {
            listeners.push(EventListener::new_with_options(
                &window,
                name,
                capture,
                |_| released(),
            ));
        }
        listeners.push(EventListener::new(&window, "blur", |_| released()));
    });
}

/// A press ended: what waited runs once its click has been dispatched (the next task).
fn released() {
    PRESSED.with(|p| p.set(false));
    let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
    if waiting.is_empty() {
        return;
    }
    // A closure freed once called; without a window, nothing waits.
    let later = Closure::once_into_js(move || waiting.into_iter().for_each(|run| run()));
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(later.unchecked_ref());
    }
}

/// Runs `run` now, or, while a pointer is pressed, once it is released and its click handled.
pub fn after_press(run: impl FnOnce() + 'static) {
    if PRESSED.with(Cell::get) {
        WAITING.with(|w| w.borrow_mut().push(Box::new(run)));
    } else {
        run();
    }
}
