//! What gets the one-pager out: Copy Markdown, Copy for email, Download .md and Open in
//! email. Each first checks the form (an incomplete one shows the error summary instead), and
//! says what happened, truthfully, through the live region.

use web_sys::{Element, HtmlTextAreaElement, Node};
use yew::prelude::*;

use super::OutputProps;
use crate::core::session::Tone;
use crate::core::share::{mail_link, MAILTO_MAX};
use crate::core::strings::{Key as Msg, Strings};
use crate::platform::clipboard::{copy_rich, copy_text, CopyOutcome};
use crate::platform::events::{emit, HostEvent};
use crate::platform::files::{lower_case, open_mail};
use crate::platform::print::print_alone;
use crate::view::copying::{download_saying, email_html};
use crate::view::shared::Shared;

/// The output's elements the actions need: the Generated Markdown text area (the clipboard's
/// fallback), the preview (the HTML for email) and the section (where a download's link goes).
pub struct Refs {
    pub textarea: NodeRef,
    pub preview: NodeRef,
    pub section: NodeRef,
}

/// The buttons' handlers.
pub struct Actions {
    pub copy_for_email: Callback<MouseEvent>,
    pub copy_markdown: Callback<MouseEvent>,
    pub download: Callback<MouseEvent>,
    pub mail: Callback<MouseEvent>,
    pub print: Callback<MouseEvent>,
}

pub fn actions(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Actions {
    Actions {
        copy_for_email: copy_for_email(props, s, refs),
        copy_markdown: copy_markdown(props, s, refs),
        download: download_file(props, s, refs),
        mail: mail(props, s, refs),
        print: print(props, s, refs),
    }
}

/// Whether the form is ready; when it is not, the error summary is shown instead.
fn guard(props: &OutputProps) -> impl Fn() -> bool + Clone + 'static {
    let ready = props.ready;
    let on_require = props.on_require.clone();
    move || {
        if !ready {
            on_require.emit(());
        }
        ready
    }
}

/// Says how a copy went, and tells the host what is on the clipboard.
fn reporter(
    props: &OutputProps,
    s: &Shared<Strings>,
) -> impl Fn(CopyOutcome, String, &'static str) + Clone + 'static {
    let on_announce = props.on_announce.clone();
    let host = props.host.clone();
    let s = s.clone();
    move |outcome: CopyOutcome, copied: String, format: &'static str| {
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
        on_announce.emit(copy_message(outcome, copied, &s));
    }
}

/// The words for a copy's outcome (`copied`: what a copy that worked says).
pub fn copy_message(outcome: CopyOutcome, copied: String, s: &Strings) -> (String, Tone) {
    match outcome {
        CopyOutcome::Copied => (copied, Tone::Success),
        CopyOutcome::CopiedPlainOnly => (s.text(Msg::CopiedPlainOnly).to_owned(), Tone::Info),
        CopyOutcome::Selected => (s.text(Msg::CopySelected).to_owned(), Tone::Problem),
        CopyOutcome::Failed => (s.text(Msg::CopyFailed).to_owned(), Tone::Problem),
    }
}

