//! Forms as data: the built-in one-pager as a definition, a host's own form (the intake form of
//! the README), what a host calls things as the document shows them, what a bad definition is
//! told, element ids for any keys, and, for random definitions (named in hostile text) and
//! answers (any option, number or text), that generate -> import -> generate is a fixed point
//! that gives the chosen options and numbers back, whose outline and key-value names in
//! pulldown-cmark and comrak are exactly the definition's.
#![cfg(not(target_arch = "wasm32"))]

mod common;
mod markdown_check;

use std::collections::HashMap;
use std::rc::Rc;

use common::hostile::{long_script_text, short_text, INLINE_TOKENS, SCRIPT_TOKENS};
use common::{json, today};
use engagement_core::config::{resolve, Attributes, Resolved};
use engagement_core::content::{default_expectations, Content};
use engagement_core::document::import::nothing_to_import;
use engagement_core::document::{generate, import};
use engagement_core::document_name::DocumentName;
use engagement_core::form::ids::{self, Part};
use engagement_core::form::kinds::{CheckboxesField, ChoiceField, OptionSpec};
use engagement_core::form::one_pager::{definition, DEFINITION};
use engagement_core::form::{
    Condition, FieldSpec, FormSpec, Item, Key, Kind, Limits, Shape, Values, TICKED, UNFINISHED_DATE,
};
use engagement_core::prefill::from_fragment;
use engagement_core::session::stored::Loaded;
use engagement_core::session::{reduce, Action, Session};
use engagement_core::strings::{Key as Msg, Strings};
use engagement_core::validate::validate;
use markdown_check::{one_line, read_comrak, read_pulldown};
use proptest::prelude::*;
use serde_json::{json as value, Value};

/// The intake form of the issue and the README, as the end-to-end tests' host page has it.
fn intake_config() -> &'static str {
    let page = include_str!("../../../tests/fixtures/intake.html");
    let start = page
        .find("<script type=\"application/json\">")
        .map_or(0, |i| i + 32);
    let end = page.rfind("</script>").unwrap_or(page.len());
    &page[start..end]
}

fn with_config(text: &str) -> Resolved {
    resolve(&Attributes::default(), Some(json(text)))
}

fn intake() -> Rc<FormSpec> {
    let resolved = with_config(intake_config());
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    resolved.form
}

fn labels(spec: &FormSpec) -> Vec<&str> {
    spec.fields().iter().map(|f| f.label.as_str()).collect()
}

#[test]
fn the_built_in_one_pager_is_a_definition_with_the_designed_labels() {
    let spec = FormSpec::default();
    assert_eq!(
        labels(&spec)[..13],
        [
            "Team name",
            "Point of contact",
            "Contact email",
            "Problem",
            "Proposed solution",
            "Engagement goal",
            "Diffusion goal",
            "Success measures",
            "Proposed start date",
            "Length in weeks",
            "Retro cadence",
            "Describe your retro cadence",
            "We understand that the aux engineer will not do the hard work for us",
        ]
    );
    assert_eq!(spec.fields().len(), 17);
    assert_eq!(spec.fields()[16].label, "Additional notes");
    let headings: Vec<&str> = spec.sections.iter().map(|s| s.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "About your team",
            "Problem and solution",
            "Goals",
            "Logistics",
            "Expectations",
            "Anything else"
        ]
    );
    // The file in the repository is what the widget uses, and reads as JSON anyone can copy.
    let file: Value = serde_json::from_str(DEFINITION).expect("one_pager.json is JSON");
    assert_eq!(file["title"], "One-pager: {team}");
    assert_eq!(
        definition(&Limits::default(), &Strings::english(), None)
            .sections
            .len(),
        6
    );
}

#[test]
fn every_limit_the_configuration_accepts_still_makes_the_one_pager() {
    for (min, max) in [(1, 1), (1, 104), (104, 104), (11, 12), (1, 9)] {
        let limits = Limits {
            short_chars: 10,
            problem_words: 20,
            solution_words: 2000,
            goal_words: 10,
            notes_words: 2000,
            measures_max: 1,
            weeks_min: min,
            weeks_max: max,
        };
        let content = engagement_core::content::Content {
            expectations: default_expectations().into_iter().cycle().take(8).collect(),
            ..Default::default()
        };
        let spec = FormSpec::one_pager(&content.expectations, &limits);
        assert_eq!(spec.fields().len(), 21, "{min}..{max}");
        let weeks = spec.field("length-weeks").expect("the length");
        assert_eq!(weeks.default.is_some(), (min..=max).contains(&10));
    }
}

#[test]
fn a_host_form_has_its_own_questions_and_none_of_the_one_pagers() {
    let spec = intake();
    assert_eq!(
        labels(&spec),
        [
            "Service name",
            "Owner email",
            "What do you need?",
            "Datasets",
            "Priority",
            "Describe the priority",
            "Team size",
            "Start date",
            "We understand that the aux engineer will not do the hard work for us",
            "We understand that diffusion is the primary goal and project success the secondary one",
            "We will keep to weekly retros and schedules, and we welcome critical feedback",
            "We understand that the engagement ends early if failure modes persist",
        ]
    );
    assert!(spec.field("team").is_none());
    let items = &spec.sections[1].items;
    assert!(
        matches!(items.last(), Some(Item::Guidance(guidance)) if guidance.text.starts_with("We reply within a week."))
    );
    let priority = spec.field("priority").expect("priority");
    let Kind::Choice(ChoiceField { options, other, .. }) = &priority.kind else {
        panic!("a choice");
    };
    assert_eq!(
        options.iter().map(|o| o.label.as_str()).collect::<Vec<_>>(),
        ["Low", "High", "Other"]
    );
    assert_eq!(other.as_deref(), Some("priority-other"));
}

#[test]
fn messages_are_made_from_labels_in_govuk_voice() {
    let spec = intake();
    let errors = validate(&spec, &Values::default(), today());
    let messages: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (&*e.field, e.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            ("service", "Enter service name"),
            ("owner", "Enter owner email"),
            ("need", "Answer \u{201c}What do you need?\u{201d}"),
            ("datasets", "Enter datasets, one per line"),
            ("priority", "Select priority"),
            ("acks-1", "Confirm that your team agrees with \u{201c}The aux engineer will not do the hard work\u{201d}"),
            ("acks-2", "Confirm that your team agrees with \u{201c}Diffusion is the primary goal; project success is the secondary one\u{201d}"),
            ("acks-3", "Confirm that your team agrees with \u{201c}Weekly retros and schedules matter, and critical feedback is strongly encouraged\u{201d}"),
            ("acks-4", "Confirm that your team agrees with \u{201c}If failure modes persist, the engagement ends early\u{201d}"),
        ]
    );
    let mut v = Values::default();
    for (key, value) in [
        ("service", "x".repeat(41).as_str()),
        ("owner", "not an address"),
        ("need", &"word ".repeat(51)),
        ("datasets", "a\nb\nc\nd"),
        ("priority", "other"),
        ("size", "501"),
        ("start", "2020-01-01"),
    ] {
        v.set(key, value);
    }
    let errors = validate(&spec, &v, today());
    let messages: Vec<&str> = errors.iter().take(8).map(|e| e.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "Service name must be 40 characters or fewer",
            "Enter an email address in the correct format, like name@example.com",
            "Your answer to \u{201c}What do you need?\u{201d} must be 50 words or fewer",
            "Enter 3 datasets or fewer, one per line",
            "Describe the priority",
            "Team size must be between 1 and 500",
            "Start date must be today or in the future",
            "Confirm that your team agrees with \u{201c}The aux engineer will not do the hard work\u{201d}",
        ]
    );
}

#[test]
fn a_definitions_own_messages_replace_the_generated_ones() {
    let resolved = with_config(
        r#"{"form": {"title": "Request: {name}", "sections": [{"heading": "You", "fields": [
            {"key": "name", "type": "text", "label": "Name", "required": true, "maxChars": 5,
             "messages": {"required": "Tell us your name", "tooLong": "Keep it short"}}]}]}}"#,
    );
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    let mut v = Values::default();
    assert_eq!(
        validate(&resolved.form, &v, today())[0].message,
        "Tell us your name"
    );
    v.set("name", "Alexandra");
    assert_eq!(
        validate(&resolved.form, &v, today())[0].message,
        "Keep it short"
    );
}

fn intake_answers() -> Values {
    let mut v = Values::default();
    for (key, value) in [
        ("service", "Billing API"),
        ("owner", "ada@corp.example"),
        ("need", "Access to **two** datasets.\nSoon."),
        ("datasets", "Invoices\nRefunds"),
        ("priority", "other"),
        ("priority-other", "High"),
        ("size", "1"),
        ("start", "2027-01-11"),
        ("acks-1", TICKED),
        ("acks-3", TICKED),
    ] {
        v.set(key, value);
    }
    v
}

