//! The reading part of the widget: its title and introduction, the baseline expectations and
//! the pitch flow.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::hooks::use_mount;

use crate::core::content::Content;
use crate::core::document_name::DocumentName;
use crate::core::strings::{Key as Msg, Strings};
use crate::view::shared::Shared;
use crate::view::strings::use_strings;

/// "Working with (team)", what the widget is for, and the host's configuration problems.
pub fn intro(title: String, lead: String, problems: &[String], prefix: &str, s: &Strings) -> Html {
    html! {
        <>
            <header class="header">
                <h2 id={format!("{prefix}-title")} class="title">
                    { title }
                </h2>
                <p class="lead">
                    { lead }
                </p>
            </header>
            if !problems.is_empty() {
                <div class="notice notice-warning">
                    <p class="notice-title">{ s.text(Msg::ConfigProblems) }</p>
                    // For the host's developer: in English, whatever the page's language.
                    <ul class="list" lang="en" dir="ltr">
                        { for problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                </div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ContentProps {
    pub content: Shared<Content>,
    pub prefix: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct PitchProps {
    pub content: Shared<Content>,
    /// What the form's document is called, which the last step names and links to.
    pub document: Shared<DocumentName>,
    pub prefix: AttrValue,
}

/// While the page prints, every expectation is open, so that paper has their explanations;
/// afterwards each is as the visitor left it. (Chromium also opens them for print by CSS,
/// `::details-content`, for prints that fire no events.)
#[hook]
fn use_open_for_print(section: NodeRef) {
    use_mount(Box::new(move || {
        let Some(window) = web_sys::window() else {
            return Box::new(|| ());
        };
        let closed = |section: &NodeRef, selector: &str| -> Vec<Element> {
            let Some(section) = section.cast::<Element>() else {
                return Vec::new();
            };
            let Ok(list) = section.query_selector_all(selector) else {
                return Vec::new();
            };
            (0..list.length())
                .filter_map(|i| list.item(i).and_then(|n| n.dyn_into::<Element>().ok()))
                .collect()
        };
        let before = {
            let section = section.clone();
            EventListener::new(&window, "beforeprint", move |_| {
                for details in closed(&section, "details.expectation:not([open])") {
                    let _ = details.set_attribute("open", "");
                    let _ = details.set_attribute("data-print-open", "");
                }
            })
        };
        let after = EventListener::new(&window, "afterprint", move |_| {
            for details in closed(&section, "details[data-print-open]") {
                let _ = details.remove_attribute("open");
                let _ = details.remove_attribute("data-print-open");
            }
        });
        Box::new(move || drop((before, after)))
    }));
}

/// "Set a baseline": each expectation a collapsible title with its explanation.
#[component]
pub fn Baseline(props: &ContentProps) -> Html {
    let heading_id = format!("{}-baseline", props.prefix);
    let s = use_strings();
    let section = use_node_ref();
    use_open_for_print(section.clone());
    html! {
        <section class="panel baseline" ref={section} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ s.text(Msg::BaselineHeading) }</h3>
            <p class="lead">{ s.text(Msg::BaselineIntro) }</p>
            <div class="expectations">
                { for props.content.expectations.iter().enumerate().map(|(n, e)| html! {
                    <details class="expectation">
                        <summary class="expectation-title">
                            <span class="expectation-number" aria-hidden="true">{ n + 1 }</span>
                            <span>{ e.title.clone() }</span>
                        </summary>
                        <p class="expectation-body">{ e.body.clone() }</p>
                    </details>
                }) }
            </div>
        </section>
    }
}

/// "Prepare the pitch": the five steps, the last one leading to the form.
#[component]
pub fn Pitch(props: &PitchProps) -> Html {
    let heading_id = format!("{}-pitch", props.prefix);
    let s = use_strings();
    let steps = props.content.pitch_steps(&props.document, &s);
    let last = steps.len().saturating_sub(1);
    let form_link = format!("#{}-form-title", props.prefix);
    let onclick = {
        let target = format!("{}-form-title", props.prefix);
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            super::focus::focus_by_id(&e, &target);
        })
    };
    html! {
        <section class="panel pitch-panel" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ s.text(Msg::PitchHeading) }</h3>
            <p class="lead">{ props.content.pitch_intro(&s) }</p>
            <ol class="pitch">
                { for steps.into_iter().enumerate().map(|(n, step)| html! {
                    <li class="pitch-step">
                        <h4 class="pitch-title">{ step.title }</h4>
                        <p class="pitch-body">{ step.body }</p>
                        if n == last {
                            <p class="pitch-body pitch-link">
                                <a class="link" href={form_link.clone()} onclick={onclick.clone()}>
                                    { props.document.fill(&s, Msg::FormHeading, &[]) }
                                </a>
                            </p>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}
