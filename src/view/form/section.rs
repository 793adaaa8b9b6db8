//! A titled part of the form. The acknowledgements are one fieldset whose legend is the
//! section's title; any other section is a labelled group with a heading.

use yew::prelude::*;

use crate::core::content::BASELINE_HEADING;

/// A section titled `title`; `acknowledgements` when it holds only checkboxes that each
/// confirm an expectation. `questions` are its fields.
pub fn form_section(
    title: &'static str,
    prefix: &str,
    acknowledgements: bool,
    questions: Html,
) -> Html {
    let heading_id = format!(
        "{prefix}-section-{}",
        title.to_ascii_lowercase().replace(' ', "-")
    );
    if acknowledgements {
        let hint_id = format!("{heading_id}-hint");
        html! {
            <fieldset class="form-section fieldset" key={title} aria-describedby={hint_id.clone()}>
                <legend class="form-section-title">{ title }</legend>
                <p id={hint_id} class="hint">{ format!("Read the expectations under \u{201c}{BASELINE_HEADING}\u{201d} above: your team must agree to each one. Tick each box.") }</p>
                { questions }
            </fieldset>
        }
    } else {
        html! {
            <div class="form-section" key={title} role="group" aria-labelledby={heading_id.clone()}>
                <h4 id={heading_id} class="form-section-title">{ title }</h4>
                { questions }
            </div>
        }
    }
}
