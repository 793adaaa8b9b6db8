//! The forms teams already run: multi-select checkboxes, dropdowns, placeholders, defaults, code
//! answers, labels with any character, and conditional questions. For each: its rules and
//! messages, its document and that import gives it back exactly, a prefilled link's value,
//! and what a definition that gets it wrong is told, at the key the host wrote.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod markdown_check;

use std::rc::Rc;

use common::today;
use engagement_core::config::{resolve, Attributes};
use engagement_core::date::Date;
use engagement_core::document::{generate, import};
use engagement_core::form::kinds::textarea::{code_block, code_content};
use engagement_core::form::{FormSpec, Values};
use engagement_core::prefill::from_fragment;
use engagement_core::session::stored::Loaded;
use engagement_core::session::{Action, Session};
use engagement_core::validate::{total_words, validate, validate_field};
use markdown_check::{read_comrak, read_pulldown};
use serde_json::{json as value, Value};

/// The problems a form of `fields` (one section, after a required "Name") is told about.
fn problems(fields: Vec<Value>) -> Vec<String> {
    let mut all =
        vec![value!({ "key": "name", "type": "text", "label": "Name", "required": true })];
    all.extend(fields);
    resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Report: {name}",
            "sections": [{ "heading": "Part", "fields": all }] } }))),
    )
    .problems
}

/// A form of `sections` (the first starts with a required "Name"), which must have no problem.
fn form_of(sections: Vec<Value>) -> Rc<FormSpec> {
    let mut sections = sections;
    if let Some(fields) = sections[0]["fields"].as_array_mut() {
        fields.insert(
            0,
            value!({ "key": "name", "type": "text", "label": "Name", "required": true }),
        );
    }
    let resolved = resolve(
        &Attributes::default(),
        Some(Ok(
            value!({ "form": { "title": "Report: {name}", "sections": sections } }),
        )),
    );
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    resolved.form
}

/// A form of `fields` in one section.
fn form(fields: Vec<Value>) -> Rc<FormSpec> {
    form_of(vec![value!({ "heading": "Part", "fields": fields })])
}

fn values(answers: &[(&str, &str)]) -> Values {
    let mut values = Values::default();
    values.set("name", "Ada");
    for (key, value) in answers {
        values.set(key, *value);
    }
    values
}

/// The document of `answers`, checked: no HTML in pulldown-cmark or comrak, import gives the
/// answers back exactly with nothing unknown, and generating again gives the same document.
fn round_trip(spec: &FormSpec, answers: &[(&str, &str)]) -> String {
    let values = values(answers);
    let doc = generate(spec, &values);
    for reading in [read_pulldown(&doc), read_comrak(&doc)] {
        assert!(reading.html.is_empty(), "{:?}\n{doc}", reading.html);
    }
    let imported = import(spec, &doc).expect("imports");
    assert!(imported.unknown.is_empty(), "{:?}\n{doc}", imported.unknown);
    assert_eq!(imported.values, values, "{doc}");
    assert_eq!(generate(spec, &imported.values), doc);
    doc
}

fn errors(spec: &FormSpec, values: &Values) -> Vec<(String, String)> {
    validate(spec, values, today())
        .into_iter()
        .map(|e| (e.field.to_string(), e.message))
        .collect()
}

fn browsers(extra: Value) -> Value {
    let mut field = value!({ "key": "browsers", "type": "checkboxes", "label": "Browsers",
        "options": [ { "key": "chrome", "label": "Chrome" }, { "key": "firefox", "label": "Firefox" },
                     { "key": "safari", "label": "Safari" } ] });
    if let (Some(field), Some(extra)) = (field.as_object_mut(), extra.as_object()) {
        field.extend(extra.clone());
    }
    field
}

// ---- Checkboxes ------------------------------------------------------------------------------

