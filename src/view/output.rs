//! The generated one-pager: a live preview, the raw Markdown, and the actions that get it out
//! (copy, copy for email, download, open in email). Every action checks the form first and
//! reports what happened, truthfully, in a polite live region.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement, HtmlTextAreaElement, Node};
use yew::prelude::*;

use super::focus::focus_and_reveal;
use super::preview::PreviewBlock;
use super::state::{Announcement, Tone};
use crate::core::date::Date;
use crate::core::markdown::Block;
use crate::core::share::{file_name, mail_link, mail_subject, MAILTO_MAX};
use crate::embed::clipboard::{copy_rich, copy_text, CopyOutcome};
use crate::embed::events::{emit, HostEvent};
use crate::embed::files::{download, lower_case, open_mail};

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub blocks: Rc<Vec<Block>>,
    pub markdown: AttrValue,
    pub prefix: AttrValue,
    /// No field has an error right now.
    pub ready: bool,
    /// Checked, and nothing wrong.
    pub complete: bool,
    pub team: AttrValue,
    pub start: AttrValue,
    pub today: Date,
    pub mail_to: Option<AttrValue>,
    pub focus_result: u32,
    pub announcement: Option<Announcement>,
    pub on_require: Callback<()>,
    pub on_announce: Callback<(String, Tone)>,
    pub host: Option<EventTarget>,
}

/// The words for a copy's outcome.
pub fn copy_message(outcome: CopyOutcome, what: &str) -> (String, Tone) {
    match outcome {
        CopyOutcome::Copied => (format!("{what} copied to the clipboard."), Tone::Success),
        CopyOutcome::CopiedPlainOnly => (
            "Copied as plain Markdown only: this browser would not copy formatted text.".to_owned(),
            Tone::Info,
        ),
        CopyOutcome::Selected => (
            "Could not copy automatically. The Markdown is selected in the Generated Markdown box: press Ctrl+C (or Command+C on a Mac) to copy it.".to_owned(),
            Tone::Problem,
        ),
        CopyOutcome::Failed => (
            "Could not copy. Select the text in the Generated Markdown box and copy it yourself.".to_owned(),
            Tone::Problem,
        ),
    }
}