#[test]
fn a_host_forms_document_follows_its_definition_and_imports_back() {
    let spec = intake();
    let doc = generate(&spec, &intake_answers());
    assert_eq!(
        doc,
        "# Intake: Billing API\n\n\
         - **Service name:** Billing API\n\
         - **Owner email:** <ada@corp.example>\n\
         - **Priority:** Other: High\n\
         - **Team size:** 1 person\n\
         - **Start date:** 11 January 2027\n\n\
         ## What do you need?\n\nAccess to **two** datasets.\\\nSoon.\n\n\
         ## Datasets\n\n- Invoices\n- Refunds\n\n\
         ## Expectations\n\n\
         - [x] We understand that the aux engineer will not do the hard work for us\n\
         - [ ] We understand that diffusion is the primary goal and project success the secondary one\n\
         - [x] We will keep to weekly retros and schedules, and we welcome critical feedback\n\
         - [ ] We understand that the engagement ends early if failure modes persist\n"
    );
    let imported = import(&spec, &doc).expect("imports");
    assert!(imported.unknown.is_empty(), "{:?}", imported.unknown);
    assert_eq!(imported.values, intake_answers());
    assert_eq!(generate(&spec, &imported.values), doc);
}

#[test]
fn empty_optional_fields_are_left_out_of_the_document() {
    let spec = intake();
    let mut v = intake_answers();
    v.set("size", "");
    v.set("start", "");
    let doc = generate(&spec, &v);
    assert!(!doc.contains("Team size"), "{doc}");
    assert!(!doc.contains("Start date"), "{doc}");
    v.set("service", "");
    let doc = generate(&spec, &v);
    assert!(doc.starts_with("# Intake: _Not provided yet_\n"), "{doc}");
    assert!(
        doc.contains("- **Service name:** _Not provided yet_\n"),
        "{doc}"
    );
}

// ---- What a host calls things, in the document ------------------------------------------------

/// A host's form: a required "Name" (the title's field), then `fields`, in one section.
fn host_form(fields: Vec<Value>) -> Rc<FormSpec> {
    let mut all =
        vec![value!({ "key": "name", "type": "text", "label": "Name", "required": true })];
    all.extend(fields);
    let resolved = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": {
            "title": "Intake: {name}",
            "sections": [{ "heading": "Part", "fields": all }] } }))),
    );
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    resolved.form
}

/// The document of `answers` (and the name "Ada"), checked: pulldown-cmark and comrak read
/// exactly these key-value lines after "Name: Ada" and these `##` sections, and no HTML; import
/// gives every answer back and finds nothing unknown; generating again gives the same document.
fn reads_back(
    spec: &FormSpec,
    answers: &[(&str, &str)],
    lines: &[&str],
    sections: &[&str],
) -> String {
    let mut values = Values::default();
    values.set("name", "Ada");
    for (key, value) in answers {
        values.set(key, *value);
    }
    let doc = generate(spec, &values);
    let mut summary = vec!["Name: Ada".to_owned()];
    summary.extend(lines.iter().map(|l| l.to_string()));
    let mut outline = vec![(1, "Intake: Ada".to_owned())];
    outline.extend(sections.iter().map(|t| (2, t.to_string())));
    for reading in [read_pulldown(&doc), read_comrak(&doc)] {
        assert!(reading.html.is_empty(), "{:?}\n{doc}", reading.html);
        assert!(reading.links.is_empty(), "{:?}\n{doc}", reading.links);
        assert_eq!(reading.summary, summary, "{doc}");
        assert_eq!(reading.outline, outline, "{doc}");
    }
    let imported = import(spec, &doc).expect("imports");
    assert!(imported.unknown.is_empty(), "{:?}\n{doc}", imported.unknown);
    assert_eq!(imported.values, values, "{doc}");
    assert_eq!(generate(spec, &imported.values), doc);
    doc
}

#[test]
fn a_label_with_markdown_characters_is_its_own_text_in_the_document() {
    for (field, line, written) in [
        (
            value!({ "key": "owner", "type": "text", "label": "Owner *" }),
            "Owner *: Ada",
            "- **Owner \\*:** Ada\n",
        ),
        (
            value!({ "key": "owner", "type": "text", "label": "Owner", "docLabel": "Owner *" }),
            "Owner *: Ada",
            "- **Owner \\*:** Ada\n",
        ),
        (
            value!({ "key": "owner", "type": "text", "label": "The `repo` name" }),
            "The `repo` name: Ada",
            "- **The \\`repo\\` name:** Ada\n",
        ),
        (
            value!({ "key": "owner", "type": "text", "label": "Owner", "docLabel": "**Owner** [x](e.com) _a_ ~b~" }),
            "**Owner** [x](e.com) _a_ ~b~: Ada",
            "- **\\*\\*Owner\\*\\* \\[x](e.com) \\_a\\_ \\~b\\~:** Ada\n",
        ),
    ] {
        let spec = host_form(vec![field]);
        let doc = reads_back(&spec, &[("owner", "Ada")], &[line], &[]);
        assert!(doc.contains(written), "{doc}");
    }
}

#[test]
fn a_label_with_html_in_it_is_text_in_the_document() {
    let spec = host_form(vec![value!({
        "key": "budget", "type": "number", "label": "Budget (in <currency>)", "unit": "<b>EUR</b>"
    })]);
    let doc = reads_back(
        &spec,
        &[("budget", "12")],
        &["Budget (in <currency>): 12 <b>EUR</b>"],
        &[],
    );
    assert!(
        doc.contains("- **Budget (in \\<currency>):** 12 \\<b>EUR\\</b>\n"),
        "{doc}"
    );
}

#[test]
fn a_titles_dollars_never_pair_around_a_missing_answer() {
    let resolved = with_config(
        r#"{"form": {"title": "Cost $x {name} y$", "sections": [{"heading": "You", "fields": [
            {"key": "name", "type": "text", "label": "Name", "required": true}]}]}}"#,
    );
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    let doc = generate(&resolved.form, &Values::default());
    assert!(
        doc.starts_with("# Cost \\$x _Not provided yet_ y$\n"),
        "{doc}"
    );
    let mut maths = comrak::Options::default();
    maths.extension.math_dollars = true;
    let html = comrak::markdown_to_html(&doc, &maths);
    assert!(
        html.starts_with("<h1>Cost $x <em>Not provided yet</em> y$</h1>"),
        "{html}"
    );
    let mut values = Values::default();
    values.set("name", "Ada");
    let doc = generate(&resolved.form, &values);
    assert!(doc.starts_with("# Cost \\$x Ada y\\$\n"), "{doc}");
}

#[test]
fn a_numbers_unit_is_one_line_without_the_spaces_around_it() {
    let spec = host_form(vec![value!({
        "key": "size", "type": "number", "label": "Team size",
        "unit": " people\n# Injected ", "unitOne": "person  "
    })]);
    let doc = reads_back(
        &spec,
        &[("size", "12")],
        &["Team size: 12 people # Injected"],
        &[],
    );
    assert!(
        doc.contains("- **Team size:** 12 people # Injected\n"),
        "{doc}"
    );
    reads_back(&spec, &[("size", "1")], &["Team size: 1 person"], &[]);
}

#[test]
fn a_unit_that_ends_like_the_other_one_still_reads_back() {
    let spec = host_form(vec![value!({
        "key": "size", "type": "number", "label": "Size", "unit": "x", "unitOne": "1 x"
    })]);
    reads_back(&spec, &[("size", "1")], &["Size: 1 1 x"], &[]);
    reads_back(&spec, &[("size", "3")], &["Size: 3 x"], &[]);
}

#[test]
fn a_dollar_in_a_label_never_pairs_with_one_in_the_answer() {
    let spec = host_form(vec![
        value!({ "key": "price", "type": "text", "label": "Price $" }),
    ]);
    reads_back(&spec, &[("price", "x$")], &["Price $: x$"], &[]);
}

#[test]
fn labels_are_one_line_without_the_spaces_around_them() {
    let spec = host_form(vec![
        value!({ "key": "owner", "type": "text", "label": " Owner\n", "docLabel": " Owner " }),
        value!({ "key": "need", "type": "textarea", "label": "Need", "docLabel": "Need\n# Injected" }),
        value!({ "key": "more", "type": "textarea", "label": "More", "docLabel": "More  " }),
        value!({ "key": "items", "type": "list", "label": "Items", "docLabel": "\tItems\r\nand things\u{0}" }),
    ]);
    let owner = spec.field("owner").expect("owner");
    assert_eq!(
        (owner.label.as_str(), owner.doc_label.as_str()),
        ("Owner", "Owner")
    );
    let doc = reads_back(
        &spec,
        &[
            ("owner", "Ada"),
            ("need", "Data."),
            ("more", "Time."),
            ("items", "a\nb"),
        ],
        &["Owner: Ada"],
        &["Need # Injected", "More", "Items and things"],
    );
    assert!(doc.contains("- **Owner:** Ada\n"), "{doc}");
    assert!(doc.contains("\n## Need # Injected\n"), "{doc}");
    assert!(doc.contains("\n## More\n"), "{doc}");
}

