//! Host configuration: attributes, the JSON block, and every way they can be wrong.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::json;
use engagement_core::config::{resolve, Attributes, Resolved};
use engagement_core::content::default_expectations;
use engagement_core::form::Limits;
use engagement_core::strings::Strings;

fn with_json(text: &str) -> Resolved {
    resolve(&Attributes::default(), Some(json(text)))
}

#[test]
fn no_configuration_means_the_defaults_and_no_problems() {
    let r = resolve(&Attributes::default(), None);
    assert_eq!(r.content.team_name, None);
    assert_eq!(r.content.contact_email, None);
    assert_eq!(r.content.expectations, default_expectations());
    assert_eq!(r.limits, Limits::default());
    assert!(r.problems.is_empty());
    assert_eq!(
        r.content.pitch_steps(&r.form.document, &Strings::english())[1].title,
        "What is our team?"
    );
}

#[test]
fn attributes_fill_the_team_texts() {
    let attributes = Attributes {
        team_name: Some("  Developer\nExperience ".into()),
        team_mission: Some("We make shipping boring.".into()),
        contact_email: Some("devex@corp.example".into()),
        theme: Some("dark".into()),
    };
    let r = resolve(&attributes, None);
    assert_eq!(r.content.team_name.as_deref(), Some("Developer Experience"));
    assert_eq!(
        r.content.contact_email.as_deref(),
        Some("devex@corp.example")
    );
    let steps = r.content.pitch_steps(&r.form.document, &Strings::english());
    assert_eq!(steps.len(), 5);
    assert_eq!(steps[1].title, "What is Developer Experience?");
    assert!(steps[1].body.starts_with("We make shipping boring."));
    assert!(r.problems.is_empty());
    // A theme the stylesheet does not know is reported, not silently ignored.
    let purple = Attributes {
        theme: Some("purple".into()),
        ..Attributes::default()
    };
    assert_eq!(
        resolve(&purple, None).problems,
        vec!["The theme \"purple\" is not light, dark or auto; the page's colour scheme is followed."]
    );
}

#[test]
fn attributes_win_over_the_json_block() {
    let attributes = Attributes {
        team_name: Some("From attribute".into()),
        ..Attributes::default()
    };
    let r = resolve(
        &attributes,
        Some(json(
            r#"{"teamName": "From JSON", "teamMission": "JSON mission"}"#,
        )),
    );
    assert_eq!(r.content.team_name.as_deref(), Some("From attribute"));
    assert_eq!(r.content.team_mission.as_deref(), Some("JSON mission"));
}

#[test]
fn a_full_json_block_configures_everything() {
    let r = with_json(
        r#"{
          "teamName": "Data Platform", "contactEmail": "data@corp.example",
          "expectations": [
            {"title": "Pairing daily", "body": "We pair every day.", "acknowledgement": "We will pair daily"},
            {"title": "Docs first", "body": "We write it down.", "acknowledgement": "We will write docs"}
          ],
          "limits": {"problemWords": 300, "weeksMin": 2, "weeksMax": 12, "shortChars": 60}
        }"#,
    );
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!(r.content.expectations.len(), 2);
    assert_eq!(
        r.content.expectations[1].acknowledgement,
        "We will write docs"
    );
    assert_eq!(r.limits.problem_words, 300);
    assert_eq!((r.limits.weeks_min, r.limits.weeks_max), (2, 12));
    assert_eq!(r.limits.short_chars, 60);
}

