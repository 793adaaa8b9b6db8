//! The handout: the expectations and the pitch as one Markdown document, exact in every
//! renderer whatever the host configured.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod markdown_check;

use common::hostile::{text, INLINE_TOKENS};
use common::json;
use engagement_core::config::{resolve, Attributes};
use engagement_core::content::{Content, Expectation, PitchStep};
use engagement_core::document_name::DocumentName;
use engagement_core::handout::{file_name, handout, handout_html};
use engagement_core::strings::Strings;
use engagement_core::text::normalize_short;
use markdown_check::{parser_options, read_comrak, read_pulldown};
use proptest::prelude::*;
use pulldown_cmark_upstream::{Event, Parser, Tag, TagEnd};

/// The outline, and each top-level list item's text, as pulldown-cmark reads them.
fn items(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut item: Option<String> = None;
    for event in Parser::new_ext(doc, parser_options()) {
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) if depth == 1 => item = Some(String::new()),
            Event::End(TagEnd::Item) if depth == 1 => out.extend(item.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(item) = item.as_mut() {
                    item.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some(item) = item.as_mut() {
                    item.push(' ');
                }
            }
            _ => {}
        }
    }
    out
}

fn configured(team: Option<&str>) -> Content {
    let attributes = Attributes {
        team_name: team.map(str::to_owned),
        ..Attributes::default()
    };
    resolve(&attributes, None).content
}

#[test]
fn the_handout_has_the_four_expectations_and_the_five_steps_with_the_team() {
    let doc = handout(
        &configured(Some("Developer Experience")),
        &DocumentName::default(),
        &Strings::english(),
    );
    for reading in [read_pulldown(&doc), read_comrak(&doc)] {
        assert_eq!(
            reading.outline,
            [
                (1, "Working with Developer Experience".to_owned()),
                (2, "Set a baseline".to_owned()),
                (2, "Prepare the pitch".to_owned()),
            ],
            "{doc}"
        );
        assert!(reading.html.is_empty());
    }
    let listed = items(&doc);
    assert_eq!(listed.len(), 9, "{doc}");
    assert!(listed[0].starts_with("The aux engineer will not do the hard work. Aux engineers help"));
    assert!(listed[4].starts_with("What is AuxEng? How it works"));
    assert!(
        listed[5].starts_with("What is Developer Experience? "),
        "{}",
        listed[5]
    );
    assert!(doc.ends_with(".\n") && !doc.ends_with("\n\n"));
    assert!(doc.lines().all(|l| l == l.trim_end()), "no trailing spaces");
    assert_eq!(
        file_name(
            &configured(Some("Developer Experience")),
            &Strings::english()
        ),
        "engagement-guide-developer-experience.md"
    );
    assert_eq!(
        file_name(&configured(None), &Strings::english()),
        "engagement-guide.md"
    );
    let html = handout_html(
        &configured(Some("R&D <Ops>")),
        &DocumentName::default(),
        &Strings::english(),
    );
    assert!(html.starts_with("<h1>Working with R&amp;D &lt;Ops&gt;</h1><h2>Set a baseline</h2><p>What will and won&#39;t happen"), "{html}");
    assert!(
        html.contains(
            "<ol><li><strong>The aux engineer will not do the hard work.</strong> Aux engineers"
        ),
        "{html}"
    );
}

#[test]
fn a_hosts_expectations_and_pitch_are_the_handouts() {
    let content = resolve(
        &Attributes::default(),
        Some(json(
            r#"{"teamName": "Data Platform",
                "expectations": [
                  {"title": "Pair every day", "body": "We pair daily.", "acknowledgement": "We will pair"},
                  {"title": "Docs first?", "body": "We write it down.", "acknowledgement": "We will write"}],
                "pitch": [{"title": "Who we are", "body": "A small team."}]}"#,
        )),
    )
    .content;
    let doc = handout(&content, &DocumentName::default(), &Strings::english());
    assert_eq!(
        items(&doc),
        [
            "Pair every day. We pair daily.",
            "Docs first? We write it down.",
            "Who we are. A small team."
        ]
    );
    assert!(
        doc.contains("A first meeting usually follows these steps."),
        "{doc}"
    );
}

