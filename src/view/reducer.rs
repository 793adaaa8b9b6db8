//! The reducer adapter: the core's [`Session`] as Yew state. Its rules are the core's
//! ([`Session::after`]); nothing else is here. (The session is the core crate's type and
//! `Reducible` is Yew's, so the adapter is a thin wrapper that reads as the session.)

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::core::session::{Action, Session};

/// The session, as Yew's reducer holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionReducer(Session);

impl SessionReducer {
    pub fn new(session: Session) -> SessionReducer {
        SessionReducer(session)
    }
}

impl Deref for SessionReducer {
    type Target = Session;

    fn deref(&self) -> &Session {
        &self.0
    }
}

impl Reducible for SessionReducer {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // An action that changes nothing keeps the same state, so the view does not render
        // again.
        match self.0.after(action) {
            Some(next) => Rc::new(SessionReducer(next)),
            None => self,
        }
    }
}
