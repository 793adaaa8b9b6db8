//! The generated one-pager: a live preview, the raw Markdown, and the actions that get it out
//! (copy, copy for email, download, open in email). Every action checks the form first and
//! reports what happened, truthfully, in a polite live region.

use std::rc::Rc;

mod actions;
pub mod handoff;
pub mod preview;

use web_sys::EventTarget;
use yew::prelude::*;

use super::copying::tone_class;
use super::hooks::use_focus_when_asked;
use crate::core::document::Block;
use crate::core::document_name::DocumentName;
use crate::core::session::{Announcement, Tone};
use crate::core::strings::Key as Msg;
use crate::view::shared::Shared;
use crate::view::strings::use_strings;
use actions::{actions, Refs};
use handoff::{Destination, HandoffButtons};
use preview::PreviewBlock;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub blocks: Rc<Vec<Block>>,
    pub markdown: AttrValue,
    /// What the form's document is called: "one-pager".
    pub document: Shared<DocumentName>,
    pub prefix: AttrValue,
    /// No field has an error right now.
    pub ready: bool,
    /// Checked, and nothing wrong.
    pub complete: bool,
    /// The download's file name.
    pub file_name: AttrValue,
    /// The subject of an email with the document.
    pub subject: AttrValue,
    pub mail_to: Option<AttrValue>,
    pub focus_result: u32,
    pub announcement: Option<Announcement>,
    pub on_require: Callback<()>,
    pub on_announce: Callback<(String, Tone)>,
    pub host: Option<EventTarget>,
    /// The trackers the complete document can be handed to, and what each would open.
    #[prop_or_default]
    pub destinations: Rc<Vec<Destination>>,
}

#[component]
pub fn Output(props: &OutputProps) -> Html {
    let textarea_ref = use_node_ref();
    let preview_ref = use_node_ref();
    let banner_ref = use_focus_when_asked(props.focus_result);
    let section_ref = use_node_ref();
    let s = use_strings();

    let actions = actions(
        props,
        &s,
        &Refs {
            textarea: textarea_ref.clone(),
            preview: preview_ref.clone(),
            section: section_ref.clone(),
        },
    );

    let document = &props.document;
    // "The one-pager fills in as you write. Missing answers show as", and what follows.
    let fills_in = {
        let text = document.fill(&s, Msg::FillsIn, &[("missing", "\u{0}")]);
        match text.split_once('\u{0}') {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (text, String::new()),
        }
    };
    let heading_id = format!("{}-output-title", props.prefix);
    let markdown_id = format!("{}-markdown", props.prefix);
    let preview_title_id = format!("{}-preview-title", props.prefix);
    html! {
        <section class="panel output" ref={section_ref} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ document.fill(&s, Msg::YourDocument, &[]) }</h3>
            if props.complete {
                <div class="result-banner" ref={banner_ref} tabindex="-1">
                    <p class="result-title">{ document.fill(&s, Msg::DocumentReady, &[]) }</p>
                    <p>{ match (&props.mail_to, props.destinations.is_empty()) {
                        (Some(to), true) => s.fill(Msg::SendTo, &[("to", to)]),
                        (None, true) => s.text(Msg::SendToSharer).to_owned(),
                        (Some(to), false) => s.fill(Msg::SendToTracker, &[("to", to)]),
                        (None, false) => s.text(Msg::SendToSharerTracker).to_owned(),
                    } }</p>
                </div>
            } else {
                <p class="lead">
                    // The missing answers' words in italics, as the preview shows them.
                    { fills_in.0 }<em>{ s.text(Msg::NotProvided) }</em>{ fills_in.1 }
                </p>
            }
            <p class="hint actions-hint">{ s.text(Msg::ActionsHint) }</p>
            <div class="actions">
                <button type="button" class="button" onclick={actions.copy_for_email}>{ s.text(Msg::CopyForEmail) }</button>
                <button type="button" class="button button-secondary" onclick={actions.copy_markdown}>{ s.text(Msg::CopyMarkdown) }</button>
                <button type="button" class="button button-secondary" onclick={actions.download}>{ s.text(Msg::DownloadMarkdown) }</button>
                <button type="button" class="button button-secondary" onclick={actions.mail}>{ s.text(Msg::OpenInEmail) }</button>
                <button type="button" class="button button-secondary" onclick={actions.print}>{ document.fill(&s, Msg::PrintDocument, &[]) }</button>
            </div>
            if props.complete && !props.destinations.is_empty() {
                <HandoffButtons destinations={(*props.destinations).clone()}
                    markdown={props.markdown.clone()} document={props.document.clone()}
                    textarea={textarea_ref.clone()} on_announce={props.on_announce.clone()}
                    host={props.host.clone()} />
            }
            <div class="status" role="status" aria-live="polite">
                if let Some(a) = &props.announcement {
                    <p key={a.serial} class={classes!("status-message", tone_class(a.tone))}>{ a.text.clone() }</p>
                }
            </div>
            <div class="output-grid">
                <div class="preview-wrap">
                    // A label, like "Generated Markdown" beside it: the document's own title is
                    // the next heading under "Your one-pager" (see view::preview).
                    <p id={preview_title_id.clone()} class="output-label">{ s.text(Msg::Preview) }</p>
                    // Scrollable, so focusable: keyboard users can scroll it too.
                    <div class="preview" ref={preview_ref} role="region" tabindex="0"
                        aria-labelledby={preview_title_id}>
                        { for props.blocks.iter().map(|block| html! {
                            <PreviewBlock key={block.key.clone()} markdown={AttrValue::from(block.markdown.clone())} />
                        }) }
                    </div>
                </div>
                <div class="source-wrap">
                    <label class="output-label" for={markdown_id.clone()}>{ s.text(Msg::GeneratedMarkdown) }</label>
                    <textarea id={markdown_id} class="markdown-source" ref={textarea_ref} readonly=true
                        rows="18" spellcheck="false" value={props.markdown.clone()} />
                </div>
            </div>
        </section>
    }
}