#[component]
pub fn Output(props: &OutputProps) -> Html {
    let textarea_ref = use_node_ref();
    let preview_ref = use_node_ref();
    let banner_ref = use_node_ref();
    let section_ref = use_node_ref();
    {
        let banner_ref = banner_ref.clone();
        use_effect_with(props.focus_result, move |&n| {
            if n > 0 {
                if let Some(banner) = banner_ref.cast::<HtmlElement>() {
                    focus_and_reveal(&banner);
                }
            }
        });
    }

    // Each action: check the form first; when it is incomplete show the error summary instead.
    let guard = {
        let ready = props.ready;
        let on_require = props.on_require.clone();
        move || {
            if !ready {
                on_require.emit(());
            }
            ready
        }
    };
    let report = {
        let on_announce = props.on_announce.clone();
        let host = props.host.clone();
        move |outcome: CopyOutcome, what: &'static str, format: &'static str| {
            if matches!(outcome, CopyOutcome::Copied | CopyOutcome::CopiedPlainOnly) {
                // What is on the clipboard: plain Markdown when formatted text was refused.
                let format = if outcome == CopyOutcome::CopiedPlainOnly {
                    "markdown"
                } else {
                    format
                };
                if let Some(host) = &host {
                    emit(host, &HostEvent::Copied { format });
                }
            }
            on_announce.emit(copy_message(outcome, what));
        }
    };

    let on_copy = {
        let guard = guard.clone();
        let report = report.clone();
        let markdown = props.markdown.clone();
        let textarea_ref = textarea_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if !guard() {
                return;
            }
            let report = report.clone();
            copy_text(
                &markdown,
                textarea_ref.cast::<HtmlTextAreaElement>(),
                move |outcome| report(outcome, "Markdown", "markdown"),
            );
        })
    };
    let on_copy_email = {
        let guard = guard.clone();
        let report = report.clone();
        let markdown = props.markdown.clone();
        let textarea_ref = textarea_ref.clone();
        let preview_ref = preview_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if !guard() {
                return;
            }
            let html = preview_ref
                .cast::<Element>()
                .map(|preview| email_html(&preview))
                .unwrap_or_default();
            let report = report.clone();
            copy_rich(
                &html,
                &markdown,
                textarea_ref.cast::<HtmlTextAreaElement>(),
                move |outcome| report(outcome, "Formatted one-pager", "html"),
            );
        })
    };
    let name = file_name(
        &props.team,
        crate::core::date::Date::parse(&props.start),
        props.today,
    );
    let on_download = {
        let guard = guard.clone();
        let markdown = props.markdown.clone();
        let section_ref = section_ref.clone();
        let on_announce = props.on_announce.clone();
        let name = name.clone();
        Callback::from(move |_: MouseEvent| {
            if !guard() {
                return;
            }
            let Some(parent) = section_ref.cast::<Node>() else {
                return;
            };
            let name = lower_case(&name);
            on_announce.emit(match download(&name, &markdown, &parent) {
                Ok(()) => (format!("Downloading {name}."), Tone::Success),
                Err(err) => (
                    format!(
                        "Could not download the file ({}). Copy the Markdown instead.",
                        crate::embed::element::js_error_message(&err)
                    ),
                    Tone::Problem,
                ),
            });
        })
    };
    let on_mail = {
        let guard = guard.clone();
        let markdown = props.markdown.clone();
        let section_ref = section_ref.clone();
        let textarea_ref = textarea_ref.clone();
        let on_announce = props.on_announce.clone();
        let to = props.mail_to.clone();
        let team = props.team.clone();
        Callback::from(move |_: MouseEvent| {
            if !guard() {
                return;
            }
            let Some(parent) = section_ref.cast::<Node>() else {
                return;
            };
            let link = mail_link(to.as_deref(), &mail_subject(&team), &markdown, MAILTO_MAX);
            if link.body_included {
                on_announce.emit(match open_mail(&link.href, &parent) {
                    Ok(()) => (
                        "Opening your email app with the one-pager.".to_owned(),
                        Tone::Success,
                    ),
                    Err(_) => (
                        "Could not open your email app. Copy the Markdown instead.".to_owned(),
                        Tone::Problem,
                    ),
                });
                return;
            }
            // Too long for a mail link: copy the body first (inside this click), then open
            // the mail with the subject only.
            let on_announce = on_announce.clone();
            let href = link.href.clone();
            let parent = parent.clone();
            copy_text(
                &markdown,
                textarea_ref.cast::<HtmlTextAreaElement>(),
                move |outcome| {
                    let opened = open_mail(&href, &parent).is_ok();
                    let message = match (outcome, opened) {
                    (CopyOutcome::Copied, true) => ("The one-pager is too long for an email link, so it was copied: paste it into the body of the email that is opening.".to_owned(), Tone::Info),
                    (CopyOutcome::Copied, false) => ("The one-pager was copied, but your email app could not be opened. Paste it into a new email.".to_owned(), Tone::Problem),
                    (_, _) => ("The one-pager is too long for an email link and could not be copied automatically. Copy it from the Generated Markdown box, then paste it into your email.".to_owned(), Tone::Problem),
                };
                    on_announce.emit(message);
                },
            );
        })
    };

    let heading_id = format!("{}-output-title", props.prefix);
    let markdown_id = format!("{}-markdown", props.prefix);
    let preview_title_id = format!("{}-preview-title", props.prefix);
    html! {
        <section class="panel output" ref={section_ref} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ "Your one-pager" }</h3>
            if props.complete {
                <div class="result-banner" ref={banner_ref} tabindex="-1">
                    <p class="result-title">{ "Your one-pager is ready" }</p>
                    <p>{ match &props.mail_to {
                        Some(to) => format!("Send it to {to}: copy it into an email, download it, or open it in your email app."),
                        None => "Send it to the team that shared this page with you: copy it into an email, download it, or open it in your email app.".to_owned(),
                    } }</p>
                </div>
            } else {
                <p class="lead">
                    { "The one-pager fills in as you write. Missing answers show as " }
                    <em>{ "Not provided yet" }</em>{ "." }
                </p>
            }
            <p class="hint actions-hint">{ "Copy for email keeps the headings, lists and links when you paste into an email. Copy Markdown copies the Generated Markdown as it is, for places that read Markdown, like GitHub or GitLab." }</p>
            <div class="actions">
                <button type="button" class="button" onclick={on_copy_email}>{ "Copy for email" }</button>
                <button type="button" class="button button-secondary" onclick={on_copy}>{ "Copy Markdown" }</button>
                <button type="button" class="button button-secondary" onclick={on_download}>{ "Download .md" }</button>
                <button type="button" class="button button-secondary" onclick={on_mail}>{ "Open in email" }</button>
            </div>
            <div class="status" role="status" aria-live="polite">
                if let Some(a) = &props.announcement {
                    <p key={a.serial} class={classes!("status-message", match a.tone {
                        Tone::Success => "status-success",
                        Tone::Problem => "status-problem",
                        Tone::Info => "status-info",
                    })}>{ a.text.clone() }</p>
                }
            </div>
            <div class="output-grid">
                <div class="preview-wrap">
                    // A label, like "Generated Markdown" beside it: the document's own title is
                    // the next heading under "Your one-pager" (see view::preview).
                    <p id={preview_title_id.clone()} class="output-label">{ "Preview" }</p>
                    // Scrollable, so focusable: keyboard users can scroll it too.
                    <div class="preview" ref={preview_ref} role="region" tabindex="0"
                        aria-labelledby={preview_title_id}>
                        { for props.blocks.iter().map(|block| html! {
                            <PreviewBlock key={block.key.clone()} markdown={AttrValue::from(block.markdown.clone())} />
                        }) }
                    </div>
                </div>
                <div class="source-wrap">
                    <label class="output-label" for={markdown_id.clone()}>{ "Generated Markdown" }</label>
                    <textarea id={markdown_id} class="markdown-source" ref={textarea_ref} readonly=true
                        rows="18" spellcheck="false" value={props.markdown.clone()} />
                </div>
            </div>
        </section>
    }
}

/// The preview as HTML for an email: what a reader sees, without what only assistive
/// technology needs here (visually hidden text, ARIA and class attributes mean nothing in a
/// mail client, where the hidden text would show).
fn email_html(preview: &Element) -> String {
    let Ok(copy) = preview.clone_node_with_deep(true) else {
        return preview.inner_html();
    };
    let Some(copy) = copy.dyn_ref::<Element>() else {
        return preview.inner_html();
    };
    if let Ok(hidden) = copy.query_selector_all(".visually-hidden") {
        for i in 0..hidden.length() {
            if let Some(node) = hidden.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                node.remove();
            }
        }
    }
    if let Ok(all) = copy.query_selector_all("*") {
        for i in 0..all.length() {
            if let Some(element) = all.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                for name in ["class", "aria-level", "aria-hidden"] {
                    let _ = element.remove_attribute(name);
                }
            }
        }
    }
    copy.inner_html()
}
