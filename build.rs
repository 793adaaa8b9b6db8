//! Compiles `styles/widget.css` into the widget without its comments: they are a fifth of the
//! file and every host downloads them (0.8 KB gzip). The file in `styles/` stays the source.

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=styles/widget.css");
    let css = fs::read_to_string("styles/widget.css").expect("styles/widget.css is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("Cargo sets OUT_DIR")).join("widget.css");
    fs::write(out, strip_comments(&css)).expect("OUT_DIR is writable");
}

/// Removes `/* ... */` comments and the lines they leave empty. The stylesheet has no strings
/// that contain `/*`.
fn strip_comments(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let mut lines: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim_end) {
        if !(line.is_empty()
            && lines
                .last()
                .is_none_or(|l| l.is_empty() || l.ends_with('{')))
        {
            lines.push(line);
        }
    }
    lines.join("\n") + "\n"
}