#[test]
fn option_names_are_one_line_and_their_own_text() {
    let spec = host_form(vec![value!({
        "key": "priority", "type": "choice", "label": "Priority",
        "options": [
            { "key": "low", "label": " *Low*\n", "docLabel": "\n*Low* <i>" },
            { "key": "high", "label": "High\n- Urgent" }
        ],
        "other": " Describe\nthe priority "
    })]);
    let Some(Kind::Choice(ChoiceField { options, .. })) = spec.field("priority").map(|f| &f.kind)
    else {
        panic!("a choice");
    };
    let names: Vec<(&str, &str)> = options
        .iter()
        .map(|o| (o.label.as_str(), o.doc_label.as_str()))
        .collect();
    assert_eq!(
        names,
        [
            ("*Low*", "*Low* <i>"),
            ("High - Urgent", "High - Urgent"),
            ("Other", "Other")
        ]
    );
    assert_eq!(
        spec.field("priority-other").map(|f| f.label.as_str()),
        Some("Describe the priority")
    );
    reads_back(&spec, &[("priority", "low")], &["Priority: *Low* <i>"], &[]);
    reads_back(
        &spec,
        &[("priority", "high")],
        &["Priority: High - Urgent"],
        &[],
    );
}

#[test]
fn options_whose_names_differ_where_it_counts_are_fine() {
    // A label may be another option's document name, and without "other" an option may be
    // called Other.
    let spec = host_form(vec![value!({
        "key": "priority", "type": "choice", "label": "Priority",
        "options": [
            { "key": "low", "label": "Low", "docLabel": "Minor" },
            { "key": "minor", "label": "Minor", "docLabel": "Low" },
            { "key": "else", "label": "Other" }
        ]
    })]);
    for (key, shown) in [("low", "Minor"), ("minor", "Low"), ("else", "Other")] {
        let line = format!("Priority: {shown}");
        reads_back(&spec, &[("priority", key)], &[&line], &[]);
    }
}

#[test]
fn an_acknowledgements_title_is_one_line_and_its_own_text() {
    let spec = host_form(vec![value!({
        "key": "acks", "type": "acknowledgements", "label": " We agree\n", "docLabel": "Agreed `so` #"
    })]);
    let group = spec.groups().next().expect("a group");
    assert_eq!(
        (group.label.as_str(), group.doc_label.as_str()),
        ("We agree", "Agreed `so` #")
    );
    reads_back(&spec, &[("acks-2", TICKED)], &[], &["Agreed `so` #"]);
}

#[test]
fn a_document_of_another_form_is_refused_with_this_forms_title() {
    let said = import(&intake(), "# Something else\n\nText.\n");
    assert_eq!(
        said,
        Err(
            "This does not look like an intake request made with this form. Paste one that \
             starts with \u{201c}# Intake:\u{201d}, or choose its .md file. Nothing was changed."
                .to_owned()
        )
    );
    // A title that is only its field has no words to name.
    let resolved = with_config(
        r#"{"form": {"title": "{name} *request*", "sections": [{"heading": "You", "fields": [
            {"key": "name", "type": "text", "label": "Name"}]}]}}"#,
    );
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    assert_eq!(
        import(&resolved.form, "# Something else\n"),
        Err(
            "This does not look like a one-pager made with this form. Paste one made with \
             it, or choose its .md file. Nothing was changed."
                .to_owned()
        )
    );
}

#[test]
fn a_host_names_its_document_and_the_widget_calls_it_so() {
    let document = &intake().document;
    assert_eq!(
        (document.a.as_str(), document.name.as_str()),
        ("an intake request", "intake request"),
        "no article given: \"an\" before a vowel"
    );
    let s = Strings::english();
    assert_eq!(
        document.fill(&s, Msg::ImportSummary, &[]),
        "Import an intake request"
    );
    assert_eq!(
        document.count(&s, Msg::DocumentLong, 600, &[("limit", "500")]),
        "Your intake request is 600 words long. An intake request reads best under 500 words."
    );
    assert_eq!(
        document.fill(&s, Msg::FormHeading, &[]),
        "Write your intake request"
    );
    assert_eq!(
        nothing_to_import(&intake()),
        "Paste an intake request into the box, or choose its .md file. Nothing was changed."
    );
    let intake_resolved = with_config(intake_config());
    assert_eq!(
        intake_resolved
            .content
            .lead(&intake_resolved.form.document, &Strings::english()),
        "Before an engagement starts, read the ground rules, see how a first meeting goes, and \
         send us an intake request."
    );
    // The default pitch's last step, in the widget and in the handout, names it too.
    let steps = intake_resolved
        .content
        .pitch_steps(&intake_resolved.form.document, &Strings::english());
    assert!(
        steps[4]
            .body
            .contains("your team sends us an intake request, so that"),
        "{}",
        steps[4].body
    );
    // The built-in one-pager's words are as they were.
    let one_pager = &FormSpec::default().document;
    assert_eq!(*one_pager, DocumentName::default());
    assert_eq!(
        one_pager.fill(&s, Msg::FormHeading, &[]),
        "Write your one-pager"
    );
    assert_eq!(
        Content::default().lead(&DocumentName::default(), &s),
        "Before an engagement starts, read the ground rules, see how a first meeting goes, and \
         send us a one-pager about your problem and proposed solution."
    );
    // As a host may write it.
    for (written, a, name) in [
        ("a one-pager", "a one-pager", "one-pager"),
        ("service request", "a service request", "service request"),
        ("An hour log", "an hour log", "hour log"),
        ("a user story", "a user story", "user story"),
        ("  Upgrade\n  plan ", "an Upgrade plan", "Upgrade plan"),
        ("A", "an A", "A"),
        ("intake\u{7}request", "an intakerequest", "intakerequest"),
        // Vowels said like "w" or "y", and acronyms said letter by letter.
        ("one-pager", "a one-pager", "one-pager"),
        ("user story", "a user story", "user story"),
        ("unit plan", "a unit plan", "unit plan"),
        (
            "uninstall request",
            "an uninstall request",
            "uninstall request",
        ),
        (
            "onboarding request",
            "an onboarding request",
            "onboarding request",
        ),
        ("RFC", "an RFC", "RFC"),
        ("SLA review", "an SLA review", "SLA review"),
        ("UX review", "a UX review", "UX review"),
        ("PR summary", "a PR summary", "PR summary"),
    ] {
        let document = DocumentName::new(written, "en");
        assert_eq!(
            document.as_ref().map(|d| (d.a.as_str(), d.name.as_str())),
            Some((a, name)),
            "{written:?}"
        );
    }
    assert_eq!(DocumentName::new(" \n ", "en"), None);
    assert_eq!(DocumentName::new("\u{200b}", "en"), None, "nothing to read");
    assert_eq!(DocumentName::new("a --", "en"), None);
    assert_eq!(
        DocumentName::new("an", "en"),
        Some(DocumentName {
            a: "an an".into(),
            name: "an".into()
        })
    );
}

#[test]
fn a_document_name_of_sixty_characters_is_fine_whatever_article_it_gets() {
    for written in [
        "x".repeat(60),
        format!("an {}", "x".repeat(57)),
        format!("  {}  ", "x".repeat(60)),
    ] {
        let resolved = with_config(&format!(
            r#"{{"form": {{"title": "F: {{a}}", "document": "{written}", "sections": [{{"heading": "P", "fields": [
                {{"key": "a", "type": "text", "label": "A"}}]}}]}}}}"#
        ));
        assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
        assert!(resolved.form.document.name.starts_with("xxx"));
    }
}

#[test]
fn importing_into_a_host_form_says_its_documents_name() {
    let spec = intake();
    let config = with_config(intake_config());
    let session = Rc::new(Session::open(
        &config,
        today(),
        &Loaded::default(),
        &Default::default(),
    ));
    let document = generate(&spec, &intake_answers());
    let session = reduce(session, Action::Import(import(&spec, &document)));
    assert_eq!(
        session.announcement.as_ref().map(|a| a.text.to_string()),
        Some("Imported the intake request into the form.".to_owned())
    );
    assert_eq!(session.answers(), intake_answers());
}

/// What resolving a configuration with a broken form says, and that the one-pager is used.
fn problems_of(form: Value) -> Vec<String> {
    let resolved = resolve(&Attributes::default(), Some(Ok(value!({ "form": form }))));
    assert_eq!(
        *resolved.form,
        FormSpec::default(),
        "falls back to the one-pager"
    );
    assert!(
        resolved
            .problems
            .iter()
            .any(|p| p.contains("built-in one-pager is shown")),
        "{:?}",
        resolved.problems
    );
    resolved.problems
}

fn text_field(key: &str, label: &str) -> Value {
    value!({ "key": key, "type": "text", "label": label })
}

