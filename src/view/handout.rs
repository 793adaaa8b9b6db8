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
use crate::core::strings::{Key as Msg, Strings};
use crate::platform::clipboard::{copy_rich, copy_text, CopyOutcome};
use crate::platform::files::lower_case;
use crate::platform::print::print_alone;
use crate::view::shared::Shared;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub content: Shared<Content>,
    /// What the form's document is called, which the pitch's last step names.
    pub document: Shared<DocumentName>,
    pub prefix: AttrValue,
}

/// What a copy of the handout achieved, in words.
fn copied(outcome: CopyOutcome, formatted: bool, s: &Strings) -> (String, Tone) {
    let (key, tone) = match outcome {
        CopyOutcome::Copied if formatted => (Msg::HandoutCopiedFormatted, Tone::Success),
        CopyOutcome::Copied => (Msg::HandoutCopiedMarkdown, Tone::Success),
        CopyOutcome::CopiedPlainOnly => (Msg::CopiedPlainOnly, Tone::Info),
        CopyOutcome::Selected => (Msg::HandoutCopySelected, Tone::Problem),
        CopyOutcome::Failed => (Msg::HandoutCopyFailed, Tone::Problem),
    };
    (s.text(key).to_owned(), tone)
}

#[component]
pub fn Handout(props: &HandoutProps) -> Html {
    let s = use_strings();
    let texts = (props.content.clone(), props.document.clone(), s.clone());
    let markdown = use_memo(texts.clone(), |(content, document, s)| {
        AttrValue::from(handout(content, document, s))
    });
    let html = use_memo(texts, |(content, document, s)| {
        handout_html(content, document, s)
    });
    let said = use_state_eq(|| None::<(String, Tone)>);
    let area = use_node_ref();
    let source = use_node_ref();

    // Say how a copy went; when the text is left for the visitor to copy, show it.
    let report = {
        let (said, source, s) = (said.setter(), source.clone(), s.clone());
        move |outcome: CopyOutcome, formatted: bool| {
            if matches!(outcome, CopyOutcome::Selected | CopyOutcome::Failed) {
                if let Some(details) = source.cast::<Element>() {
                    let _ = details.set_attribute("open", "");
                }
            }
            said.set(Some(copied(outcome, formatted, &s)));
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
        let name = lower_case(&file_name(&props.content, &s));
        let s = s.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(parent) = source.cast::<Node>().and_then(|r| r.parent_node()) else {
                return;
            };
            said.set(Some(download_saying(&name, &markdown, &parent, &s)));
        })
    };
    let on_print = {
        let (said, s) = (said.setter(), s.clone());
        Callback::from(move |e: MouseEvent| {
            let button = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let printed = match button {
                Some(button) => print_alone(&button, || ()),
                None => Err("the button is not in the page".to_owned()),
            };
            if let Err(why) = printed {
                said.set(Some((
                    s.fill(Msg::HandoutPrintFailed, &[("why", &why)]),
                    Tone::Problem,
                )));
            }
        })
    };
    let heading_id = format!("{}-handout", props.prefix);
    let area_id = format!("{}-handout-markdown", props.prefix);
    html! {
        <section class="panel handout" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ s.text(Msg::HandoutHeading) }</h3>
            <p class="hint">{ s.text(Msg::HandoutHint) }</p>
            <div class="actions">
                <button type="button" class="button button-secondary" onclick={on_copy_email}>{ s.text(Msg::HandoutCopyForEmail) }</button>
                <button type="button" class="button button-secondary" onclick={on_copy}>{ s.text(Msg::HandoutCopyMarkdown) }</button>
                <button type="button" class="button button-secondary" onclick={on_download}>{ s.text(Msg::HandoutDownload) }</button>
                <button type="button" class="button button-secondary" onclick={on_print}>{ s.text(Msg::HandoutPrint) }</button>
            </div>
            <div class="status" role="status" aria-live="polite">
                if let Some((text, tone)) = &*said {
                    <p class={classes!("status-message", tone_class(*tone))}>{ text.clone() }</p>
                }
            </div>
            <details class="handout-source" ref={source}>
                <summary class="import-summary">{ s.text(Msg::HandoutShowSource) }</summary>
                <label class="output-label" for={area_id.clone()}>{ s.text(Msg::HandoutSource) }</label>
                <textarea id={area_id} class="source-text" ref={area} readonly=true rows="12"
                    spellcheck="false" value={(*markdown).clone()} />
            </details>
        </section>
    }
}
