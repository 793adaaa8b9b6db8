//! Hand-picked inputs for the Markdown checks: the spec examples of pulldown-cmark's test
//! suites and a table of adversarial values, each made into a one-pager.

use std::path::{Path, PathBuf};

use super::complete_values;
use engagement_core::form::Values;

/// The `original` Markdown of every example in pulldown-cmark's test suites (the CommonMark
/// spec, the GFM table, strikethrough and task-list specs, footnotes, regressions), found
/// through `cargo metadata`.
pub fn spec_examples() -> Vec<String> {
    let output = std::process::Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    let meta: serde_json::Value = serde_json::from_slice(&output.stdout).expect("metadata is JSON");
    let manifest = meta["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .find(|p| p["name"] == "pulldown-cmark")
        .and_then(|p| p["manifest_path"].as_str())
        .expect("pulldown-cmark is a dependency");
    let suite = Path::new(manifest)
        .parent()
        .expect("crate dir")
        .join("tests/suite");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&suite)
        .expect("pulldown-cmark ships its test suite")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    let mut examples = Vec::new();
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable");
        let mut rest = source.as_str();
        while let Some(start) = rest.find("let original = r##\"") {
            let body = &rest[start + "let original = r##\"".len()..];
            let Some(end) = body.find("\"##;") else { break };
            examples.push(body[..end].to_owned());
            rest = &body[end..];
        }
    }
    examples
}

/// A spec example as the value of every field that takes free text, in an otherwise complete
/// one-pager.
pub fn spec_example_values(example: &str) -> Values {
    let mut v = complete_values();
    v.set("problem", example);
    v.set("notes", example);
    v.set("success-measures", example);
    v.set("team", example);
    v.set("contact", example);
    v
}

