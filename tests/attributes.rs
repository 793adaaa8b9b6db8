//! One source for the element's attribute names: the JavaScript that watches them (the
//! loader's `observedAttributes`) and passes them on (the iframe page) lists the names
//! `core::config::ATTRIBUTES` reads.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use engagement_widget::core::config::ATTRIBUTES;

/// The names in the array literal assigned to `constant` in a JavaScript file.
fn listed(file: &str, constant: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let start = text
        .find(&format!("const {constant} = ["))
        .unwrap_or_else(|| panic!("{file} has no `const {constant} = [...]`"));
    let rest = &text[start..];
    let open = rest.find('[').map_or(0, |i| i + 1);
    let close = rest
        .find(']')
        .unwrap_or_else(|| panic!("{file}: unclosed list"));
    rest[open..close]
        .split(',')
        .map(|name| name.trim().trim_matches(['\'', '"']).to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

#[test]
fn the_loader_watches_every_attribute_the_widget_reads() {
    assert_eq!(
        listed("src/embed/engagement-widget.js", "OBSERVED"),
        ATTRIBUTES
    );
}

#[test]
fn the_iframe_page_passes_on_every_attribute_the_widget_reads() {
    assert_eq!(listed("src/embed/embed-frame.js", "ATTRIBUTES"), ATTRIBUTES);
}
