//! The live preview of the document: each block its own memoised component, so a keystroke
//! re-renders only the block that changed, drawn by the widget's Markdown renderer
//! ([`crate::view::markdown`]).

use yew::prelude::*;

use crate::view::markdown::render_markdown;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct PreviewBlockProps {
    pub markdown: AttrValue,
}

/// One block of the document, rendered.
#[component]
pub fn PreviewBlock(props: &PreviewBlockProps) -> Html {
    // Under the output's h3 ("Your one-pager").
    let s = use_strings();
    render_markdown(&props.markdown, 3, &s)
}
