//! Inputs that make Markdown hard, for the property tests.

use engagement_core::form::{Values, TICKED};
use proptest::prelude::*;

/// Pieces that make short inputs hard: every character Markdown gives meaning to, plus URL,
/// email, entity and HTML fragments, whitespace and non-ASCII text.
pub const INLINE_TOKENS: &[&str] = &[
    "\\",
    "`",
    "*",
    "_",
    "[",
    "]",
    "<",
    ">",
    "#",
    "!",
    "&",
    "|",
    "~",
    "$",
    "-",
    "+",
    "=",
    ".",
    ")",
    "(",
    "0",
    "7",
    "1.",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "http://",
    "https://e.com/a_b",
    "www.",
    "www.example.com",
    "//e.com",
    "@",
    "a@b.co",
    "mailto:",
    "&amp;",
    "&#35;",
    "&copy;",
    "%41",
    "<div>",
    "</div>",
    "<!--",
    "-->",
    "<img src=x onerror=alert(1)>",
    ":",
    ":smile:",
    ":+1:",
    "a",
    "word",
    "snake_case",
    // What the document shows for a missing answer, typed as an answer.
    "Not provided yet",
    "_Not provided yet_",
    "C#",
    "Zoë",
    "漢字",
    "🚀",
    "\0",
    "\u{a0}",
    "\u{3000}",
    "\u{feff}",
    "\u{2028}",
    "9:00",
    ":00-17:",
    "$5",
    "**",
    "__",
    "~~",
    "$x$",
    "[x](http://e.com)",
    "![i](http://e.com/i.png)",
    "javascript:alert(1)",
    "[^1]",
    "<http://e.com>",
    "''",
    "\"",
];

/// Pieces of the world's writing that make a line hard to read back: colons (a key-value
/// line's own separator), right-to-left scripts, combining marks (alone too, so that one may
/// open a line or follow Markdown's punctuation), emoji sequences and digits of other scripts.
pub const SCRIPT_TOKENS: &[&str] = &[
    ":",
    ": ",
    " : ",
    "::",
    "a: b",
    "Re:",
    "\u{5e9}\u{5dc}\u{5d5}\u{5dd}",
    "\u{5e2}\u{5d1}\u{5e8}\u{5d9}\u{5ea} 12",
    "\u{645}\u{631}\u{62d}\u{628}\u{627}",
    "\u{627}\u{644}\u{639}\u{631}\u{628}\u{64a}\u{629}:",
    "e\u{301}",
    "\u{301}",
    "\u{20dd}",
    "\u{5b4}",
    "n\u{303}\u{323}",
    "\u{1f469}\u{200d}\u{1f4bb}",
    "\u{1f1e9}\u{1f1ea}",
    "\u{1f44d}\u{1f3fd}",
    "\u{2764}\u{fe0f}",
    "\u{1f680}",
    "\u{663}",
    "\u{ff11}\u{ff12}",
    "\u{130}",
    "\u{df}",
    "\u{3a9}",
    "Zo\u{eb}",
    "\u{6f22}\u{5b57}",
];

/// A short answer of Markdown's punctuation, HTML, URLs and whitespace ([`INLINE_TOKENS`])
/// mixed with the world's writing ([`SCRIPT_TOKENS`]).
pub fn short_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(INLINE_TOKENS),
            prop::sample::select(SCRIPT_TOKENS),
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}

/// A long answer: [`long_text`]'s pieces and the world's writing.
pub fn long_script_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(INLINE_TOKENS),
            2 => prop::sample::select(BLOCK_TOKENS),
            2 => prop::sample::select(SCRIPT_TOKENS),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// Pieces that make long inputs hard: the inline ones plus everything that starts a block.
pub const BLOCK_TOKENS: &[&str] = &[
    "\n",
    "\n\n",
    "\n# ",
    "\n## ",
    "\n### ",
    "\n#",
    "\n```",
    "\n```rust",
    "\n~~~",
    "\n> ",
    "\n>> ",
    "\n- ",
    "\n* ",
    "\n+ ",
    "\n1. ",
    "\n2) ",
    "\n    ",
    "\n\t",
    "\n===",
    "\n---",
    "\n***",
    "\n___",
    "\n[ref]: http://evil.example",
    "\n[ref]: <http://evil.example> \"t\"",
    "\n[^1]: note",
    "[ref]",
    "\n<script>",
    "\n<details>",
    "\n<!-- ",
    "\n<?php ",
    "\n<![CDATA[",
    "<![CDATA[ a[0] ]]>",
    "]]>",
    "<pre\u{a0}",
    "<b\u{a0}x>",
    "\n   \t>",
    "\n| a | b |\n|---|---|",
    "\n- [ ] ",
    "\n- [x] ",
    "  \n",
    "\\\n",
    "   ",
    "\n<div>\n",
    "\n</pre>",
    "\n$$\n",
    "\n:::",
];

pub fn text(tokens: &'static [&'static str], max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(tokens), 0..max).prop_map(|parts| parts.concat())
}

pub fn long_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(INLINE_TOKENS),
            2 => prop::sample::select(BLOCK_TOKENS),
        ],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

/// A whole one-pager of hostile values: every short field from [`INLINE_TOKENS`], every long
/// field from [`long_text`], dates, lengths and cadences valid or not, some boxes ticked.
pub fn one_pager() -> impl Strategy<Value = Values> {
    let short = || text(INLINE_TOKENS, 12);
    (
        (short(), short(), short(), short()),
        (
            long_text(),
            long_text(),
            long_text(),
            long_text(),
            long_text(),
            long_text(),
        ),
        (
            prop_oneof![
                Just("2027-01-11".to_owned()),
                Just("2028-02-29".to_owned()),
                short()
            ],
            prop_oneof![Just("10".to_owned()), Just("1".to_owned()), short()],
            prop::sample::select(vec!["", "weekly", "fortnightly", "other", "bogus"]),
            prop::collection::vec(any::<bool>(), 4),
        ),
    )
        .prop_map(
            |((team, contact, email, other), longs, (date, weeks, cadence, ticks))| {
                let (problem, solution, goal, diffusion, measures, notes) = longs;
                let mut v = Values::default();
                for (id, value) in [
                    ("team", team),
                    ("contact", contact),
                    ("email", email),
                    ("retro-other", other),
                    ("problem", problem),
                    ("solution", solution),
                    ("engagement-goal", goal),
                    ("diffusion-goal", diffusion),
                    ("success-measures", measures),
                    ("notes", notes),
                    ("start-date", date),
                    ("length-weeks", weeks),
                    ("retro-cadence", cadence.to_owned()),
                ] {
                    v.set(id, value);
                }
                for (n, tick) in ticks.into_iter().enumerate() {
                    if tick {
                        v.set(&format!("ack-{}", n + 1), TICKED);
                    }
                }
                v
            },
        )
}
