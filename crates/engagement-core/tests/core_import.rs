//! Importing a one-pager back into the form: exact for everything the widget writes, partial
//! (with a report) for documents it did not, and harmless for garbage.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::complete_values;
use common::hostile::{long_text, text, INLINE_TOKENS};
use engagement_core::document::import::{not_this_form, nothing_to_import};
use engagement_core::document::{generate, import};
use engagement_core::form::{FormSpec, Values, TICKED};
use proptest::prelude::*;

fn spec() -> FormSpec {
    FormSpec::default()
}

fn round_trip(values: &Values) -> (String, String, Values) {
    let doc = generate(&spec(), values);
    let imported = import(&spec(), &doc).expect("a generated one-pager imports");
    assert!(imported.unknown.is_empty(), "{:?}\n{doc}", imported.unknown);
    let again = generate(&spec(), &imported.values);
    (doc, again, imported.values)
}

/// Generate, import, generate: the same document, and every answer back as typed. Returns
/// the document.
fn comes_back_as_typed(v: &Values) -> String {
    let (doc, again, values) = round_trip(v);
    assert_eq!(again, doc);
    for field in spec().fields() {
        let id = &*field.key;
        assert_eq!(values.get(id), v.get(id), "{id}\n{doc}");
    }
    doc
}

#[test]
fn a_complete_one_pager_comes_back_exactly() {
    let mut v = complete_values();
    v.set("problem", "Deploys take **a day**.\nThey fail often:\n\n- slow builds\n- flaky tests\n\nSee <https://dash.example>.");
    v.set("notes", "Free on Fridays.");
    v.set("retro-cadence", "other");
    v.set("retro-other", "Every three weeks");
    comes_back_as_typed(&v);
}

#[test]
fn right_to_left_text_a_visitor_types_comes_back_with_its_marks() {
    // A visitor's own direction marks and overrides stay in the document and come back (only
    // a link's are dropped, by prefill).
    let mut v = complete_values();
    v.set(
        "team",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{200f}(\u{5e6}\u{5d5}\u{5d5}\u{5ea})",
    );
    v.set(
        "contact",
        "\u{645}\u{631}\u{62d}\u{628}\u{627} \u{61c}\u{2067}1-2\u{2069}",
    );
    v.set(
        "problem",
        "\u{627}\u{644}\u{639}\u{631}\u{628}\u{64a}\u{629}\u{200e}: \u{202e}abc\u{202c}\nline",
    );
    comes_back_as_typed(&v);
}

#[test]
fn what_generation_added_is_taken_out_again() {
    // Each typed value gets escapes or brackets in the Markdown; import gives it back as typed.
    let mut v = complete_values();
    v.set(
        "problem",
        "Our dashboard is at https://grafana.example.com/d/deploys\nIt shows lead time.",
    );
    v.set(
        "solution",
        "Teams keep using <kbd>make ship</kbd> after we leave.\n[ref]: not a link",
    );
    v.set(
        "engagement-goal",
        "See http://=weird and www.example.com\nok",
    );
    v.set(
        "success-measures",
        "2024. baseline: one deploy a week\n<b>bold</b> claims\n# of deploys",
    );
    let doc = comes_back_as_typed(&v);
    assert!(
        doc.contains("<https://grafana.example.com/d/deploys>\\\n"),
        "{doc}"
    );
    assert!(doc.contains("- 2024\\. baseline"), "{doc}");
}

#[test]
fn escapes_the_user_needed_stay() {
    // Without its backslashes this would be emphasis, which generation would not escape.
    let mut v = complete_values();
    v.set("problem", "\\*not emphasis\\* and <https://e.com> typed");
    comes_back_as_typed(&v);
}

#[test]
fn an_other_cadence_that_reads_like_a_fixed_one_stays_other() {
    for described in ["Weekly", "Every two weeks", "Other: every sprint", "Other"] {
        let mut v = complete_values();
        v.set("retro-cadence", "other");
        v.set("retro-other", described);
        let (doc, again, values) = round_trip(&v);
        assert_eq!(again, doc);
        assert_eq!(values.get("retro-cadence"), "other", "{described}");
        assert_eq!(values.get("retro-other"), described);
    }
    let mut v = complete_values();
    v.set("retro-cadence", "other");
    v.set("retro-other", "Weekly");
    assert!(generate(&spec(), &v).contains("- **Retro cadence:** Other: Weekly\n"));
}

#[test]
fn an_incomplete_one_pager_comes_back_incomplete() {
    let mut v = spec().default_values();
    v.set("team", "R&D <Tools>");
    v.set("ack-2", TICKED);
    let (doc, again, values) = round_trip(&v);
    assert_eq!(again, doc);
    assert_eq!(values.get("team"), "R&D <Tools>");
    assert_eq!(values.get("problem"), "");
    assert_eq!(values.get("ack-1"), "");
    assert_eq!(values.get("ack-2"), TICKED);
}

