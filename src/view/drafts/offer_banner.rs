//! The choice on offer, if any, with its two buttons.

use yew::prelude::*;

use crate::core::session::{Answer, Offer, Replaced};
use crate::view::focus::{focus_by_id, focus_showing};

#[derive(Properties, PartialEq)]
pub struct OfferProps {
    pub offer: Option<Offer>,
    pub on_answer: Callback<Answer>,
    /// Where focus goes when the banner closes under it (the form's heading).
    pub return_to: AttrValue,
    /// The import panel's button, where focus goes back when an import is cancelled.
    pub import_button: AttrValue,
    /// What the form's document is called: "one-pager".
    pub document: AttrValue,
}

/// What the banner says for an offer, its two buttons, and what the form has no place for.
fn wording<'a>(
    offer: &'a Offer,
    document: &str,
) -> (String, &'static str, &'static str, &'a [String]) {
    match offer {
        Offer::OtherTab(_) => (
            format!("A newer draft of this {document} was saved in another tab."),
            "Load it",
            "Keep mine",
            &[],
        ),
        Offer::Kept(_) => (
            format!(
                "Another tab's draft of this {document} was kept when this one was saved over it."
            ),
            "Load it",
            "Discard it",
            &[],
        ),
        Offer::Prefill(values) => (
            match values.iter().count() {
                1 => "This link fills in 1 answer that differs from your saved draft.".to_owned(),
                n => format!("This link fills in {n} answers that differ from your saved draft."),
            },
            "Use the link's answers",
            "Keep my draft",
            &[],
        ),
        Offer::Import { unknown, .. } => (
            format!("Replace your answers with the imported {document}?"),
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
            &[],
        ),
    }
}

/// A choice the user's own action raised takes focus, so keyboard users are not left on a
/// button that has gone: after Start over, its Undo; after an import, the question itself, so
/// that a second press of Enter replaces nothing. Choices nobody asked for (another tab, a
/// link, undoing a replacement) are announced and do not take focus.
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
    let (message, accept, decline, unknown) = wording(offer, &props.document);
    let answer = |answer: Answer, return_to: AttrValue| {
        let on_answer = props.on_answer.clone();
        Callback::from(move |e: MouseEvent| {
            on_answer.emit(answer);
            focus_by_id(&e, &return_to);
        })
    };
    let on_accept = answer(Answer::Accept, props.return_to.clone());
    // Cancelling an import goes back to where it started.
    let decline_to = if matches!(offer, Offer::Import { .. }) {
        props.import_button.clone()
    } else {
        props.return_to.clone()
    };
    let on_decline = answer(Answer::Decline, decline_to);
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