/// Copy Markdown: the Generated Markdown as text/plain.
fn copy_markdown(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Callback<MouseEvent> {
    let guard = guard(props);
    let report = reporter(props, s);
    let copied = s.text(Msg::CopiedMarkdown).to_owned();
    let markdown = props.markdown.clone();
    let textarea = refs.textarea.clone();
    Callback::from(move |_: MouseEvent| {
        if !guard() {
            return;
        }
        let (report, copied) = (report.clone(), copied.clone());
        copy_text(
            &markdown,
            textarea.cast::<HtmlTextAreaElement>(),
            move |outcome| report(outcome, copied, "markdown"),
        );
    })
}

/// Copy for email: the preview as text/html, with the Markdown as text/plain.
fn copy_for_email(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Callback<MouseEvent> {
    let guard = guard(props);
    let copied = props.document.fill(s, Msg::CopiedFormatted, &[]);
    let report = reporter(props, s);
    let markdown = props.markdown.clone();
    let textarea = refs.textarea.clone();
    let preview = refs.preview.clone();
    Callback::from(move |_: MouseEvent| {
        if !guard() {
            return;
        }
        let html = preview
            .cast::<Element>()
            .map(|preview| email_html(&preview))
            .unwrap_or_default();
        let (report, copied) = (report.clone(), copied.clone());
        copy_rich(
            &html,
            &markdown,
            textarea.cast::<HtmlTextAreaElement>(),
            move |outcome| report(outcome, copied, "html"),
        );
    })
}

/// Download .md.
fn download_file(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Callback<MouseEvent> {
    let s = s.clone();
    let guard = guard(props);
    let name = props.file_name.clone();
    let markdown = props.markdown.clone();
    let section = refs.section.clone();
    let on_announce = props.on_announce.clone();
    Callback::from(move |_: MouseEvent| {
        if !guard() {
            return;
        }
        let Some(parent) = section.cast::<Node>() else {
            return;
        };
        let name = lower_case(&name);
        on_announce.emit(download_saying(&name, &markdown, &parent, &s));
    })
}

/// Open in email: a `mailto:` link; one too long for a link has its body copied instead.
fn mail(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Callback<MouseEvent> {
    let guard = guard(props);
    let document = props.document.clone();
    let s = s.clone();
    let markdown = props.markdown.clone();
    let section = refs.section.clone();
    let textarea = refs.textarea.clone();
    let on_announce = props.on_announce.clone();
    let to = props.mail_to.clone();
    let subject = props.subject.clone();
    Callback::from(move |_: MouseEvent| {
        if !guard() {
            return;
        }
        let Some(parent) = section.cast::<Node>() else {
            return;
        };
        let link = mail_link(to.as_deref(), &subject, &markdown, MAILTO_MAX);
        if link.body_included {
            on_announce.emit(match open_mail(&link.href, &parent) {
                Ok(()) => (document.fill(&s, Msg::MailOpening, &[]), Tone::Success),
                Err(_) => (s.text(Msg::MailFailed).to_owned(), Tone::Problem),
            });
            return;
        }
        // Too long for a mail link: copy the body first (inside this click), then open
        // the mail with the subject only.
        let on_announce = on_announce.clone();
        let (document, s) = (document.clone(), s.clone());
        let href = link.href;
        copy_text(
            &markdown,
            textarea.cast::<HtmlTextAreaElement>(),
            move |outcome| {
                let opened = open_mail(&href, &parent).is_ok();
                let message = match (outcome, opened) {
                    (CopyOutcome::Copied, true) => {
                        (document.fill(&s, Msg::MailCopied, &[]), Tone::Info)
                    }
                    (CopyOutcome::Copied, false) => (
                        document.fill(&s, Msg::MailCopiedNotOpened, &[]),
                        Tone::Problem,
                    ),
                    (_, _) => (document.fill(&s, Msg::MailNotCopied, &[]), Tone::Problem),
                };
                on_announce.emit(message);
            },
        );
    })
}

/// Print one-pager: the widget prints alone, showing the generated one-pager alone
/// (`.print-one-pager` on the widget's root while the browser prints; see the print rules in
/// `styles/widget.css`, and [`print_alone`] for the host page around it).
fn print(props: &OutputProps, s: &Shared<Strings>, refs: &Refs) -> Callback<MouseEvent> {
    let guard = guard(props);
    let document = props.document.clone();
    let s = s.clone();
    let section = refs.section.clone();
    let on_announce = props.on_announce.clone();
    Callback::from(move |_: MouseEvent| {
        if !guard() {
            return;
        }
        let root = section
            .cast::<Element>()
            .and_then(|s| s.closest(".app").ok().flatten());
        let Some(root) = root else {
            return;
        };
        let _ = root.class_list().add_1("print-one-pager");
        // Back to the whole widget once the browser has printed.
        let after = root.clone();
        let printed = print_alone(&root, move || {
            let _ = after.class_list().remove_1("print-one-pager");
        });
        if let Err(why) = printed {
            on_announce.emit((
                document.fill(&s, Msg::PrintFailed, &[("why", &why)]),
                Tone::Problem,
            ));
        }
    })
}
