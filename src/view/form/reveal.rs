//! Says so when an answer brings a question into view: the question appears right under the
//! answer that calls for it (GOV.UK's conditional reveal), and a polite live region tells
//! assistive technology its name, so that a visitor who does not see it appear still knows.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RevealedProps {
    /// The labels of the questions an answer is showing now, in form order.
    pub shown: Vec<AttrValue>,
}

/// A visually hidden live region that names each question as it comes into view (not those on
/// show when the form opens).
#[component]
pub fn Revealed(props: &RevealedProps) -> Html {
    let before = use_mut_ref(|| props.shown.clone());
    let said = use_state_eq(String::new);
    {
        let (before, said) = (before.clone(), said.setter());
        use_effect_with(props.shown.clone(), move |shown| {
            let new: Vec<String> = shown
                .iter()
                .filter(|label| !before.borrow().contains(label))
                .map(|label| format!("\u{201c}{label}\u{201d}"))
                .collect();
            if !new.is_empty() {
                let noun = if new.len() == 1 {
                    "question"
                } else {
                    "questions"
                };
                said.set(format!("New {noun} below: {}.", new.join(", ")));
            }
            *before.borrow_mut() = shown.clone();
        });
    }
    html! { <p class="visually-hidden" aria-live="polite">{ (*said).clone() }</p> }
}
