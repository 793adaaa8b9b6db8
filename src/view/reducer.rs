//! The reducer adapter: the core's [`Session`] as Yew state. Its rules are
//! [`crate::core::session::reduce`]; nothing else is here. (The session is the core crate's
//! type and `Reducible` is Yew's, so the adapter is a thin wrapper that reads as the session.)

use std::ops::Deref;
use std::rc::Rc;

use yew::Reducible;

use crate::core::session::{reduce, Action, Session};

/// The session, as Yew's reducer holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionReducer(Rc<Session>);

impl SessionReducer {
    pub fn new(session: Session) -> SessionReducer {
        SessionReducer(Rc::new(session))
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
        let next = reduce(self.0.clone(), action);
        // An action that changes nothing gives the same session back: the same state, so the
        // view does not render again.
        if Rc::ptr_eq(&next, &self.0) {
            self
        } else {
            Rc::new(SessionReducer(next))
        }
    }
}
