//! A link with answers opened on a page that already shows the widget: only the URL fragment
//! changes, so the page does not load again. Its answers are taken as on load.

use gloo_events::EventListener;
use yew::prelude::*;

use super::use_mount;
use crate::core::session::Action;
use crate::view::reducer::SessionReducer;

#[hook]
pub fn use_prefill_link(dispatcher: UseReducerDispatcher<SessionReducer>) {
    use_mount(Box::new(move || {
        let listener = web_sys::window().map(|window| {
            let location = window.location();
            EventListener::new(&window, "hashchange", move |_| {
                dispatcher.dispatch(Action::Link(location.hash().unwrap_or_default()));
            })
        });
        Box::new(move || drop(listener))
    }));
}
