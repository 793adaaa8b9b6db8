//! The controls, one file each, as GOV.UK Frontend has one folder per component: each is given
//! a [`super::parts::Control`] (its ids, value, what describes it, where it reports) and emits
//! domain values. [`super::field`] picks the control for a field's kind.

pub mod checkboxes;
pub mod date_input;
pub mod radios;
pub mod select;
pub mod text_input;
pub mod textarea;