#[test]
fn checkboxes_are_checked_in_govuks_voice() {
    let spec = form(vec![browsers(
        value!({ "required": true, "minSelected": 2, "maxSelected": 2 }),
    )]);
    let at = |answer: &str| errors(&spec, &values(&[("browsers", answer)]));
    assert_eq!(
        at(""),
        [(
            "browsers".to_owned(),
            "Select at least 2 browsers".to_owned()
        )]
    );
    assert_eq!(
        at("chrome"),
        [(
            "browsers".to_owned(),
            "Select at least 2 browsers".to_owned()
        )]
    );
    assert_eq!(
        at("chrome,firefox,safari"),
        [(
            "browsers".to_owned(),
            "Select 2 browsers or fewer".to_owned()
        )]
    );
    assert!(at("chrome,safari").is_empty());
    // Not required: none ticked is fine, but once some are, at least two.
    let optional = form(vec![browsers(value!({ "minSelected": 2 }))]);
    assert!(errors(&optional, &values(&[])).is_empty());
    assert_eq!(
        errors(&optional, &values(&[("browsers", "safari")])),
        [(
            "browsers".to_owned(),
            "Select at least 2 browsers".to_owned()
        )]
    );
    // A label that asks, and the host's own words.
    let asks = form(vec![
        value!({ "key": "b", "type": "checkboxes", "label": "Which browsers?",
        "maxSelected": 1, "options": [ { "key": "x", "label": "X" }, { "key": "y", "label": "Y" } ] }),
    ]);
    assert_eq!(
        errors(&asks, &values(&[("b", "x,y")])),
        [(
            "b".to_owned(),
            "Select 1 or fewer for \u{201c}Which browsers?\u{201d}".to_owned()
        )]
    );
    let own = form(vec![browsers(value!({ "required": true, "maxSelected": 1,
        "messages": { "required": "Select at least one browser", "tooMany": "Select 1 browser" } }))]);
    assert_eq!(
        errors(&own, &values(&[]))[0].1,
        "Select at least one browser"
    );
    assert_eq!(
        errors(&own, &values(&[("browsers", "chrome,safari")]))[0].1,
        "Select 1 browser"
    );
}

#[test]
fn a_box_that_must_be_ticked_says_so() {
    let spec = form(vec![
        value!({ "key": "checks", "type": "checkboxes", "label": "Checks",
        "options": [ { "key": "searched", "label": "I have searched the existing issues", "required": true },
                     { "key": "latest", "label": "I tried the latest version" } ] }),
    ]);
    let field = spec.field("checks").expect("the checks");
    assert!(
        field.required,
        "a box that must be ticked makes the question required"
    );
    let confirm = "Confirm \u{201c}I have searched the existing issues\u{201d}";
    assert_eq!(errors(&spec, &values(&[]))[0].1, confirm);
    assert_eq!(
        errors(&spec, &values(&[("checks", "latest")]))[0].1,
        confirm
    );
    assert!(errors(&spec, &values(&[("checks", "searched")])).is_empty());
    // Only checkboxes' options can be required.
    assert!(
        problems(vec![value!({ "key": "c", "type": "choice", "label": "C",
        "options": [ { "key": "x", "label": "X", "required": true } ] })])
        .iter()
        .any(|p| {
            p
        == "form.sections[0].fields[1].options[0].required: does not apply to an option of a choice"
        })
    );
}

#[test]
fn checkboxes_are_one_line_in_the_options_order_and_come_back_whatever_their_names_hold() {
    let spec = form(vec![
        value!({ "key": "v", "type": "checkboxes", "label": "Versions tested on:",
        "options": [ { "key": "a", "label": "3.12, the stable one" }, { "key": "b", "label": "*3.13* <b>" },
                     { "key": "c", "label": "3.14: beta [rc]" } ] }),
    ]);
    let doc = round_trip(&spec, &[("v", "a,c")]);
    assert!(
        doc.contains("- **Versions tested on::** 3.12, the stable one, 3.14: beta \\[rc]\n"),
        "{doc}"
    );
    // In the options' order, whatever order they were ticked in.
    let mut ticked_late = values(&[("v", "c,b")]);
    assert!(generate(&spec, &ticked_late).contains("\\*3.13\\* \\<b>, 3.14: beta"));
    ticked_late.set("v", "b,c");
    round_trip(&spec, &[("v", "b,c")]);
    // None ticked: the line is left out, as for any optional answer.
    assert!(!round_trip(&spec, &[]).contains("Versions"));
}

#[test]
fn an_other_answer_follows_the_ticked_options_and_says_so_where_it_could_be_misread() {
    let spec = form(vec![browsers(
        value!({ "other": "Name the other browser" }),
    )]);
    let doc = round_trip(
        &spec,
        &[("browsers", "chrome,other"), ("browsers-other", "Arc")],
    );
    assert!(doc.contains("- **Browsers:** Chrome, Arc\n"), "{doc}");
    // Words that could be read as more options (or as the prefix) carry "Other: ".
    for own in ["Firefox", "Firefox, Safari", "Other: mine", "Safari"] {
        let doc = round_trip(
            &spec,
            &[("browsers", "chrome,other"), ("browsers-other", own)],
        );
        assert!(
            doc.contains(&format!("Chrome, Other: {own}")),
            "{own}: {doc}"
        );
    }
    // Only "Other" ticked.
    round_trip(
        &spec,
        &[
            ("browsers", "other"),
            ("browsers-other", "Lynx, a text browser"),
        ],
    );
    // The Other question is asked while Other is ticked.
    assert_eq!(
        errors(&spec, &values(&[("browsers", "other")])),
        [(
            "browsers-other".to_owned(),
            "Name the other browser".to_owned()
        )]
    );
    assert!(errors(&spec, &values(&[("browsers", "chrome")])).is_empty());
}

