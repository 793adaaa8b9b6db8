//! "Take the expectations and the pitch with you": the handout (`core::handout`) for an email
//! (formatted, or as Markdown), as a file, and on paper (printing the page prints the
//! expectations and the pitch alone: see the print rules in `styles/widget.css`). Copies go through the same clipboard code and
//! fallbacks as the one-pager's, and say truthfully what happened.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement, Node};
use yew::prelude::*;

use super::copying::{download_saying, tone_class};
use crate::core::content::Content;
use crate::core::document_name::DocumentName;
use crate::core::handout::{file_name, handout, handout_html};
use crate::core::session::Tone;
use crate::platform::clipboard::{copy_rich, copy_text, CopyOutcome};
use crate::platform::files::lower_case;
use crate::platform::print::print_alone;
use crate::view::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub content: Shared<Content>,
    /// What the form's document is called, which the pitch's last step names.
    pub document: Shared<DocumentName>,
    pub prefix: AttrValue,
}

/// What a copy of the handout achieved, in words.
fn copied(outcome: CopyOutcome, formatted: bool) -> (String, Tone) {
    match outcome {
        CopyOutcome::Copied if formatted => (
            "The expectations and the pitch were copied, formatted for an email.".to_owned(),
            Tone::Success,
        ),
        CopyOutcome::Copied => (
            "The expectations and the pitch were copied as Markdown.".to_owned(),
            Tone::Success,
        ),
        CopyOutcome::CopiedPlainOnly => (
            "Copied as plain Markdown only: this browser would not copy formatted text.".to_owned(),
            Tone::Info,
        ),
        CopyOutcome::Selected => (
            "Could not copy automatically. The Markdown is selected in the box below: press Ctrl+C (or Command+C on a Mac) to copy it.".to_owned(),
            Tone::Problem,
        ),
        CopyOutcome::Failed => (
            "Could not copy. Select the Markdown in the box below and copy it yourself.".to_owned(),
            Tone::Problem,
        ),
    }
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let texts = (props.content.clone(), props.document.clone());
    let markdown = use_memo(texts.clone(), |(content, document)| {
        AttrValue::from(handout(content, document))
    });
    let html = use_memo(texts, |(content, document)| handout_html(content, document));
    let said = use_state_eq(|| None::<(String, Tone)>);
    let area = use_node_ref();
    let source = use_node_ref();

    // Say how a copy went; when the text is left for the visitor to copy, show it.
    let report = {
        let (said, source) = (said.setter(), source.clone());
        move |outcome: CopyOutcome, formatted: bool| {
            if matches!(outcome, CopyOutcome::Selected | CopyOutcome::Failed) {
                if let Some(details) = source.cast::<Element>() {
                    let _ = details.set_attribute("open", "");
                }
            }
            said.set(Some(copied(outcome, formatted)));
        }
    };
    let on_copy_email = {
        let (markdown, html, area, report) =
            (markdown.clone(), html.clone(), area.clone(), report.clone());
        Callback::from(move |_: MouseEvent| {
            let report = report.clone();
            copy_rich(
                &html,
                &markdown,
                area.cast::<HtmlTextAreaElement>(),
                move |o| report(o, true),
            );
        })
    };
    let on_copy = {
        let (markdown, area) = (markdown.clone(), area.clone());
        Callback::from(move |_: MouseEvent| {
            let report = report.clone();
            copy_text(&markdown, area.cast::<HtmlTextAreaElement>(), move |o| {
                report(o, false)
            });
        })
    };
    let on_download = {
        let (markdown, source, said) = (markdown.clone(), source.clone(), said.setter());
        let name = lower_case(&file_name(&props.content));
        Callback::from(move |_: MouseEvent| {
            let Some(parent) = source.cast::<Node>().and_then(|r| r.parent_node()) else {
                return;
            };
            said.set(Some(download_saying(&name, &markdown, &parent)));
        })
    };
    let on_print = {
        let said = said.setter();
        Callback::from(move |e: MouseEvent| {
            let button = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let printed = match button {
                Some(button) => print_alone(&button, || ()),
                None => Err("the button is not in the page".to_owned()),
            };
            if let Err(why) = printed {
                said.set(Some((
                    format!("This browser could not print ({why}). Download the Markdown instead."),
                    Tone::Problem,
                )));
            }
        })
    };
    let heading_id = format!("{}-handout", props.prefix);
    let area_id = format!("{}-handout-markdown", props.prefix);
    html! {
        <section class="panel handout" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ "Take the expectations and the pitch with you" }</h3>
            <p class="hint">{ "A handout of the two parts above, for an email to a team or for a first meeting. \u{201c}For email\u{201d} keeps the headings and lists when you paste into an email; \u{201c}as Markdown\u{201d} is for places that read Markdown." }</p>
            <div class="actions">
                <button type="button" class="button button-secondary" onclick={on_copy_email}>{ "Copy the handout for email" }</button>
                <button type="button" class="button button-secondary" onclick={on_copy}>{ "Copy the handout as Markdown" }</button>
                <button type="button" class="button button-secondary" onclick={on_download}>{ "Download the handout" }</button>
                <button type="button" class="button button-secondary" onclick={on_print}>{ "Print the handout" }</button>
            </div>
            <div class="status" role="status" aria-live="polite">
                if let Some((text, tone)) = &*said {
                    <p class={classes!("status-message", tone_class(*tone))}>{ text.clone() }</p>
                }
            </div>
            <details class="handout-source" ref={source}>
                <summary class="import-summary">{ "Show the handout as Markdown" }</summary>
                <label class="output-label" for={area_id.clone()}>{ "The handout as Markdown" }</label>
                <textarea id={area_id} class="source-text" ref={area} readonly=true rows="12"
                    spellcheck="false" value={(*markdown).clone()} />
            </details>
        </section>
    }
}
