//! Effects that every part of the widget needs in the same shape, written once: something set
//! up when a component mounts and torn down when it goes, and focus moved to an element when
//! the session asks for it.

use yew::prelude::*;

use crate::view::focus::focus_and_reveal;

/// What [`use_mount`] sets up; it returns what tears it down.
pub type Setup = Box<dyn FnOnce() -> Box<dyn FnOnce()>>;

/// Runs `setup` once, when the component mounts; what it returns runs when the component goes.
/// (One hook for every such effect, whatever it holds: the setup is boxed.)
#[hook]
pub fn use_mount(setup: Setup) {
    use_effect_with((), move |()| setup());
}

/// A node that takes focus (scrolled into view) each time `asked` goes up: the error summary
/// after a check that found errors, the result banner after one that found none.
#[hook]
pub fn use_focus_when_asked(asked: u32) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(asked, move |&asked| {
            if asked > 0 {
                if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                    focus_and_reveal(&element);
                }
            }
        });
    }
    node
}
