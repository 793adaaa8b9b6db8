//! The composition root: the custom element's Rust side (`element.rs`), the shadow root and
//! its stylesheet (`style.rs`), and the loader scripts hosts include (`engagement-widget.js`,
//! `embed-frame.js`). It mounts `view::App`; nothing imports it.

pub mod element;
pub mod style;

use std::sync::Once;

use crate::platform::pointer;

/// Runs once when the module is instantiated.
pub fn start() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        pointer::watch();
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("engagement-widget failed: {info}").into());
        }));
    });
}
