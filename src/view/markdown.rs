//! The widget's Markdown renderer, for the live preview and the form's guidance:
//! pulldown-cmark events mapped to Yew nodes, never `innerHTML`.
//! - raw HTML is shown as text;
//! - links become links only for `http`, `https` and `mailto` targets (see
//!   [`crate::core::markdown::links::safe_href`]); anything else shows as its text;
//! - images become links to the image (nothing is fetched), or their alt text;
//! - no attribute comes from the user except a checked `href`, a link title and a sanitised
//!   code language class.

use pulldown_cmark::{
    Alignment, CodeBlockKind, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd,
};
use yew::prelude::*;
use yew::virtual_dom::{VTag, VText};

use crate::core::markdown::links::safe_href;
use crate::core::markdown::parser_options;
use crate::core::strings::{Key as Msg, Strings};

/// An element under construction, with what is needed to finish it.
struct Frame {
    tag: VTag,
    /// For images: collect the alt text instead of children.
    image: Option<(Option<String>, String)>,
}

/// Renders Markdown as Yew nodes, below a heading of level `under`: to assistive technology its
/// `#` is level `under + 1`, its `##` the next, and so on to 6 (the copied HTML keeps the plain
/// h1, h2, ...).
pub fn render_markdown(markdown: &str, under: usize, s: &Strings) -> Html {
    render_levels(markdown, under + 1, 1, s)
}