#[test]
fn a_dollar_in_a_title_never_pairs_with_one_in_its_text() {
    let content = resolve(
        &Attributes::default(),
        Some(json(r#"{"pitch": [{"title": "Cost $x", "body": "y$"}]}"#)),
    )
    .content;
    let doc = handout(&content, &DocumentName::default(), &Strings::english());
    assert!(doc.contains("1. **Cost \\$x.** y$\n"), "{doc}");
    let mut maths = comrak::Options::default();
    maths.extension.math_dollars = true;
    let html = comrak::markdown_to_html(&doc, &maths);
    assert!(!html.contains("data-math"), "{html}");
}

fn hostile_content() -> impl Strategy<Value = Content> {
    let entry = || (text(INLINE_TOKENS, 5), text(INLINE_TOKENS, 12));
    (
        prop::option::of(text(INLINE_TOKENS, 4)),
        prop::collection::vec((entry(), text(INLINE_TOKENS, 3)), 1..8),
        prop::option::of(prop::collection::vec(entry(), 1..12)),
    )
        .prop_map(|(team, expectations, pitch)| Content {
            team_name: team.map(|t| normalize_short(&t)).filter(|t| !t.is_empty()),
            expectations: expectations
                .into_iter()
                .map(|((title, body), acknowledgement)| Expectation {
                    title: normalize_short(&title),
                    body: normalize_short(&body),
                    acknowledgement,
                })
                .filter(|e| !e.title.is_empty() && !e.body.is_empty())
                .collect(),
            pitch: pitch.map(|steps| {
                steps
                    .into_iter()
                    .map(|(title, body)| PitchStep {
                        title: normalize_short(&title),
                        body: normalize_short(&body),
                    })
                    .filter(|s| !s.title.is_empty() && !s.body.is_empty())
                    .collect()
            }),
            ..Content::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(1000),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// Whatever the host configured, the handout has exactly its outline, one item per
    /// expectation and step reading as exactly its text, and no HTML.
    #[test]
    fn any_configuration_gives_an_exact_handout(content in hostile_content()) {
        let doc = handout(&content, &DocumentName::default(), &Strings::english());
        for reading in [read_pulldown(&doc), read_comrak(&doc)] {
            prop_assert_eq!(reading.outline.len(), 3, "{}", doc);
            prop_assert_eq!(&reading.outline[0].1, &content.title(&Strings::english()), "{}", doc);
            prop_assert!(reading.html.is_empty(), "{:?}\n{}", reading.html, doc);
            prop_assert!(reading.links.is_empty(), "{:?}\n{}", reading.links, doc);
        }
        let steps = content.pitch_steps(&DocumentName::default(), &Strings::english());
        let expected: Vec<String> = content
            .expectations
            .iter()
            .map(|e| (e.title.as_str(), e.body.as_str()))
            .chain(steps.iter().map(|s| (s.title.as_str(), s.body.as_str())))
            .map(|(title, body)| {
                let stop = if title.ends_with(['.', '?', '!', ':']) { "" } else { "." };
                format!("{title}{stop} {body}")
            })
            .collect();
        prop_assert_eq!(items(&doc), expected, "{}", doc);

        // The email's HTML has only the handout's own tags: every text is escaped.
        let html = handout_html(&content, &DocumentName::default(), &Strings::english());
        const TAGS: [&str; 12] = ["<h1>", "</h1>", "<h2>", "</h2>", "<p>", "</p>", "<ol>", "</ol>", "<li>", "</li>", "<strong>", "</strong>"];
        for (at, _) in html.match_indices('<') {
            prop_assert!(TAGS.iter().any(|t| html[at..].starts_with(t)), "{}", html);
        }
        prop_assert_eq!(html.matches("<li>").count(), content.expectations.len() + steps.len());
    }
}
