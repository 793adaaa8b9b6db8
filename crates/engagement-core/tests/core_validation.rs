//! Every rule and message of the one-pager form, table-driven, plus the GOV.UK timing of when
//! errors show.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete_values as complete, today};
use engagement_core::answers::Answers;
use engagement_core::content::Content;
use engagement_core::form::{FormSpec, Limits, Values, TICKED, UNFINISHED_DATE};
use engagement_core::validate::{validate, validate_field};

/// GOV.UK's words for an email address that is not one.
const EMAIL_FORMAT_MESSAGE: &str =
    "Enter an email address in the correct format, like name@example.com";

fn error_for(id: &str, value: &str) -> Option<String> {
    let spec = FormSpec::default();
    let mut values = complete();
    values.set(id, value);
    validate_field(&spec, &values, id, today())
}

#[test]
fn a_complete_form_has_no_errors() {
    assert_eq!(validate(&FormSpec::default(), &complete(), today()), vec![]);
}

#[test]
fn every_rule_and_message() {
    let long_80 = "x".repeat(80);
    let long_81 = "x".repeat(81);
    let words = |n: usize| vec!["word"; n].join(" ");
    let lines = |n: usize| {
        (1..=n)
            .map(|i| format!("measure {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    // Longest legal address: a 64-character local part and a 189-character domain.
    let domain = |last: usize| {
        format!(
            "{}.{}.{}.com",
            "b".repeat(63),
            "c".repeat(63),
            "d".repeat(last)
        )
    };
    let email_254 = format!("{}@{}", "a".repeat(64), domain(57));
    let email_255 = format!("{}@{}", "a".repeat(64), domain(58));
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        // Required short text, 80 characters at most.
        ("team", "".into(), Some("Enter the team name")),
        ("team", "   \t ".into(), Some("Enter the team name")),
        ("team", long_80.clone(), None),
        ("team", long_81.clone(), Some("Team name must be 80 characters or fewer")),
        ("team", format!("  {long_80}  "), None),
        ("contact", "".into(), Some("Enter the name of the point of contact")),
        ("contact", long_81, Some("Point of contact must be 80 characters or fewer")),
        ("contact", "Zoë O'Brien-Łukasiewicz".into(), None),
        // Nothing the one-pager would show is no answer.
        ("team", "\u{feff}\u{1}".into(), Some("Enter the team name")),
        // Email.
        ("email", "".into(), Some("Enter the contact email address")),
        ("email", "name@example.com".into(), None),
        ("email", " name@example.com ".into(), None),
        ("email", "first.last+tag@sub.example.co.uk".into(), None),
        ("email", "name".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "name@".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "name@example".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "na me@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "name@@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "Name <name@example.com>".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "name@[127.0.0.1]".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "name@example..com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        // Host names only after the @, ASCII before it.
        ("email", "a@b_c.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "a@-b.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "a@b-.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "ä@b.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "\"quoted\"@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "a(comment)@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", "o'neil!#$%&*+/=?^_`{|}~-@example.com".into(), None),
        ("email", "a@b-c.com".into(), None),
        ("email", "a@xn--b-eha.com".into(), None),
        ("email", "a@bü.com".into(), None),
        ("email", format!("{}@example.com", "a".repeat(65)), Some(EMAIL_FORMAT_MESSAGE)),
        ("email", email_254, None),
        ("email", email_255, Some("Contact email must be 254 characters or fewer")),
        // Long text, in words.
        ("problem", "".into(), Some("Describe the problem")),
        ("problem", " \n\r\n ".into(), Some("Describe the problem")),
        ("problem", words(250), None),
        ("problem", words(251), Some("Problem must be 250 words or fewer")),
        ("solution", "".into(), Some("Describe the proposed solution")),
        ("solution", words(251), Some("Proposed solution must be 250 words or fewer")),
        ("engagement-goal", "".into(), Some("Enter the engagement goal")),
        ("engagement-goal", words(120), None),
        ("engagement-goal", words(121), Some("Engagement goal must be 120 words or fewer")),
        ("diffusion-goal", "".into(), Some("Enter the diffusion goal")),
        ("diffusion-goal", words(121), Some("Diffusion goal must be 120 words or fewer")),
        // One per line.
        ("success-measures", "".into(), Some("Enter at least one success measure")),
        ("success-measures", "\n \n\t\n".into(), Some("Enter at least one success measure")),
        ("success-measures", "- \n-\n1.".into(), Some("Enter at least one success measure")),
        ("success-measures", format!("{}\n- ", lines(10)), None),
        ("success-measures", "one".into(), None),
        ("success-measures", lines(10), None),
        ("success-measures", format!("{}\n\n\n", lines(10)), None),
        ("success-measures", lines(11), Some("Enter 10 success measures or fewer, one per line")),
        ("success-measures", lines(10).replace('\n', "\r\n"), None),
        // Dates, with today injected (2026-11-24).
        ("start-date", "".into(), Some("Enter the proposed start date, including the day, month and year")),
        ("start-date", "2026-11-24".into(), None),
        ("start-date", "2026-11-23".into(), Some("Proposed start date must be today or in the future")),
        ("start-date", "2028-02-29".into(), None),
        ("start-date", "2027-02-29".into(), Some("Proposed start date must be a real date")),
        ("start-date", "2026-13-01".into(), Some("Proposed start date must be a real date")),
        ("start-date", "next week".into(), Some("Proposed start date must be a real date")),
        ("start-date", "27-01-2027".into(), Some("Proposed start date must be a real date")),
        // What the browser's date control reports when it holds part of a date, or 31 February.
        ("start-date", UNFINISHED_DATE.into(), Some("Proposed start date must be a real date, including the day, month and year")),
        // Whole number 1..=26.
        ("length-weeks", "".into(), Some("Enter the length in weeks")),
        ("length-weeks", "1".into(), None),
        ("length-weeks", "26".into(), None),
        ("length-weeks", " 12 ".into(), None),
        ("length-weeks", "010".into(), None),
        ("length-weeks", "0".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "27".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "99999999999999999999".into(), Some("Length in weeks must be a whole number, like 10")),
        ("length-weeks", "10.5".into(), Some("Length in weeks must be a whole number, like 10")),
        // Negative: a whole number, out of range.
        ("length-weeks", "-3".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "\u{2212}3".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "-0".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "-3.5".into(), Some("Length in weeks must be a whole number, like 10")),
        ("length-weeks", "--3".into(), Some("Length in weeks must be a whole number, like 10")),
        ("length-weeks", "ten".into(), Some("Length in weeks must be a whole number, like 10")),
        // Digits as other keyboards type them.
        ("length-weeks", "１２".into(), None),
        ("length-weeks", "١٠".into(), None),
        ("length-weeks", "۱۰".into(), None),
        ("length-weeks", "१०".into(), None),
        ("length-weeks", "２７".into(), Some("Length in weeks must be between 1 and 26")),
        ("length-weeks", "1٠x".into(), Some("Length in weeks must be a whole number, like 10")),
        // Choice.
        ("retro-cadence", "".into(), Some("Select how often you will hold retros")),
        ("retro-cadence", "fortnightly".into(), None),
        ("retro-cadence", "monthly".into(), Some("Select how often you will hold retros")),
        // Acknowledgements.
        ("ack-1", "".into(), Some("Confirm that your team agrees with “The aux engineer will not do the hard work”")),
        ("ack-2", "".into(), Some("Confirm that your team agrees with “Diffusion is the primary goal; project success is the secondary one”")),
        ("ack-3", "".into(), Some("Confirm that your team agrees with “Weekly retros and schedules matter, and critical feedback is strongly encouraged”")),
        ("ack-4", "".into(), Some("Confirm that your team agrees with “If failure modes persist, the engagement ends early”")),
        ("ack-4", "true".into(), Some("Confirm that your team agrees with “If failure modes persist, the engagement ends early”")),
        ("ack-4", TICKED.into(), None),
        // Optional notes.
        ("notes", "".into(), None),
        ("notes", words(250), None),
        ("notes", words(251), Some("Additional notes must be 250 words or fewer")),
    ];
    for (id, value, expected) in cases {
        let shown: String = value.chars().take(40).collect();
        assert_eq!(
            error_for(id, &value).as_deref(),
            expected,
            "{id} = {shown:?}"
        );
    }
}

#[test]
fn other_cadence_requires_its_description() {
    let spec = FormSpec::default();
    let mut values = complete();
    values.set("retro-cadence", "other");
    assert_eq!(
        validate_field(&spec, &values, "retro-other", today()).as_deref(),
        Some("Describe your retro cadence")
    );
    // Its label is an instruction; its other messages name what it holds.
    values.set("retro-other", "x".repeat(81));
    assert_eq!(
        validate_field(&spec, &values, "retro-other", today()).as_deref(),
        Some("Your retro cadence must be 80 characters or fewer")
    );
    values.set("retro-other", "Every three weeks, on Fridays");
    assert_eq!(validate_field(&spec, &values, "retro-other", today()), None);
    // Hidden again: no longer checked, but the description is kept.
    values.set("retro-cadence", "weekly");
    values.set("retro-other", "");
    assert_eq!(validate_field(&spec, &values, "retro-other", today()), None);
}

#[test]
fn an_empty_form_lists_every_required_field_in_order() {
    let spec = FormSpec::default();
    let errors = validate(&spec, &Values::default(), today());
    let fields: Vec<&str> = errors.iter().map(|e| &*e.field).collect();
    assert_eq!(
        fields,
        vec![
            "team",
            "contact",
            "email",
            "problem",
            "solution",
            "engagement-goal",
            "diffusion-goal",
            "success-measures",
            "start-date",
            "length-weeks",
            "retro-cadence",
            "ack-1",
            "ack-2",
            "ack-3",
            "ack-4",
        ]
    );
    // The default length (10) is a value, so a fresh form does not ask for it.
    let fresh = validate(&spec, &spec.default_values(), today());
    assert!(fresh.iter().all(|e| &*e.field != "length-weeks"));
}

#[test]
fn ten_thousand_characters_are_checked_without_trouble() {
    let text = "abcdefghij".repeat(1000);
    assert_eq!(
        error_for("team", &text).as_deref(),
        Some("Team name must be 80 characters or fewer")
    );
    assert_eq!(
        error_for("problem", &text),
        None,
        "one long word is one word"
    );
    let many = "ab ".repeat(3334);
    assert_eq!(
        error_for("problem", &many).as_deref(),
        Some("Problem must be 250 words or fewer")
    );
}

#[test]
fn configured_limits_change_the_rules_and_messages() {
    let limits = Limits {
        short_chars: 20,
        problem_words: 5,
        measures_max: 2,
        weeks_min: 2,
        weeks_max: 8,
        ..Limits::default()
    };
    let spec = FormSpec::one_pager(&Content::default().expectations, &limits);
    let mut values = complete();
    values.set("team", "x".repeat(21));
    values.set("problem", "one two three four five six");
    values.set("success-measures", "a\nb\nc");
    values.set("length-weeks", "9");
    let messages: Vec<String> = validate(&spec, &values, today())
        .into_iter()
        .map(|e| e.message)
        .collect();
    assert_eq!(
        messages,
        vec![
            "Team name must be 20 characters or fewer",
            "Problem must be 5 words or fewer",
            "Enter 2 success measures or fewer, one per line",
            "Length in weeks must be between 2 and 8",
        ]
    );
    // Ten weeks is outside these limits: no default answer the user never gave, and the hint
    // gives the range instead of "Most engagements run for 10 weeks."
    assert_eq!(spec.default_values().get("length-weeks"), "");
    let weeks = spec.field("length-weeks").expect("weeks");
    assert_eq!(weeks.hint.as_deref(), Some("Between 2 and 8 weeks."));
    let usual = FormSpec::default();
    assert_eq!(usual.default_values().get("length-weeks"), "10");
}

#[test]
fn errors_wait_until_the_user_leaves_a_changed_field_or_checks() {
    let spec = FormSpec::default();
    let mut form = Answers::new(spec.default_values());
    let t = today();
    // Typing: nothing shows yet.
    form.edit("email", "not-an-email");
    assert_eq!(form.visible_error(&spec, "email", t), None);
    // Leaving a changed field shows its error; other fields stay quiet.
    form.leave("email");
    assert_eq!(
        form.visible_error(&spec, "email", t).as_deref(),
        Some(EMAIL_FORMAT_MESSAGE)
    );
    assert_eq!(form.visible_error(&spec, "team", t), None);
    // Leaving a field the user never changed shows nothing.
    form.leave("team");
    assert_eq!(form.visible_error(&spec, "team", t), None);
    // Once shown, the error re-checks live as the user fixes it.
    form.edit("email", "ada@example.com");
    assert_eq!(form.visible_error(&spec, "email", t), None);
    assert!(
        form.summary(&spec, t).is_empty(),
        "no summary before an attempt"
    );
    // Checking shows everything, and from then on every field is live.
    let errors = form.attempt(&spec, t);
    assert_eq!(errors.len(), form.summary(&spec, t).len());
    assert_eq!(
        form.visible_error(&spec, "team", t).as_deref(),
        Some("Enter the team name")
    );
    form.edit("team", "Payments");
    assert_eq!(form.visible_error(&spec, "team", t), None);
    assert!(!form.is_complete(&spec, t));
}

#[test]
fn a_date_left_unfinished_is_called_out_even_when_it_was_unfinished_before() {
    // Restored unfinished, typed in again (the control cannot tell what), and left.
    let spec = FormSpec::default();
    let t = today();
    let mut values = spec.default_values();
    values.set("start-date", UNFINISHED_DATE);
    let mut form = Answers::new(values);
    assert_eq!(form.visible_error(&spec, "start-date", t), None);
    form.leave("start-date");
    assert!(form
        .visible_error(&spec, "start-date", t)
        .is_some_and(|m| m.contains("must be a real date")));
}

#[test]
fn the_summary_keeps_what_the_check_found_and_drops_what_is_fixed() {
    let spec = FormSpec::default();
    let t = today();
    let mut values = complete();
    values.set("team", "");
    values.set("email", "not an address");
    let mut form = Answers::new(values);
    let found = form.attempt(&spec, t);
    let fields = |errors: &[engagement_core::validate::FieldError]| {
        errors
            .iter()
            .map(|e| e.field.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(fields(&found), vec!["team", "email"]);
    assert_eq!(form.summary(&spec, t), found);
    // Fixing a field takes it off the list at once, and breaking it again does not bring it
    // back before the next check.
    form.edit("team", "Payments");
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec!["email"]);
    form.edit("team", "x".repeat(81));
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec!["email"]);
    form.edit("team", "Payments");
    // A different problem with a listed field: the field says what is wrong now; the list
    // (an alert) keeps the check's words until the next check, so typing is not read out.
    form.edit("email", "");
    form.recheck(&spec, t);
    assert_eq!(
        form.summary(&spec, t)[0].message,
        "Enter an email address in the correct format, like name@example.com"
    );
    assert_eq!(
        form.visible_error(&spec, "email", t).as_deref(),
        Some("Enter the contact email address")
    );
    // A new problem shows at its field, but joins the list only at the next check.
    form.edit("contact", "");
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec!["email"]);
    assert!(form.visible_error(&spec, "contact", t).is_some());
    let again = form.attempt(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec!["contact", "email"]);
    assert_eq!(form.summary(&spec, t), again);
    assert_eq!(again[1].message, "Enter the contact email address");
}

#[test]
fn a_question_revealed_after_the_check_waits_for_the_user() {
    let spec = FormSpec::default();
    let t = today();
    let mut form = Answers::new(spec.default_values());
    form.attempt(&spec, t);
    assert!(form.visible_error(&spec, "team", t).is_some());
    // Choosing "Other" reveals its description: empty, but not shown as wrong yet.
    form.edit("retro-cadence", "other");
    assert_eq!(form.visible_error(&spec, "retro-other", t), None);
    // Leaving it after typing makes it live, as for any field...
    form.edit("retro-other", "x".repeat(81));
    assert_eq!(form.visible_error(&spec, "retro-other", t), None);
    form.leave("retro-other");
    assert_eq!(
        form.visible_error(&spec, "retro-other", t).as_deref(),
        Some("Your retro cadence must be 80 characters or fewer")
    );
    // ... and the next check includes it.
    let mut other = Answers::new(spec.default_values());
    other.attempt(&spec, t);
    other.edit("retro-cadence", "other");
    other.attempt(&spec, t);
    assert_eq!(
        other.visible_error(&spec, "retro-other", t).as_deref(),
        Some("Describe your retro cadence")
    );
}

#[test]
fn every_value_survives_every_step() {
    let spec = FormSpec::default();
    let mut form = Answers::new(spec.default_values());
    let t = today();
    form.edit("problem", "  keep   my\r\nspacing  ");
    form.leave("problem");
    form.attempt(&spec, t);
    form.edit("retro-cadence", "other");
    form.edit("retro-other", "monthly-ish");
    form.edit("retro-cadence", "weekly");
    form.attempt(&spec, t);
    assert_eq!(form.values.get("problem"), "  keep   my\r\nspacing  ");
    assert_eq!(form.values.get("retro-other"), "monthly-ish");
}

#[test]
fn a_completed_form_is_complete_after_a_check() {
    let spec = FormSpec::default();
    let mut form = Answers::new(complete());
    assert!(
        !form.is_complete(&spec, today()),
        "not before the user checks"
    );
    assert!(form.attempt(&spec, today()).is_empty());
    assert!(form.is_complete(&spec, today()));
}
