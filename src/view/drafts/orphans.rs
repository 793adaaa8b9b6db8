//! Saved answers the form has no question for: the host changed its form since they were
//! saved. They are kept, shown read-only with a way to copy them, until the visitor dismisses
//! them.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::core::form::Values;
use crate::core::session::Tone;
use crate::core::strings::Key as Msg;
use crate::platform::clipboard::{copy_text, CopyOutcome};
use crate::view::focus::focus_by_id;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct OrphansProps {
    pub orphans: Values,
    pub prefix: AttrValue,
    /// Where focus goes once they are dismissed (the panel goes with them).
    pub return_to: AttrValue,
    /// Let them go.
    pub on_dismiss: Callback<()>,
    /// Say how a copy went.
    pub on_announce: Callback<(String, Tone)>,
}

/// The answers as text: each key, then its answer.
fn as_text(orphans: &Values) -> String {
    let entries: Vec<String> = orphans
        .iter()
        .map(|(key, value)| format!("{key}: {value}"))
        .collect();
    entries.join("\n\n")
}

#[component]
pub fn OrphanedAnswers(props: &OrphansProps) -> Html {
    let area = use_node_ref();
    let s = use_strings();
    if props.orphans.is_empty() {
        return Html::default();
    }
    let text = as_text(&props.orphans);
    let title_id = format!("{}-orphans-title", props.prefix);
    let area_id = format!("{}-orphans-text", props.prefix);
    let on_copy = {
        let (area, text, announce) = (area.clone(), text.clone(), props.on_announce.clone());
        let s = s.clone();
        Callback::from(move |_: MouseEvent| {
            let (announce, s) = (announce.clone(), s.clone());
            copy_text(&text, area.cast::<HtmlTextAreaElement>(), move |outcome| {
                let (key, tone) = match outcome {
                    CopyOutcome::Copied | CopyOutcome::CopiedPlainOnly => {
                        (Msg::OrphansCopied, Tone::Success)
                    }
                    CopyOutcome::Selected => (Msg::OrphansSelected, Tone::Problem),
                    CopyOutcome::Failed => (Msg::OrphansCopyFailed, Tone::Problem),
                };
                announce.emit((s.text(key).to_owned(), tone))
            });
        })
    };
    let on_dismiss = {
        let (dismiss, announce) = (props.on_dismiss.clone(), props.on_announce.clone());
        let dismissed = s.text(Msg::OrphansDismissed).to_owned();
        let return_to = props.return_to.clone();
        Callback::from(move |e: MouseEvent| {
            focus_by_id(&e, &return_to);
            dismiss.emit(());
            announce.emit((dismissed.clone(), Tone::Success));
        })
    };
    let rows = text.lines().count().clamp(2, 10).to_string();
    html! {
        <div class="notice notice-warning orphans" role="region" aria-labelledby={title_id.clone()}>
            <p id={title_id} class="notice-title">{ s.text(Msg::OrphansTitle) }</p>
            <p>{ s.text(Msg::OrphansBody) }</p>
            <label class="output-label" for={area_id.clone()}>{ s.text(Msg::OrphansLabel) }</label>
            <textarea id={area_id} class="source-text" ref={area} readonly=true {rows}
                spellcheck="false" value={text} />
            <div class="actions">
                <button type="button" class="button button-secondary button-small" onclick={on_copy}>{ s.text(Msg::OrphansCopy) }</button>
                <button type="button" class="button button-secondary button-small" onclick={on_dismiss}>{ s.text(Msg::OrphansDismiss) }</button>
            </div>
        </div>
    }
}
