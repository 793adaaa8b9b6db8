//! Printing the widget alone: "Print one-pager" and "Print the handout" print what the widget
//! shows for paper (its own print rules, `styles/widget.css`), not the host page around it nor
//! any other widget on the page.
//!
//! For the one print, the widget's element is marked (`data-engagement-widget-printing`) and a
//! print-only sheet is adopted into the host document, which hides every element that neither
//! is nor holds the marked one; the page's other widgets are marked to stay off paper too (their
//! own print rules keep them on it otherwise). All of it goes when the browser has printed (`afterprint`), or at once
//! if it cannot print. The sheet is constructable (no `<style>`, so a strict CSP allows it), and
//! it touches nothing on the screen. A widget inside another component's shadow root marks each
//! enclosing element too, so that the document sees which branch to keep.

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Element, ShadowRoot};

use super::js::error_message;

const MARK: &str = "data-engagement-widget-printing";
/// On the page's other widgets, whose own print rules would otherwise keep them on paper.
const ELSEWHERE: &str = "data-engagement-widget-elsewhere";
const TAG: &str = "engagement-widget";
const ALONE: &str = "@media print { body:has([data-engagement-widget-printing]) \
    *:not(:has([data-engagement-widget-printing])):not([data-engagement-widget-printing]) \
    { display: none !important; } }";

/// The elements that hold `inside` across shadow roots: the widget's own element first, then
/// each host page component it sits in.
fn hosts(inside: &Element) -> Vec<Element> {
    let mut out = Vec::new();
    let mut node: web_sys::Node = inside.clone().into();
    while let Ok(root) = node.get_root_node().dyn_into::<ShadowRoot>() {
        let host = root.host();
        node = host.clone().into();
        out.push(host);
    }
    out
}

/// The sheet that hides the rest of the document while it prints. `None` where the browser
/// cannot make one (then the page prints as it is).
fn alone_sheet() -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(ALONE).ok()?;
    Some(sheet)
}

/// Prints the page with only the widget that holds `inside` on paper, then calls `after`.
/// An error says, in words, why the browser could not print (everything is as before).
pub fn print_alone(inside: &Element, after: impl FnOnce() + 'static) -> Result<(), String> {
    let window = web_sys::window().ok_or("there is no window")?;
    let marked = hosts(inside);
    let document = inside.owner_document();
    let sheet = document.as_ref().and_then(|_| alone_sheet());
    let mut others = Vec::new();
    if let (Some(document), Some(sheet)) = (&document, &sheet) {
        let sheets = document.adopted_style_sheets();
        sheets.push(sheet);
        document.set_adopted_style_sheets(&sheets);
        for host in &marked {
            let _ = host.set_attribute(MARK, "");
        }
        if let Ok(widgets) = document.query_selector_all(TAG) {
            for n in 0..widgets.length() {
                let Some(widget) = widgets.get(n).and_then(|w| w.dyn_into::<Element>().ok()) else {
                    continue;
                };
                if !marked.contains(&widget) && widget.set_attribute(ELSEWHERE, "").is_ok() {
                    others.push(widget);
                }
            }
        }
    }
    let undo = move || {
        for host in &marked {
            let _ = host.remove_attribute(MARK);
        }
        for widget in &others {
            let _ = widget.remove_attribute(ELSEWHERE);
        }
        if let (Some(document), Some(sheet)) = (document, sheet) {
            let mine: &JsValue = sheet.as_ref();
            let kept = document
                .adopted_style_sheets()
                .filter(&mut |s, _, _| &s != mine);
            document.set_adopted_style_sheets(&kept);
        }
        after();
    };
    let undo = std::rc::Rc::new(std::cell::RefCell::new(Some(undo)));
    let later = undo.clone();
    EventListener::once(&window, "afterprint", move |_| {
        if let Some(undo) = later.borrow_mut().take() {
            undo();
        }
    })
    .forget();
    window.print().map_err(|error| {
        if let Some(undo) = undo.borrow_mut().take() {
            undo();
        }
        error_message(&error)
    })
}
