//! Moving focus inside the widget. Ids live in the widget's shadow root, where `#id` links do
//! not navigate (and must not touch the host page's URL), so links are handled here.

use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, FocusOptions, HtmlElement, Node, ScrollIntoViewOptions,
    ScrollLogicalPosition, ShadowRoot,
};

/// The element with `id` in the same root (shadow root or document) as `node`.
pub fn find_in_root(node: &Node, id: &str) -> Option<Element> {
    let root = node.get_root_node();
    if let Some(shadow) = root.dyn_ref::<ShadowRoot>() {
        shadow.get_element_by_id(id)
    } else if let Some(document) = root.dyn_ref::<Document>() {
        document.get_element_by_id(id)
    } else {
        None
    }
}

/// Focuses the element with `id` next to the event's target; see [`focus_control`].
pub fn focus_by_id(event: &Event, id: &str) {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Node>().ok()) else {
        return;
    };
    if let Some(element) = find_in_root(&target, id) {
        focus_control(&element);
    }
}

/// Scrolls the control's label (or its fieldset's legend) into view and focuses the control,
/// like the GOV.UK error summary does, so the question is visible above the answer.
pub fn focus_control(element: &Element) {
    let label = label_for(element);
    if let Some(label) = &label {
        label.scroll_into_view();
    }
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let options = FocusOptions::new();
        options.set_prevent_scroll(label.is_some());
        let _ = html.focus_with_options(&options);
    }
}

fn label_for(element: &Element) -> Option<Element> {
    let legend = element
        .closest("fieldset")
        .ok()
        .flatten()
        .and_then(|fieldset| fieldset.query_selector("legend").ok().flatten());
    match element.get_attribute("type").as_deref() {
        Some("radio") if legend.is_some() => return legend,
        // One of a group of checkboxes, each with its own message above it: the group's
        // legend when it fits on screen together with the box (as GOV.UK does), else the
        // box's own question, message included.
        Some("checkbox") => {
            let fits = legend.as_ref().is_some_and(|legend| {
                let top = legend.get_bounding_client_rect().top();
                let bottom = element.get_bounding_client_rect().bottom();
                let height = web_sys::window()
                    .and_then(|w| w.inner_height().ok())
                    .and_then(|h| h.as_f64())
                    .unwrap_or(0.0);
                bottom - top < height
            });
            if fits {
                return legend;
            }
            if let Some(field) = element.closest(".field").ok().flatten() {
                return Some(field);
            }
        }
        _ => {}
    }
    let id = element.id();
    let root = element.get_root_node();
    let selector = format!("label[for='{id}']");
    if let Some(shadow) = root.dyn_ref::<ShadowRoot>() {
        shadow.query_selector(&selector).ok().flatten()
    } else if let Some(document) = root.dyn_ref::<Document>() {
        document.query_selector(&selector).ok().flatten()
    } else {
        None
    }
}

/// Focuses an element without scrolling the page first, then brings it into view.
pub fn focus_and_reveal(element: &HtmlElement) {
    element.scroll_into_view();
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// Focuses `element` and scrolls the least needed to show all of `context` (a banner and
/// its question, say), rather than lining the focused button up with the window's top.
pub fn focus_showing(element: &HtmlElement, context: &Element) {
    let scroll = ScrollIntoViewOptions::new();
    scroll.set_block(ScrollLogicalPosition::Nearest);
    context.scroll_into_view_with_scroll_into_view_options(&scroll);
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

/// The id of the element that has focus. Focus inside a shadow root shows outside as its host
/// element: follow it down (the widget may sit in a host page's own shadow root).
pub fn focused_id() -> Option<String> {
    let mut active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element());
    while let Some(inner) = active
        .as_ref()
        .and_then(|a| a.shadow_root())
        .and_then(|root| root.active_element())
    {
        active = Some(inner);
    }
    active.map(|a| a.id())
}
