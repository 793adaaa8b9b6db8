//! `engagement-form`: real GitHub issue forms (tests/issue-forms/, each naming its source)
//! become definitions the widget takes as they are; what cannot be carried over is said; and
//! `check` prints the problems the widget would show, with their places, and fails on them.

use std::path::{Path, PathBuf};
use std::process::Command;

use engagement_form::{check, from_issue_form};
use serde_json::{json, Value};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn issue_forms() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/issue-forms"))
        .expect("tests/issue-forms")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yml"))
        .collect();
    files.sort();
    files
}

fn fields(definition: &Value) -> Vec<&Value> {
    definition["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["fields"].as_array().into_iter().flatten())
        .collect()
}

fn field<'a>(definition: &'a Value, label: &str) -> &'a Value {
    fields(definition)
        .into_iter()
        .find(|f| f["label"] == label)
        .unwrap_or_else(|| panic!("no field {label:?}"))
}

#[test]
fn at_least_five_real_issue_forms_convert_into_definitions_the_widget_takes() {
    let files = issue_forms();
    assert!(files.len() >= 5, "{files:?}");
    for file in files {
        let yaml = std::fs::read_to_string(&file).expect("readable");
        assert!(
            yaml.starts_with("# A real GitHub issue form") && yaml.contains("# Source: "),
            "{} names its source",
            file.display()
        );
        let converted = from_issue_form(&yaml).expect("converts");
        let text = converted.json();
        assert_eq!(
            check(&text).expect("JSON"),
            Vec::<String>::new(),
            "{}",
            file.display()
        );
        // The end-to-end tests load the same definitions (tests/fixtures/issue-forms/).
        let name = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let fixture = root().join(format!("tests/fixtures/issue-forms/{name}.json"));
        if std::env::var_os("UPDATE_GOLDEN").is_some() {
            std::fs::create_dir_all(fixture.parent().expect("a folder")).expect("a folder");
            std::fs::write(&fixture, format!("{text}\n")).expect("written");
        }
        let committed = std::fs::read_to_string(&fixture)
            .unwrap_or_else(|_| panic!("missing {}: run with UPDATE_GOLDEN=1", fixture.display()));
        assert_eq!(
            committed,
            format!("{text}\n"),
            "{} is up to date",
            fixture.display()
        );
    }
}