#[test]
fn option_names_that_would_read_two_ways_on_one_line_are_a_problem() {
    let found = problems(vec![
        value!({ "key": "v", "type": "checkboxes", "label": "V",
        "options": [ { "key": "a", "label": "A" }, { "key": "b", "label": "B" },
                     { "key": "ab", "label": "A, B" } ] }),
    ]);
    assert!(
        found.iter().any(|p| p.starts_with(
            "form.sections[0].fields[1].options: the options' names could be read two ways"
        )),
        "{found:?}"
    );
    // Commas alone are fine, as long as the line reads one way.
    assert!(problems(vec![
        value!({ "key": "v", "type": "checkboxes", "label": "V",
        "options": [ { "key": "a", "label": "Red, green" }, { "key": "b", "label": "Blue" } ] })
    ])
    .is_empty());
}

#[test]
fn a_link_ticks_boxes_by_their_keys_and_is_told_about_one_the_form_lacks() {
    let spec = form(vec![browsers(value!({}))]);
    let prefill = from_fragment("#ew-browsers=safari,chrome", &spec);
    assert_eq!(prefill.values.get("browsers"), "chrome,safari");
    assert!(prefill.ignored.is_empty());
    let prefill = from_fragment("#ew-browsers=Firefox", &spec);
    assert_eq!(
        prefill.values.get("browsers"),
        "firefox",
        "or by the words a person sees"
    );
    let prefill = from_fragment("#ew-browsers=chrome,edge", &spec);
    assert_eq!(prefill.values.get("browsers"), "");
    assert_eq!(
        prefill.ignored,
        ["ew-browsers: not one of its options (chrome, firefox, safari)"]
    );
}

#[test]
fn a_saved_box_the_form_no_longer_offers_is_kept_aside() {
    let spec = form(vec![browsers(value!({}))]);
    let config = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Report: {name}",
            "sections": [{ "heading": "Part", "fields": [
                { "key": "name", "type": "text", "label": "Name", "required": true },
                browsers(value!({})) ] }] } }))),
    );
    assert_eq!(*config.form, *spec);
    let loaded = Loaded {
        values: Some(values(&[("browsers", "chrome,edge")])),
        ..Loaded::default()
    };
    let session = Session::open(&config, today(), &loaded, &Default::default());
    // Only the box the form no longer has is set aside; Chrome stays ticked.
    assert_eq!(session.orphans().get("browsers"), "edge");
    assert_eq!(session.answers().get("browsers"), "chrome");
    assert!(session.markdown.contains("- **Browsers:** Chrome\n"));
    let dismissed = session.after(Action::DismissOrphans).expect("dismissed");
    assert_eq!(dismissed.answers.values.get("browsers"), "chrome");
    assert!(dismissed.orphans().is_empty());
    // Start over keeps what is set aside, beside the defaults.
    let over = session.after(Action::StartOver).expect("start over");
    assert_eq!(over.orphans().get("browsers"), "edge");
}

#[test]
fn a_name_with_the_separator_in_it_and_an_other_answer_read_back_as_ticked() {
    let spec = form(vec![
        value!({ "key": "c", "type": "checkboxes", "label": "Colours",
        "options": [ { "key": "red", "label": "Red" }, { "key": "red-green", "label": "Red, green" } ],
        "other": "Another colour" }),
    ]);
    for answers in [
        vec![("c", "red-green")],
        vec![("c", "red,red-green")],
        vec![("c", "red-green,other"), ("c-other", "x")],
        vec![("c", "red,other"), ("c-other", "green")],
        vec![("c", "other"), ("c-other", "Red, green")],
        vec![("c", "red,other"), ("c-other", "Other: green")],
    ] {
        // round_trip compares the values import gives, not only the document.
        round_trip(&spec, &answers);
    }
    // An option named the way the document writes an Other answer cannot be told from one.
    assert!(problems(vec![value!({ "key": "c", "type": "checkboxes", "label": "C", "other": "Say",
        "options": [ { "key": "a", "label": "Other: mine" } ] })])
    .iter()
    .any(|p| p.starts_with("form.sections[0].fields[1].options[0].label: \"Other: mine\" starts as the document writes an Other answer")));
}

