//! The reducer adapter: the core's [`Session`] as Yew state. Its rules are
//! [`crate::core::session::reduce`]; nothing else is here.

use std::rc::Rc;

use yew::Reducible;

use crate::core::session::{reduce, Action, Session};

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        reduce(self, action)
    }
}
