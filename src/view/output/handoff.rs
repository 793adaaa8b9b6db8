//! Open as a new issue: once the document is complete, a button per tracker the host names.
//! Each says where it goes before anything opens (its accessible name and tooltip name the
//! host), opens the tracker's new-issue page in a new tab with the document in its address,
//! and, where the document is too long for an address, puts it on the clipboard first and
//! says so. Where the clipboard refuses, the document is selected in its box and nothing opens
//! until the visitor chooses to.

use web_sys::{EventTarget, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::session::Tone;
use crate::core::tracker::Handoff;
use crate::platform::clipboard::{copy_text, CopyOutcome};
use crate::platform::events::{emit, HostEvent};
use crate::platform::files::open_tab;

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
    pub document: AttrValue,
    /// The Generated Markdown box, the clipboard's fallback.
    pub textarea: NodeRef,
    pub on_announce: Callback<(String, Tone)>,
    pub host: Option<EventTarget>,
}

/// Opens the new issue, says so, and tells the host.
fn open(destination: &Destination, props_host: &Option<EventTarget>) -> Result<(), ()> {
    open_tab(&destination.handoff.url).map_err(|_| ())?;
    if let Some(host) = props_host {
        emit(
            host,
            &HostEvent::Handoff {
                tracker: destination.name.to_string(),
                url: destination.handoff.url.clone(),
                via_clipboard: destination.handoff.via_clipboard,
            },
        );
    }
    Ok(())
}

#[component]
pub fn HandoffButtons(props: &HandoffProps) -> Html {
    // A tracker whose document is selected for the visitor to copy, waiting for them to open it.
    let waiting = use_state_eq(|| None::<usize>);
    let click = |n: usize| {
        let destination = props.destinations[n].clone();
        let (on_announce, host) = (props.on_announce.clone(), props.host.clone());
        let (markdown, document) = (props.markdown.clone(), props.document.clone());
        let textarea = props.textarea.clone();
        let waiting = waiting.setter();
        Callback::from(move |_: MouseEvent| {
            let name = destination.name.clone();
            let failed = move |on_announce: &Callback<(String, Tone)>| {
                on_announce.emit((
                    format!("{name} could not be opened: this browser refused a new tab."),
                    Tone::Problem,
                ));
            };
            if !destination.handoff.via_clipboard {
                match open(&destination, &host) {
                    Ok(()) => on_announce.emit((
                        format!(
                            "A new issue in {} is opening in a new tab, with the {document} in it.",
                            destination.name
                        ),
                        Tone::Success,
                    )),
                    Err(()) => failed(&on_announce),
                }
                waiting.set(None);
                return;
            }
            let (destination, on_announce, host) =
                (destination.clone(), on_announce.clone(), host.clone());
            let (document, waiting) = (document.clone(), waiting.clone());
            copy_text(
                &markdown,
                textarea.cast::<HtmlTextAreaElement>(),
                move |outcome| {
                    let said = format!(
                        "The {document} is on your clipboard: paste it into the issue's description."
                    );
                    if outcome == CopyOutcome::Copied {
                        match open(&destination, &host) {
                            Ok(()) => on_announce.emit((said, Tone::Info)),
                            Err(()) => failed(&on_announce),
                        }
                        waiting.set(None);
                    } else {
                        on_announce.emit((
                            format!(
                                "The {document} is too long to go in the address, and could not be copied automatically: it is selected in the Generated Markdown box. Copy it (Ctrl+C, or Command+C on a Mac), then open the new issue and paste it into its description."
                            ),
                            Tone::Problem,
                        ));
                        waiting.set(Some(n));
                    }
                },
            );
        })
    };
    let open_waiting = {
        let waiting_now = *waiting;
        let destinations = props.destinations.clone();
        let (host, waiting) = (props.host.clone(), waiting.setter());
        let on_announce = props.on_announce.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(destination) = waiting_now.and_then(|n| destinations.get(n)) {
                if open(destination, &host).is_err() {
                    on_announce.emit((
                        format!(
                            "{} could not be opened: this browser refused a new tab.",
                            destination.name
                        ),
                        Tone::Problem,
                    ));
                }
            }
            waiting.set(None);
        })
    };
    html! {
        <>
            <div class="actions handoff">
                { for props.destinations.iter().enumerate().map(|(n, destination)| {
                    let visible = format!("Open as a new issue in {}", destination.name);
                    html! {
                        <button type="button" class="button button-secondary" key={n}
                            aria-label={format!("{visible}, at {}", destination.host)}
                            title={format!("Opens {} in a new tab", destination.host)}
                            onclick={click(n)}>
                            { visible }
                        </button>
                    }
                }) }
            </div>
            if let Some(destination) = waiting.and_then(|n| props.destinations.get(n)) {
                <p class="handoff-next">
                    <button type="button" class="button" onclick={open_waiting}
                        aria-label={format!("Open the new issue in {}, at {}", destination.name, destination.host)}>
                        { format!("Open the new issue in {}", destination.name) }
                    </button>
                </p>
            }
        </>
    }
}