#[test]
fn answers_that_read_like_the_placeholder_come_back_as_typed() {
    // The placeholder is emphasised; a team really called "Not provided yet" is plain text.
    let mut v = spec().default_values();
    for id in ["team", "contact", "retro-other"] {
        v.set(id, "Not provided yet");
    }
    v.set("retro-cadence", "other");
    v.set("start-date", "_Not provided yet_");
    // A long answer that is the placeholder word for word is written with the other emphasis
    // marker, so it is not taken for a missing one (the optional notes would vanish).
    v.set("notes", "_Not provided yet_");
    let (doc, again, values) = round_trip(&v);
    assert!(
        doc.ends_with("## Additional notes\n\n*Not provided yet*\n"),
        "{doc}"
    );
    assert_eq!(values.get("notes"), "*Not provided yet*");
    assert_eq!(again, doc);
    for id in ["team", "contact", "retro-other"] {
        assert_eq!(values.get(id), "Not provided yet", "{id:?}");
    }
    assert_eq!(values.get("start-date"), "_Not provided yet_");
    assert_eq!(
        values.get("email"),
        "",
        "a real placeholder is still nothing"
    );
}

#[test]
fn garbage_is_refused_and_changes_nothing() {
    assert_eq!(
        not_this_form(&spec()),
        "This does not look like a one-pager made with this form. Paste one that starts with \
         \u{201c}# One-pager:\u{201d}, or choose its .md file. Nothing was changed."
    );
    assert_eq!(
        nothing_to_import(&spec()),
        "Paste a one-pager into the box, or choose its .md file. Nothing was changed."
    );
    for empty in ["", "  \n\t\n"] {
        assert_eq!(
            import(&spec(), empty),
            Err(nothing_to_import(&spec())),
            "an empty box says what to do"
        );
    }
    for garbage in [
        "hello world",
        "<html><body>hi</body></html>",
        "\0\u{1}\u{2}",
        "# Some other document\n\nText.",
        "{\"json\": true}",
    ] {
        assert_eq!(
            import(&spec(), garbage),
            Err(not_this_form(&spec())),
            "{garbage:?}"
        );
    }
}

#[test]
fn a_document_the_widget_did_not_write_is_read_as_far_as_it_maps() {
    let doc = "# One-pager: Data Platform\r\n\r\n* Team: Data Platform\r\n* Sponsor: The CTO\r\n* Length: 8 weeks\r\n\r\n## Problem\r\n\r\nQueries are slow.\r\n\r\n## Budget\r\n\r\nTwo people.\r\n\r\n## Success measures\r\n\r\n1. p95 under a second\r\n2. no timeouts\r\n";
    let imported = import(&spec(), doc).expect("partly a one-pager");
    assert_eq!(imported.values.get("team"), "Data Platform");
    assert_eq!(imported.values.get("length-weeks"), "8");
    assert_eq!(imported.values.get("problem"), "Queries are slow.");
    assert_eq!(
        imported.values.get("success-measures"),
        "p95 under a second\nno timeouts"
    );
    assert_eq!(
        imported.unknown,
        vec!["Sponsor: The CTO", "the section \"Budget\""]
    );
}

#[test]
fn dates_lengths_and_cadences_read_back_into_their_controls() {
    let doc = "# One-pager: X\n\n- **Proposed start date:** 29 February 2028\n- **Length:** 1 week\n- **Retro cadence:** Every two weeks\n";
    let v = import(&spec(), doc).expect("imports").values;
    assert_eq!(v.get("start-date"), "2028-02-29");
    assert_eq!(v.get("length-weeks"), "1");
    assert_eq!(v.get("retro-cadence"), "fortnightly");
    let doc = "# One-pager: X\n\n- **Proposed start date:** sometime in spring\n- **Retro cadence:** Monthly, on Mondays\n";
    let v = import(&spec(), doc).expect("imports").values;
    assert_eq!(v.get("start-date"), "sometime in spring");
    assert_eq!(v.get("retro-cadence"), "other");
    assert_eq!(v.get("retro-other"), "Monthly, on Mondays");
}

proptest! {
    #![proptest_config(common::proptest_config(2000))]

    #[test]
    fn generate_import_generate_is_a_fixed_point(
        short in prop::collection::vec(text(INLINE_TOKENS, 12), 4),
        long in prop::collection::vec(long_text(), 6),
        cadence in prop::sample::select(vec!["", "weekly", "fortnightly", "other"]),
        date in prop_oneof![Just("2027-01-11".to_owned()), text(INLINE_TOKENS, 6)],
        weeks in prop_oneof![Just("10".to_owned()), text(INLINE_TOKENS, 4)],
        ticks in prop::collection::vec(any::<bool>(), 4),
    ) {
        let mut v = Values::default();
        for (id, value) in ["team", "contact", "email", "retro-other"].into_iter().zip(short) {
            v.set(id, value);
        }
        for (id, value) in ["problem", "solution", "engagement-goal", "diffusion-goal", "success-measures", "notes"].into_iter().zip(long) {
            v.set(id, value);
        }
        v.set("retro-cadence", cadence);
        v.set("start-date", date);
        v.set("length-weeks", weeks);
        for (n, tick) in ticks.into_iter().enumerate() {
            if tick {
                v.set(&format!("ack-{}", n + 1), TICKED);
            }
        }
        let doc = generate(&spec(), &v);
        let imported = import(&spec(), &doc).map_err(|e| TestCaseError::fail(format!("{e}\n{doc}")))?;
        prop_assert!(imported.unknown.is_empty(), "{:?}\n{}", imported.unknown, doc);
        let again = generate(&spec(), &imported.values);
        prop_assert_eq!(again, doc);
    }
}
