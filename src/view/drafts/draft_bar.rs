//! "Draft saved 14:05", or why drafts are off; and "Start over".

use yew::prelude::*;

use crate::core::session::saving::DraftRequest;
use crate::core::session::DraftStatus;
use crate::core::strings::Key as Msg;
use crate::platform::clock::clock_at;
use crate::view::focus::focus_by_id;
use crate::view::strings::use_strings;

#[derive(Properties, PartialEq)]
pub struct DraftBarProps {
    pub status: DraftStatus,
    pub untouched: bool,
    /// What the buttons ask for; the answer says whether it worked.
    pub on_request: Callback<DraftRequest, bool>,
    /// Where focus goes when the button under it goes (the form's heading).
    pub return_to: AttrValue,
}

#[component]
pub fn DraftBar(props: &DraftBarProps) -> Html {
    let s = use_strings();
    let (text, problem) = props.status.describe(clock_at, &s);
    let on_start_over = {
        let request = props.on_request.clone();
        Callback::from(move |_: MouseEvent| {
            request.emit(DraftRequest::StartOver);
        })
    };
    // A draft that could not be read is left alone until the user says otherwise.
    let on_replace = {
        let request = props.on_request.clone();
        let return_to = props.return_to.clone();
        Callback::from(move |e: MouseEvent| {
            if request.emit(DraftRequest::ReplaceUnreadable) {
                // The button goes with the problem.
                focus_by_id(&e, &return_to);
            }
        })
    };
    let blocked = matches!(props.status, DraftStatus::Blocked(_));
    html! {
        <div class="draft-bar">
            // The line keeps the room of "saved as you type" (data-reserve, drawn unseen under
            // it): "Draft saved 14:05" after it is shorter, and on a narrow screen the form below
            // would jump up under the visitor's finger when the first save lands.
            <p class={classes!("draft-status", problem.then_some("draft-problem"))}
                data-reserve={s.text(Msg::DraftsSaving).to_owned()}>
                <span>{ text }</span>
            </p>
            if blocked {
                <button type="button" class="button button-secondary button-small" onclick={on_replace}>
                    { s.text(Msg::ReplaceUnreadable) }
                </button>
            }
            if !props.untouched {
                <button type="button" class="button button-secondary button-small" onclick={on_start_over}>
                    { s.text(Msg::StartOver) }
                </button>
            }
        </div>
    }
}
