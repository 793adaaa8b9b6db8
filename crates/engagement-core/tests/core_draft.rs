//! Drafts (encode, decode, migrate, refuse) and prefill (fragments, attributes, precedence).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{complete_values, json};
use engagement_core::date::clock;
use engagement_core::draft::{decode, encode, storage_key, Draft, Unreadable};
use engagement_core::form::{FormSpec, TICKED};
use engagement_core::prefill::{
    self, combine, percent_decode, starting_values, Prefill, MAX_VALUE_CHARS,
};
use engagement_core::strings::Key as Msg;

/// A link's answers for the built-in one-pager.
fn from_fragment(fragment: &str) -> Prefill {
    prefill::from_fragment(fragment, &FormSpec::default())
}

/// The host's `prefill-*` attributes for the built-in one-pager.
fn from_attributes<'a>(attributes: impl IntoIterator<Item = (&'a str, &'a str)>) -> Prefill {
    prefill::from_attributes(attributes, &FormSpec::default())
}

fn read(text: &str) -> Result<Draft, Unreadable> {
    decode(&json(text).expect("valid JSON"))
}

#[test]
fn drafts_round_trip_exactly_with_emoji_crlf_and_100_kb() {
    let mut values = complete_values();
    values.set(
        "problem",
        "Line one\r\nline two 🚀 — “quotes” \"and\" \\backslashes\\\t\u{2028}\0",
    );
    values.set("notes", "x".repeat(100 * 1024));
    values.set("retro-other", "漢字 and ü");
    // What a visitor types is kept as typed, right-to-left marks and overrides too (only a
    // link's are dropped).
    values.set(
        "contact",
        "\u{5e9}\u{5dc}\u{5d5}\u{5dd}\u{200f}: \u{202e}abc\u{202c}",
    );
    let draft = Draft {
        values: values.clone(),
        saved_at: 1_795_000_000_123.0,
    };
    let text = encode(&draft);
    assert!(text.len() > 100 * 1024);
    let back = read(&text).expect("readable");
    assert_eq!(back.values, values);
    assert_eq!(back.saved_at, 1_795_000_000_123.0);
}

#[test]
fn unknown_fields_and_newer_versions_are_read_as_far_as_understood() {
    let text = r#"{"app":"engagement-widget","version":7,"savedAt":5,"theme":"dark",
        "values":{"team":"Payments","problem":"P","colour":"blue","contact":42,"ack-2":"yes"}}"#;
    let draft = read(text).expect("readable");
    assert_eq!(draft.values.get("team"), "Payments");
    assert_eq!(draft.values.get("problem"), "P");
    assert_eq!(draft.values.get("contact"), "", "not text: skipped");
    assert_eq!(draft.values.get("ack-2"), TICKED);
}

#[test]
fn version_1_drafts_are_migrated() {
    let text = r#"{"app":"engagement-widget","version":1,"savedAt":1,"fields":{
        "teamName":"Payments","contact":"Ada","email":"ada@x.co","problem":"P","solution":"S",
        "engagementGoal":"E","diffusionGoal":"D","successMeasures":["one","two"],
        "startDate":"2027-01-11","lengthWeeks":12,"retroCadence":"Every two weeks",
        "notes":"N","acknowledged":[true,false,true,true]}}"#;
    let v = read(text).expect("migrated").values;
    assert_eq!(v.get("team"), "Payments");
    assert_eq!(v.get("success-measures"), "one\ntwo");
    assert_eq!(v.get("length-weeks"), "12");
    assert_eq!(v.get("retro-cadence"), "fortnightly");
    assert_eq!(v.get("ack-1"), TICKED);
    assert_eq!(v.get("ack-2"), "");
    assert_eq!(v.get("ack-4"), TICKED);
    let other = r#"{"app":"engagement-widget","version":1,"fields":{"retroCadence":"Monthly"}}"#;
    let v = read(other).expect("migrated").values;
    assert_eq!(
        (v.get("retro-cadence"), v.get("retro-other")),
        ("other", "Monthly")
    );
}

