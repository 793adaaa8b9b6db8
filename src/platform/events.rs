//! Events the widget sends to its host page: `engagement-ready`, `engagement-generated`,
//! `engagement-copied`, `engagement-draft-saved`, `engagement-handoff` and `engagement-error`. Each bubbles out of
//! the shadow root (`composed`) and carries a small `detail` object.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, EventTarget};

use crate::core::form::Values;

/// What happened, for the host.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent {
    Ready,
    /// The one-pager was checked and is complete: its length, the document, and the answers
    /// by field key.
    Generated {
        words: usize,
        markdown: String,
        values: Values,
    },
    Copied {
        format: &'static str,
    },
    DraftSaved,
    Error {
        message: String,
    },
    /// The document was handed to a tracker: which one, the address opened, and whether the
    /// document went on the clipboard (too long for the address).
    Handoff {
        tracker: String,
        url: String,
        via_clipboard: bool,
    },
}

impl HostEvent {
    pub fn name(&self) -> &'static str {
        match self {
            HostEvent::Ready => "engagement-ready",
            HostEvent::Generated { .. } => "engagement-generated",
            HostEvent::Copied { .. } => "engagement-copied",
            HostEvent::DraftSaved => "engagement-draft-saved",
            HostEvent::Error { .. } => "engagement-error",
            HostEvent::Handoff { .. } => "engagement-handoff",
        }
    }

    fn detail(&self) -> JsValue {
        let detail = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            let _ = js_sys::Reflect::set(&detail, &key.into(), &value);
        };
        match self {
            HostEvent::Generated {
                words,
                markdown,
                values,
            } => {
                set("words", JsValue::from(*words as u32));
                set("markdown", JsValue::from_str(markdown));
                let by_key = js_sys::Object::new();
                for (key, value) in values.iter() {
                    let _ = js_sys::Reflect::set(&by_key, &key.into(), &value.into());
                }
                set("values", by_key.into());
            }
            HostEvent::Copied { format } => set("format", JsValue::from_str(format)),
            HostEvent::Error { message } => set("message", JsValue::from_str(message)),
            HostEvent::Handoff {
                tracker,
                url,
                via_clipboard,
            } => {
                set("tracker", JsValue::from_str(tracker));
                set("url", JsValue::from_str(url));
                set("viaClipboard", JsValue::from_bool(*via_clipboard));
            }
            HostEvent::Ready | HostEvent::DraftSaved => {}
        }
        detail.into()
    }
}

/// Dispatches `event` on `target` (the custom element). Failures are ignored: a host that
/// cannot receive events must not break the widget.
pub fn emit(target: &EventTarget, event: &HostEvent) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&event.detail());
    if let Ok(custom) = CustomEvent::new_with_event_init_dict(event.name(), &init) {
        let _ = target.dispatch_event(&custom);
    }
}