/// (where, input): each becomes that field's value in an otherwise complete one-pager.
pub const ADVERSARIAL: &[(&str, &str)] = &[
    // A delimiter row with no pipe inside a code span over lines: a table in comrak.
    ("solution", "`\n---:\n===<div>`"),
    // And with a pipe, over a line that would be a link reference definition (found by the
    // property test).
    ("problem", "`\n---|\n[ref]: http://evil.example`\n!"),
    ("problem", "x `a\n|-|-\n<b>` y"),
    (
        "problem",
        "A `code\n  :-:\n<b>bold</b>` span\n\n- item `x\n  ---:\n  <i>` end",
    ),
    ("problem", "# Heading one\n## Heading two"),
    (
        "problem",
        "Setext one\n==========\n\nSetext two\n----------",
    ),
    ("problem", "Multi\nline\nsetext\n==="),
    ("problem", "> # quoted heading\n> Quoted setext\n> ---"),
    ("problem", "- # listed heading\n- item\n  ==="),
    ("problem", "```\nunclosed fence\n## Proposed solution"),
    ("problem", "~~~~python\nx = 1\n```\n## still code"),
    ("problem", "````\n```\nnested\n```"),
    // Found by markdown-it (tests/renderers): its table rule comes before fences, so this
    // opening fence was a table header there, and the closing fence swallowed what followed.
    ("problem", "```x|\n---\n<b>hi</b>\n\n## not a section"),
    (
        "problem",
        "   ```\n    ```\nindented closing is not a close",
    ),
    ("problem", "<!-- hide the rest"),
    ("problem", "<script>alert(1)</script>"),
    ("problem", "<div>\n\n## Not a heading inside html\n\n</div>"),
    ("problem", "<img src=x onerror=alert(1)>"),
    ("problem", "<svg onload=alert(1)>"),
    ("problem", "text <b onclick=\"x\">bold</b> &amp; <br/>"),
    (
        "problem",
        "<?php echo 1; ?>\n<![CDATA[ x ]]>\n<!DOCTYPE html>",
    ),
    ("problem", "[ref]: http://evil.example\n\n[click][ref]"),
    ("problem", "[ref]:\nhttp://evil.example\n'title'"),
    ("problem", "> [quoted]: http://evil.example"),
    ("problem", "[^note]: a footnote definition\n\nref[^note]"),
    (
        "problem",
        "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](java\tscript:x)",
    ),
    (
        "problem",
        "[d](data:text/html;base64,PHNjcmlwdD4=) ![e](data:image/png;base64,AAAA)",
    ),
    ("problem", "<javascript:alert(1)> <http://ok.example>"),
    ("problem", "| a | b |\n|---|---|\n| 1 | 2 |"),
    ("problem", "line one\nline two  \nline three\\\nline four"),
    ("problem", "    indented code\n\n## after code"),
    ("problem", "Term\n: definition\n\n$$\nx\n$$"),
    ("problem", "\u{0}\r\nCRLF\rCR only\u{0}"),
    ("problem", "* * *\n_ _ _\n- - -"),
    ("problem", "1. one\n1) two\n- [ ] task\n- [x] done"),
    ("problem", "trailing backslash\\"),
    ("problem", "##\n#\n###### six\n####### seven"),
    ("problem", "Title with closing #\n===\n\nTitle #\n---"),
    ("problem", "#foo is not a heading\n#5 neither"),
    ("notes", "<!--"),
    // Found by commonmark.js (tests/renderers): without GFM tables, the table's rows are
    // paragraph text and the comment opened before the table closes after it, hiding it.
    ("problem", "x <!--\n| a |\n| - |\n-->"),
    // markdown-it's linkify links these URLs (GFM does not) through the backslash of a hard
    // break or of an escaped "<".
    (
        "problem",
        "http://=C#\nnext\nhttp://~a#<b>x</b>\n\\ahttps://e.com/a_b\nend",
    ),
    // Found by the 200,000-case soak: a URL, a bracket and an escaped bracket before a link.
    (
        "engagement-goal",
        "https://e.com/a_b[ <\\[x](http://e.com)<div>",
    ),
    ("notes", "```"),
    // Found by a review (2026-12-02) in commonmark.js and markdown-it, whose HTML patterns take
    // non-ASCII spaces for whitespace: an HTML block that ran over every later section, and
    // live attributes.
    ("problem", "Logs follow.\n<pre\u{a0}class=\"log\">"),
    (
        "solution",
        "x <img\u{a0}src=x\u{a0}onerror=alert(1)> y </div\u{3000}> <b\u{feff}>",
    ),
    ("success-measures", "<div\u{a0}hidden>secret</div>"),
    // ... and a line separator, where commonmark.js's `.` stops: a fence that never closed.
    (
        "problem",
        "Build steps:\n```Note:\u{2028}use `npm ci` first\u{2029}```x`",
    ),
    ("success-measures", "```x\u{2028}`y"),
    // An inline CDATA section with a `]` inside: text to upstream pulldown-cmark, HTML to all.
    (
        "problem",
        "Config: <![CDATA[ value[0] ]]> and <![CDATA[a]]b]]> read at start.",
    ),
    // markdown-it takes a `>` after any indentation inside a quote for a quote marker: raw
    // HTML there (found by a review, then in nested containers by a code review).
    ("problem", "> Quote\n>\n   \t><!--\n\nafter"),
    ("problem", "> > q\n>     > <!--\n\nafter"),
    ("problem", "> > Quote\n> >\n>    \t><!--\n\nafter"),
    ("solution", "- > Quote\n  >\n     \t><!--\n\nafter"),
    ("solution", "x <img src=\">\"\u{a0}onerror=alert(1)> y"),
    // Never settled (a lazy-line fix repeated for ever) and fell back to escaping everything.
    ("problem", "Plan (v2): ship it.\n- [\n\t<z"),
    (
        "success-measures",
        "# one\n> two\n- three\n1. four\n```five\n<div>six\n[ ] seven\n[x]: eight\n===\n---",
    ),
    ("success-measures", "- - nested\n***\n+ plus\n2) paren"),
    ("team", "# Team ## #"),
    ("team", "C# and F#"),
    ("team", "**bold** _it_ `code` ~~del~~ $math$ :smile:"),
    ("team", "<b>html</b> &amp; &#35; &copy;"),
    (
        "team",
        "[link](http://evil.example) ![img](http://evil.example/i.png)",
    ),
    ("team", "www.example.com and http://example.com and a@b.co"),
    ("team", "trailing backslash \\"),
    // markdown-it with linkify links protocol-relative URLs...
    ("team", "see //e.com (//e.com) a//e.com"),
    // ... and emails with any local part.
    ("team", "C#@1.1 and a#b@c.co"),
    ("contact", "Hello, world! It's 5 p.m. (UTC)."),
    // Ordinary prose that looks a little like shortcodes, maths or a mail link.
    (
        "contact",
        "Ops 9:00-17:00, ratio 1:2:3, costs $5 and $10. Mailto: team",
    ),
    ("team", ":+1: :100: :8ball: $x$ and $$ mailto:a"),
    ("contact", "line\nbreaks\r\nand\ttabs"),
    ("email", "not an email <script>"),
    ("email", "a_b@c.co"),
    // markdown-it percent-decodes an autolink's text: "<a%41@b.co>" reads "aA@b.co" there.
    ("email", "a%41@b.co"),
    ("retro-other", "Every *other* week <b>"),
];

/// An adversarial input as one field's value in an otherwise complete one-pager (with the
/// cadence "other" when the field is the cadence's description).
pub fn adversarial_values(field: &str, input: &str) -> Values {
    let mut v = complete_values();
    v.set(field, input);
    if field == "retro-other" {
        v.set("retro-cadence", "other");
    }
    v
}
