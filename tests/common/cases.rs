//! Hand-picked inputs for the Markdown checks: the spec examples of pulldown-cmark's test
//! suites and a table of adversarial values, each made into a one-pager.

use std::path::{Path, PathBuf};

use super::complete_values;
use engagement_widget::core::form::{FieldId, Values};

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
    v.set(FieldId::Problem, example);
    v.set(FieldId::Notes, example);
    v.set(FieldId::SuccessMeasures, example);
    v.set(FieldId::TeamName, example);
    v.set(FieldId::Contact, example);
    v
}

/// (where, input): each becomes that field's value in an otherwise complete one-pager.
pub const ADVERSARIAL: &[(FieldId, &str)] = &[
    (FieldId::Problem, "# Heading one\n## Heading two"),
    (
        FieldId::Problem,
        "Setext one\n==========\n\nSetext two\n----------",
    ),
    (FieldId::Problem, "Multi\nline\nsetext\n==="),
    (
        FieldId::Problem,
        "> # quoted heading\n> Quoted setext\n> ---",
    ),
    (FieldId::Problem, "- # listed heading\n- item\n  ==="),
    (
        FieldId::Problem,
        "```\nunclosed fence\n## Proposed solution",
    ),
    (FieldId::Problem, "~~~~python\nx = 1\n```\n## still code"),
    (FieldId::Problem, "````\n```\nnested\n```"),
    // Found by markdown-it (tests/renderers): its table rule comes before fences, so this
    // opening fence was a table header there, and the closing fence swallowed what followed.
    (
        FieldId::Problem,
        "```x|\n---\n<b>hi</b>\n\n## not a section",
    ),
    (
        FieldId::Problem,
        "   ```\n    ```\nindented closing is not a close",
    ),
    (FieldId::Problem, "<!-- hide the rest"),
    (FieldId::Problem, "<script>alert(1)</script>"),
    (
        FieldId::Problem,
        "<div>\n\n## Not a heading inside html\n\n</div>",
    ),
    (FieldId::Problem, "<img src=x onerror=alert(1)>"),
    (FieldId::Problem, "<svg onload=alert(1)>"),
    (
        FieldId::Problem,
        "text <b onclick=\"x\">bold</b> &amp; <br/>",
    ),
    (
        FieldId::Problem,
        "<?php echo 1; ?>\n<![CDATA[ x ]]>\n<!DOCTYPE html>",
    ),
    (
        FieldId::Problem,
        "[ref]: http://evil.example\n\n[click][ref]",
    ),
    (FieldId::Problem, "[ref]:\nhttp://evil.example\n'title'"),
    (FieldId::Problem, "> [quoted]: http://evil.example"),
    (
        FieldId::Problem,
        "[^note]: a footnote definition\n\nref[^note]",
    ),
    (
        FieldId::Problem,
        "[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](java\tscript:x)",
    ),
    (
        FieldId::Problem,
        "[d](data:text/html;base64,PHNjcmlwdD4=) ![e](data:image/png;base64,AAAA)",
    ),
    (
        FieldId::Problem,
        "<javascript:alert(1)> <http://ok.example>",
    ),
    (FieldId::Problem, "| a | b |\n|---|---|\n| 1 | 2 |"),
    (
        FieldId::Problem,
        "line one\nline two  \nline three\\\nline four",
    ),
    (FieldId::Problem, "    indented code\n\n## after code"),
    (FieldId::Problem, "Term\n: definition\n\n$$\nx\n$$"),
    (FieldId::Problem, "\u{0}\r\nCRLF\rCR only\u{0}"),
    (FieldId::Problem, "* * *\n_ _ _\n- - -"),
    (FieldId::Problem, "1. one\n1) two\n- [ ] task\n- [x] done"),
    (FieldId::Problem, "trailing backslash\\"),
    (FieldId::Problem, "##\n#\n###### six\n####### seven"),
    (
        FieldId::Problem,
        "Title with closing #\n===\n\nTitle #\n---",
    ),
    (FieldId::Problem, "#foo is not a heading\n#5 neither"),
    (FieldId::Notes, "<!--"),
    // Found by commonmark.js (tests/renderers): without GFM tables, the table's rows are
    // paragraph text and the comment opened before the table closes after it, hiding it.
    (FieldId::Problem, "x <!--\n| a |\n| - |\n-->"),
    // markdown-it's linkify links these URLs (GFM does not) through the backslash of a hard
    // break or of an escaped "<".
    (
        FieldId::Problem,
        "http://=C#\nnext\nhttp://~a#<b>x</b>\n\\ahttps://e.com/a_b\nend",
    ),
    // Found by the 200,000-case soak: a URL, a bracket and an escaped bracket before a link.
    (
        FieldId::EngagementGoal,
        "https://e.com/a_b[ <\\[x](http://e.com)<div>",
    ),
    (FieldId::Notes, "```"),
    // Found by a review (2026-12-02) in commonmark.js and markdown-it, whose HTML patterns take
    // non-ASCII spaces for whitespace: an HTML block that ran over every later section, and
    // live attributes.
    (FieldId::Problem, "Logs follow.\n<pre\u{a0}class=\"log\">"),
    (
        FieldId::Solution,
        "x <img\u{a0}src=x\u{a0}onerror=alert(1)> y </div\u{3000}> <b\u{feff}>",
    ),
    (FieldId::SuccessMeasures, "<div\u{a0}hidden>secret</div>"),
    // ... and a line separator, where commonmark.js's `.` stops: a fence that never closed.
    (
        FieldId::Problem,
        "Build steps:\n```Note:\u{2028}use `npm ci` first\u{2029}```x`",
    ),
    (FieldId::SuccessMeasures, "```x\u{2028}`y"),
    // An inline CDATA section with a `]` inside: text to upstream pulldown-cmark, HTML to all.
    (
        FieldId::Problem,
        "Config: <![CDATA[ value[0] ]]> and <![CDATA[a]]b]]> read at start.",
    ),
    // markdown-it takes a `>` after any indentation inside a quote for a quote marker: raw
    // HTML there (found by a review, then in nested containers by a code review).
    (FieldId::Problem, "> Quote\n>\n   \t><!--\n\nafter"),
    (FieldId::Problem, "> > q\n>     > <!--\n\nafter"),
    (FieldId::Problem, "> > Quote\n> >\n>    \t><!--\n\nafter"),
    (FieldId::Solution, "- > Quote\n  >\n     \t><!--\n\nafter"),
    (
        FieldId::Solution,
        "x <img src=\">\"\u{a0}onerror=alert(1)> y",
    ),
    // Never settled (a lazy-line fix repeated for ever) and fell back to escaping everything.
    (FieldId::Problem, "Plan (v2): ship it.\n- [\n\t<z"),
    (
        FieldId::SuccessMeasures,
        "# one\n> two\n- three\n1. four\n```five\n<div>six\n[ ] seven\n[x]: eight\n===\n---",
    ),
    (
        FieldId::SuccessMeasures,
        "- - nested\n***\n+ plus\n2) paren",
    ),
    (FieldId::TeamName, "# Team ## #"),
    (FieldId::TeamName, "C# and F#"),
    (
        FieldId::TeamName,
        "**bold** _it_ `code` ~~del~~ $math$ :smile:",
    ),
    (FieldId::TeamName, "<b>html</b> &amp; &#35; &copy;"),
    (
        FieldId::TeamName,
        "[link](http://evil.example) ![img](http://evil.example/i.png)",
    ),
    (
        FieldId::TeamName,
        "www.example.com and http://example.com and a@b.co",
    ),
    (FieldId::TeamName, "trailing backslash \\"),
    // markdown-it with linkify links protocol-relative URLs...
    (FieldId::TeamName, "see //e.com (//e.com) a//e.com"),
    // ... and emails with any local part.
    (FieldId::TeamName, "C#@1.1 and a#b@c.co"),
    (FieldId::Contact, "Hello, world! It's 5 p.m. (UTC)."),
    // Ordinary prose that looks a little like shortcodes, maths or a mail link.
    (
        FieldId::Contact,
        "Ops 9:00-17:00, ratio 1:2:3, costs $5 and $10. Mailto: team",
    ),
    (FieldId::TeamName, ":+1: :100: :8ball: $x$ and $$ mailto:a"),
    (FieldId::Contact, "line\nbreaks\r\nand\ttabs"),
    (FieldId::Email, "not an email <script>"),
    (FieldId::Email, "a_b@c.co"),
    // markdown-it percent-decodes an autolink's text: "<a%41@b.co>" reads "aA@b.co" there.
    (FieldId::Email, "a%41@b.co"),
    (FieldId::RetroOther, "Every *other* week <b>"),
];

/// An adversarial input as one field's value in an otherwise complete one-pager (with the
/// cadence "other" when the field is the cadence's description).
pub fn adversarial_values(field: FieldId, input: &str) -> Values {
    let mut v = complete_values();
    v.set(field, input);
    if field == FieldId::RetroOther {
        v.set(FieldId::RetroCadence, "other");
    }
    v
}
