//! Says so when an answer brings a question into view: the question appears right under the
//! answer that calls for it (GOV.UK's conditional reveal), and a polite live region tells
//! assistive technology its name, so that a visitor who does not see it appear still knows.

use yew::prelude::*;

use crate::core::strings::Key as Msg;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct RevealedProps {
    /// The questions an answer is showing now, in form order: each one's key and label.
    pub shown: Vec<(AttrValue, AttrValue)>,
}

/// A visually hidden live region that names each question as it comes into view (not those on
/// show when the form opens), every time it does: the message is a new element each time, so
/// that the same words are said again when the same question comes back.
#[component]
pub fn Revealed(props: &RevealedProps) -> Html {
    let s = use_strings();
    let before = use_mut_ref(|| props.shown.clone());
    let said = use_state(|| (0u32, String::new()));
    {
        let (before, said, s) = (before.clone(), said.clone(), s.clone());
        use_effect_with(props.shown.clone(), move |shown| {
            let new: Vec<String> = shown
                .iter()
                .filter(|(key, _)| !before.borrow().iter().any(|(k, _)| k == key))
                .map(|(_, label)| s.quoted(label))
                .collect();
            if !new.is_empty() {
                let questions = s.join(Msg::ListJoin, &new);
                said.set((
                    said.0.wrapping_add(1),
                    s.count(
                        Msg::QuestionsRevealed,
                        new.len() as u64,
                        &[("questions", &questions)],
                    ),
                ));
            }
            *before.borrow_mut() = shown.clone();
        });
    }
    html! {
        <div class="visually-hidden" aria-live="polite">
            if !said.1.is_empty() {
                <p key={said.0}>{ said.1.clone() }</p>
            }
        </div>
    }
}