#[test]
fn a_long_chain_of_conditions_is_checked_at_once() {
    // Thirty checkboxes, each shown while the one before has any of its options ticked, all
    // ticked, then the first unticked: every later one is hidden, whatever it holds. (Asking
    // whether each earlier one is on show once an option made this take 3^29 steps.)
    let mut fields = Vec::new();
    let mut answers = Vec::new();
    let keys: Vec<String> = (0..30).map(|n| format!("c{n}")).collect();
    for (n, key) in keys.iter().enumerate() {
        let mut field = value!({ "key": key, "type": "checkboxes", "label": format!("C{n}"),
            "options": [ { "key": "a", "label": "A" }, { "key": "b", "label": "B" }, { "key": "c", "label": "C" } ] });
        if n > 0 {
            field["showIf"] = value!({ "field": keys[n - 1], "is": ["a", "b", "c"] });
            field["required"] = value!(true);
        }
        fields.push(field);
        answers.push((key.as_str(), if n == 0 { "" } else { "a,b,c" }));
    }
    let spec = form(fields);
    assert!(errors(&spec, &values(&answers)).is_empty());
    assert!(!generate(&spec, &values(&answers)).contains("C29"));
}

#[test]
fn a_default_for_checkboxes_keeps_to_their_count() {
    assert!(problems(vec![browsers(
        value!({ "maxSelected": 1, "default": ["chrome", "safari"] })
    )])
    .contains(&"form.sections[0].fields[1].default: ticks 2 options; maxSelected is 1".to_owned()));
    assert!(problems(vec![browsers(
        value!({ "minSelected": 2, "default": ["chrome"] })
    )])
    .contains(&"form.sections[0].fields[1].default: ticks 1 options; minSelected is 2".to_owned()));
}

#[test]
fn a_hidden_date_does_not_name_the_download() {
    let config = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Report: {name}",
            "sections": [{ "heading": "Part", "fields": [
                { "key": "name", "type": "text", "label": "Name", "required": true },
                { "key": "kind", "type": "choice", "label": "Kind",
                  "options": [ { "key": "crash", "label": "A crash" }, { "key": "slow", "label": "Slow" } ] },
                { "key": "crashed", "type": "date", "label": "Crashed on", "showIf": { "field": "kind", "is": ["crash"] } },
                { "key": "seen", "type": "date", "label": "Seen on" } ] }] } }))),
    );
    let mut session = Session::new(&config, today());
    for (key, value) in [
        ("name", "Ada"),
        ("kind", "crash"),
        ("crashed", "2027-01-02"),
        ("seen", "2027-03-04"),
    ] {
        session = session
            .after(Action::Edit(key.into(), value.into()))
            .expect("an edit");
    }
    assert!(
        session.file_name().ends_with("2027-01-02.md"),
        "{}",
        session.file_name()
    );
    session = session
        .after(Action::Edit("kind".into(), "slow".into()))
        .expect("an edit");
    assert!(
        session.file_name().ends_with("2027-03-04.md"),
        "{}",
        session.file_name()
    );
}

// ---- Dropdowns -------------------------------------------------------------------------------

#[test]
fn a_dropdown_is_a_choice_with_nothing_chosen_until_the_visitor_chooses() {
    let options: Vec<Value> = (0..30)
        .map(|n| value!({ "key": format!("os-{n}"), "label": format!("System {n}") }))
        .collect();
    let spec = form(vec![
        value!({ "key": "os", "type": "choice", "label": "Operating system:",
        "control": "dropdown", "required": true, "options": options }),
    ]);
    let Some(engagement_core::form::Kind::Choice(choice)) = spec.field("os").map(|f| &f.kind)
    else {
        panic!("a choice");
    };
    assert!(choice.dropdown);
    assert_eq!(choice.options.len(), 30);
    assert_eq!(spec.default_values().get("os"), "", "no option preselected");
    assert_eq!(errors(&spec, &values(&[]))[0].1, "Select operating system:");
    let doc = round_trip(&spec, &[("os", "os-29")]);
    assert!(
        doc.contains("- **Operating system::** System 29\n"),
        "{doc}"
    );
    assert!(problems(vec![
        value!({ "key": "c", "type": "choice", "label": "C", "control": "slider",
        "options": [ { "key": "x", "label": "X" } ] })
    ])
    .iter()
    .any(|p| p.starts_with("form.sections[0].fields[1].control: ")));
    assert_eq!(
        problems(vec![
            value!({ "key": "t", "type": "text", "label": "T", "control": "dropdown" })
        ]),
        [
            "form.sections[0].fields[1].control: does not apply to a text field",
            "The form definition was not used; the built-in one-pager is shown."
        ]
    );
}

// ---- Placeholders ----------------------------------------------------------------------------

