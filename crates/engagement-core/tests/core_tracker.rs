//! Hand-off to the team's tracker: the new issue's address for GitHub, GitLab and any
//! tracker's "new" form, the labels filled from the answers, the switch to the clipboard past
//! the safe length, and a configuration that names a tracker wrongly (never offered).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete_values, json};
use engagement_core::config::{resolve, Attributes, Resolved};
use engagement_core::document::generate;
use engagement_core::form::{FormSpec, Values};
use engagement_core::tracker::{host_of, title_and_body, Tracker, MAX_URL};
use proptest::prelude::*;
use serde_json::{json as value, Value};

fn with(config: Value) -> Resolved {
    resolve(&Attributes::default(), Some(Ok(config)))
}

/// The query parameters of a URL, decoded here (not by the code under test): `%XX` escapes
/// only, since the widget encodes every other character.
fn query(url: &str) -> Vec<(String, String)> {
    let decode = |s: &str| -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i] == b'%' {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("two hex digits");
                out.push(u8::from_str_radix(hex, 16).expect("hex"));
                i += 3;
            } else {
                out.push(bytes[i]);
                i += 1;
            }
        }
        String::from_utf8(out).expect("UTF-8")
    };
    let (_, query) = url.split_once('?').expect("a query");
    query
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn param(url: &str, name: &str) -> Option<String> {
    query(url)
        .into_iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
}

/// A one-pager-sized form with a priority to label by.
fn intake(handoff: Value) -> Resolved {
    let resolved = with(value!({
        "form": { "title": "Intake: {service}", "sections": [{ "heading": "P", "fields": [
            { "key": "service", "type": "text", "label": "Service", "required": true },
            { "key": "priority", "type": "choice", "label": "Priority",
              "options": [{ "key": "low", "label": "Low" }, { "key": "high", "label": "High" }] },
            { "key": "areas", "type": "checkboxes", "label": "Areas",
              "options": [{ "key": "api", "label": "API" }, { "key": "ui", "label": "UI" }] },
            { "key": "need", "type": "textarea", "label": "Need", "required": true } ] }] },
        "handoff": handoff
    }));
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    resolved
}

fn answers(pairs: &[(&str, &str)]) -> Values {
    pairs.iter().copied().collect()
}

