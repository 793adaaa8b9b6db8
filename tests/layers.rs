//! Dependencies point one way: `embed` -> `view` -> `platform` -> `core`. The core is a crate
//! of its own (`crates/engagement-core`, re-exported as `crate::core`), which cannot name the
//! widget at all: Cargo holds its side. Inside this crate, every path in `src/` that names
//! another module (`crate::...`, or `super::` climbing out of its folder) is read, and a path
//! that points up the stack fails the test.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

/// The layers from the bottom up; each may use itself and those before it.
const LAYERS: [&str; 4] = ["core", "platform", "view", "embed"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file under `src/` (`src/view/form/mod.rs` is `view::form`).
fn module_of(relative: &Path) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The code of a line, without its comment (strings holding `//` do not occur in `use` lines
/// or paths here).
fn code(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// The top-level modules a line's paths lead to, from a file in `module`.
fn targets(line: &str, module: &[String]) -> Vec<String> {
    let code = code(line);
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for (at, _) in code.match_indices("crate::") {
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
            continue;
        }
        let rest = &code[at + "crate::".len()..];
        if rest.starts_with('{') {
            found.extend(group(rest));
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !name.is_empty() {
            found.push(name);
        }
    }
    let mut search = 0;
    while let Some(found_at) = code[search..].find("super::") {
        let at = search + found_at;
        let before_ok = at == 0
            || !(bytes[at - 1].is_ascii_alphanumeric()
                || bytes[at - 1] == b'_'
                || bytes[at - 1] == b':');
        let mut rest = &code[at..];
        let mut ups = 0;
        while let Some(next) = rest.strip_prefix("super::") {
            ups += 1;
            rest = next;
        }
        search = code.len() - rest.len();
        if !before_ok {
            continue;
        }
        // `super` from `a::b::c` (a file `c.rs`) is `a::b`.
        let kept = module.len().saturating_sub(ups);
        if kept == 0 && rest.starts_with('{') {
            found.extend(group(rest));
            continue;
        }
        let name = if kept > 0 {
            module[0].clone()
        } else {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        };
        if !name.is_empty() {
            found.push(name);
        }
    }
    found
}

/// The first names in a group of paths, `{core::a, view::{b, c}}` -> `core`, `view`.
fn group(rest: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut depth = 0;
    for c in rest.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => break,
            '}' => depth -= 1,
            ',' if depth == 1 => items.push(String::new()),
            c if depth == 1 => items.last_mut().into_iter().for_each(|item| item.push(c)),
            _ => {}
        }
    }
    items
        .iter()
        .map(|item| {
            item.trim()
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect::<String>()
        })
        .filter(|name| !name.is_empty())
        .collect()
}

/// A file's code as statements to read: each line, except that a `use` spanning lines is
/// joined into one (a grouped `use crate::{...}` names its layers on the lines after it).
fn statements(text: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (n, line) in text.lines().enumerate() {
        let code = code(line);
        if let Some((at, mut joined)) = open.take() {
            joined.push(' ');
            joined.push_str(code.trim());
            if code.contains(';') {
                out.push((at, joined));
            } else {
                open = Some((at, joined));
            }
            continue;
        }
        let trimmed = code.trim_start();
        let starts_use = trimmed.starts_with("use ")
            || trimmed.starts_with("pub use ")
            || trimmed.starts_with("pub(crate) use ")
            || trimmed.starts_with("pub(super) use ");
        if starts_use && !code.contains(';') {
            open = Some((n, code.trim().to_owned()));
        } else {
            out.push((n, code.to_owned()));
        }
    }
    out.extend(open);
    out
}

fn violations() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offences = Vec::new();
    // The core's sources are not in src/: it is the crate below them all.
    for layer in &LAYERS[1..] {
        let layer = *layer;
        let mut files = Vec::new();
        rust_files(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no Rust files");
        let allowed = &LAYERS[..=LAYERS.iter().position(|l| *l == layer).unwrap_or(0)];
        for file in files {
            let relative = file.strip_prefix(&src).unwrap_or(&file).to_path_buf();
            let module = module_of(&relative);
            let text = fs::read_to_string(&file).unwrap_or_default();
            for (n, line) in statements(&text) {
                for target in targets(&line, &module) {
                    let is_layer = LAYERS.contains(&target.as_str());
                    if is_layer && !allowed.contains(&target.as_str()) {
                        offences.push(format!(
                            "src/{}:{}: {layer} uses {target}: {}",
                            relative.display(),
                            n + 1,
                            line.trim()
                        ));
                    }
                }
            }
        }
    }
    offences
}

#[test]
fn no_layer_uses_a_layer_above_it() {
    let offences = violations();
    assert!(
        offences.is_empty(),
        "dependencies must point embed -> view -> platform -> core:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_reader_follows_crate_and_super_paths() {
    let module = |path: &str| module_of(Path::new(path));
    let view_field = module("view/form/field.rs");
    assert_eq!(view_field, ["view", "form", "field"]);
    assert_eq!(module("core/session/mod.rs"), ["core", "session"]);
    assert_eq!(targets("use crate::embed::start;", &view_field), ["embed"]);
    assert_eq!(
        targets("    let x = crate::platform::clock::now();", &view_field),
        ["platform"]
    );
    assert_eq!(
        targets("use super::parts::FieldIds;", &view_field),
        ["view"]
    );
    assert_eq!(
        targets("use super::super::super::embed::x;", &view_field),
        ["embed"]
    );
    assert_eq!(targets("use super::super::focus;", &view_field), ["view"]);
    let platform_file = module("platform/storage.rs");
    assert_eq!(
        targets("use super::super::view::App;", &platform_file),
        ["view"]
    );
    assert_eq!(
        targets("use super::json::parse;", &platform_file),
        ["platform"]
    );
    assert_eq!(
        targets(
            "use crate::{core::form::Key, view::{app, focus}};",
            &platform_file
        ),
        ["core", "view"]
    );
    assert_eq!(
        targets(
            "use super::super::{embed::x, core};",
            &module("view/app.rs")
        ),
        ["embed", "core"]
    );
    let grouped = "use crate::{\n    core::form::Key, // the key\n    view::App,\n};\nfn f() {}";
    let read: Vec<Vec<String>> = statements(grouped)
        .iter()
        .map(|(_, s)| targets(s, &platform_file))
        .collect();
    assert_eq!(
        read[0],
        ["core", "view"],
        "a use over several lines is read whole"
    );
    assert!(targets("// use crate::embed::start;", &view_field).is_empty());
    assert!(targets("use yew::prelude::*;", &view_field).is_empty());
    assert!(targets("use my_crate::view;", &view_field).is_empty());
}