#[test]
fn a_placeholder_is_an_example_never_an_answer() {
    let spec = form(vec![
        value!({ "key": "t", "type": "text", "label": "Title", "required": true,
            "placeholder": " Crash when\nsaving " }),
        value!({ "key": "steps", "type": "textarea", "label": "Steps", "required": true,
            "placeholder": "1. Open\r\n2. Save" }),
    ]);
    assert_eq!(
        spec.field("t").and_then(|f| f.placeholder.as_deref()),
        Some("Crash when saving"),
        "one line, as the answer would be"
    );
    assert_eq!(
        spec.field("steps").and_then(|f| f.placeholder.as_deref()),
        Some("1. Open\n2. Save"),
        "its lines kept"
    );
    let fresh = spec.default_values();
    assert_eq!(fresh.get("t"), "");
    let found = errors(&spec, &fresh);
    assert_eq!(found.len(), 3, "{found:?}");
    let doc = generate(&spec, &fresh);
    assert!(!doc.contains("Crash") && !doc.contains("Open"), "{doc}");
    for (field, key) in [("date", "placeholder"), ("choice", "placeholder")] {
        let mut def = value!({ "key": "x", "type": field, "label": "X", key: "e.g." });
        if field == "choice" {
            def["options"] = value!([{ "key": "a", "label": "A" }]);
        }
        assert!(problems(vec![def]).contains(&format!(
            "form.sections[0].fields[1].placeholder: does not apply to a {field} field"
        )));
    }
    assert!(problems(vec![
        value!({ "key": "t", "type": "text", "label": "T", "placeholder": " \n " })
    ])
    .contains(
        &"form.sections[0].fields[1].placeholder: may not be empty: leave it out instead"
            .to_owned()
    ));
}

// ---- Defaults --------------------------------------------------------------------------------

#[test]
fn every_answerable_type_starts_with_its_default_which_counts_as_an_answer() {
    let spec = form(vec![
        value!({ "key": "t", "type": "text", "label": "T", "required": true, "default": "Ready" }),
        value!({ "key": "e", "type": "email", "label": "E", "default": "ops@corp.example" }),
        value!({ "key": "a", "type": "textarea", "label": "A", "default": "### Steps\n1. ..." }),
        value!({ "key": "l", "type": "list", "label": "L", "default": ["One", "Two"] }),
        value!({ "key": "d", "type": "date", "label": "D", "default": "2027-03-01" }),
        value!({ "key": "n", "type": "number", "label": "N", "min": 1, "max": 9, "default": 3 }),
        value!({ "key": "c", "type": "choice", "label": "C", "required": true, "default": "b",
            "options": [ { "key": "a", "label": "A" }, { "key": "b", "label": "B" } ] }),
        browsers(value!({ "default": ["safari", "chrome"] })),
    ]);
    let fresh = spec.default_values();
    for (key, value) in [
        ("t", "Ready"),
        ("e", "ops@corp.example"),
        ("a", "### Steps\n1. ..."),
        ("l", "One\nTwo"),
        ("d", "2027-03-01"),
        ("n", "3"),
        ("c", "b"),
        ("browsers", "chrome,safari"),
    ] {
        assert_eq!(fresh.get(key), value, "{key}");
    }
    // Defaults count as answers: only the name is missing.
    let found = errors(&spec, &fresh);
    assert_eq!(found.len(), 1, "{found:?}");
    // Start over returns to them.
    let config = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Report: {name}",
            "sections": [{ "heading": "Part", "fields": [
                { "key": "name", "type": "text", "label": "Name", "required": true },
                { "key": "t", "type": "text", "label": "T", "default": "Ready" } ] }] } }))),
    );
    let mut session = Session::new(&config, today());
    assert_eq!(session.answers.values.get("t"), "Ready");
    session = session
        .after(Action::Edit("t".into(), "Changed".into()))
        .expect("an edit");
    session = session.after(Action::StartOver).expect("start over");
    assert_eq!(session.answers.values.get("t"), "Ready");
}