#[test]
fn github_gets_the_title_the_body_exactly_labels_and_assignees() {
    let r = intake(value!([
        { "github": "acme/platform-requests", "labels": ["intake", "{priority}", "{areas}"], "assignees": ["devex-triage"] }
    ]));
    let tracker = &r.trackers[0];
    assert_eq!(tracker.name, "GitHub");
    assert_eq!(tracker.host(), "github.com");
    let values = answers(&[
        ("service", "Billing [API] & *more*"),
        ("priority", "high"),
        ("areas", "api,ui"),
        (
            "need",
            "Read access to **two** datasets.\n\n- one\n- two 🚀",
        ),
    ]);
    let markdown = generate(&r.form, &values);
    let handoff = tracker.handoff(&r.form, &values, &markdown, "Paste it here");
    assert!(!handoff.via_clipboard);
    assert!(
        handoff
            .url
            .starts_with("https://github.com/acme/platform-requests/issues/new?title="),
        "{}",
        handoff.url
    );
    assert_eq!(
        param(&handoff.url, "title").as_deref(),
        Some("Intake: Billing [API] & *more*"),
        "the title as it reads, not its Markdown"
    );
    let body = markdown
        .split_once("\n\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    assert_eq!(param(&handoff.url, "body").as_deref(), Some(body));
    assert_eq!(
        param(&handoff.url, "labels").as_deref(),
        Some("intake,high,api,ui")
    );
    assert_eq!(
        param(&handoff.url, "assignees").as_deref(),
        Some("devex-triage")
    );
    // A label whose question is unanswered is left out.
    let handoff = tracker.handoff(&r.form, &answers(&[("service", "X")]), &markdown, "-");
    assert_eq!(param(&handoff.url, "labels").as_deref(), Some("intake"));
}

#[test]
fn every_character_is_encoded_so_that_nothing_in_the_document_changes_the_link() {
    let r = intake(value!([{ "github": "acme/requests" }]));
    let markdown = "# T\n\nA&b=c?d#e f+g%20h/i\\j\r\nk\tl \u{1f680} é 中 \u{202e}\n";
    let url = r.trackers[0]
        .handoff(&r.form, &Values::default(), markdown, "-")
        .url;
    let (_, query) = url.split_once('?').expect("a query");
    assert!(
        query.bytes().all(|b| b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%' | b'&' | b'=')),
        "{query}"
    );
    assert_eq!(
        param(&url, "body").as_deref(),
        Some("A&b=c?d#e f+g%20h/i\\j\r\nk\tl \u{1f680} é 中 \u{202e}\n")
    );
}

#[test]
fn gitlab_gets_a_title_and_a_description_with_labels_as_quick_actions() {
    let r = intake(value!([
        { "gitlab": "https://gitlab.corp.example/platform/requests/", "labels": ["intake", "{priority}"], "assignees": ["ada"] }
    ]));
    let tracker = &r.trackers[0];
    assert_eq!(
        (tracker.name.as_str(), tracker.host()),
        ("GitLab", "gitlab.corp.example")
    );
    let values = answers(&[("service", "Billing"), ("priority", "low"), ("need", "It.")]);
    let markdown = generate(&r.form, &values);
    let url = tracker.handoff(&r.form, &values, &markdown, "-").url;
    assert!(
        url.starts_with(
            "https://gitlab.corp.example/platform/requests/-/issues/new?issue%5Btitle%5D="
        ),
        "{url}"
    );
    assert_eq!(
        param(&url, "issue[title]").as_deref(),
        Some("Intake: Billing")
    );
    let body = markdown
        .split_once("\n\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    assert_eq!(
        param(&url, "issue[description]"),
        Some(format!(
            "{body}\n\n/label ~\"intake\" ~\"low\"\n/assign @\"ada\""
        ))
    );
}

#[test]
fn the_visitors_lines_that_gitlab_would_run_as_quick_actions_are_delivered_as_text() {
    let r = intake(value!([{ "gitlab": "https://gitlab.example/p" }]));
    let markdown =
        "# T\n\n/confidential\ntext /assign @me\n```shell\n/usr/bin/env\n```\n/label ~x\n";
    let url = r.trackers[0]
        .handoff(&r.form, &Values::default(), markdown, "-")
        .url;
    assert_eq!(
        param(&url, "issue[description]").as_deref(),
        Some("\\/confidential\ntext /assign @me\n```shell\n/usr/bin/env\n```\n\\/label ~x\n"),
        "escaped outside code (Markdown shows \\/ as /), left alone in code"
    );
}

#[test]
fn any_tracker_takes_the_title_and_body_where_its_address_says() {
    let r = intake(value!([
        { "name": "Jira", "url": "https://jira.corp.example/secure/CreateIssueDetails!init.jspa?pid=10001&issuetype=10002&summary={title}&description={body}" }
    ]));
    let tracker = &r.trackers[0];
    assert_eq!(
        (tracker.name.as_str(), tracker.host()),
        ("Jira", "jira.corp.example")
    );
    let values = answers(&[("service", "Billing & co"), ("need", "Now.")]);
    let markdown = generate(&r.form, &values);
    let url = tracker.handoff(&r.form, &values, &markdown, "-").url;
    assert!(url.starts_with("https://jira.corp.example/secure/CreateIssueDetails!init.jspa?pid=10001&issuetype=10002&summary=Intake%3A%20Billing%20%26%20co&description="), "{url}");
    let body = markdown
        .split_once("\n\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    assert_eq!(param(&url, "description").as_deref(), Some(body));
}

#[test]
fn past_the_safe_length_the_link_says_to_paste_and_the_body_goes_on_the_clipboard() {
    let r = intake(
        value!([{ "github": "acme/requests" }, { "name": "Short", "url": "https://t.example/new?b={body}", "maxUrl": 600 }]),
    );
    let github: &Tracker = &r.trackers[0];
    let base = "https://github.com/acme/requests/issues/new?title=T&body=".len();
    // Exactly at the limit the body is in the link; one byte more and it is not.
    let fits = format!("# T\n\n{}", "a".repeat(MAX_URL - base));
    let handoff = github.handoff(
        &r.form,
        &Values::default(),
        &fits,
        "Paste the intake request here",
    );
    assert_eq!(handoff.url.len(), MAX_URL);
    assert!(!handoff.via_clipboard);
    let over = format!("# T\n\n{}", "a".repeat(MAX_URL - base + 1));
    let handoff = github.handoff(
        &r.form,
        &Values::default(),
        &over,
        "Paste the intake request here",
    );
    assert!(handoff.via_clipboard);
    assert_eq!(
        param(&handoff.url, "body").as_deref(),
        Some("Paste the intake request here")
    );
    assert_eq!(param(&handoff.url, "title").as_deref(), Some("T"));
    // A template's own limit.
    let short = &r.trackers[1];
    assert!(
        short
            .handoff(
                &r.form,
                &Values::default(),
                &format!("# T\n\n{}", "a".repeat(600)),
                "P"
            )
            .via_clipboard
    );
    assert!(
        !short
            .handoff(&r.form, &Values::default(), "# T\n\nshort", "P")
            .via_clipboard
    );
}

#[test]
fn a_label_named_from_a_hidden_question_is_left_out() {
    let r = with(value!({
        "form": { "title": "R: {a}", "sections": [{ "heading": "P", "fields": [
            { "key": "a", "type": "text", "label": "A", "required": true },
            { "key": "kind", "type": "choice", "label": "Kind",
              "options": [{ "key": "bug", "label": "Bug" }, { "key": "idea", "label": "Idea" }] },
            { "key": "severity", "type": "choice", "label": "Severity", "showIf": { "field": "kind", "is": ["bug"] },
              "options": [{ "key": "s1", "label": "S1" }] } ] }] },
        "handoff": [{ "github": "acme/r", "labels": ["{severity}"] }]
    }));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    let shown = answers(&[("a", "x"), ("kind", "bug"), ("severity", "s1")]);
    let hidden = answers(&[("a", "x"), ("kind", "idea"), ("severity", "s1")]);
    let url = |values: &Values| {
        r.trackers[0]
            .handoff(&r.form, values, "# x\n\ny\n", "-")
            .url
    };
    assert_eq!(param(&url(&shown), "labels").as_deref(), Some("s1"));
    assert_eq!(param(&url(&hidden), "labels"), None);
}

#[test]
fn only_https_trackers_are_offered_and_each_mistake_is_named_at_its_place() {
    let cases: Vec<(Value, &str)> = vec![
        (value!({ "name": "Evil", "url": "javascript:alert(document.cookie)//{body}" }),
         "handoff[0].url: must be an https: address (http: only on this machine), not \"javascript:alert(document.cookie)//{body}\"; this tracker is not offered."),
        (value!({ "name": "Data", "url": "data:text/html,{body}" }), "handoff[0].url: must be an https: address"),
        (value!({ "name": "Relative", "url": "/new?b={body}" }), "handoff[0].url: must be an https: address"),
        (value!({ "name": "Plain", "url": "http://tracker.corp.example/new?b={body}" }), "handoff[0].url: must be an https: address"),
        (value!({ "name": "Sneaky", "url": "https://tracker.corp.example@evil.example/new?b={body}" }), "handoff[0].url: must be an https: address"),
        (value!({ "gitlab": "javascript:alert(1)" }), "handoff[0].gitlab: must be an https: address"),
        (value!({ "github": "acme" }), "handoff[0].github: must name a repository as \"owner/repo\""),
        (value!({ "github": "http://github.com/acme/r" }), "handoff[0].github: must be an https: address"),
        (value!({ "url": "https://t.example/new?b={body}" }), "handoff[0].name: a tracker's address needs the name its button shows"),
        (value!({ "name": "T", "url": "https://t.example/new?t={title}" }), "handoff[0].url: must say where the document goes with {body}"),
        (value!({ "github": "a/b", "gitlab": "https://g.example/p" }), "handoff[0]: give exactly one of \"github\", \"gitlab\" or \"url\""),
        (value!({ "github": "a/b", "labels": ["{service}"] }), "handoff[0].labels[0]: \"{service}\" must name a choice or checkboxes question of the form"),
        (value!({ "github": "a/b", "labels": "intake" }), "handoff[0].labels: must be a list of names"),
        (value!({ "github": "a/b", "colour": "red" }), "handoff[0].colour: is not a setting of a tracker"),
        (value!({ "name": "T", "url": "https://t.example/n?b={body}", "labels": ["x"] }), "handoff[0]: labels and assignees are for GitHub and GitLab"),
        (value!({ "github": "a/b", "maxUrl": 10 }), "handoff[0].maxUrl: must be a whole number from 500 to 100000"),
    ];
    for (entry, expected) in cases {
        let r = with(value!({
            "form": { "title": "R: {service}", "sections": [{ "heading": "P", "fields": [
                { "key": "service", "type": "text", "label": "Service", "required": true } ] }] },
            "handoff": [entry.clone()]
        }));
        assert!(
            r.problems.iter().any(|p| p.starts_with(expected)),
            "{entry}\nexpected {expected:?}\ngot {:#?}",
            r.problems
        );
        assert!(r.trackers.is_empty(), "{entry} is not offered");
    }
    // Loopback http is fine (for tests), and a good entry beside a bad one is still offered.
    let r = with(value!({ "handoff": [
        { "name": "Local", "url": "http://127.0.0.1:8081/new?b={body}" },
        { "name": "Bad", "url": "ftp://x.example/{body}" },
        { "github": "https://github.corp.example/platform/requests" } ] }));
    let names: Vec<&str> = r.trackers.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Local", "GitHub"]);
    assert_eq!(r.trackers[1].host(), "github.corp.example");
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert!(with(json(r#"{ "handoff": "github" }"#).unwrap_or_default())
        .problems
        .iter()
        .any(|p| p.starts_with("\"handoff\" must be a list")));
}

#[test]
fn hosts_are_read_strictly() {
    assert_eq!(host_of("https://github.com/a/b"), Some("github.com"));
    assert_eq!(host_of("HTTPS://GitHub.com"), Some("GitHub.com"));
    assert_eq!(host_of("https://g.example:8443/p"), Some("g.example"));
    assert_eq!(host_of("http://localhost:9000/x"), Some("localhost"));
    assert_eq!(host_of("http://[::1]:9000/x"), Some("[::1]"));
    for bad in [
        "http://example.com",
        "https://",
        "https://a@b.example",
        "javascript:alert(1)",
        "//x.example",
        "https://ex ample.com",
        "file:///etc/passwd",
    ] {
        assert_eq!(host_of(bad), None, "{bad}");
    }
}

#[test]
fn the_title_is_the_documents_first_line_as_it_reads() {
    let (title, body) = title_and_body("# One-pager: \\[Bug] \\*x\\* a\\b\n\n- **Team:** x\n");
    assert_eq!(title, "One-pager: [Bug] *x* a\\b");
    assert_eq!(body, "- **Team:** x\n");
    let spec = FormSpec::default();
    let doc = generate(&spec, &complete_values());
    let (title, body) = title_and_body(&doc);
    assert_eq!(title, "One-pager: Payments Platform");
    assert!(body.starts_with("- **Team:** Payments Platform\n"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the title and body, decoding the link gives them back exactly.
    #[test]
    fn decoding_the_link_gives_back_the_title_and_body(title in "[^\n\\\\]{0,40}", body in "(?s).{0,400}") {
        let r = intake(value!([{ "github": "acme/r" }, { "name": "T", "url": "https://t.example/new?title={title}&body={body}" }]));
        let markdown = format!("# {title}\n\n{body}");
        // The body is everything after the title line, from its first block on.
        let expected_body = body.trim_start_matches('\n');
        for tracker in r.trackers.iter() {
            let handoff = tracker.handoff(&r.form, &Values::default(), &markdown, "-");
            prop_assert!(!handoff.via_clipboard);
            prop_assert_eq!(param(&handoff.url, "title"), Some(title.clone()));
            let body = param(&handoff.url, "body");
            prop_assert_eq!(body.as_deref(), Some(expected_body));
        }
    }
}
