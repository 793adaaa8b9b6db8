//! The Rust side of `<engagement-widget>`. The element class itself is defined by the loader
//! (`engagement-widget.js`), so that a page whose browser cannot run the module still gets a
//! readable message; the class forwards its lifecycle here:
//! - `mount(host, sheet)` on connect: attach (or reuse) an open shadow root, adopt the shared
//!   stylesheet the loader holds, read the configuration and render the app into an inner
//!   element (in place of the first render the loader may have drawn);
//! - `Mount::refresh()` when an observed attribute changes;
//! - `Mount::unmount()` on disconnect: destroy the app and empty the shadow root.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::core::config::{self, Attributes};
use crate::core::draft::storage_key;
use crate::core::form::FormSpec;
use crate::core::prefill::{self, Prefill};
use crate::view::app::{App, AppProps};

thread_local! {
    static MOUNTED: Cell<u32> = const { Cell::new(0) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// How many widget apps are mounted right now (for leak checks).
#[wasm_bindgen(js_name = mountedApps)]
pub fn mounted_apps() -> u32 {
    MOUNTED.with(Cell::get)
}

/// One mounted widget.
#[wasm_bindgen]
pub struct Mount {
    host: HtmlElement,
    root: ShadowRoot,
    container: Element,
    prefix: String,
    /// The draft's storage key the app was mounted with.
    draft_key: String,
    app: Option<AppHandle<App>>,
}

/// Mounts the widget into `host`'s shadow root (replacing what the loader drew there), styled
/// by `sheet`, the loader's shared widget stylesheet.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, sheet: Option<CssStyleSheet>) -> Result<Mount, JsValue> {
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    super::style::adopt(&root, sheet.as_ref())?;
    root.set_text_content(None);
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let container = document.create_element("div")?;
    container.set_class_name("ew");
    root.append_child(&container)?;
    let n = NEXT_ID.with(|c| {
        let n = c.get();
        c.set(n.wrapping_add(1));
        n
    });
    let prefix = format!("ew{n}");
    let props = props_for(&host, &prefix);
    let draft_key = props.draft_key.to_string();
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    MOUNTED.with(|c| c.set(c.get() + 1));
    Ok(Mount {
        host,
        root,
        container,
        prefix,
        draft_key,
        app: Some(app),
    })
}

#[wasm_bindgen]
impl Mount {
    /// Re-reads the attributes and configuration.
    pub fn refresh(&mut self) {
        let props = props_for(&self.host, &self.prefix);
        if props.draft_key.as_str() == self.draft_key {
            if let Some(app) = self.app.as_mut() {
                app.update(props);
            }
            return;
        }
        // Another draft (`draft-key` changed): the app starts again from it, as on load. The
        // answers so far are saved under the old key as the app goes.
        let Some(app) = self.app.take() else {
            return;
        };
        app.destroy();
        self.draft_key = props.draft_key.to_string();
        self.app =
            Some(yew::Renderer::<App>::with_root_and_props(self.container.clone(), props).render());
    }

    /// Destroys the app and empties the shadow root. Safe to call twice.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            MOUNTED.with(|c| c.set(c.get().saturating_sub(1)));
        }
        let _ = self.root.remove_child(&self.container);
    }
}

fn attribute(host: &HtmlElement, name: &str) -> Option<String> {
    host.get_attribute(name)
}

/// The JSON block: the first `<script type="application/json">` child of the element.
fn config_file(host: &HtmlElement) -> Option<Result<serde_json::Value, String>> {
    let script = host
        .query_selector(":scope > script[type='application/json']")
        .ok()
        .flatten()?;
    let text = script.text_content().unwrap_or_default();
    if text.trim().is_empty() {
        return None;
    }
    Some(crate::platform::json::parse(&text))
}

fn props_for(host: &HtmlElement, prefix: &str) -> AppProps {
    let attributes = Attributes::read(|name| attribute(host, name));
    let locale = crate::platform::locale::locale_of(host);
    let resolved = config::resolve_in(&attributes, config_file(host), &locale);
    crate::platform::locale::warn_once(&resolved.warnings);
    let prefill = prefill_for(host, &resolved.form);
    AppProps {
        config: Rc::new(resolved),
        id_prefix: prefix.to_owned().into(),
        today: crate::platform::clock::today(),
        host: Some(host.clone().into()),
        draft_key: storage_key(&instance_key(host)).into(),
        prefill: Rc::new(prefill),
    }
}

/// Where an element keeps the key it was first given, so that moving it, or removing it and
/// adding it back, keeps its draft (its place among the page's widgets may have changed).
const REMEMBERED_KEY: &str = "__engagementWidgetDraftKey";

/// The `draft-key` attribute, else the page's path and the element's place among the page's
/// widgets when it was first mounted: stable across visits, different for each instance.
fn instance_key(host: &HtmlElement) -> String {
    if let Some(key) =
        attribute(host, config::attribute::DRAFT_KEY).filter(|k| !k.trim().is_empty())
    {
        return key.trim().chars().take(200).collect();
    }
    let remembered = js_sys::Reflect::get(host, &JsValue::from_str(REMEMBERED_KEY))
        .ok()
        .and_then(|v| v.as_string());
    if let Some(key) = remembered {
        return key;
    }
    let key = place_key(host);
    let _ = js_sys::Reflect::set(
        host,
        &JsValue::from_str(REMEMBERED_KEY),
        &JsValue::from_str(&key),
    );
    key
}

fn place_key(host: &HtmlElement) -> String {
    let Some(window) = web_sys::window() else {
        return "default".to_owned();
    };
    let path = window.location().pathname().unwrap_or_default();
    let index = window
        .document()
        .and_then(|d| d.query_selector_all("engagement-widget").ok())
        .and_then(|all| (0..all.length()).position(|i| all.item(i).is_some_and(|n| n == ***host)))
        .unwrap_or(0);
    format!("{path}#{}", index + 1)
}

/// Answers from `prefill-*` attributes and from the page's URL fragment (which wins).
fn prefill_for(host: &HtmlElement, spec: &FormSpec) -> Prefill {
    let names: Vec<String> = host
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
        .filter(|n| n.starts_with(prefill::ATTRIBUTE_PREFIX))
        .collect();
    let values: Vec<(String, String)> = names
        .into_iter()
        .filter_map(|n| attribute(host, &n).map(|v| (n, v)))
        .collect();
    let from_host =
        prefill::from_attributes(values.iter().map(|(n, v)| (n.as_str(), v.as_str())), spec);
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let combined = prefill::combine(from_host, prefill::from_fragment(&hash, spec));
    for ignored in &combined.ignored {
        web_sys::console::warn_1(&format!("engagement-widget prefill ignored {ignored}").into());
    }
    combined
}
