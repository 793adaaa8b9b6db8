//! Counting words and characters, normalising line breaks, and calendar dates.
#![cfg(not(target_arch = "wasm32"))]

use engagement_core::date::{is_leap_year, Date};
use engagement_core::strings::Strings;
use engagement_core::text::{
    count_chars, count_words, counter_visible, line_entries, normalize_newlines,
};

#[test]
fn words_are_counted_as_a_reader_would() {
    let cases = [
        ("", 0),
        ("   \n\t  ", 0),
        ("one", 1),
        ("one two  three\nfour\r\nfive", 5),
        ("don't e-mail co-op", 3),
        ("— - * ** 1.", 1),
        ("- a list\n- of items", 4),
        ("**bold** _it_ `code` [link](http://x.io)", 4),
        ("Hello, world! It's 5 p.m. (UTC).", 6),
        // Chinese and Japanese: every character is a word.
        ("漢字テスト", 5),
        ("我们需要帮助。", 6),
        ("Rust と WebAssembly", 3),
        ("abc漢def", 3),
        // Korean is written with spaces.
        ("한국어 문장 입니다", 3),
        // Emoji standing alone are words; attached to a word they are part of it.
        ("🚀 launch 🎉", 3),
        ("ship🚀", 1),
        ("👨‍👩‍👧 family", 2),
        ("café naïve", 2),
    ];
    for (text, expected) in cases {
        assert_eq!(count_words(text), expected, "{text:?}");
    }
}

/// The rule as first written, a token at a time and a character at a time: the one-pass
/// counter, which reads ASCII a byte at a time, must agree with it on any text.
fn words_by_tokens(s: &str) -> usize {
    let unspaced = |c: char| matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF);
    let punct = |c: char| {
        matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x00A1..=0x00BF)
    };
    let mut words = 0;
    for token in s.split(char::is_whitespace) {
        let mut in_word = false;
        for c in token.chars() {
            if unspaced(c) {
                words += 1;
                in_word = false;
            } else if !(in_word || c.is_ascii_punctuation() || punct(c) || c.is_control()) {
                words += 1;
                in_word = true;
            }
        }
    }
    words
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
    #[test]
    fn the_one_pass_word_count_agrees_with_the_rule(
        text in "[a-zA-Z0-9 \\t\\n\\r\\x0b\\x0c\\x00-\\x1f\\x7f!-/:-@\\[-`{-~\u{a0}\u{85}\u{2000}-\u{200d}\u{2028}\u{3000}-\u{3042}\u{4e00}\u{ff01}éß한🚀\u{1f1e6}]{0,60}"
    ) {
        proptest::prop_assert_eq!(count_words(&text), words_by_tokens(&text), "{:?}", text);
    }

    #[test]
    fn the_one_pass_word_count_agrees_on_any_text(text in "\\PC{0,40}|(\\PC|\\s){0,40}") {
        proptest::prop_assert_eq!(count_words(&text), words_by_tokens(&text), "{:?}", text);
    }
}

#[test]
fn the_one_pass_word_count_agrees_on_every_character() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        for text in [
            format!("a{c}b"),
            format!("{c}"),
            format!("\u{6f22}{c}\u{301} -{c}-"),
        ] {
            assert_eq!(count_words(&text), words_by_tokens(&text), "{text:?}");
        }
    }
}

#[test]
fn characters_are_counted_as_a_reader_sees_them() {
    let cases = [
        ("", 0),
        ("abc", 3),
        ("café", 4),
        ("cafe\u{301}", 4), // e + combining acute
        ("👍", 1),
        ("👍🏽", 1),   // skin tone modifier
        ("👨‍👩‍👧", 1),   // zero-width-joiner family
        ("🇬🇧🇫🇷", 2), // two flags
        ("❤️", 1),   // heart + variation selector
        ("漢字", 2),
    ];
    for (text, expected) in cases {
        assert_eq!(count_chars(text), expected, "{text:?}");
    }
}

#[test]
fn counters_follow_the_govuk_character_count() {
    assert!(!counter_visible(186, 250));
    assert!(counter_visible(188, 250), "75 % of 250 is 187.5");
    assert!(counter_visible(300, 250));
    assert_eq!(
        Strings::english().words_left(200, 250),
        "You have 50 words remaining"
    );
    assert_eq!(
        Strings::english().words_left(249, 250),
        "You have 1 word remaining"
    );
    assert_eq!(
        Strings::english().words_left(250, 250),
        "You have 0 words remaining"
    );
    assert_eq!(
        Strings::english().words_left(251, 250),
        "You have 1 word too many"
    );
    assert_eq!(
        Strings::english().words_left(260, 250),
        "You have 10 words too many"
    );
}

#[test]
fn line_breaks_are_normalised() {
    assert_eq!(normalize_newlines("a\r\nb\rc\nd\0e"), "a\nb\nc\nde");
    assert_eq!(normalize_newlines("\r\r\n"), "\n\n");
    let lines: Vec<&str> = line_entries(" a \r\n\r\n b\r c \n\t\n").collect();
    assert_eq!(lines, vec!["a", "b", "c"]);
    // A bullet or number with nothing after it is no entry; one with text, or a year, is.
    let lines: Vec<&str> = line_entries("- a\n- \n*\n+\n1.\n12)\n2026.\n-x\n3. c").collect();
    assert_eq!(lines, vec!["- a", "2026.", "-x", "3. c"]);
}

#[test]
fn dates_parse_only_when_real() {
    assert_eq!(
        Date::parse("2028-02-29").map(|d| d.to_string()).as_deref(),
        Some("2028-02-29")
    );
    assert_eq!(Date::parse(" 2027-01-31 ").map(|d| d.day()), Some(31));
    for bad in [
        "2027-02-29",
        "2100-02-29",
        "2026-04-31",
        "2026-00-10",
        "2026-13-01",
        "2026-1-01",
        "26-01-01",
        "2026/01/01",
        "",
        "0000-01-01",
        "２０２６-01-01",
        "2026-01-01T00:00",
    ] {
        assert_eq!(Date::parse(bad), None, "{bad:?}");
    }
    assert!(Date::parse("2000-02-29").is_some(), "divisible by 400");
    assert!(is_leap_year(2024) && !is_leap_year(2100) && is_leap_year(2000) && !is_leap_year(2026));
}

#[test]
fn dates_order_and_add_days() {
    let d = |s: &str| Date::parse(s).expect("real date");
    assert!(d("2026-11-24") < d("2026-11-25"));
    assert!(d("2026-12-31") < d("2027-01-01"));
    assert_eq!(d("2026-11-24").add_days(28).to_string(), "2026-12-22");
    assert_eq!(d("2028-02-28").add_days(1).to_string(), "2028-02-29");
    assert_eq!(d("2027-02-28").add_days(1).to_string(), "2027-03-01");
    assert_eq!(d("2026-12-31").add_days(1).to_string(), "2027-01-01");
}