fn form_of(fields: Vec<Value>) -> Value {
    value!({ "title": "Form: {a}", "sections": [{ "heading": "Part", "fields": fields }] })
}

#[test]
fn a_bad_definition_names_each_problem_and_its_place() {
    let cases: Vec<(Value, &str)> = vec![
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "slider", "label": "B" })]),
            "form.sections[0].fields[1].type: \"slider\" is not a field type; use text, email, textarea, list, date, number, choice, checkboxes, acknowledgements, markdown (the field \"b\")",
        ),
        (
            form_of(vec![text_field("a", "A"), text_field("a", "Again")]),
            "form.sections[0].fields[1].key: the key \"a\" is used twice (also form.sections[0].fields[0])",
        ),
        (
            value!({ "title": "Form: {nope}", "sections": [{ "heading": "P", "fields": [text_field("a", "A")] }] }),
            "form.title: \"{nope}\" names no field of the form",
        ),
        (
            value!({ "title": "Form", "sections": [{ "heading": "P", "fields": [text_field("a", "A")] }] }),
            "form.title: must name one field in braces",
        ),
        (
            value!({ "title": "Form: {a}", "document": " \n ", "sections": [{ "heading": "P", "fields": [text_field("a", "A")] }] }),
            "form.document: must name the document, like \"an intake request\"",
        ),
        (
            value!({ "title": "Form: {a}", "document": "x".repeat(61), "sections": [{ "heading": "P", "fields": [text_field("a", "A")] }] }),
            "form.document: must be 60 characters or fewer",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "n", "type": "number", "label": "N", "min": 9, "max": 3 })]),
            "form.sections[0].fields[1].min: 9 is more than max (3)",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "l", "type": "list", "label": "L", "minItems": 4, "maxItems": 2 })]),
            "form.sections[0].fields[1].minItems: 4 is more than maxItems (2)",
        ),
        (
            value!({ "title": "Form: {a}", "sections": [] }),
            "form.sections: the form needs at least one section",
        ),
        (
            form_of(vec![value!({ "type": "markdown", "value": "Only words." })]),
            "form: the form asks nothing",
        ),
        (
            form_of(
                (0..41)
                    .map(|n| match n {
                        0 => text_field("a", "A"),
                        n => text_field(&format!("f{n}"), &format!("Field {n}")),
                    })
                    .collect(),
            ),
            "form: the form has 41 fields; at most 40 are allowed",
        ),
        (
            form_of(vec![text_field("a", "A"), text_field("Bad Key", "B")]),
            "form.sections[0].fields[1].key: \"Bad Key\" is not a key",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "text" })]),
            "form.sections[0].fields[1].label: every field needs a label",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "text", "label": "B", "maxWords": 3 })]),
            "form.sections[0].fields[1].maxWords: does not apply to a text field",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B" })]),
            "form.sections[0].fields[1].options: a choice needs at least one option",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "text", "label": "B", "maxChar": 3 })]),
            "form.sections[0].fields[1].maxChar: \"maxChar\" is not a setting here; use one of \"type\", \"key\", \"label\"",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "number", "label": "B", "max": "ten" })]),
            "form.sections[0].fields[1].max: must be a whole number, not the text \"ten\" (the field \"b\")",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "type": "markdown" })]),
            "form.sections[0].fields[1].value: a markdown item needs its text",
        ),
        (
            form_of(vec![
                value!({ "key": "acks", "type": "acknowledgements", "label": "Expectations" }),
                text_field("acks", "Acks"),
            ]),
            "form.sections[0].fields[1].key: the key \"acks\" is used twice (also form.sections[0].fields[0])",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "text", "label": "\n\t\u{0} " })]),
            "form.sections[0].fields[1].label: every field needs a label",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "text", "label": "B", "docLabel": "" })]),
            "form.sections[0].fields[1].docLabel: the document needs a name here; leave docLabel out to use the label",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "textarea", "label": "B", "docLabel": " \r\n " })]),
            "form.sections[0].fields[1].docLabel: the document needs a name here",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "acknowledgements", "label": "B", "docLabel": "\t" })]),
            "form.sections[0].fields[1].docLabel: the document needs a name here",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "x", "label": "X", "docLabel": " " }] })]),
            "form.sections[0].fields[1].options[0].docLabel: the document needs a name here",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "x", "label": "\n" }] })]),
            "form.sections[0].fields[1].options[0].label: every option needs a label",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "x", "label": "X" }], "other": " \n" })]),
            "form.sections[0].fields[1].other.label: the Other field needs a label",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "low", "label": "Low" }, { "key": "lower", "label": " low\n" }] })]),
            "form.sections[0].fields[1].options[1].label: the label \"low\" is used twice (also form.sections[0].fields[1].options[0])",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "low", "label": "Low priority", "docLabel": "Low" }, { "key": "l", "label": "Low" }] })]),
            "form.sections[0].fields[1].options[1].label: the label \"Low\", used as the document's name, names two options in the document (also form.sections[0].fields[1].options[0])",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "x", "label": "X", "docLabel": "Same" }, { "key": "y", "label": "Y", "docLabel": "SAME\t" }] })]),
            "form.sections[0].fields[1].options[1].docLabel: \"SAME\" names two options in the document (also form.sections[0].fields[1].options[0])",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "choice", "label": "B",
                "options": [{ "key": "x", "label": "X" }, { "key": "o", "label": "other" }], "other": "Say" })]),
            "form.sections[0].fields[1].options[1].label: the label \"other\" is used twice (also the Other option, which form.sections[0].fields[1].other adds)",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "number", "label": "B", "unit": "\n" })]),
            "form.sections[0].fields[1].unit: may not be empty: leave it out instead",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "number", "label": "B", "unit": "days", "unitOne": "" })]),
            "form.sections[0].fields[1].unitOne: may not be empty",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "textarea", "label": "Need" }),
                value!({ "key": "c", "type": "textarea", "label": "C", "docLabel": " need" })]),
            "form.sections[0].fields[2].docLabel: \"need\" names two parts of the document",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "textarea", "label": "B", "docLabel": "Need" }),
                value!({ "key": "c", "type": "textarea", "label": "need" })]),
            "form.sections[0].fields[2].label: the label \"need\", used as the document's name, names two parts of the document",
        ),
        (
            form_of(vec![text_field("a", "A"), value!({ "key": "b", "type": "textarea", "label": "B", "docLabel": "Need\n" }),
                value!({ "key": "c", "type": "textarea", "label": "C", "docLabel": " need" })]),
            "form.sections[0].fields[2].docLabel: \"need\" names two parts of the document",
        ),
    ];
    for (form, expected) in cases {
        let problems = problems_of(form.clone());
        assert!(
            problems.iter().any(|p| p.contains(expected)),
            "{form}\nexpected {expected:?}\ngot {problems:#?}"
        );
    }
}

#[test]
fn every_mistake_a_host_makes_is_named_in_words_at_its_key() {
    let form = value!({ "title": "Form: {a}", "sections": [{ "heading": "Part", "fields": [
        { "key": "a", "type": "text", "label": "A", "maxChars": "40" },
        { "key": "b", "type": "choice", "label": "B", "options": ["Low", "High"] },
        { "key": "c", "type": "date", "label": "C", "notBefore": "2027-01-01" },
        { "key": "d", "type": "text", "label": "D", "required": "yes" }
    ] }] });
    let problems = problems_of(form);
    assert_eq!(
        problems[..4],
        [
            "form.sections[0].fields[0].maxChars: must be a whole number, not the text \"40\" (the field \"a\")",
            "form.sections[0].fields[1].options: must be an object like { \"key\": \"low\", \"label\": \"Low\" }, not the text \"Low\" (the field \"b\")",
            "form.sections[0].fields[2].notBefore: \"2027-01-01\" is not allowed here; use \"today\" (the field \"c\")",
            "form.sections[0].fields[3].required: must be true or false, not the text \"yes\" (the field \"d\")",
        ]
    );
    assert_eq!(
        problems_of(value!([]))[0],
        "form: must be an object { … }, not a list"
    );
    assert_eq!(
        problems_of(
            value!({ "title": "Form: {a}", "sections": [{ "fields": [text_field("a", "A")] }] })
        )[0],
        "form.sections[0]: needs \"heading\""
    );
    assert_eq!(
        problems_of(
            value!({ "title": 5, "sections": [{ "heading": "P", "fields": [text_field("a", "A")] }] })
        )[0],
        "form.title: must be a text in quotes, not the number 5"
    );
}

