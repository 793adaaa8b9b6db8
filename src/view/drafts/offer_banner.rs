//! The choice on offer, if any, with its two buttons.

use yew::prelude::*;

use crate::core::document_name::DocumentName;
use crate::core::session::{Answer, Offer, Replaced};
use crate::core::strings::{Key as Msg, Strings};
use crate::view::focus::{focus_by_id, focus_showing};
use crate::view::shared::Shared;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct OfferProps {
    pub offer: Option<Offer>,
    pub on_answer: Callback<Answer>,
    /// Where focus goes when the banner closes under it (the form's heading).
    pub return_to: AttrValue,
    /// The import panel's button, where focus goes back when an import is cancelled.
    pub import_button: AttrValue,
    /// What the form's document is called: "one-pager".
    pub document: Shared<DocumentName>,
}

/// What the banner says for an offer, its two buttons, and what the form has no place for.
fn wording<'a>(
    offer: &'a Offer,
    document: &DocumentName,
    s: &Strings,
) -> (String, String, String, &'a [String]) {
    let (message, accept, decline, unknown) = match offer {
        Offer::OtherTab(_) => (
            document.fill(s, Msg::OfferOtherTab, &[]),
            Msg::LoadIt,
            Msg::KeepMine,
            &[][..],
        ),
        Offer::Kept(_) => (
            document.fill(s, Msg::OfferKept, &[]),
            Msg::LoadIt,
            Msg::DiscardIt,
            &[][..],
        ),
        Offer::Prefill(values) => (
            s.count(Msg::OfferPrefill, values.iter().count() as u64, &[]),
            Msg::UseLink,
            Msg::KeepDraft,
            &[][..],
        ),
        Offer::Import { unknown, .. } => (
            document.fill(s, Msg::OfferImport, &[]),
            Msg::ReplaceAnswers,
            Msg::Cancel,
            unknown.as_slice(),
        ),
        Offer::Undo { after, .. } => (
            s.text(match after {
                Replaced::StartOver => Msg::OfferCleared,
                Replaced::Other => Msg::OfferReplaced,
            })
            .to_owned(),
            Msg::Undo,
            Msg::Dismiss,
            &[][..],
        ),
    };
    (
        message,
        s.text(accept).to_owned(),
        s.text(decline).to_owned(),
        unknown,
    )
}

/// A choice the user's own action raised takes focus, so keyboard users are not left on a
/// button that has gone: after Start over, its Undo; after an import, the question itself, so
/// that a second press of Enter replaces nothing. Choices nobody asked for (another tab, a
/// link, undoing a replacement) are announced and do not take focus.
#[component]
pub fn OfferBanner(props: &OfferProps) -> Html {
    let s = use_strings();
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
    let (message, accept, decline, unknown) = wording(offer, &props.document, &s);
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
                    <p class="hint">{ s.text(Msg::NotImported) }</p>
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
