//! Every rule and message of the one-pager form, table-driven, plus the GOV.UK timing of when
//! errors show.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete_values as complete, today};
use engagement_widget::core::content::Content;
use engagement_widget::core::form::{FieldId, FormSpec, Limits, Values, TICKED, UNFINISHED_DATE};
use engagement_widget::core::state::FormState;
use engagement_widget::core::validate::{validate, validate_field, EMAIL_FORMAT_MESSAGE};

fn error_for(id: FieldId, value: &str) -> Option<String> {
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
    let cases: Vec<(FieldId, String, Option<&str>)> = vec![
        // Required short text, 80 characters at most.
        (FieldId::TeamName, "".into(), Some("Enter the team name")),
        (FieldId::TeamName, "   \t ".into(), Some("Enter the team name")),
        (FieldId::TeamName, long_80.clone(), None),
        (FieldId::TeamName, long_81.clone(), Some("Team name must be 80 characters or fewer")),
        (FieldId::TeamName, format!("  {long_80}  "), None),
        (FieldId::Contact, "".into(), Some("Enter the name of the point of contact")),
        (FieldId::Contact, long_81, Some("Point of contact must be 80 characters or fewer")),
        (FieldId::Contact, "Zoë O'Brien-Łukasiewicz".into(), None),
        // Nothing the one-pager would show is no answer.
        (FieldId::TeamName, "\u{feff}\u{1}".into(), Some("Enter the team name")),
        // Email.
        (FieldId::Email, "".into(), Some("Enter the contact email address")),
        (FieldId::Email, "name@example.com".into(), None),
        (FieldId::Email, " name@example.com ".into(), None),
        (FieldId::Email, "first.last+tag@sub.example.co.uk".into(), None),
        (FieldId::Email, "name".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "name@".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "name@example".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "na me@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "name@@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "Name <name@example.com>".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "name@[127.0.0.1]".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "name@example..com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        // Host names only after the @, ASCII before it.
        (FieldId::Email, "a@b_c.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "a@-b.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "a@b-.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "ä@b.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "\"quoted\"@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "a(comment)@example.com".into(), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, "o'neil!#$%&*+/=?^_`{|}~-@example.com".into(), None),
        (FieldId::Email, "a@b-c.com".into(), None),
        (FieldId::Email, "a@xn--b-eha.com".into(), None),
        (FieldId::Email, "a@bü.com".into(), None),
        (FieldId::Email, format!("{}@example.com", "a".repeat(65)), Some(EMAIL_FORMAT_MESSAGE)),
        (FieldId::Email, email_254, None),
        (FieldId::Email, email_255, Some("Contact email must be 254 characters or fewer")),
        // Long text, in words.
        (FieldId::Problem, "".into(), Some("Describe the problem")),
        (FieldId::Problem, " \n\r\n ".into(), Some("Describe the problem")),
        (FieldId::Problem, words(250), None),
        (FieldId::Problem, words(251), Some("Problem must be 250 words or fewer")),
        (FieldId::Solution, "".into(), Some("Describe the proposed solution")),
        (FieldId::Solution, words(251), Some("Proposed solution must be 250 words or fewer")),
        (FieldId::EngagementGoal, "".into(), Some("Enter the engagement goal")),
        (FieldId::EngagementGoal, words(120), None),
        (FieldId::EngagementGoal, words(121), Some("Engagement goal must be 120 words or fewer")),
        (FieldId::DiffusionGoal, "".into(), Some("Enter the diffusion goal")),
        (FieldId::DiffusionGoal, words(121), Some("Diffusion goal must be 120 words or fewer")),
        // One per line.
        (FieldId::SuccessMeasures, "".into(), Some("Enter at least one success measure")),
        (FieldId::SuccessMeasures, "\n \n\t\n".into(), Some("Enter at least one success measure")),
        (FieldId::SuccessMeasures, "- \n-\n1.".into(), Some("Enter at least one success measure")),
        (FieldId::SuccessMeasures, format!("{}\n- ", lines(10)), None),
        (FieldId::SuccessMeasures, "one".into(), None),
        (FieldId::SuccessMeasures, lines(10), None),
        (FieldId::SuccessMeasures, format!("{}\n\n\n", lines(10)), None),
        (FieldId::SuccessMeasures, lines(11), Some("Enter 10 success measures or fewer, one per line")),
        (FieldId::SuccessMeasures, lines(10).replace('\n', "\r\n"), None),
        // Dates, with today injected (2026-11-24).
        (FieldId::StartDate, "".into(), Some("Enter the proposed start date, including the day, month and year")),
        (FieldId::StartDate, "2026-11-24".into(), None),
        (FieldId::StartDate, "2026-11-23".into(), Some("Proposed start date must be today or in the future")),
        (FieldId::StartDate, "2028-02-29".into(), None),
        (FieldId::StartDate, "2027-02-29".into(), Some("Proposed start date must be a real date")),
        (FieldId::StartDate, "2026-13-01".into(), Some("Proposed start date must be a real date")),
        (FieldId::StartDate, "next week".into(), Some("Proposed start date must be a real date")),
        (FieldId::StartDate, "27-01-2027".into(), Some("Proposed start date must be a real date")),
        // What the browser's date control reports when it holds part of a date, or 31 February.
        (FieldId::StartDate, UNFINISHED_DATE.into(), Some("Proposed start date must be a real date, including the day, month and year")),
        // Whole number 1..=26.
        (FieldId::LengthWeeks, "".into(), Some("Enter the length in weeks")),
        (FieldId::LengthWeeks, "1".into(), None),
        (FieldId::LengthWeeks, "26".into(), None),
        (FieldId::LengthWeeks, " 12 ".into(), None),
        (FieldId::LengthWeeks, "010".into(), None),
        (FieldId::LengthWeeks, "0".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "27".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "99999999999999999999".into(), Some("Length in weeks must be a whole number, like 10")),
        (FieldId::LengthWeeks, "10.5".into(), Some("Length in weeks must be a whole number, like 10")),
        // Negative: a whole number, out of range.
        (FieldId::LengthWeeks, "-3".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "\u{2212}3".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "-0".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "-3.5".into(), Some("Length in weeks must be a whole number, like 10")),
        (FieldId::LengthWeeks, "--3".into(), Some("Length in weeks must be a whole number, like 10")),
        (FieldId::LengthWeeks, "ten".into(), Some("Length in weeks must be a whole number, like 10")),
        // Digits as other keyboards type them.
        (FieldId::LengthWeeks, "１２".into(), None),
        (FieldId::LengthWeeks, "١٠".into(), None),
        (FieldId::LengthWeeks, "۱۰".into(), None),
        (FieldId::LengthWeeks, "१०".into(), None),
        (FieldId::LengthWeeks, "２７".into(), Some("Length in weeks must be between 1 and 26")),
        (FieldId::LengthWeeks, "1٠x".into(), Some("Length in weeks must be a whole number, like 10")),
        // Choice.
        (FieldId::RetroCadence, "".into(), Some("Select how often you will hold retros")),
        (FieldId::RetroCadence, "fortnightly".into(), None),
        (FieldId::RetroCadence, "monthly".into(), Some("Select how often you will hold retros")),
        // Acknowledgements.
        (FieldId::Ack(0), "".into(), Some("Confirm that your team agrees with “The aux engineer will not do the hard work”")),
        (FieldId::Ack(1), "".into(), Some("Confirm that your team agrees with “Diffusion is the primary goal; project success is the secondary one”")),
        (FieldId::Ack(2), "".into(), Some("Confirm that your team agrees with “Weekly retros and schedules matter, and critical feedback is strongly encouraged”")),
        (FieldId::Ack(3), "".into(), Some("Confirm that your team agrees with “If failure modes persist, the engagement ends early”")),
        (FieldId::Ack(3), "true".into(), Some("Confirm that your team agrees with “If failure modes persist, the engagement ends early”")),
        (FieldId::Ack(3), TICKED.into(), None),
        // Optional notes.
        (FieldId::Notes, "".into(), None),
        (FieldId::Notes, words(250), None),
        (FieldId::Notes, words(251), Some("Additional notes must be 250 words or fewer")),
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
    values.set(FieldId::RetroCadence, "other");
    assert_eq!(
        validate_field(&spec, &values, FieldId::RetroOther, today()).as_deref(),
        Some("Describe your retro cadence")
    );
    // Its label is an instruction; its other messages name what it holds.
    values.set(FieldId::RetroOther, "x".repeat(81));
    assert_eq!(
        validate_field(&spec, &values, FieldId::RetroOther, today()).as_deref(),
        Some("Your retro cadence must be 80 characters or fewer")
    );
    values.set(FieldId::RetroOther, "Every three weeks, on Fridays");
    assert_eq!(
        validate_field(&spec, &values, FieldId::RetroOther, today()),
        None
    );
    // Hidden again: no longer checked, but the description is kept.
    values.set(FieldId::RetroCadence, "weekly");
    values.set(FieldId::RetroOther, "");
    assert_eq!(
        validate_field(&spec, &values, FieldId::RetroOther, today()),
        None
    );
}

#[test]
fn an_empty_form_lists_every_required_field_in_order() {
    let spec = FormSpec::default();
    let errors = validate(&spec, &Values::default(), today());
    let fields: Vec<FieldId> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec![
            FieldId::TeamName,
            FieldId::Contact,
            FieldId::Email,
            FieldId::Problem,
            FieldId::Solution,
            FieldId::EngagementGoal,
            FieldId::DiffusionGoal,
            FieldId::SuccessMeasures,
            FieldId::StartDate,
            FieldId::LengthWeeks,
            FieldId::RetroCadence,
            FieldId::Ack(0),
            FieldId::Ack(1),
            FieldId::Ack(2),
            FieldId::Ack(3),
        ]
    );
    // The default length (10) is a value, so a fresh form does not ask for it.
    let fresh = validate(&spec, &spec.default_values(), today());
    assert!(fresh.iter().all(|e| e.field != FieldId::LengthWeeks));
}

#[test]
fn ten_thousand_characters_are_checked_without_trouble() {
    let text = "abcdefghij".repeat(1000);
    assert_eq!(
        error_for(FieldId::TeamName, &text).as_deref(),
        Some("Team name must be 80 characters or fewer")
    );
    assert_eq!(
        error_for(FieldId::Problem, &text),
        None,
        "one long word is one word"
    );
    let many = "ab ".repeat(3334);
    assert_eq!(
        error_for(FieldId::Problem, &many).as_deref(),
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
    let spec = FormSpec::new(&Content::default(), &limits);
    let mut values = complete();
    values.set(FieldId::TeamName, "x".repeat(21));
    values.set(FieldId::Problem, "one two three four five six");
    values.set(FieldId::SuccessMeasures, "a\nb\nc");
    values.set(FieldId::LengthWeeks, "9");
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
    assert_eq!(spec.default_values().get(FieldId::LengthWeeks), "");
    let weeks = spec.field(FieldId::LengthWeeks).expect("weeks");
    assert_eq!(weeks.hint.as_deref(), Some("Between 2 and 8 weeks."));
    let usual = FormSpec::default();
    assert_eq!(usual.default_values().get(FieldId::LengthWeeks), "10");
}

#[test]
fn errors_wait_until_the_user_leaves_a_changed_field_or_checks() {
    let spec = FormSpec::default();
    let mut form = FormState::new(spec.default_values());
    let t = today();
    // Typing: nothing shows yet.
    form.edit(FieldId::Email, "not-an-email");
    assert_eq!(form.visible_error(&spec, FieldId::Email, t), None);
    // Leaving a changed field shows its error; other fields stay quiet.
    form.leave(FieldId::Email);
    assert_eq!(
        form.visible_error(&spec, FieldId::Email, t).as_deref(),
        Some(EMAIL_FORMAT_MESSAGE)
    );
    assert_eq!(form.visible_error(&spec, FieldId::TeamName, t), None);
    // Leaving a field the user never changed shows nothing.
    form.leave(FieldId::TeamName);
    assert_eq!(form.visible_error(&spec, FieldId::TeamName, t), None);
    // Once shown, the error re-checks live as the user fixes it.
    form.edit(FieldId::Email, "ada@example.com");
    assert_eq!(form.visible_error(&spec, FieldId::Email, t), None);
    assert!(
        form.summary(&spec, t).is_empty(),
        "no summary before an attempt"
    );
    // Checking shows everything, and from then on every field is live.
    let errors = form.attempt(&spec, t);
    assert_eq!(errors.len(), form.summary(&spec, t).len());
    assert_eq!(
        form.visible_error(&spec, FieldId::TeamName, t).as_deref(),
        Some("Enter the team name")
    );
    form.edit(FieldId::TeamName, "Payments");
    assert_eq!(form.visible_error(&spec, FieldId::TeamName, t), None);
    assert!(!form.is_complete(&spec, t));
}

#[test]
fn a_date_left_unfinished_is_called_out_even_when_it_was_unfinished_before() {
    // Restored unfinished, typed in again (the control cannot tell what), and left.
    let spec = FormSpec::default();
    let t = today();
    let mut values = spec.default_values();
    values.set(FieldId::StartDate, UNFINISHED_DATE);
    let mut form = FormState::new(values);
    assert_eq!(form.visible_error(&spec, FieldId::StartDate, t), None);
    form.leave(FieldId::StartDate);
    assert!(form
        .visible_error(&spec, FieldId::StartDate, t)
        .is_some_and(|m| m.contains("must be a real date")));
}

#[test]
fn the_summary_keeps_what_the_check_found_and_drops_what_is_fixed() {
    let spec = FormSpec::default();
    let t = today();
    let mut values = complete();
    values.set(FieldId::TeamName, "");
    values.set(FieldId::Email, "not an address");
    let mut form = FormState::new(values);
    let found = form.attempt(&spec, t);
    let fields = |errors: &[engagement_widget::core::validate::FieldError]| {
        errors.iter().map(|e| e.field).collect::<Vec<_>>()
    };
    assert_eq!(fields(&found), vec![FieldId::TeamName, FieldId::Email]);
    assert_eq!(form.summary(&spec, t), found);
    // Fixing a field takes it off the list at once, and breaking it again does not bring it
    // back before the next check.
    form.edit(FieldId::TeamName, "Payments");
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec![FieldId::Email]);
    form.edit(FieldId::TeamName, "x".repeat(81));
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec![FieldId::Email]);
    form.edit(FieldId::TeamName, "Payments");
    // A different problem with a listed field: the field says what is wrong now; the list
    // (an alert) keeps the check's words until the next check, so typing is not read out.
    form.edit(FieldId::Email, "");
    form.recheck(&spec, t);
    assert_eq!(
        form.summary(&spec, t)[0].message,
        "Enter an email address in the correct format, like name@example.com"
    );
    assert_eq!(
        form.visible_error(&spec, FieldId::Email, t).as_deref(),
        Some("Enter the contact email address")
    );
    // A new problem shows at its field, but joins the list only at the next check.
    form.edit(FieldId::Contact, "");
    form.recheck(&spec, t);
    assert_eq!(fields(&form.summary(&spec, t)), vec![FieldId::Email]);
    assert!(form.visible_error(&spec, FieldId::Contact, t).is_some());
    let again = form.attempt(&spec, t);
    assert_eq!(
        fields(&form.summary(&spec, t)),
        vec![FieldId::Contact, FieldId::Email]
    );
    assert_eq!(form.summary(&spec, t), again);
    assert_eq!(again[1].message, "Enter the contact email address");
}

#[test]
fn a_question_revealed_after_the_check_waits_for_the_user() {
    let spec = FormSpec::default();
    let t = today();
    let mut form = FormState::new(spec.default_values());
    form.attempt(&spec, t);
    assert!(form.visible_error(&spec, FieldId::TeamName, t).is_some());
    // Choosing "Other" reveals its description: empty, but not shown as wrong yet.
    form.edit(FieldId::RetroCadence, "other");
    assert_eq!(form.visible_error(&spec, FieldId::RetroOther, t), None);
    // Leaving it after typing makes it live, as for any field...
    form.edit(FieldId::RetroOther, "x".repeat(81));
    assert_eq!(form.visible_error(&spec, FieldId::RetroOther, t), None);
    form.leave(FieldId::RetroOther);
    assert_eq!(
        form.visible_error(&spec, FieldId::RetroOther, t).as_deref(),
        Some("Your retro cadence must be 80 characters or fewer")
    );
    // ... and the next check includes it.
    let mut other = FormState::new(spec.default_values());
    other.attempt(&spec, t);
    other.edit(FieldId::RetroCadence, "other");
    other.attempt(&spec, t);
    assert_eq!(
        other
            .visible_error(&spec, FieldId::RetroOther, t)
            .as_deref(),
        Some("Describe your retro cadence")
    );
}

#[test]
fn every_value_survives_every_step() {
    let spec = FormSpec::default();
    let mut form = FormState::new(spec.default_values());
    let t = today();
    form.edit(FieldId::Problem, "  keep   my\r\nspacing  ");
    form.leave(FieldId::Problem);
    form.attempt(&spec, t);
    form.edit(FieldId::RetroCadence, "other");
    form.edit(FieldId::RetroOther, "monthly-ish");
    form.edit(FieldId::RetroCadence, "weekly");
    form.attempt(&spec, t);
    assert_eq!(
        form.values.get(FieldId::Problem),
        "  keep   my\r\nspacing  "
    );
    assert_eq!(form.values.get(FieldId::RetroOther), "monthly-ish");
}

#[test]
fn a_completed_form_is_complete_after_a_check() {
    let spec = FormSpec::default();
    let mut form = FormState::new(complete());
    assert!(
        !form.is_complete(&spec, today()),
        "not before the user checks"
    );
    assert!(form.attempt(&spec, today()).is_empty());
    assert!(form.is_complete(&spec, today()));
}
