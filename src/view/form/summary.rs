//! The error summary: "There is a problem", each error a link that moves focus to its field.

use yew::prelude::*;

use crate::core::strings::{Key as Msg, Strings};
use crate::view::focus::focus_by_id;

/// One listed error: the field's key, the id of its control, and the message.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryItem {
    pub key: AttrValue,
    pub target: AttrValue,
    pub message: AttrValue,
}

/// The summary of `items`, which `summary_ref` points at so that it can take focus; nothing
/// when there is no error to list.
pub fn error_summary(
    items: &[SummaryItem],
    title_id: &str,
    summary_ref: &NodeRef,
    s: &Strings,
) -> Html {
    if items.is_empty() {
        return Html::default();
    }
    html! {
        <div class="error-summary" ref={summary_ref.clone()} tabindex="-1">
            <div role="alert">
                <h4 id={title_id.to_owned()} class="error-summary-title">{ s.text(Msg::ErrorSummaryTitle) }</h4>
                <ul class="error-summary-list">
                    { for items.iter().map(|item| {
                        let target = item.target.clone();
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            focus_by_id(&e, &target);
                        });
                        html! {
                            <li key={item.key.as_str()}>
                                <a href={format!("#{}", item.target)} {onclick}>{ item.message.clone() }</a>
                            </li>
                        }
                    }) }
                </ul>
            </div>
        </div>
    }
}