/// Renders Markdown whose headings start at level `first` to assistive technology, whatever
/// level its own first headings have: a host's guidance that starts with `##` (or `###`) sits
/// directly under its section's heading, skipping no level.
pub fn render_markdown_from(markdown: &str, first: usize, s: &Strings) -> Html {
    let top = Parser::new_ext(markdown, parser_options())
        .filter_map(|event| match event {
            Event::Start(Tag::Heading { level, .. }) => Some(level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(1);
    render_levels(markdown, first, top, s)
}

/// Renders Markdown, its headings of level `top` shown as level `first` to assistive
/// technology, and those below them below that, to 6.
fn render_levels(markdown: &str, first: usize, top: usize, s: &Strings) -> Html {
    let mut stack: Vec<Frame> = vec![Frame {
        tag: VTag::new("div"),
        image: None,
    }];
    let mut table_alignments: Vec<Alignment> = Vec::new();
    let mut cell = 0usize;
    let mut in_head = false;
    for event in Parser::new_ext(markdown, parser_options()) {
        match event {
            Event::Start(tag) => {
                if let Tag::Table(alignments) = &tag {
                    table_alignments = alignments.clone();
                }
                if matches!(tag, Tag::TableHead) {
                    in_head = true;
                }
                if matches!(tag, Tag::TableRow | Tag::TableHead) {
                    cell = 0;
                }
                let frame = open(
                    tag,
                    in_head,
                    table_alignments.get(cell).copied(),
                    (first, top),
                );
                stack.push(frame);
            }
            Event::End(end) => {
                if matches!(end, TagEnd::TableCell) {
                    cell += 1;
                }
                if matches!(end, TagEnd::TableHead) {
                    in_head = false;
                }
                close(&mut stack);
            }
            Event::Text(text) | Event::Code(text) if in_image(&stack) => {
                push_alt(&mut stack, &text)
            }
            Event::Text(text) => push(&mut stack, VText::new(text.to_string()).into()),
            Event::Code(text) => {
                let mut code = VTag::new("code");
                code.add_child(VText::new(text.to_string()).into());
                push(&mut stack, code.into());
            }
            // Raw HTML never becomes markup.
            Event::Html(text) | Event::InlineHtml(text) => {
                push(&mut stack, VText::new(text.to_string()).into())
            }
            Event::InlineMath(text) | Event::DisplayMath(text) => {
                push(&mut stack, VText::new(text.to_string()).into())
            }
            Event::FootnoteReference(label) => {
                let mut sup = VTag::new("sup");
                sup.add_child(VText::new(format!("[{label}]")).into());
                push(&mut stack, sup.into());
            }
            Event::SoftBreak => push(&mut stack, VText::new("\n").into()),
            Event::HardBreak => push(&mut stack, VTag::new("br").into()),
            Event::Rule => push(&mut stack, VTag::new("hr").into()),
            Event::TaskListMarker(checked) => {
                let mut mark = VTag::new("span");
                mark.add_attribute("class", if checked { "task task-done" } else { "task" });
                mark.add_attribute("aria-hidden", "true");
                // The space separates the mark from the text where no style applies (the
                // HTML that "Copy for email" puts on the clipboard).
                mark.add_child(VText::new(if checked { "☑ " } else { "☐ " }).into());
                push(&mut stack, mark.into());
                let mut said = VTag::new("span");
                said.add_attribute("class", "visually-hidden");
                let said_as = s.text(if checked { Msg::Ticked } else { Msg::NotTicked });
                said.add_child(VText::new(format!("{said_as} ")).into());
                push(&mut stack, said.into());
            }
        }
    }
    while stack.len() > 1 {
        close(&mut stack);
    }
    match stack.pop() {
        Some(root) => root.tag.into_children().unwrap_or_default(),
        None => Html::default(),
    }
}

fn in_image(stack: &[Frame]) -> bool {
    stack.last().is_some_and(|f| f.image.is_some())
}

fn push_alt(stack: &mut [Frame], text: &str) {
    if let Some((_, alt)) = stack.last_mut().and_then(|f| f.image.as_mut()) {
        alt.push_str(text);
    }
}

fn push(stack: &mut [Frame], node: Html) {
    if let Some(frame) = stack.last_mut() {
        if let Some((_, alt)) = frame.image.as_mut() {
            // Nested markup inside an image's alt text: keep only its text.
            if let Html::VText(text) = &node {
                alt.push_str(&text.text);
            }
            return;
        }
        frame.tag.add_child(node);
    }
}

fn close(stack: &mut Vec<Frame>) {
    if stack.len() < 2 {
        return;
    }
    let Some(mut frame) = stack.pop() else { return };
    if let Some((href, alt)) = frame.image.take() {
        let alt = if alt.trim().is_empty() {
            "image".to_owned()
        } else {
            alt
        };
        frame
            .tag
            .add_child(VText::new(format!("{alt} (image)")).into());
        if href.is_none() {
            // Not a safe target: keep the words only.
            let mut span = VTag::new("span");
            span.add_child(VText::new(format!("{alt} (image)")).into());
            push(stack, span.into());
            return;
        }
    }
    push(stack, frame.tag.into());
}

fn heading_tag(level: HeadingLevel) -> &'static str {
    match level {
        HeadingLevel::H1 => "h1",
        HeadingLevel::H2 => "h2",
        HeadingLevel::H3 => "h3",
        HeadingLevel::H4 => "h4",
        HeadingLevel::H5 => "h5",
        HeadingLevel::H6 => "h6",
    }
}

fn open(
    tag: Tag<'_>,
    in_head: bool,
    alignment: Option<Alignment>,
    (first, top): (usize, usize),
) -> Frame {
    let plain = |name: &'static str| Frame {
        tag: VTag::new(name),
        image: None,
    };
    // Blocks of text take their direction from their own first letters, so a paragraph in
    // Arabic or Hebrew reads right to left, with its punctuation where it belongs.
    let text_block = |name: &'static str| {
        let mut tag = VTag::new(name);
        tag.add_attribute("dir", "auto");
        Frame { tag, image: None }
    };
    match tag {
        Tag::Paragraph => text_block("p"),
        Tag::Heading { level, .. } => {
            // The outline continues below the heading it sits under (the preview's title is
            // level 4 under the widget's h2 > h3, its sections 5, the user's own sub-headings
            // 6; a form's guidance starts at 5, under its section's h4).
            let mut heading = VTag::new(heading_tag(level));
            heading.add_attribute("dir", "auto");
            let nested = (first + (level as usize).saturating_sub(top)).min(6);
            heading.add_attribute("aria-level", nested.to_string());
            Frame {
                tag: heading,
                image: None,
            }
        }
        Tag::BlockQuote(_) => plain("blockquote"),
        Tag::CodeBlock(kind) => {
            let mut pre = VTag::new("pre");
            if let CodeBlockKind::Fenced(info) = kind {
                let language: String = info
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .chars()
                    .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+'))
                    .take(32)
                    .collect();
                if !language.is_empty() {
                    pre.add_attribute("data-language", language);
                }
            }
            Frame {
                tag: pre,
                image: None,
            }
        }
        Tag::List(Some(start)) => {
            let mut ol = VTag::new("ol");
            if start != 1 {
                ol.add_attribute("start", start.to_string());
            }
            Frame {
                tag: ol,
                image: None,
            }
        }
        Tag::List(None) => plain("ul"),
        Tag::Item => text_block("li"),
        Tag::FootnoteDefinition(_) => plain("div"),
        Tag::Table(_) => plain("table"),
        Tag::TableHead => plain("tr"),
        Tag::TableRow => plain("tr"),
        Tag::TableCell => {
            let mut cell = VTag::new(if in_head { "th" } else { "td" });
            cell.add_attribute("dir", "auto");
            match alignment {
                Some(Alignment::Left) => cell.add_attribute("class", "align-left"),
                Some(Alignment::Center) => cell.add_attribute("class", "align-center"),
                Some(Alignment::Right) => cell.add_attribute("class", "align-right"),
                _ => {}
            }
            Frame {
                tag: cell,
                image: None,
            }
        }
        Tag::Emphasis => plain("em"),
        Tag::Strong => plain("strong"),
        Tag::Strikethrough => plain("del"),
        Tag::Superscript => plain("sup"),
        Tag::Subscript => plain("sub"),
        Tag::Link {
            link_type,
            dest_url,
            title,
            ..
        } => match safe_href(&if link_type == LinkType::Email {
            format!("mailto:{dest_url}")
        } else {
            dest_url.to_string()
        }) {
            Some(href) => {
                let mut a = VTag::new("a");
                a.add_attribute("href", href);
                a.add_attribute("rel", "noopener noreferrer nofollow");
                a.add_attribute("target", "_blank");
                if !title.is_empty() {
                    a.add_attribute("title", title.to_string());
                }
                Frame {
                    tag: a,
                    image: None,
                }
            }
            None => {
                let mut span = VTag::new("span");
                span.add_attribute("class", "inert-link");
                Frame {
                    tag: span,
                    image: None,
                }
            }
        },
        Tag::Image { dest_url, .. } => {
            let href = safe_href(&dest_url);
            let mut a = VTag::new("a");
            if let Some(href) = &href {
                a.add_attribute("href", href.clone());
                a.add_attribute("rel", "noopener noreferrer nofollow");
                a.add_attribute("target", "_blank");
            }
            Frame {
                tag: a,
                image: Some((href, String::new())),
            }
        }
        Tag::HtmlBlock => plain("div"),
        Tag::MetadataBlock(_) => plain("div"),
        Tag::DefinitionList => plain("dl"),
        Tag::DefinitionListTitle => plain("dt"),
        Tag::DefinitionListDefinition => plain("dd"),
    }
}