#[test]
fn foreign_and_damaged_data_are_refused_with_a_reason() {
    let cases = [
        (r#"{"values":{"team":"x"}}"#, Unreadable::NotOurs),
        (
            r#"{"app":"another-app","version":2,"values":{}}"#,
            Unreadable::NotOurs,
        ),
        (r#"[1,2,3]"#, Unreadable::NotOurs),
        (r#""a string""#, Unreadable::NotOurs),
        (r#"null"#, Unreadable::NotOurs),
        (
            r#"{"app":"engagement-widget","version":2}"#,
            Unreadable::Damaged(Msg::DraftNoValues),
        ),
        (
            r#"{"app":"engagement-widget","version":2,"values":[]}"#,
            Unreadable::Damaged(Msg::DraftNoValues),
        ),
        (
            r#"{"app":"engagement-widget","version":1,"fields":7}"#,
            Unreadable::Damaged(Msg::DraftFieldsNotObject),
        ),
        (
            r#"{"app":"engagement-widget","values":{}}"#,
            Unreadable::Damaged(Msg::DraftUnknownVersion),
        ),
        (
            r#"{"app":"engagement-widget","version":2,"savedAt":"x","values":{"team":42}}"#,
            Unreadable::Damaged(Msg::DraftNothingReadable),
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(read(text), Err(expected), "{text}");
    }
}

#[test]
fn a_draft_that_does_not_say_when_it_was_saved_keeps_its_answers() {
    for saved_at in [r#""x""#, "-5", "null", "true", "1e20"] {
        let text = format!(
            r#"{{"app":"engagement-widget","version":2,"savedAt":{saved_at},"values":{{"team":"Payments","contact":7}}}}"#
        );
        let draft = read(&text).expect("the answers are readable");
        assert_eq!(draft.values.get("team"), "Payments", "{text}");
        assert!(draft.saved_at.is_nan(), "{text}: no time to show");
    }
    // Nothing kept is an empty draft, not a damaged one.
    let empty = read(r#"{"app":"engagement-widget","version":2,"savedAt":1,"values":{}}"#);
    assert!(empty.is_ok_and(|d| d.values.is_empty()));
}

#[test]
fn keys_and_clock() {
    assert_eq!(
        storage_key("/team/page#1"),
        "engagement-widget:v2:/team/page#1"
    );
    assert_eq!(clock(9, 5), "09:05");
    assert_eq!(clock(23, 59), "23:59");
}

#[test]
fn fragments_fill_fields_and_report_the_rest() {
    let p = from_fragment("#ew-team=Payments%20Platform&ew-contact=Ada+Lovelace&ew-problem=Line%0Atwo&ew-ack-1=yes&ew-ack-2=no&section-3&ew-tema=x");
    assert_eq!(p.values.get("team"), "Payments Platform");
    assert_eq!(p.values.get("contact"), "Ada Lovelace");
    assert_eq!(p.values.get("problem"), "Line\ntwo");
    assert_eq!(p.values.get("ack-1"), TICKED);
    assert_eq!(p.values.get("ack-2"), "");
    assert_eq!(p.ignored, vec!["ew-tema: no such field"]);
    // An ordinary anchor is no prefill.
    assert!(from_fragment("#how-to-apply").is_empty());
    assert!(from_fragment("").is_empty());
}

/// The invisible characters that set the direction of text (Unicode's Bidi_Control): the
/// embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069 and the marks U+200E,
/// U+200F and U+061C. They are format characters, not `char::is_control`. Smuggled in by a
/// link, they make a document read otherwise than it is (Trojan Source).
const BIDI_CONTROLS: [char; 12] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
];

/// `s` percent-encoded, every byte.
fn percent_encode(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[test]
fn hostile_fragments_never_panic_and_never_smuggle_controls() {
    let long = format!("ew-problem={}", "a".repeat(MAX_VALUE_CHARS + 1));
    let many: String = (0..200).map(|i| format!("ew-team=t{i}&")).collect();
    let mut cases: Vec<String> = [
        "ew-team=%",
        "ew-team=%4",
        "ew-team=%zz",
        "ew-team=%ff%fe",
        "ew-team=%C3",
        "ew-=x",
        "ew-",
        "ew-team",
        "&&&&",
        "ew-team=a=b=c",
        "ew-team=%00%01%1B[31mred",
        "ew-ack-99=yes",
        "ew-ack-0=yes",
        "ew-problem=%E2%80%AE",
        long.as_str(),
        many.as_str(),
        "ew-team=\u{0}",
    ]
    .map(str::to_owned)
    .to_vec();
    // Each direction control, raw and percent-encoded, alone, among Latin, Hebrew and Arabic
    // letters and digits, in a one-line field, a long one, a list and a choice's Other.
    for c in BIDI_CONTROLS {
        for field in ["team", "problem", "success-measures", "retro-other"] {
            for value in [
                c.to_string(),
                format!("evil{c}txt.exe"),
                format!("\u{5e9}\u{5dc}\u{5d5}\u{5dd}{c} 10{c}-20\n\u{645}\u{631}{c}\u{62d}"),
            ] {
                cases.push(format!("ew-{field}={value}"));
                cases.push(format!("ew-{field}={}", percent_encode(&value)));
            }
        }
    }
    for fragment in &cases {
        let p = from_fragment(fragment);
        for (_, value) in p.values.iter() {
            assert!(
                value
                    .chars()
                    .all(|c| !c.is_control() || matches!(c, '\n' | '\t' | '\r')),
                "{fragment:?} -> {value:?}"
            );
            assert!(
                !value.contains(BIDI_CONTROLS),
                "a direction control: {fragment:?} -> {value:?}"
            );
            assert!(value.chars().count() <= MAX_VALUE_CHARS);
        }
    }
    assert_eq!(
        from_fragment("ew-team=%zz").ignored,
        vec!["ew-team: not valid percent-encoded UTF-8"]
    );
    assert_eq!(from_fragment("ew-team=a=b=c").values.get("team"), "a=b=c");
    assert_eq!(from_fragment("ew-team=%00%1Bx").values.get("team"), "x");
    // The controls go; right-to-left letters and everything else stay, as they were.
    let hebrew = "\u{5e9}\u{5dc}\u{5d5}\u{5dd}";
    let arabic = "\u{645}\u{631}\u{62d}\u{628}\u{627}";
    let smuggled = format!("{hebrew}\u{202e}txt.exe\u{202c} \u{2067}{arabic}\u{2069} 1\u{200f}-2");
    let link = from_fragment(&format!("ew-team={}", percent_encode(&smuggled)));
    assert_eq!(
        link.values.get("team"),
        format!("{hebrew}txt.exe {arabic} 1-2")
    );
    assert!(link.ignored.is_empty(), "{:?}", link.ignored);
    assert_eq!(
        from_fragment("ew-problem=%E2%80%AE").values.get("problem"),
        ""
    );
    // A host's prefill attributes are cleaned alike.
    let host = from_attributes([("prefill-contact", smuggled.as_str())]);
    assert_eq!(
        host.values.get("contact"),
        format!("{hebrew}txt.exe {arabic} 1-2")
    );
    assert!(from_fragment(&long).values.is_empty());
    assert!(from_fragment(&many)
        .ignored
        .iter()
        .any(|i| i.contains("first 64")));
    assert_eq!(percent_decode("a+b%20c"), Some("a b c".to_owned()));
}

#[test]
fn attributes_prefill_and_links_win_over_them() {
    let host = from_attributes([
        ("prefill-team", "From host"),
        ("prefill-contact", "Host contact"),
        ("team-name", "not a prefill"),
    ]);
    let link = from_fragment("ew-team=From%20link");
    let both = combine(host, link);
    assert_eq!(both.values.get("team"), "From link");
    assert_eq!(both.values.get("contact"), "Host contact");
}

#[test]
fn a_draft_is_never_overwritten_silently_by_a_prefill() {
    let spec = FormSpec::default();
    let defaults = spec.default_values();
    let prefill = from_fragment("ew-team=Link%20team&ew-contact=Link%20contact&ew-length-weeks=12");
    // No draft: the prefill fills the form.
    let start = starting_values(&defaults, None, &prefill);
    assert_eq!(start.values.get("team"), "Link team");
    assert_eq!(start.held_back, None);
    // A draft with other answers: it stays; the differing answers are held back to ask.
    let mut draft = defaults.clone();
    draft.set("team", "My team");
    draft.set("problem", "My problem");
    let start = starting_values(&defaults, Some(&draft), &prefill);
    assert_eq!(start.values.get("team"), "My team");
    assert_eq!(start.values.get("problem"), "My problem");
    assert_eq!(
        start.values.get("contact"),
        "Link contact",
        "empty in the draft: filled"
    );
    assert_eq!(
        start.values.get("length-weeks"),
        "12",
        "at its default in the draft: filled"
    );
    let held = start.held_back.expect("a conflict");
    assert_eq!(held.get("team"), "Link team");
    assert_eq!(held.get("contact"), "");
    // Same answers: no conflict.
    let mut same = draft.clone();
    same.set("team", "Link team");
    assert_eq!(
        starting_values(&defaults, Some(&same), &prefill).held_back,
        None
    );
}