#[test]
fn invalid_configuration_is_reported_and_falls_back() {
    let cases: Vec<(Result<serde_json::Value, String>, &str)> = vec![
        (
            json("{not json"),
            "The JSON configuration could not be read",
        ),
        (json("[1, 2]"), "must be an object, not a list"),
        (json("\"text\""), "must be an object, not text"),
        (
            json(r#"{"teamName": 42}"#),
            "\"teamName\" must be text, not a number",
        ),
        (
            json(r#"{"teamNme": "typo"}"#),
            "The configuration key \"teamNme\" is not known",
        ),
        (
            json(r#"{"contactEmail": "not an email"}"#),
            "is not an email address",
        ),
        (
            json(r#"{"expectations": []}"#),
            "must be a list of 1 to 8 expectations",
        ),
        (
            json(r#"{"expectations": {"title": "x"}}"#),
            "must be a list of 1 to 8 expectations",
        ),
        (
            json(r#"{"expectations": [{"title": "Only a title"}]}"#),
            "Expectation 1 needs a \"body\"",
        ),
        (
            json(r#"{"limits": {"problemWords": 5}}"#),
            "must be a whole number from 20 to 2000",
        ),
        (
            json(r#"{"limits": {"problemWords": 250.5}}"#),
            "must be a whole number from 20 to 2000",
        ),
        (
            json(r#"{"limits": {"problemWords": "300"}}"#),
            "must be a whole number from 20 to 2000",
        ),
        (
            json(r#"{"limits": {"pageCount": 3}}"#),
            "The limit \"pageCount\" is not known",
        ),
        (
            json(r#"{"limits": {"weeksMin": 20, "weeksMax": 10}}"#),
            "\"weeksMin\" is more than \"weeksMax\"",
        ),
        (
            json(r#"{"limits": [1]}"#),
            "\"limits\" must be an object, not a list",
        ),
    ];
    for (input, expected) in cases {
        let r = resolve(&Attributes::default(), Some(input.clone()));
        assert!(
            r.problems.iter().any(|p| p.contains(expected)),
            "{input:?}: expected a problem containing {expected:?}, got {:?}",
            r.problems
        );
        // Whatever was wrong, the widget still has complete content and sane limits.
        assert!(!r.content.expectations.is_empty());
        assert!(r.limits.weeks_min <= r.limits.weeks_max);
    }
}

#[test]
fn bad_expectations_keep_the_default_four() {
    let r = with_json(r#"{"expectations": [{"title": "a", "body": "b", "acknowledgement": ""}]}"#);
    assert_eq!(r.content.expectations, default_expectations());
    assert!(r.problems.iter().any(|p| p.contains("default four")));
}

#[test]
fn overlong_and_blank_texts_are_ignored() {
    let long = "x".repeat(201);
    let attributes = Attributes {
        team_name: Some(long),
        team_mission: Some("   ".into()),
        contact_email: None,
        theme: None,
    };
    let r = resolve(&attributes, None);
    assert_eq!(r.content.team_name, None);
    assert_eq!(r.content.team_mission, None);
    assert!(r
        .problems
        .iter()
        .any(|p| p.contains("team-name attribute is longer than 200")));
}

#[test]
fn expectations_acknowledged_in_the_same_words_import_to_their_own_boxes() {
    use engagement_core::document::{generate, import};
    use engagement_core::form::TICKED;
    let r = with_json(
        r#"{"expectations": [
            {"title": "Pairing", "body": "We pair.", "acknowledgement": "We agree"},
            {"title": "Docs", "body": "We write it down.", "acknowledgement": "We agree"},
            {"title": "Retros", "body": "Weekly.", "acknowledgement": "We agree"}
        ]}"#,
    );
    let keys: Vec<_> = r.form.acknowledgements().map(|a| a.key.clone()).collect();
    assert_eq!(keys.len(), 3);
    for ticked in [vec![1], vec![2], vec![0, 2], vec![]] {
        let mut values = r.form.default_values();
        values.set("team", "Payments");
        for &n in &ticked {
            values.set(&keys[n], TICKED);
        }
        let document = generate(&r.form, &values);
        let back = import(&r.form, &document).map(|i| i.values);
        let back_ticked: Vec<usize> = (0..3)
            .filter(|&n| back.as_ref().is_ok_and(|v| v.get(&keys[n]) == TICKED))
            .collect();
        assert_eq!(back_ticked, ticked, "{document}");
    }
}
