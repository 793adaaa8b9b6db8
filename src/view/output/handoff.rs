//! Open as a new issue: once the document is complete, a button per tracker the host names.
//! Each says where it goes before anything opens (its accessible name and tooltip name the
//! host). A document short enough for an address is a link to the tracker's new-issue page
//! with the document in it, which the browser opens in a new tab (`noopener`) as for any link.
//! A longer one goes on the clipboard first, with words that say so, and the link to the new
//! issue (which asks the visitor to paste it) follows: the visitor opens it, so no browser
//! blocks the tab and nothing claims a tab opened. Where the clipboard refuses, the document
//! is selected in its box and nothing opens until the visitor chooses to.

use web_sys::{EventTarget, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::document_name::DocumentName;
use crate::core::session::Tone;
use crate::core::strings::Key as Msg;
use crate::core::tracker::Handoff;
use crate::platform::clipboard::{copy_text, CopyOutcome};
use crate::platform::events::{emit, HostEvent};
use crate::view::shared::Shared;
use crate::view::strings::use_strings;

/// One tracker's button: its name, the host it goes to, and what it opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Destination {
    pub name: AttrValue,
    pub host: AttrValue,
    pub handoff: Handoff,
}

#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    pub destinations: Vec<Destination>,
    pub markdown: AttrValue,
    /// What the form's document is called: "one-pager".
    pub document: Shared<DocumentName>,
    /// The Generated Markdown box, the clipboard's fallback.
    pub textarea: NodeRef,
    pub on_announce: Callback<(String, Tone)>,
    pub host: Option<EventTarget>,
}

/// Tells the host the document was handed to `destination`.
fn tell_host(destination: &Destination, host: &Option<EventTarget>) {
    if let Some(host) = host {
        emit(
            host,
            &HostEvent::Handoff {
                tracker: destination.name.to_string(),
                url: destination.handoff.url.clone(),
                via_clipboard: destination.handoff.via_clipboard,
            },
        );
    }
}

/// Where the visitor stands with a tracker whose document went (or could not go) on the
/// clipboard: the link to open the new issue waits for them.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Waiting {
    /// On the clipboard: paste it there.
    Copied(usize),
    /// Not copied: the visitor copies it first.
    NotCopied(usize),
}

#[component]
pub fn HandoffButtons(props: &HandoffProps) -> Html {
    let waiting = use_state_eq(|| None::<Waiting>);
    let s = use_strings();
    // A document short enough for the address: a link to the new issue, which the browser
    // opens in a new tab as for any link (the widget only says so and tells the host).
    let opened = |destination: &Destination| {
        let destination = destination.clone();
        let (on_announce, host) = (props.on_announce.clone(), props.host.clone());
        let said = props
            .document
            .fill(&s, Msg::HandoffOpened, &[("tracker", &destination.name)]);
        let waiting = waiting.setter();
        Callback::from(move |_: MouseEvent| {
            tell_host(&destination, &host);
            on_announce.emit((said.clone(), Tone::Success));
            waiting.set(None);
        })
    };
    // Too long for the address: the document goes on the clipboard first, then the visitor
    // opens the new issue (a fresh click, which no browser blocks).
    let copy_first = |n: usize| {
        let (on_announce, markdown) = (props.on_announce.clone(), props.markdown.clone());
        let said = [
            Msg::HandoffCopied,
            Msg::HandoffSelected,
            Msg::HandoffNotCopied,
        ]
        .map(|key| props.document.fill(&s, key, &[]));
        let textarea = props.textarea.clone();
        let waiting = waiting.setter();
        Callback::from(move |_: MouseEvent| {
            let (on_announce, said, waiting) = (on_announce.clone(), said.clone(), waiting.clone());
            copy_text(
                &markdown,
                textarea.cast::<HtmlTextAreaElement>(),
                move |outcome| {
                    let said = match outcome {
                        CopyOutcome::Copied | CopyOutcome::CopiedPlainOnly => {
                            waiting.set(Some(Waiting::Copied(n)));
                            (said[0].clone(), Tone::Info)
                        }
                        CopyOutcome::Selected => {
                            waiting.set(Some(Waiting::NotCopied(n)));
                            (said[1].clone(), Tone::Problem)
                        }
                        CopyOutcome::Failed => {
                            waiting.set(Some(Waiting::NotCopied(n)));
                            (said[2].clone(), Tone::Problem)
                        }
                    };
                    on_announce.emit(said);
                },
            );
        })
    };
    let link = |destination: &Destination, class: &'static str, text: String| {
        html! {
            <a class={classes!("button", class)} href={destination.handoff.url.clone()}
                target="_blank" rel="noopener noreferrer"
                aria-label={s.fill(Msg::HandoffAccessibleName, &[("text", &text), ("host", &destination.host)])}
                title={s.fill(Msg::HandoffOpensTitle, &[("host", &destination.host)])}
                onclick={opened(destination)}>
                { text }
            </a>
        }
    };
    let next = (*waiting).and_then(|w| {
        let n = match w {
            Waiting::Copied(n) | Waiting::NotCopied(n) => n,
        };
        props.destinations.get(n)
    });
    html! {
        <>
            <div class="actions handoff">
                { for props.destinations.iter().enumerate().map(|(n, destination)| {
                    let visible = s.fill(Msg::HandoffButton, &[("tracker", &destination.name)]);
                    if destination.handoff.via_clipboard {
                        html! {
                            <button type="button" class="button button-secondary" key={n}
                                aria-label={s.fill(Msg::HandoffAccessibleName, &[("text", &visible), ("host", &destination.host)])}
                                title={props.document.fill(&s, Msg::HandoffCopiesTitle, &[("host", &destination.host)])}
                                onclick={copy_first(n)}>
                                { visible }
                            </button>
                        }
                    } else {
                        link(destination, "button-secondary", visible)
                    }
                }) }
            </div>
            if let Some(destination) = next {
                <p class="handoff-next">
                    { link(destination, "button-next", s.fill(Msg::HandoffNext, &[("tracker", &destination.name)])) }
                </p>
            }
        </>
    }
}
