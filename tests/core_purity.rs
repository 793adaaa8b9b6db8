//! `src/core/` must stay pure Rust: no web crates. (The native build already cannot link them,
//! since they are wasm-only dependencies; this test also catches a mention in any form.)
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

const FORBIDDEN: [&str; 5] = ["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/core is readable") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Whether `line` uses `krate` as a path or import (`krate::`, `use krate`, `extern crate krate`).
fn mentions(line: &str, krate: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    let bytes = code.as_bytes();
    let mut start = 0;
    while let Some(found) = code[start..].find(krate) {
        let at = start + found;
        let end = at + krate.len();
        let before_ok =
            at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
        let rest = &code[end..];
        let used = rest.starts_with("::")
            || code[..at].trim_end().ends_with("use")
            || code[..at].trim_end().ends_with("crate");
        if before_ok && used {
            return true;
        }
        start = end;
    }
    false
}

#[test]
fn core_has_no_web_imports() {
    let mut files = Vec::new();
    rust_files(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src/core")
            .as_path(),
        &mut files,
    );
    assert!(
        files.len() >= 5,
        "expected the core modules, found {files:?}"
    );
    let mut offences = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        for (n, line) in text.lines().enumerate() {
            for krate in FORBIDDEN {
                if mentions(line, krate) {
                    offences.push(format!("{}:{}: {}", file.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        offences.is_empty(),
        "src/core must not use web crates:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_checker_catches_imports_and_paths() {
    assert!(mentions("use yew::prelude::*;", "yew"));
    assert!(mentions("    let w = web_sys::window();", "web_sys"));
    assert!(mentions("use gloo;", "gloo"));
    assert!(mentions("extern crate js_sys;", "js_sys"));
    assert!(!mentions("// yew::html is not used here", "yew"));
    assert!(!mentions("let yewtu = 1;", "yew"));
    assert!(!mentions("fn my_gloo_thing() {}", "gloo"));
}
