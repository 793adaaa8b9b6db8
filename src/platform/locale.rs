//! The page's language where the widget stands, and that language's plural rule from the
//! browser (`Intl.PluralRules`). Nothing here can fail the widget: a language the browser
//! does not know, or a browser without `Intl`, falls back to English's rule.

use std::cell::RefCell;

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Element;

use crate::core::strings::locale::tag;
use crate::core::strings::{Category, Locale, Plurals};

/// The locale of `host`: the `lang` of the element or its nearest ancestor (else the
/// document's), and the `dir` found the same way (else the language's own direction).
pub fn locale_of(host: &Element) -> Locale {
    let nearest = |name: &str| {
        host.closest(&format!("[{name}]"))
            .ok()
            .flatten()
            .and_then(|e| e.get_attribute(name))
            .or_else(|| {
                web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.document_element())
                    .and_then(|e| e.get_attribute(name))
            })
    };
    let lang = nearest("lang").unwrap_or_default();
    let dir = nearest("dir");
    // `Intl` takes BCP 47's hyphens only ("pl_PL" would throw).
    let plurals = tag(&lang)
        .map(|t| t.replace('_', "-"))
        .and_then(|t| plural_rules(&t))
        .unwrap_or_default();
    Locale::new(&lang, dir.as_deref(), plurals)
}

/// The browser's plural rule for `lang`: the categories it uses and the one each count takes.
fn plural_rules(lang: &str) -> Option<Plurals> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str("PluralRules"))
        .ok()?
        .dyn_into()
        .ok()?;
    // Constructed through Reflect, so that a tag the browser refuses is an error here, not an
    // exception through the module.
    let rules = Reflect::construct(&constructor, &Array::of1(&JsValue::from_str(lang))).ok()?;
    let select: Function = Reflect::get(&rules, &JsValue::from_str("select"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options: Function = Reflect::get(&rules, &JsValue::from_str("resolvedOptions"))
        .ok()?
        .dyn_into()
        .ok()?;
    let resolved = options.call0(&rules).ok()?;
    let listed = Reflect::get(&resolved, &JsValue::from_str("pluralCategories")).ok()?;
    let categories: Vec<Category> = Array::from(&listed)
        .iter()
        .filter_map(|c| c.as_string())
        .filter_map(|c| Category::from_name(&c))
        .collect();
    if categories.is_empty() {
        return None;
    }
    let rules: Object = rules.dyn_into().ok()?;
    Some(Plurals::new(lang, categories, move |n| {
        select
            .call1(&rules, &JsValue::from_f64(n as f64))
            .ok()
            .and_then(|c| c.as_string())
            .and_then(|c| Category::from_name(&c))
            .unwrap_or(Category::Other)
    }))
}

thread_local! {
    /// What has been said (a handful of lines at most: a list, not a hash set's code).
    static WARNED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Says each of `warnings` in the console, each once per page.
pub fn warn_once(warnings: &[String]) {
    for warning in warnings {
        let new = WARNED.with(|w| {
            let mut warned = w.borrow_mut();
            let new = !warned.contains(warning);
            if new {
                warned.push(warning.clone());
            }
            new
        });
        if new {
            web_sys::console::warn_1(&format!("engagement-widget: {warning}").into());
        }
    }
}
