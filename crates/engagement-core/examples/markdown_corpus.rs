//! Writes generated one-pagers as a JSON-lines corpus to stdout, one case a line, for checking
//! them with other Markdown renderers (tests/renderers/renderers.test.mjs reads it with
//! commonmark.js and markdown-it).
//!
//! Usage: `cargo run --quiet --example markdown_corpus [RANDOM]`, where RANDOM is how many
//! pseudo-random one-pagers to include (default 2000; half as many short-field cases come
//! with them). The corpus is the same on every run: the random cases come from a fixed seed.
//!
//! The cases, in this order:
//! - `spec N`: every example of pulldown-cmark's test suites (CommonMark, GFM tables,
//!   strikethrough, task lists, footnotes, regressions) as the value of every free-text field;
//! - `adversarial N`: the hand-written table of tests/core_markdown.rs;
//! - `random N`: one-pagers from the property tests' hostile generator;
//! - `short N`: hostile text as team, contact and cadence description of a complete one-pager.
//!
//! Each line is an object:
//! - `case`: the name above;
//! - `values`: the form values (field key to typed text), for reporting;
//! - `document`: the generated Markdown;
//! - `outline`: the expected headings of levels 1 and 2, as `[level, text]`, in order;
//! - `summary`: the expected text of each item of the key-value list under the title;
//! - `expectations`: each acknowledgement's expected text and whether its box is ticked;
//! - `own_links`: the link targets the user's own Markdown has, as pulldown-cmark and comrak
//!   read the inputs (decoded); any other target must be found in the inputs' text.
//!
//! The inputs, expectations and readings are the native tests' own (tests/common and
//! tests/markdown_check), so both checks always agree on what a case is and what it expects.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/common/mod.rs"]
mod common;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../tests/markdown_check/mod.rs"]
mod markdown_check;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    corpus::main();
}

/// The corpus needs the native dev-dependencies; a wasm32 build (clippy --all-targets) gets an
/// empty program.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod corpus {
    use std::collections::HashMap;
    use std::io::{BufWriter, Write};

    use crate::common::cases::ADVERSARIAL;
    use crate::common::cases::{adversarial_values, spec_example_values, spec_examples};
    use crate::common::complete_values;
    use crate::common::hostile::{one_pager, text, INLINE_TOKENS};
    use crate::markdown_check::{expected_outline, expected_summary, own_links};
    use engagement_core::document::generate;
    use engagement_core::form::{FormSpec, Values};
    use engagement_core::text::normalize_short;
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    use serde_json::{json, Map, Value};

    /// The seed of the random cases: change it only on purpose (the corpus changes with it).
    const SEED: [u8; 32] = *b"engagement-widget markdown corpu";

    const DEFAULT_RANDOM: usize = 2000;

    pub fn main() {
        let random = match std::env::args().nth(1) {
            None => DEFAULT_RANDOM,
            Some(n) => n.parse().unwrap_or_else(|_| {
                eprintln!(
                    "usage: markdown_corpus [RANDOM]  (a whole number, default {DEFAULT_RANDOM})"
                );
                std::process::exit(2)
            }),
        };
        let spec = FormSpec::default();
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let mut links = OwnLinks::default();
        let mut write = |name: String, values: &Values| {
            let line = case(&spec, name, values, &mut links);
            writeln!(out, "{line}").expect("stdout is writable");
        };

        for (n, example) in spec_examples().iter().enumerate() {
            write(format!("spec {n}"), &spec_example_values(example));
        }
        for (n, (field, input)) in ADVERSARIAL.iter().enumerate() {
            write(
                format!("adversarial {n}"),
                &adversarial_values(field, input),
            );
        }
        let mut runner = TestRunner::new_with_rng(
            Config::default(),
            TestRng::from_seed(RngAlgorithm::ChaCha, &SEED),
        );
        let one_pagers = one_pager();
        for n in 0..random {
            write(format!("random {n}"), &sample(&one_pagers, &mut runner));
        }
        let short = text(INLINE_TOKENS, 16);
        for n in 0..random / 2 {
            let input = sample(&short, &mut runner);
            let mut v = complete_values();
            v.set("team", input.clone());
            v.set("contact", input.clone());
            v.set("retro-cadence", "other");
            v.set("retro-other", input);
            write(format!("short {n}"), &v);
        }
        out.flush().expect("stdout is writable");
    }

    fn sample<S: Strategy>(strategy: &S, runner: &mut TestRunner) -> S::Value {
        strategy
            .new_tree(runner)
            .expect("the generators never reject")
            .current()
    }

    /// [`own_links`] of each value on its own, remembered: most values recur from case to
    /// case, and reading one takes two parsers and four forms.
    #[derive(Default)]
    struct OwnLinks(HashMap<String, Vec<String>>);

    impl OwnLinks {
        fn of(&mut self, values: &Values) -> Vec<String> {
            let mut links = Vec::new();
            for (_, value) in values.iter() {
                let found = self.0.entry(value.to_owned()).or_insert_with(|| {
                    let mut alone = Values::default();
                    alone.set("problem", value);
                    own_links(&alone)
                });
                links.extend(found.iter().cloned());
            }
            links.sort();
            links.dedup();
            links
        }
    }

    fn case(spec: &FormSpec, name: String, values: &Values, links: &mut OwnLinks) -> Value {
        let mut typed = Map::new();
        for (id, value) in values.iter() {
            typed.insert(id.to_owned(), Value::String(value.to_owned()));
        }
        let outline: Vec<Value> = expected_outline(values)
            .into_iter()
            .map(|(level, text)| json!([level, text]))
            .collect();
        let expectations: Vec<Value> = spec
            .acknowledgements()
            .map(|ack| {
                json!({
                    "text": normalize_short(&ack.label),
                    "ticked": values.is_ticked(&ack.key),
                })
            })
            .collect();
        json!({
            "case": name,
            "values": typed,
            "document": generate(spec, values),
            "outline": outline,
            "summary": expected_summary(values),
            "expectations": expectations,
            "own_links": links.of(values),
        })
    }
}
