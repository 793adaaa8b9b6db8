//! The core stays pure Rust: no web crate anywhere in what it is built from. Cargo holds it
//! (the core is a crate of its own whose `Cargo.toml` names no web crate, so an import of one
//! cannot compile); this test reads the resolved dependency graph (`cargo metadata`) so that a
//! web crate cannot arrive later, directly or through another dependency, without failing here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};

/// Crates that only make sense in a browser.
const FORBIDDEN: [&str; 5] = ["wasm-bindgen", "web-sys", "js-sys", "yew", "gloo"];

fn metadata() -> serde_json::Value {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("metadata is JSON")
}

/// The names of every crate `package` is built from (its normal dependencies, followed to the
/// end, on every target), not counting dev-dependencies.
fn built_from(meta: &serde_json::Value, package: &str) -> BTreeSet<String> {
    let nodes = meta["resolve"]["nodes"]
        .as_array()
        .expect("a resolve graph");
    let by_id: HashMap<&str, &serde_json::Value> = nodes
        .iter()
        .filter_map(|n| Some((n["id"].as_str()?, n)))
        .collect();
    let names: HashMap<&str, &str> = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter_map(|p| Some((p["id"].as_str()?, p["name"].as_str()?)))
        .collect();
    let root = names
        .iter()
        .find(|(_, name)| **name == package)
        .map(|(id, _)| *id)
        .unwrap_or_else(|| panic!("{package} is in the workspace"));
    let mut seen = BTreeSet::new();
    let mut todo = vec![root];
    while let Some(id) = todo.pop() {
        let Some(node) = by_id.get(id) else { continue };
        for dep in node["deps"].as_array().into_iter().flatten() {
            let normal = dep["dep_kinds"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|k| k["kind"].is_null());
            let Some(dep_id) = dep["pkg"].as_str() else {
                continue;
            };
            if normal && seen.insert(names.get(dep_id).copied().unwrap_or(dep_id).to_owned()) {
                todo.push(dep_id);
            }
        }
    }
    seen
}

fn web_crates(crates: &BTreeSet<String>) -> Vec<&String> {
    crates
        .iter()
        .filter(|name| {
            FORBIDDEN
                .iter()
                .any(|f| *name == f || name.starts_with(&format!("{f}-")))
        })
        .collect()
}

#[test]
fn core_has_no_web_imports() {
    let meta = metadata();
    let members = meta["workspace_members"]
        .as_array()
        .expect("workspace members");
    assert!(
        members.len() >= 2,
        "the workspace holds the widget and its core"
    );
    let crates = built_from(&meta, "engagement-core");
    assert!(
        crates.contains("serde") && crates.contains("pulldown-cmark-lite"),
        "the core's dependencies are read: {crates:?}"
    );
    let web = web_crates(&crates);
    assert!(
        web.is_empty(),
        "the core must not depend on web crates, but is built from {web:?}"
    );
}

#[test]
fn the_check_finds_web_crates_where_they_are() {
    // The widget's shell is built on them: the same reading must find them there.
    let crates = built_from(&metadata(), "engagement-widget");
    let web = web_crates(&crates);
    for name in ["wasm-bindgen", "web-sys", "js-sys", "yew"] {
        assert!(
            web.iter().any(|w| *w == name),
            "{name} is found among the widget's crates: {web:?}"
        );
    }
    assert!(
        web.iter().any(|w| w.starts_with("gloo-")),
        "a gloo crate is found: {web:?}"
    );
}
