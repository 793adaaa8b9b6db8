//! What the one-pager's and the handout's actions share: the HTML an email gets from rendered
//! Markdown, a download and what it says, and how a status line shows its tone.

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::core::session::Tone;
use crate::core::strings::{Key as Msg, Strings};
use crate::platform::files::download;
use crate::platform::js::error_message;

/// Downloads `markdown` as `name` (through a link placed in `parent`), and says how it went.
pub fn download_saying(name: &str, markdown: &str, parent: &Node, s: &Strings) -> (String, Tone) {
    match download(name, markdown, parent) {
        Ok(()) => (s.fill(Msg::Downloading, &[("file", name)]), Tone::Success),
        Err(err) => (
            s.fill(Msg::DownloadFailed, &[("why", &error_message(&err))]),
            Tone::Problem,
        ),
    }
}

/// The class of a status line in this tone.
pub fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Success => "status-success",
        Tone::Problem => "status-problem",
        Tone::Info => "status-info",
    }
}

/// The preview as HTML for an email: what a reader sees, without what only assistive
/// technology needs here (visually hidden text, ARIA and class attributes mean nothing in a
/// mail client, where the hidden text would show).
pub fn email_html(preview: &Element) -> String {
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
