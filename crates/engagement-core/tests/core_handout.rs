//! The handout: the expectations and the pitch as one Markdown document, exact in every
//! renderer whatever the host configured.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod markdown_check;

use common::hostile::{text, INLINE_TOKENS};
use common::json;
use engagement_core::config::{resolve, Attributes};
use engagement_core::content::Content;
use engagement_core::document_name::DocumentName;
use engagement_core::handout::{file_name, handout, handout_html};
use engagement_core::strings::Strings;
use markdown_check::{one_line, parser_options, read_comrak, read_pulldown};
use proptest::prelude::*;
use pulldown_cmark_upstream::{Event, Parser, Tag, TagEnd};
use serde_json::{json as value, Value};

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

/// A hostile entry with something to show: pieces of hostile text around a letter.
fn entry_text(max: usize) -> impl Strategy<Value = String> {
    (text(INLINE_TOKENS, max), text(INLINE_TOKENS, max)).prop_map(|(a, b)| format!("{a}x{b}"))
}

/// A hostile configuration, as a host writes it: a team name (perhaps blank), one to eight
/// expectations, perhaps its own pitch.
fn hostile_config() -> impl Strategy<Value = Value> {
    let entry = || (entry_text(3), entry_text(6));
    (
        prop::option::of(text(INLINE_TOKENS, 4)),
        prop::collection::vec((entry(), entry_text(2)), 1..8),
        prop::option::of(prop::collection::vec(entry(), 1..12)),
    )
        .prop_map(|(team, expectations, pitch)| {
            let mut config = value!({ "expectations": expectations
                .into_iter()
                .map(|((title, body), acknowledgement)| value!({
                    "title": title, "body": body, "acknowledgement": acknowledgement
                }))
                .collect::<Vec<_>>() });
            if let Some(team) = team {
                config["teamName"] = value!(team);
            }
            if let Some(pitch) = pitch {
                config["pitch"] = pitch
                    .into_iter()
                    .map(|(title, body)| value!({ "title": title, "body": body }))
                    .collect();
            }
            config
        })
}

/// The five steps a handout has when the host gives none, for a team named `team`, as
/// (title, text): written out here.
fn default_steps(team: Option<&str>) -> Vec<(String, String)> {
    let team_title = match team {
        Some(team) => format!("What is {team}?"),
        None => "What is our team?".to_owned(),
    };
    [
        ("What is AuxEng?", "How it works, and its vocabulary: embeds, engagements, trainings and the other ways our team can work with yours."),
        (&team_title, "We explain our team's direction and mission: the practice we want to spread, and whether it centres on a tool."),
        ("Why AuxEng?", "Of all the ways teams can work together, why an AuxEng engagement is the right one for this work."),
        ("What does an embed do?", "An embed is the part of an engagement where aux engineers write code and help your team directly, alongside your own engineers."),
        ("How do we get started?", "Everything so far comes together here. To start, your team sends us a one-pager explaining its problem and proposed solution, so that we can judge together whether an engagement makes sense for both sides."),
    ]
    .iter()
    .map(|(title, body)| (title.to_string(), body.to_string()))
    .collect()
}

proptest! {
    #![proptest_config(common::proptest_config(1000))]

    /// Whatever the host configured, the handout has exactly its outline, one item per
    /// expectation and step reading as exactly its text, and no HTML.
    #[test]
    fn any_configuration_gives_an_exact_handout(config in hostile_config()) {
        let resolved = resolve(&Attributes::default(), Some(Ok(config.clone())));
        prop_assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
        let content = resolved.content;
        let doc = handout(&content, &DocumentName::default(), &Strings::english());
        // What the handout must say, worked out here from the configuration: every text on one
        // line, as the host wrote it.
        let text = |v: &Value| one_line(v.as_str().unwrap_or_default());
        let team = config.get("teamName").map(text).filter(|t| !t.is_empty());
        let title = match &team {
            Some(team) => format!("Working with {team}"),
            None => "Working with us on an engagement".to_owned(),
        };
        let entries = |list: &Value| -> Vec<(String, String)> {
            list.as_array()
                .into_iter()
                .flatten()
                .map(|e| (text(&e["title"]), text(&e["body"])))
                .collect()
        };
        let steps = match config.get("pitch") {
            Some(pitch) => entries(pitch),
            None => default_steps(team.as_deref()),
        };
        for reading in [read_pulldown(&doc), read_comrak(&doc)] {
            prop_assert_eq!(reading.outline.len(), 3, "{}", doc);
            prop_assert_eq!(&reading.outline[0].1, &title, "{}", doc);
            prop_assert!(reading.html.is_empty(), "{:?}\n{}", reading.html, doc);
            prop_assert!(reading.links.is_empty(), "{:?}\n{}", reading.links, doc);
        }
        let expected: Vec<String> = entries(&config["expectations"])
            .iter()
            .chain(&steps)
            .map(|(title, body)| {
                let stop = if title.ends_with(['.', '?', '!', ':']) { "" } else { "." };
                format!("{title}{stop} {body}")
            })
            .collect();
        prop_assert_eq!(&items(&doc), &expected, "{}", doc);

        // The email's HTML has only the handout's own tags: every text is escaped.
        let html = handout_html(&content, &DocumentName::default(), &Strings::english());
        const TAGS: [&str; 12] = ["<h1>", "</h1>", "<h2>", "</h2>", "<p>", "</p>", "<ol>", "</ol>", "<li>", "</li>", "<strong>", "</strong>"];
        for (at, _) in html.match_indices('<') {
            prop_assert!(TAGS.iter().any(|t| html[at..].starts_with(t)), "{}", html);
        }
        prop_assert_eq!(html.matches("<li>").count(), expected.len());
    }
}