#[test]
fn every_kind_of_element_finds_its_counterpart() {
    let yaml = r#"
name: "🐛 Bug Report"
description: Tell us
title: "[Bug]: "
labels: ["bug"]
body:
  - type: markdown
    attributes:
      value: "Thanks for **reporting**."
  - type: input
    id: app_version
    attributes:
      label: "Version:"
      description: See [the docs](https://docs.example/v).
      placeholder: "e.g. 1.2.3"
      value: "1.0.0"
    validations:
      required: true
  - type: textarea
    attributes:
      label: Logs
      render: Shell
      value: |
        $ run
  - type: dropdown
    attributes:
      label: Browsers
      multiple: true
      options: [Chrome, "3.10", Firefox]
      default: 1
    validations:
      required: true
  - type: dropdown
    attributes:
      label: Arch
      options: [x64, arm64]
  - type: checkboxes
    attributes:
      label: Checks
      options:
        - label: I searched [the issues](https://x.example/issues)
          required: true
        - label: I tried the latest
  - type: upload
    attributes:
      label: Screenshot
"#;
    let converted = from_issue_form(yaml).expect("converts");
    let d = &converted.definition;
    assert_eq!(d["title"], "[Bug]: {title}");
    assert_eq!(d["document"], "bug report");
    assert_eq!(d["sections"][0]["heading"], "🐛 Bug Report");
    assert_eq!(
        field(d, "Title"),
        &json!({ "key": "title", "type": "text", "label": "Title", "required": true, "maxChars": 256 })
    );
    assert_eq!(
        fields(d)[1],
        &json!({ "type": "markdown", "value": "Thanks for **reporting**." })
    );
    let version = field(d, "Version:");
    assert_eq!(version["key"], "app-version", "the id, as a key");
    assert_eq!(version["type"], "text");
    assert_eq!(version["placeholder"], "1.2.3");
    assert_eq!(
        version["default"], "1.0.0",
        "`value` is the answer it starts with"
    );
    assert_eq!(version["hint"], "See the docs (https://docs.example/v).");
    assert_eq!(version["required"], true);
    let logs = field(d, "Logs");
    assert_eq!(
        (&logs["type"], &logs["render"], &logs["default"]),
        (&json!("textarea"), &json!("Shell"), &json!("$ run"))
    );
    let browsers = field(d, "Browsers");
    assert_eq!(
        browsers["type"], "checkboxes",
        "a multiple dropdown is checkboxes"
    );
    assert_eq!(
        browsers["options"][1],
        json!({ "key": "3-10", "label": "3.10" }),
        "3.10 stays 3.10"
    );
    assert_eq!(browsers["default"], json!(["3-10"]));
    let arch = field(d, "Arch");
    assert_eq!(
        (&arch["type"], &arch["control"]),
        (&json!("choice"), &json!("dropdown"))
    );
    let checks = field(d, "Checks");
    assert_eq!(
        checks["options"][0]["label"],
        "I searched the issues (https://x.example/issues)"
    );
    assert_eq!(checks["options"][0]["required"], true);
    assert_eq!(checks["options"][1].get("required"), None);
    assert!(fields(d).iter().all(|f| f["label"] != "Screenshot"));
    for note in [
        "`labels` is for the tracker, not the form: not carried over",
        "body[6]: \"Screenshot\" asks for a file upload, which a document cannot carry: left out",
        "body[5]: its options' links are written as text (\"text (address)\")",
    ] {
        assert!(
            converted.notes.iter().any(|n| n == note),
            "{note:?} in {:?}",
            converted.notes
        );
    }
    assert_eq!(
        check(&converted.json()).expect("JSON"),
        Vec::<String>::new()
    );
}

#[test]
fn a_label_used_twice_gets_a_name_of_its_own_in_the_document() {
    let yaml = "name: Bug\nbody:\n  - type: input\n    attributes:\n      label: Version\n  - type: dropdown\n    attributes:\n      label: Version\n      options: [a, b]\n";
    let converted = from_issue_form(yaml).expect("converts");
    let versions: Vec<&Value> = fields(&converted.definition)
        .into_iter()
        .filter(|f| f["label"] == "Version")
        .collect();
    assert_eq!(versions[0].get("docLabel"), None);
    assert_eq!(versions[1]["docLabel"], "Version (2)");
    assert_ne!(versions[0]["key"], versions[1]["key"]);
    assert_eq!(
        check(&converted.json()).expect("JSON"),
        Vec::<String>::new()
    );
}

#[test]
fn what_is_not_an_issue_form_is_refused_in_words() {
    assert_eq!(
        from_issue_form("- just\n- a list\n")
            .map(|c| c.definition)
            .unwrap_err(),
        "an issue form is a YAML mapping with a `body` list"
    );
    assert_eq!(
        from_issue_form("name: x\n")
            .map(|c| c.definition)
            .unwrap_err(),
        "the issue form has no `body` list"
    );
    assert!(from_issue_form("a: [").is_err());
}

#[test]
fn check_names_each_problem_at_its_place_for_a_form_or_a_whole_configuration() {
    let form = r#"{ "title": "R: {a}", "sections": [{ "heading": "P", "fields": [
        { "key": "a", "type": "text", "label": "A" },
        { "key": "b", "type": "choice", "label": "B", "showIf": { "field": "a", "is": ["x"] },
          "options": [{ "key": "x", "label": "X" }] } ] }] }"#;
    let problems = check(form).expect("JSON");
    assert!(
        problems.contains(&"form.sections[0].fields[1].showIf.field: \"a\" is a text field: a question can depend only on a choice or checkboxes".to_owned()),
        "{problems:?}"
    );
    let config = format!(r#"{{ "teamName": "Data", "colour": "red", "form": {form} }}"#);
    let problems = check(&config).expect("JSON");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"colour\" is not known")),
        "{problems:?}"
    );
    assert!(check("{ nope").is_err());
}

#[test]
fn the_command_exits_non_zero_on_a_problem_and_prints_the_definition_it_made() {
    let tool = env!("CARGO_BIN_EXE_engagement-form");
    let dir = std::env::temp_dir().join(format!("engagement-form-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a folder");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, r#"{ "title": "R: {zz}", "sections": [{ "heading": "P", "fields": [{ "key": "a", "type": "text", "label": "A" }] }] }"#).expect("written");
    let out = Command::new(tool)
        .args(["check", bad.to_str().unwrap_or_default()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let printed = String::from_utf8_lossy(&out.stdout);
    assert!(
        printed.contains("form.title: \"{zz}\" names no field of the form"),
        "{printed}"
    );

    let form = root().join("tests/issue-forms/numpy-bug-report.yml");
    let out = Command::new(tool)
        .args(["from-issue-form", form.to_str().unwrap_or_default()])
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let made: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(made["title"], "BUG: {title}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("`labels` is for the tracker"));
    let good = dir.join("good.json");
    std::fs::write(&good, &out.stdout).expect("written");
    let out = Command::new(tool)
        .args(["check", good.to_str().unwrap_or_default()])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));

    let out = Command::new(tool).arg("nonsense").output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