#[test]
fn a_default_that_is_no_answer_to_its_question_is_a_problem_at_default() {
    let at = |field: Value| problems(vec![field]);
    let cases: Vec<(Value, &str)> = vec![
        (
            value!({ "key": "x", "type": "text", "label": "X", "maxChars": 3, "default": "Longer" }),
            "form.sections[0].fields[1].default: breaks the question's own rule: \u{201c}X must be 3 characters or fewer\u{201d}",
        ),
        (
            value!({ "key": "x", "type": "email", "label": "X", "default": "not an address" }),
            "form.sections[0].fields[1].default: breaks the question's own rule: \u{201c}Enter an email address in the correct format, like name@example.com\u{201d}",
        ),
        (
            value!({ "key": "x", "type": "text", "label": "X", "default": 12 }),
            "form.sections[0].fields[1].default: must be text",
        ),
        (
            value!({ "key": "x", "type": "number", "label": "X", "min": 1, "max": 9, "default": 12 }),
            "form.sections[0].fields[1].default: 12 is not between min (1) and max (9)",
        ),
        (
            value!({ "key": "x", "type": "date", "label": "X", "default": "tomorrow" }),
            "form.sections[0].fields[1].default: must be a date written YYYY-MM-DD, like 2027-01-11",
        ),
        (
            value!({ "key": "x", "type": "choice", "label": "X", "default": "z",
                "options": [ { "key": "a", "label": "A" } ] }),
            "form.sections[0].fields[1].default: must be one of the options' keys (a)",
        ),
        (
            browsers(value!({ "default": ["chrome", "edge"] })),
            "form.sections[0].fields[1].default: must be a list of the options' keys (chrome, firefox, safari)",
        ),
        (
            value!({ "key": "x", "type": "acknowledgements", "label": "X", "default": true }),
            "form.sections[0].fields[1].default: an acknowledgement is never ticked for the visitor: each box is theirs to tick",
        ),
    ];
    for (field, expected) in cases {
        let found = at(field.clone());
        assert!(
            found.iter().any(|p| p == expected),
            "{field}\nexpected {expected:?}\ngot {found:#?}"
        );
    }
}

// ---- Code answers ----------------------------------------------------------------------------

#[test]
fn a_code_answer_is_a_fenced_block_longer_than_any_fence_in_it_and_comes_back_exactly() {
    let spec = form(vec![
        value!({ "key": "log", "type": "textarea", "label": "Logs", "render": "shell", "required": true }),
        value!({ "key": "after", "type": "textarea", "label": "After", "required": true }),
    ]);
    // Its longest run is four tildes: the fence is five backticks.
    let answer = "$ cargo run\n```rust\nfn main() {}\n```\n~~~~\n\t<b>*not* markdown</b> [x](javascript:alert(1))\n# not a heading";
    let doc = round_trip(&spec, &[("log", answer), ("after", "The end.")]);
    assert!(
        doc.contains(&format!(
            "## Logs\n\n`````shell\n{answer}\n`````\n\n## After\n"
        )),
        "{doc}"
    );
    for reading in [read_pulldown(&doc), read_comrak(&doc)] {
        let titles: Vec<&str> = reading.outline.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            titles,
            ["Report: Ada", "Logs", "After"],
            "nothing in the code is structure: {doc}"
        );
        assert!(reading.links.is_empty());
    }
    // As the document keeps code: no trailing spaces, no control characters but tabs, no blank
    // lines around it.
    assert_eq!(
        code_block("sh", "\n\n  a  \r\n\u{1b}[1mb\u{1b}[0m\t\n\n"),
        "```sh\n  a\n[1mb[0m\n```"
    );
    assert_eq!(
        code_content("```sh\n  a\n\n b\n```"),
        Some("  a\n\n b".to_owned())
    );
    assert_eq!(code_block("sh", " \n\t\n"), "");
    // Not prose: no word limit unless given, and not counted towards the soft limit.
    let long = "word ".repeat(600);
    assert!(validate_field(&spec, &values(&[("log", &long)]), "log", today()).is_none());
    assert_eq!(total_words(&spec, &values(&[("log", &long)])), 0);
}

#[test]
fn render_names_a_language() {
    for bad in ["", "shell script", "sh`", "a".repeat(41).as_str()] {
        let found = problems(vec![
            value!({ "key": "x", "type": "textarea", "label": "X", "render": bad }),
        ]);
        assert!(
            found
                .iter()
                .any(|p| p.starts_with("form.sections[0].fields[1].render: must name a language")),
            "{bad:?}: {found:?}"
        );
    }
    for good in ["shell", "Shell", "c++", "objective-c", "python3.12", "text"] {
        assert!(
            problems(vec![
                value!({ "key": "x", "type": "textarea", "label": "X", "render": good })
            ])
            .is_empty(),
            "{good}"
        );
    }
}

// ---- Labels with any character ---------------------------------------------------------------