#[test]
fn limits_are_for_the_built_in_one_pager() {
    let resolved =
        with_config(&intake_config().replacen('{', r#"{ "limits": {"problemWords": 300}, "#, 1));
    assert!(resolved
        .problems
        .iter()
        .any(|p| p.contains("\"limits\" apply to the built-in one-pager only")));
    assert!(
        resolved.form.field("service").is_some(),
        "the form is still used"
    );
}

#[test]
fn a_host_can_replace_the_pitch() {
    let resolved = with_config(r#"{"pitch": [{"title": "Who we are", "body": "A small team."}]}"#);
    assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
    let steps = resolved
        .content
        .pitch_steps(&resolved.form.document, &Strings::english());
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0].title, "Who we are");
    let bad = with_config(r#"{"pitch": [{"title": "No body"}]}"#);
    assert!(
        bad.problems
            .iter()
            .any(|p| p.contains("pitch: needs \"body\"")),
        "{:?}",
        bad.problems
    );
    assert_eq!(
        bad.content
            .pitch_steps(&bad.form.document, &Strings::english())
            .len(),
        5
    );
}

#[test]
fn answers_the_form_no_longer_asks_for_are_kept_until_dismissed() {
    let mut saved = intake_answers();
    saved.set("team", "Payments");
    saved.set("old-question", "Kept answer");
    let loaded = Loaded {
        values: Some(saved.clone()),
        ..Loaded::default()
    };
    let config = with_config(intake_config());
    let session = Rc::new(Session::open(
        &config,
        today(),
        &loaded,
        &Default::default(),
    ));
    let orphans = session.orphans();
    let orphans: Vec<(&str, &str)> = orphans.iter().collect();
    assert_eq!(
        orphans,
        [("old-question", "Kept answer"), ("team", "Payments")]
    );
    assert_eq!(
        session.answers(),
        intake_answers(),
        "the host hears only its form's answers"
    );
    assert_eq!(session.answers.values, saved, "the draft keeps them");
    let session = reduce(
        session,
        Action::Edit("service".into(), "Billing".to_owned()),
    );
    assert_eq!(session.orphans().len(), 2, "kept while the visitor works");
    let session = reduce(session, Action::DismissOrphans);
    assert!(session.orphans().is_empty());
    assert_eq!(session.answers.values.get("service"), "Billing");
}

#[test]
fn kept_answers_stay_through_start_over_and_an_import_until_dismissed() {
    let mut saved = intake_answers();
    saved.set("old-question", "Kept answer");
    let loaded = Loaded {
        values: Some(saved),
        ..Loaded::default()
    };
    let config = with_config(intake_config());
    let session = Rc::new(Session::open(
        &config,
        today(),
        &loaded,
        &Default::default(),
    ));
    let kept = |s: &Session| s.orphans().get("old-question").to_owned();
    let session = reduce(session, Action::StartOver);
    assert_eq!(
        kept(&session),
        "Kept answer",
        "Start over clears the form, not the kept answers"
    );
    assert_eq!(session.answers.values.get("service"), "");
    let session = reduce(session, Action::Accept); // Undo
    assert_eq!(session.answers.values.get("service"), "Billing API");
    let doc = generate(&config.form, &intake_answers());
    let session = reduce(session, Action::Import(import(&config.form, &doc)));
    let session = reduce(session, Action::Accept);
    assert_eq!(session.answers.values.get("service"), "Billing API");
    assert_eq!(kept(&session), "Kept answer", "an import keeps them too");
    let session = reduce(session, Action::DismissOrphans);
    assert!(session.orphans().is_empty());
}

/// Every element id a form's parts can have in the instance `prefix`, for the keys given, each
/// as a question's, an acknowledgements group's and an option's of every other ("x-hint" beside
/// "x"'s hint, "p-a" beside option "a" of "p", "priority-other" beside the Other option of
/// "priority").
fn every_id<K: AsRef<str>>(prefix: &str, keys: &[K]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let parts = [
        Part::Hint,
        Part::Error,
        Part::Count,
        Part::Legend,
        Part::Reveal,
        Part::Example,
    ];
    for key in keys.iter().map(AsRef::as_ref) {
        out.push((format!("control {key}"), ids::control(prefix, key)));
        out.push((format!("group hint {key}"), ids::group_hint(prefix, key)));
        for part in parts {
            out.push((format!("{part:?} of {key}"), ids::part(prefix, key, part)));
        }
        for option in keys.iter().map(AsRef::as_ref) {
            out.push((
                format!("option {option} of {key}"),
                ids::option(prefix, key, option),
            ));
        }
    }
    for n in 0..3 {
        out.push((format!("section {n}"), ids::section(prefix, n)));
        out.push((format!("section hint {n}"), ids::section_hint(prefix, n)));
    }
    out
}

/// The ids the widget gives its own elements outside the form (src/view), after the
/// instance's prefix.
const OWN_IDS: &[&str] = &[
    "title",
    "baseline",
    "pitch",
    "form-title",
    "summary-title",
    "import-button",
    "import-hint",
    "import-text",
    "import-file",
    "import-error",
    "orphans-title",
    "orphans-text",
    "handout",
    "handout-markdown",
    "output-title",
    "markdown",
    "preview-title",
];

/// Panics naming the two parts when two ids are equal, or when one is the widget's own.
fn assert_ids_unique(all: &[(String, String)], prefixes: &[&str]) {
    let own: Vec<(String, String)> = prefixes
        .iter()
        .flat_map(|p| {
            OWN_IDS
                .iter()
                .map(move |own| (format!("the widget's {own}"), format!("{p}-{own}")))
        })
        .collect();
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (what, id) in own.iter().chain(all) {
        if let Some(other) = seen.insert(id, what) {
            panic!("{what} and {other} share the id {id}");
        }
    }
}

#[test]
fn element_ids_never_collide_for_keys_chosen_to_look_alike() {
    let keys = [
        "x",
        "x-hint",
        "x-error",
        "x-count",
        "x-legend",
        "x-reveal",
        "x-example",
        "x-count-hint",
        "p",
        "a",
        "p-a",
        "p-o-a",
        "o-a",
        "priority",
        "other",
        "priority-other",
        "q-x",
        "s-0",
        "g-x",
        "0",
        "1",
        "section-part",
        "title",
        "form-title",
        "summary-title",
    ];
    assert_ids_unique(&every_id("ew1", &keys), &["ew1"]);
}

/// Pieces of keys a host might write: the words and separators of the widget's own ids, its
/// namespaces (`-q-`, `-s-`, `-g-`, an option's `o-`), its instances' prefixes, and digits.
const KEY_PIECES: &[&str] = &[
    "x", "p", "a", "0", "1", "9", "q", "s", "g", "o", "hint", "error", "count", "legend", "reveal",
    "example", "other", "title", "form", "summary", "import", "button", "-", "--", "-q-", "-s-",
    "-g-", "-o-", "o-", "ew1", "ew1-q-",
];

/// What a key may not hold, so that keys differing from others only by case, punctuation or
/// letters outside ASCII are tried too: capitals, `_` (which introduces a part's or option's
/// word in an id), `.`, a space, accents, a dotless i, a German sharp s.
const NOT_KEY_PIECES: &[&str] = &[
    "X", "Hint", "_", "_o-", "_hint", ".", " ", "\u{e9}", "\u{131}", "\u{df}",
];

/// A key as a host might write it, from [`KEY_PIECES`] and now and then [`NOT_KEY_PIECES`],
/// or at or past the longest a key may be.
fn host_key() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => prop::sample::select(KEY_PIECES),
        1 => prop::sample::select(NOT_KEY_PIECES),
    ];
    prop_oneof![
        8 => prop::collection::vec(piece, 1..5).prop_map(|pieces| pieces.concat()),
        1 => (39usize..=41).prop_map(|n| "k".repeat(n)),
    ]
}

/// A few keys, and some made from them by what the widget appends after a key (a part's word,
/// an option, "-other"), with its separators or others.
fn host_keys() -> impl Strategy<Value = Vec<String>> {
    (
        prop::collection::vec(host_key(), 1..7),
        prop::collection::vec(
            (
                any::<prop::sample::Index>(),
                prop::sample::select(&["-", "_", "--", ""][..]),
                prop::sample::select(
                    &[
                        "hint", "error", "count", "legend", "reveal", "example", "other",
                        "o-other", "o-a", "o", "q-x", "1",
                    ][..],
                ),
            ),
            0..6,
        ),
    )
        .prop_map(|(mut keys, derived)| {
            let more: Vec<String> = derived
                .into_iter()
                .map(|(i, sep, word)| format!("{}{sep}{word}", i.get(&keys)))
                .collect();
            keys.extend(more);
            keys
        })
}

/// The key as the widget uses it when a definition gives `key` to a question and to an option
/// (of a choice whose Other field is keyed apart), or `None` when the definition is refused.
fn as_the_widget_keys_it(key: &str) -> Option<String> {
    let definition = value!({ "title": format!("Form: {{{key}}}"), "sections": [{ "heading": "Part", "fields": [
        { "key": key, "type": "text", "label": "Question" },
        { "key": "c", "type": "choice", "label": "Choice",
          "options": [{ "key": key, "label": "Option" }] }
    ] }] });
    let resolved = resolve(
        &Attributes::default(),
        Some(Ok(value!({ "form": definition }))),
    );
    if !resolved.problems.is_empty() {
        return None;
    }
    let question = resolved.form.fields().first()?.key.to_string();
    let choice = resolved.form.field("c")?;
    let Kind::Choice(ChoiceField { options, .. }) = &choice.kind else {
        return None;
    };
    assert_eq!(options[0].key, question, "a key is the same key everywhere");
    Some(question)
}

