//! A titled part of the form. A section that holds a group of checkboxes alone is one
//! fieldset whose legend is the section's title; any other section is a labelled group with a
//! heading (a group of checkboxes in it is a fieldset of its own:
//! [`super::controls::checkboxes`]).

use yew::prelude::*;

use crate::core::form::ids;

/// The `n`-th section, titled `title`, holding `content`. A section that holds only
/// acknowledgements is their fieldset, its title the legend and `hint` (the group's) under it.
pub fn form_section(
    n: usize,
    title: &str,
    prefix: &str,
    group_hint: Option<Option<&str>>,
    content: Html,
) -> Html {
    let heading_id = ids::section(prefix, n);
    match group_hint {
        Some(hint) => {
            let hint_id = ids::section_hint(prefix, n);
            html! {
                <fieldset class="form-section fieldset" key={n}
                    aria-describedby={hint.is_some().then(|| hint_id.clone())}>
                    <legend class="form-section-title">{ title.to_owned() }</legend>
                    if let Some(hint) = hint {
                        <p id={hint_id} class="hint">{ hint.to_owned() }</p>
                    }
                    { content }
                </fieldset>
            }
        }
        None => html! {
            <div class="form-section" key={n} role="group" aria-labelledby={heading_id.clone()}>
                <h4 id={heading_id} class="form-section-title">{ title.to_owned() }</h4>
                { content }
            </div>
        },
    }
}
