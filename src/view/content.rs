//! The reading part of the widget: the baseline expectations and the pitch flow.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::content::{Content, BASELINE_HEADING, BASELINE_INTRO, PITCH_HEADING, PITCH_INTRO};

#[derive(Properties, PartialEq)]
pub struct ContentProps {
    pub content: Rc<Content>,
    pub prefix: AttrValue,
}

/// "Set a baseline": each expectation a collapsible title with its explanation.
#[component]
pub fn Baseline(props: &ContentProps) -> Html {
    let heading_id = format!("{}-baseline", props.prefix);
    html! {
        <section class="panel" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ BASELINE_HEADING }</h3>
            <p class="lead">{ BASELINE_INTRO }</p>
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
pub fn Pitch(props: &ContentProps) -> Html {
    let heading_id = format!("{}-pitch", props.prefix);
    let steps = props.content.pitch_steps();
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
        <section class="panel" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id} class="section-title">{ PITCH_HEADING }</h3>
            <p class="lead">{ PITCH_INTRO }</p>
            <ol class="pitch">
                { for steps.into_iter().enumerate().map(|(n, step)| html! {
                    <li class="pitch-step">
                        <h4 class="pitch-title">{ step.title }</h4>
                        <p class="pitch-body">{ step.body }</p>
                        if n == last {
                            <p class="pitch-body">
                                <a class="link" href={form_link.clone()} onclick={onclick.clone()}>
                                    { "Write your one-pager" }
                                </a>
                            </p>
                        }
                    </li>
                }) }
            </ol>
        </section>
    }
}