proptest! {
    #![proptest_config(common::proptest_config(512))]

    /// Whatever keys a host writes, those its definition accepts never give two elements one
    /// id, in one instance or two, and never take one of the widget's own ids.
    #[test]
    fn element_ids_never_collide_whatever_keys_a_host_chooses(keys in host_keys()) {
        let mut accepted: Vec<String> = keys.iter().filter_map(|k| as_the_widget_keys_it(k)).collect();
        accepted.sort();
        accepted.dedup();
        let prefixes = ["ew1", "ew11"];
        let all: Vec<(String, String)> = prefixes.iter().flat_map(|p| every_id(p, &accepted)).collect();
        assert_ids_unique(&all, &prefixes);
    }
}

#[test]
fn an_answer_for_an_option_the_form_no_longer_offers_is_kept_aside_and_asks_nothing() {
    // The host's Priority now offers low and urgent, and is optional.
    let config = intake_config()
        .replace(
            r#"{ "key": "high", "label": "High" }"#,
            r#"{ "key": "urgent", "label": "Urgent" }"#,
        )
        .replace(
            r#""label": "Priority", "required": true,"#,
            r#""label": "Priority","#,
        );
    let config = with_config(&config);
    assert!(config.problems.is_empty(), "{:?}", config.problems);
    let mut saved = intake_answers();
    saved.set("priority", "high");
    let loaded = Loaded {
        values: Some(saved.clone()),
        ..Loaded::default()
    };
    let session = Rc::new(Session::open(
        &config,
        today(),
        &loaded,
        &Default::default(),
    ));
    let orphans = session.orphans();
    assert_eq!(orphans.iter().collect::<Vec<_>>(), [("priority", "high")]);
    assert!(
        validate(&config.form, &session.answers.values, today())
            .iter()
            .all(|e| &*e.field != "priority"),
        "an optional question with a withdrawn option is not blocked"
    );
    assert_eq!(
        session.answers().get("priority"),
        "",
        "the host hears no answer"
    );
    assert!(!generate(&config.form, &session.answers.values).contains("high"));
    // Required, it asks for an answer as an empty one does.
    let required = with_config(&intake_config().replace(
        r#"{ "key": "high", "label": "High" }"#,
        r#"{ "key": "urgent", "label": "Urgent" }"#,
    ));
    let errors = validate(&required.form, &saved, today());
    let priority = errors
        .iter()
        .find(|e| &*e.field == "priority")
        .map(|e| e.message.as_str());
    assert_eq!(priority, Some("Select priority"));
    // Dismissed, it goes; the rest stays.
    let session = reduce(session, Action::DismissOrphans);
    assert!(session.orphans().is_empty());
    assert_eq!(session.answers.values.get("priority"), "");
    assert_eq!(session.answers.values.get("service"), "Billing API");
}

#[test]
fn the_host_hears_only_the_answers_on_show_and_a_hidden_other_is_kept_for_later() {
    let config = with_config(intake_config());
    let mut saved = intake_answers();
    saved.set("priority", "low");
    saved.set("priority-other", "Very urgent");
    let loaded = Loaded {
        values: Some(saved),
        ..Loaded::default()
    };
    let session = Rc::new(Session::open(
        &config,
        today(),
        &loaded,
        &Default::default(),
    ));
    assert_eq!(session.answers().get("priority"), "low");
    assert_eq!(
        session.answers().get("priority-other"),
        "",
        "Other is not chosen"
    );
    assert!(session.orphans().is_empty());
    let session = reduce(session, Action::Edit("priority".into(), "other".to_owned()));
    assert_eq!(
        session.answers().get("priority-other"),
        "Very urgent",
        "chosen again, it is back"
    );
}

#[test]
fn a_link_may_name_an_option_by_its_words_and_is_told_about_one_the_form_lacks() {
    let spec = intake();
    let prefill = from_fragment("#ew-priority=High", &spec);
    assert_eq!(prefill.values.get("priority"), "high");
    assert!(prefill.ignored.is_empty(), "{:?}", prefill.ignored);
    let prefill = from_fragment("#ew-priority=urgent&ew-service=Billing", &spec);
    assert_eq!(prefill.values.get("priority"), "");
    assert_eq!(prefill.values.get("service"), "Billing");
    assert_eq!(
        prefill.ignored,
        ["ew-priority: not one of its options (low, high, other)"]
    );
}

#[test]
fn too_many_lines_reads_as_a_sentence() {
    let form = |label: &str| {
        value!({ "title": "Form: {a}", "sections": [{ "heading": "Part", "fields": [
            text_field("a", "A"),
            { "key": "l", "type": "list", "label": label, "maxItems": 1 }
        ] }] })
    };
    for (label, expected) in [
        (
            "API endpoints",
            "Enter 1 API endpoints or fewer, one per line",
        ),
        ("Datasets", "Enter 1 datasets or fewer, one per line"),
        (
            "Which datasets?",
            "Answer \u{201c}Which datasets?\u{201d} in 1 line or fewer",
        ),
    ] {
        let config = resolve(
            &Attributes::default(),
            Some(Ok(value!({ "form": form(label) }))),
        );
        assert!(config.problems.is_empty(), "{:?}", config.problems);
        let mut values = Values::default();
        values.set("l", "one\ntwo");
        let errors = validate(&config.form, &values, today());
        assert_eq!(
            errors
                .iter()
                .map(|e| e.message.as_str())
                .collect::<Vec<_>>(),
            [expected]
        );
    }
}

// ---- Random definitions and answers -----------------------------------------------------------

/// A name a host could give, from hostile text: Markdown's characters, HTML, URLs, line
/// breaks, tabs, control characters, the world's writing and spaces around it. "q" and `tag`
/// in the middle make it unique, ignoring case too, as the document's names must be (no
/// hostile token has a "q", so two names with different tags differ), and never empty.
fn hostile_name(tag: String) -> impl Strategy<Value = String> {
    assert!(INLINE_TOKENS
        .iter()
        .chain(SCRIPT_TOKENS)
        .all(|t| !t.contains(['q', 'Q'])));
    (short_text(4), short_text(4))
        .prop_map(move |(before, after)| format!("{before} q{tag} {after}"))
}

/// A name that may also be a key-value line's: any characters, colons too, and now and then
/// one at its end ("Versions tested on:"), as issue forms' labels have.
fn hostile_line_name(tag: String) -> impl Strategy<Value = String> {
    (hostile_name(tag), any::<bool>()).prop_map(|(name, colon)| {
        if colon {
            format!("{}:", name.trim_end())
        } else {
            name
        }
    })
}

/// The keys of a random choice's or checkboxes' options, of which it has the first two to all.
const OPTION_KEYS: [&str; 4] = ["low", "high", "mid", "x-9"];

/// A field's hostile names: label, docLabel, the options' labels and docLabels, the Other
/// field's label, a number's units. Which are used depends on the type.
#[derive(Clone, Debug)]
struct Names {
    label: String,
    doc_label: Option<String>,
    options: [(String, Option<String>); 4],
    other: String,
    units: (String, String),
}

fn names(n: usize) -> impl Strategy<Value = Names> {
    let option = |i: usize| {
        (
            hostile_name(format!("{n}o{i}")),
            prop::option::of(hostile_name(format!("{n}o{i}d"))),
        )
    };
    (
        hostile_line_name(n.to_string()),
        prop::option::of(hostile_line_name(format!("{n}d"))),
        [option(0), option(1), option(2), option(3)],
        hostile_name(format!("{n}other")),
        (
            hostile_name(format!("{n}u")),
            hostile_name(format!("{n}one")),
        ),
    )
        .prop_map(|(label, doc_label, options, other, units)| Names {
            label,
            doc_label,
            options,
            other,
            units,
        })
}