#[test]
fn a_label_may_end_with_a_colon_or_hold_one_anywhere() {
    let spec = form(vec![
        value!({ "key": "v", "type": "text", "label": "CPython versions tested on:" }),
        value!({ "key": "w", "type": "text", "label": "Build: release or debug?" }),
        value!({ "key": "x", "type": "text", "label": ":smile: :: :" }),
        // Ends like the start of an emoji shortcode, which the colon after the name would close
        // (found by the property test once labels could hold colons).
        value!({ "key": "y", "type": "text", "label": "q :smile:a" }),
    ]);
    let doc = round_trip(
        &spec,
        &[
            ("v", "3.12: yes"),
            ("w", "release: -O2"),
            ("x", "::"),
            ("y", "b"),
        ],
    );
    assert!(
        doc.contains("- **CPython versions tested on::** 3.12: yes\n"),
        "{doc}"
    );
    for reading in [read_pulldown(&doc), read_comrak(&doc)] {
        assert_eq!(
            reading.summary,
            [
                "Name: Ada",
                "CPython versions tested on:: 3.12: yes",
                "Build: release or debug?: release: -O2",
                ":smile: :: :: ::",
                "q :smile:a: b"
            ],
            "{doc}"
        );
    }
}

// ---- Conditional questions -------------------------------------------------------------------

fn conditional() -> Rc<FormSpec> {
    form(vec![
        value!({ "key": "kind", "type": "choice", "label": "Kind", "required": true,
            "options": [ { "key": "crash", "label": "A crash" }, { "key": "slow", "label": "Slow" } ] }),
        value!({ "key": "log", "type": "textarea", "label": "Crash log", "required": true,
            "showIf": { "field": "kind", "is": ["crash"] } }),
        value!({ "key": "signal", "type": "text", "label": "Signal", "required": true,
            "showIf": { "field": "kind", "is": ["crash"] } }),
        value!({ "key": "seen", "type": "checkboxes", "label": "Seen on",
            "options": [ { "key": "linux", "label": "Linux" }, { "key": "mac", "label": "macOS" } ] }),
        value!({ "key": "distro", "type": "text", "label": "Distribution", "required": true,
            "showIf": { "field": "seen", "is": ["linux"] } }),
    ])
}

#[test]
fn a_conditional_question_is_asked_only_while_its_option_is_chosen() {
    let spec = conditional();
    let keys = |found: Vec<(String, String)>| -> Vec<String> {
        found.into_iter().map(|(k, _)| k).collect()
    };
    assert_eq!(keys(errors(&spec, &values(&[]))), ["kind"]);
    assert_eq!(
        keys(errors(&spec, &values(&[("kind", "crash")]))),
        ["log", "signal"]
    );
    assert!(errors(&spec, &values(&[("kind", "slow")])).is_empty());
    // Checkboxes: any of the options ticked.
    assert_eq!(
        keys(errors(
            &spec,
            &values(&[("kind", "slow"), ("seen", "mac,linux")])
        )),
        ["distro"]
    );
    assert!(errors(&spec, &values(&[("kind", "slow"), ("seen", "mac")])).is_empty());
}

#[test]
fn a_hidden_question_is_left_out_of_the_document_and_its_answer_comes_back_when_shown_again() {
    let spec = conditional();
    let shown = round_trip(
        &spec,
        &[
            ("kind", "crash"),
            ("log", "SIGSEGV at 0x0"),
            ("signal", "11"),
        ],
    );
    assert!(shown.contains("## Crash log\n\nSIGSEGV at 0x0\n") && shown.contains("**Signal:** 11"));
    let hidden = generate(
        &spec,
        &values(&[
            ("kind", "slow"),
            ("log", "SIGSEGV at 0x0"),
            ("signal", "11"),
        ]),
    );
    assert!(
        !hidden.contains("Crash log") && !hidden.contains("Signal"),
        "{hidden}"
    );
    // In a session: hidden, the answer stays in the draft (values) but is not in `answers()`;
    // choosing the option again brings it back.
    let config = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Report: {name}",
            "sections": [{ "heading": "Part", "fields": [
                { "key": "name", "type": "text", "label": "Name", "required": true },
                { "key": "kind", "type": "choice", "label": "Kind", "required": true,
                  "options": [ { "key": "crash", "label": "A crash" }, { "key": "slow", "label": "Slow" } ] },
                { "key": "signal", "type": "text", "label": "Signal", "required": true,
                  "showIf": { "field": "kind", "is": ["crash"] } } ] }] } }))),
    );
    let mut session = Session::new(&config, today());
    for (key, value) in [("kind", "crash"), ("signal", "11"), ("kind", "slow")] {
        session = session
            .after(Action::Edit(key.into(), value.into()))
            .expect("an edit");
    }
    assert_eq!(session.answers.values.get("signal"), "11", "kept");
    assert_eq!(session.answers().get("signal"), "", "not the host's");
    assert!(!session.markdown.contains("Signal"));
    session = session
        .after(Action::Edit("kind".into(), "crash".into()))
        .expect("an edit");
    assert!(session.markdown.contains("- **Signal:** 11"));
    assert_eq!(session.answers().get("signal"), "11");
}