/// One random field of a random definition: its type, limits, whether it is required, and
/// what it is called, in hostile text; now and then a placeholder, a default, code (`render`),
/// a dropdown, limits on how many boxes are ticked; two to four options; a number from 0 or 1,
/// up to a limit or the largest the widget takes.
fn field_def(n: usize) -> impl Strategy<Value = Value> {
    let key = format!("f{n}");
    (
        0usize..11,
        any::<bool>(),
        1u32..6,
        (any::<bool>(), any::<bool>(), any::<bool>()),
        (2usize..=4, any::<bool>(), any::<bool>()),
        names(n),
    )
        .prop_map(move |(t, required, limit, (flag, extra, more), o, names)| {
            // How many options; whether a number may be 0, and has no max of its own.
            let (count, zero, unbounded) = o;
            let mut field = value!({ "key": key, "label": names.label, "required": required });
            if let Some(doc_label) = &names.doc_label {
                field["docLabel"] = value!(doc_label);
            }
            let set = |field: &mut Value, name: &str, v: Value| field[name] = v;
            let options = || -> Vec<Value> {
                OPTION_KEYS[..count]
                    .iter()
                    .zip(&names.options)
                    .map(|(key, (label, doc_label))| match doc_label {
                        Some(doc_label) => {
                            value!({ "key": key, "label": label, "docLabel": doc_label })
                        }
                        None => value!({ "key": key, "label": label }),
                    })
                    .collect()
            };
            match t {
                0 => {
                    set(&mut field, "type", value!("text"));
                    set(&mut field, "maxChars", value!(limit * 20));
                    if extra {
                        set(&mut field, "placeholder", value!(names.other));
                    }
                    if more {
                        set(&mut field, "default", value!("Ready"));
                    }
                }
                1 => {
                    set(&mut field, "type", value!("email"));
                    if extra {
                        set(&mut field, "placeholder", value!("name@corp.example"));
                    }
                }
                2 => {
                    set(&mut field, "type", value!("textarea"));
                    if flag {
                        set(&mut field, "maxWords", value!(limit * 30));
                    }
                    if extra {
                        set(&mut field, "render", value!("shell"));
                    }
                    if more {
                        set(&mut field, "default", value!("Steps:\n1. Open it\n2. See"));
                    }
                }
                3 => {
                    set(&mut field, "type", value!("list"));
                    set(&mut field, "maxItems", value!(limit + 2));
                    if extra {
                        set(&mut field, "placeholder", value!("One\nTwo"));
                    }
                }
                4 => {
                    set(&mut field, "type", value!("date"));
                    if flag {
                        set(&mut field, "notBefore", value!("today"));
                    }
                    if more {
                        set(&mut field, "default", value!("2027-03-01"));
                    }
                }
                5 => {
                    set(&mut field, "type", value!("number"));
                    set(&mut field, "min", value!(u32::from(!zero)));
                    if !unbounded {
                        set(&mut field, "max", value!(limit * 100));
                    }
                    if flag {
                        set(&mut field, "unit", value!(names.units.0));
                        set(&mut field, "unitOne", value!(names.units.1));
                    }
                    if more {
                        set(&mut field, "default", value!(1));
                    }
                }
                6 | 7 => {
                    set(&mut field, "type", value!("choice"));
                    set(&mut field, "options", value!(options()));
                    if flag {
                        set(&mut field, "other", value!(names.other));
                    }
                    if extra {
                        set(&mut field, "control", value!("dropdown"));
                    }
                    if more {
                        set(&mut field, "default", value!("high"));
                    }
                }
                8 | 9 => {
                    set(&mut field, "type", value!("checkboxes"));
                    set(&mut field, "options", value!(options()));
                    if flag {
                        set(&mut field, "other", value!(names.other));
                    }
                    if extra {
                        set(&mut field, "maxSelected", value!(2));
                    }
                    if more {
                        set(&mut field, "default", value!(["low"]));
                    }
                }
                _ => {
                    field = value!({ "type": "markdown", "value": format!("Guidance **{n}**.") });
                }
            }
            field
        })
}

/// A random definition: a title field, then up to eight random fields in one to three
/// sections, sometimes with acknowledgements; some questions (and sections) shown only while
/// an earlier choice or checkboxes field holds "high".
fn definition_strategy() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec((0usize..3, any::<bool>()), 1..9),
        any::<bool>(),
        "[A-Za-z ]{0,12}",
        (
            hostile_name("acks".to_owned()),
            prop::option::of(hostile_name("acksd".to_owned())),
        ),
        prop::collection::vec(any::<bool>(), 4),
    )
        .prop_flat_map(|(sections, acks, before, group, conditional_sections)| {
            let fields: Vec<_> = (0..sections.len()).map(field_def).collect();
            (
                Just(sections),
                Just(acks),
                Just(before),
                Just(group),
                Just(conditional_sections),
                fields,
            )
        })
        .prop_map(
            |(sections, acks, before, (label, doc_label), conditional_sections, fields)| {
                let mut parts: Vec<Vec<Value>> = vec![vec![value!({
                    "key": "name", "type": "text", "label": "Name", "required": true, "maxChars": 60
                })]];
                for ((section, conditional), field) in sections.into_iter().zip(fields) {
                    while parts.len() <= section {
                        parts.push(Vec::new());
                    }
                    let mut field = field;
                    if conditional {
                        field["showIf"] = value!({ "field": "?", "is": ["high"] });
                    }
                    parts[section].push(field);
                }
                if acks {
                    let mut group =
                        value!({ "key": "ok", "type": "acknowledgements", "label": label });
                    if let Some(doc_label) = doc_label {
                        group["docLabel"] = value!(doc_label);
                    }
                    parts.push(vec![group]);
                }
                let mut sections: Vec<Value> = parts
                    .into_iter()
                    .enumerate()
                    .filter(|(_, fields)| !fields.is_empty())
                    .map(|(n, fields)| value!({ "heading": format!("Part {n}"), "fields": fields }))
                    .collect();
                // Each condition names the nearest choice or checkboxes before it, or is
                // dropped where there is none; a section may depend on one in an earlier one.
                let mut last_choice: Option<String> = None;
                for (n, section) in sections.iter_mut().enumerate() {
                    let before_section = last_choice.clone();
                    if let Some(fields) = section["fields"].as_array_mut() {
                        for field in fields.iter_mut() {
                            if field.get("showIf").is_some() {
                                match &last_choice {
                                    Some(key) => field["showIf"]["field"] = value!(key),
                                    None => {
                                        if let Some(object) = field.as_object_mut() {
                                            object.remove("showIf");
                                        }
                                    }
                                }
                            }
                            if matches!(field["type"].as_str(), Some("choice" | "checkboxes")) {
                                last_choice = field["key"].as_str().map(str::to_owned);
                            }
                        }
                    }
                    if let (true, Some(key)) = (conditional_sections[n % 4], before_section) {
                        section["showIf"] = value!({ "field": key, "is": ["high", "low"] });
                    }
                }
                value!({ "title": format!("{before}{{name}}"), "sections": sections })
            },
        )
}

/// Random answers for every field of `spec`, reaching whatever the field offers: any option of
/// a choice (Other too, where it has one), any set of checkboxes in any order, numbers 0, 1, 2,
/// large ones and ones in other scripts' digits, dates, addresses, and text of Markdown's
/// punctuation, colons, right-to-left scripts, combining marks and emoji; or nothing, or text
/// where an option or number belongs.
fn answers(spec: &FormSpec) -> impl Strategy<Value = Values> {
    let junk = || short_text(6).boxed();
    let per_field: Vec<_> = spec
        .fields()
        .iter()
        .map(|f| {
            let value = match &f.kind {
                Kind::Acknowledgement(_) => {
                    prop_oneof![Just(TICKED.to_owned()), Just(String::new())].boxed()
                }
                Kind::Choice(ChoiceField { options, .. }) => {
                    let keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                    prop_oneof![
                        4 => prop::sample::select(keys),
                        1 => Just(String::new()),
                        1 => junk(),
                    ]
                    .boxed()
                }
                Kind::Checkboxes(CheckboxesField { options, .. }) => {
                    let keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                    let n = keys.len();
                    prop_oneof![
                        4 => prop::sample::subsequence(keys, 0..=n)
                            .prop_shuffle()
                            .prop_map(|ticked| ticked.join(",")),
                        1 => junk(),
                    ]
                    .boxed()
                }
                Kind::Number(_) => prop_oneof![
                    prop::sample::select(vec![
                        "0",
                        "1",
                        "2",
                        "3",
                        "10",
                        "11",
                        "21",
                        "100",
                        "101",
                        "999999999",
                        "01",
                        "\u{663}",
                        "\u{ff11}",
                        "1000000000",
                        "-1",
                        "1.5",
                    ])
                    .prop_map(str::to_owned),
                    (0u32..=999_999_999).prop_map(|n| n.to_string()),
                    junk(),
                ]
                .boxed(),
                Kind::Date(_) => prop_oneof![
                    prop::sample::select(vec![
                        "2027-03-01",
                        "2026-11-24",
                        "2028-02-29",
                        "2020-01-01"
                    ])
                    .prop_map(str::to_owned),
                    junk(),
                ]
                .boxed(),
                Kind::Email(_) => prop_oneof![
                    Just("ada@corp.example".to_owned()),
                    Just("z\u{f6}e@b\u{fc}ro.example".to_owned()),
                    junk(),
                ]
                .boxed(),
                _ if f.kind.shape() == Shape::Line => {
                    prop_oneof![4 => short_text(8), 1 => Just(String::new())].boxed()
                }
                _ => prop_oneof![4 => long_script_text(), 1 => Just(String::new())].boxed(),
            };
            (Just(f.key.to_string()), value)
        })
        .collect();
    per_field.prop_map(|pairs| pairs.into_iter().collect::<Values>())
}