#[test]
fn a_section_may_depend_on_an_earlier_answer_and_a_question_on_a_conditional_one() {
    let spec = form_of(vec![
        value!({ "heading": "Part", "fields": [
            { "key": "kind", "type": "choice", "label": "Kind",
              "options": [ { "key": "crash", "label": "A crash" }, { "key": "slow", "label": "Slow" } ] },
            { "key": "where", "type": "choice", "label": "Where", "showIf": { "field": "kind", "is": ["crash"] },
              "options": [ { "key": "start", "label": "At start" }, { "key": "later", "label": "Later" } ] } ] }),
        value!({ "heading": "The crash", "showIf": { "field": "kind", "is": ["crash"] }, "fields": [
            { "key": "log", "type": "textarea", "label": "Log", "required": true },
            { "key": "when", "type": "text", "label": "When", "required": true,
              "showIf": { "field": "where", "is": ["later"] } } ] }),
    ]);
    let keys = |answers: &[(&str, &str)]| -> Vec<String> {
        errors(&spec, &values(answers))
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    };
    assert!(keys(&[]).is_empty());
    assert_eq!(keys(&[("kind", "crash")]), ["log"]);
    assert_eq!(
        keys(&[("kind", "crash"), ("where", "later")]),
        ["log", "when"]
    );
    // "where" is hidden with "slow", and so is what depends on it, whatever it holds.
    assert!(keys(&[("kind", "slow"), ("where", "later")]).is_empty());
    round_trip(
        &spec,
        &[
            ("kind", "crash"),
            ("where", "later"),
            ("log", "Trace"),
            ("when", "After an hour"),
        ],
    );
}

#[test]
fn a_condition_that_cannot_hold_is_a_problem_with_its_place() {
    let kind = value!({ "key": "kind", "type": "choice", "label": "Kind",
        "options": [ { "key": "crash", "label": "A crash" }, { "key": "slow", "label": "Slow" } ] });
    let with_if =
        |show_if: Value| value!({ "key": "x", "type": "text", "label": "X", "showIf": show_if });
    let cases: Vec<(Vec<Value>, &str)> = vec![
        (
            vec![with_if(value!({ "field": "kind", "is": ["crash"] })), kind.clone()],
            "form.sections[0].fields[1].showIf.field: \"kind\" comes later in the form: a question can depend only on one before it",
        ),
        (
            vec![kind.clone(), with_if(value!({ "field": "knid", "is": ["crash"] }))],
            "form.sections[0].fields[2].showIf.field: \"knid\" names no field of the form",
        ),
        (
            vec![kind.clone(), with_if(value!({ "field": "name", "is": ["crash"] }))],
            "form.sections[0].fields[2].showIf.field: \"name\" is a text field: a question can depend only on a choice or checkboxes",
        ),
        (
            vec![kind.clone(), with_if(value!({ "field": "kind", "is": ["crash", "hang"] }))],
            "form.sections[0].fields[2].showIf.is[1]: \"hang\" is not an option of \"kind\" (crash, slow)",
        ),
        (
            vec![kind.clone(), with_if(value!({ "field": "kind", "is": [] }))],
            "form.sections[0].fields[2].showIf.is: name at least one option of \"kind\" (crash, slow)",
        ),
        (
            vec![with_if(value!({ "field": "x", "is": ["a"] }))],
            "form.sections[0].fields[1].showIf.field: \"x\" is this question: a question cannot depend on itself",
        ),
        (
            vec![kind.clone(), with_if(value!({ "field": "kind" }))],
            "form.sections[0].fields[2].showIf.is: name at least one option of \"kind\" (crash, slow)",
        ),
    ];
    for (fields, expected) in cases {
        let found = problems(fields.clone());
        assert!(
            found.iter().any(|p| p.starts_with(expected)),
            "{fields:?}\nexpected {expected:?}\ngot {found:#?}"
        );
    }
    // The title's question is always asked.
    let found = resolve(
        &Attributes::default(),
        Some(Ok(
            value!({ "form": { "title": "R: {x}", "sections": [{ "heading": "P", "fields": [
            kind, with_if(value!({ "field": "kind", "is": ["crash"] })) ] }] } }),
        )),
    )
    .problems;
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("form.title: \"{x}\" is asked only sometimes")),
        "{found:?}"
    );
}

#[test]
fn the_earliest_date_is_before_every_other() {
    assert!(Date::EARLIEST < Date::FALLBACK);
    assert_eq!(Date::EARLIEST.to_string(), "0001-01-01");
}