fn case() -> impl Strategy<Value = (Rc<FormSpec>, Values)> {
    definition_strategy().prop_flat_map(|definition| {
        let resolved = resolve(
            &Attributes::default(),
            Some(Ok(value!({ "form": definition }))),
        );
        assert!(resolved.problems.is_empty(), "{:?}", resolved.problems);
        let spec = resolved.form;
        let values = answers(&spec);
        (Just(spec), values)
    })
}

/// The outline the definition promises: the title, then each long field on show (its
/// conditions hold) that has something to show (required, or answered) and each
/// acknowledgements group on show, by document name, in form order.
fn expected_sections(spec: &FormSpec, doc_values: &Values) -> Vec<String> {
    let mut out = Vec::new();
    for item in spec.sections.iter().flat_map(|s| s.items.iter()) {
        match item {
            Item::Field(key) => {
                let Some(field) = spec.field(key).filter(|f| f.kind.shape() == Shape::Section)
                else {
                    continue;
                };
                if !visible(spec, doc_values, &field.shown_if) {
                    continue;
                }
                if field.required || section_has_text(field, doc_values.get(key)) {
                    out.push(field.doc_label.clone());
                }
            }
            Item::Group(group) if visible(spec, doc_values, &group.shown_if) => {
                out.push(group.doc_label.clone())
            }
            Item::Group(_) | Item::Guidance(_) => {}
        }
    }
    out
}

/// Whether each condition holds, worked out here from the answers (not by the code under
/// test): the field it names is on show, and one of its options is chosen (a choice's answer
/// is that option's key; checkboxes' answer lists the ticked keys with commas).
fn visible(spec: &FormSpec, values: &Values, conditions: &[Condition]) -> bool {
    conditions.iter().all(|c| {
        let Some(field) = spec.field(&c.field) else {
            return false;
        };
        let answer = values.get(&c.field);
        let chosen = |option: &str| match field.kind {
            Kind::Checkboxes(_) => answer.split(',').any(|k| k.trim() == option),
            _ => answer.trim() == option,
        };
        visible(spec, values, &field.shown_if) && c.any_of.iter().any(|o| chosen(o))
    })
}

/// The answers import must give back exactly, worked out here from the answers: each choice,
/// checkboxes and number on show whose answer the document names (an offered option; ticked
/// boxes, in the options' order; a whole number as written, "1" of a unit's "one" form too).
/// "Other" counts where its own answer has something to show. Answers the document
/// writes in a form of its own ("01", other scripts' digits, text) are left to the round trip.
fn answers_that_come_back(spec: &FormSpec, values: &Values) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for field in spec.fields() {
        if field.revealed_by.is_some() || !visible(spec, values, &field.shown_if) {
            continue;
        }
        let answer = values.get(&field.key);
        let shown = |option: &str, other: &Option<Key>| {
            option != "other" || described(values, other.as_deref())
        };
        let expected = match &field.kind {
            Kind::Choice(ChoiceField { options, other, .. }) => options
                .iter()
                .find(|o| o.key == answer)
                .filter(|o| shown(&o.key, other))
                .map(|o| o.key.clone()),
            Kind::Checkboxes(CheckboxesField { options, other, .. }) => {
                let ticked: Vec<&str> = answer.split(',').collect();
                let offered =
                    answer.is_empty() || ticked.iter().all(|k| options.iter().any(|o| o.key == *k));
                offered.then(|| {
                    let keys: Vec<&str> = options
                        .iter()
                        .filter(|o| ticked.contains(&o.key.as_str()) && shown(&o.key, other))
                        .map(|o| o.key.as_str())
                        .collect();
                    keys.join(",")
                })
            }
            Kind::Number(_) => answer
                .parse::<u64>()
                .ok()
                .filter(|n| n.to_string() == answer)
                .map(|_| answer.to_owned()),
            _ => None,
        };
        if let Some(expected) = expected {
            out.push((field.key.to_string(), expected));
        }
    }
    out
}

/// The names the key-value block must show, in order: each one-line field that is part of the
/// document (required, or answered).
fn expected_lines(spec: &FormSpec, values: &Values) -> Vec<String> {
    spec.fields()
        .iter()
        .filter(|f| f.kind.shape() == Shape::Line && f.revealed_by.is_none())
        .filter(|f| visible(spec, values, &f.shown_if))
        .filter(|f| f.required || line_has_text(f, values))
        .map(|f| f.doc_label.clone())
        .collect()
}

/// Whether an "Other" field has an answer to show, its text on one line.
fn described(values: &Values, other: Option<&str>) -> bool {
    other.is_some_and(|key| !one_line(values.get(key)).is_empty())
}

/// Whether a one-line field's answer has text for the document, worked out here: its text on
/// one line is not empty; a choice's is an option's key ("other" only with an answer of its
/// own), checkboxes have such a key among the ones ticked; a date typed only in part has none.
fn line_has_text(field: &FieldSpec, values: &Values) -> bool {
    let answer = one_line(values.get(&field.key));
    let offered = |options: &[OptionSpec], other: &Option<_>, ticked: &[&str]| {
        options.iter().any(|o| {
            ticked.contains(&o.key.as_str())
                && (o.key != "other" || described(values, other.as_deref()))
        })
    };
    match &field.kind {
        Kind::Choice(ChoiceField { options, other, .. }) => offered(options, other, &[&answer]),
        Kind::Checkboxes(CheckboxesField { options, other, .. }) => {
            let ticked: Vec<&str> = answer.split(',').map(str::trim).collect();
            offered(options, other, &ticked)
        }
        Kind::Date(_) => !answer.is_empty() && answer != UNFINISHED_DATE,
        _ => !answer.is_empty(),
    }
}

/// Whether an optional long field's answer gives it a section, worked out here: it has a
/// character that is neither whitespace nor a control character; for a list, on a line that
/// is not only a list marker ("-", "*", "+", "1.", "12)").
fn section_has_text(field: &FieldSpec, value: &str) -> bool {
    let shows = |s: &str| s.chars().any(|c| !c.is_whitespace() && !c.is_control());
    let bare_marker = |line: &str| {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        matches!(line, "-" | "*" | "+")
            || ((1..=2).contains(&digits) && matches!(&line[digits..], "." | ")"))
    };
    match field.kind {
        Kind::List(_) => value
            .split(['\n', '\r'])
            .map(str::trim)
            .any(|line| shows(line) && !bare_marker(line)),
        _ => shows(value),
    }
}

proptest! {
    #![proptest_config(common::proptest_config(1000))]

    #[test]
    fn any_definitions_document_imports_back_to_itself_with_its_sections((spec, values) in case()) {
        let doc = generate(&spec, &values);
        let imported = import(&spec, &doc);
        prop_assert!(imported.is_ok(), "{:?}\n{}", imported, doc);
        let imported = imported.unwrap_or_else(|_| unreachable!());
        prop_assert!(imported.unknown.is_empty(), "{:?}\n{}", imported.unknown, doc);
        let again = generate(&spec, &imported.values);
        prop_assert_eq!(&again, &doc);
        // The options, boxes and numbers come back as they were chosen, not just as text that
        // writes the same document.
        for (key, expected) in answers_that_come_back(&spec, &values) {
            prop_assert_eq!(imported.values.get(&key), expected.as_str(), "{}\n{}", key, doc);
        }

        let expected = expected_sections(&spec, &values);
        let lines = expected_lines(&spec, &values);
        for reading in [read_pulldown(&doc), read_comrak(&doc)] {
            prop_assert!(reading.html.is_empty(), "{:?}\n{}", reading.html, doc);
            let titles: Vec<&(u8, String)> = reading.outline.iter().filter(|(level, _)| *level == 1).collect();
            prop_assert_eq!(titles.len(), 1, "{}", doc);
            let sections: Vec<String> = reading.outline.iter().filter(|(level, _)| *level == 2).map(|(_, t)| t.clone()).collect();
            prop_assert_eq!(&sections, &expected, "{}", doc);
            // Each key-value line reads "<name>: <answer>", the name exactly as the host gave it.
            prop_assert_eq!(reading.summary.len(), lines.len(), "{}", doc);
            for (line, name) in reading.summary.iter().zip(&lines) {
                prop_assert!(line.starts_with(&format!("{name}: ")), "{:?} is not {:?}\n{}", line, name, doc);
            }
        }
    }
}

#[test]
fn a_list_without_a_hint_says_each_answer_takes_a_line() {
    let spec = intake();
    let datasets = spec.field("datasets").map(|f| f.hint.clone());
    assert_eq!(
        datasets,
        Some(Some("Put each one on a line of its own.".to_owned()))
    );
    // A list's own hint is kept.
    let one_pager = FormSpec::default();
    let measures = one_pager
        .field("success-measures")
        .and_then(|f| f.hint.clone());
    assert_eq!(
        measures.as_deref(),
        Some("How you will know it worked. One measure per line.")
    );
}
