//! The catalogue of every string the widget writes: English built in and unchanged, the German
//! translation complete, hosts' strings checked, plural forms chosen by the locale's category,
//! dates written and read back in the locale.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use common::{complete_values, today};
use engagement_core::config::{resolve_in, Attributes, Resolved};
use engagement_core::date::{format_date, parse_long_date, Date};
use engagement_core::document::{generate, import};
use engagement_core::document_name::DocumentName;
use engagement_core::session::Session;
use engagement_core::strings::locale::{direction, pack, tag};
use engagement_core::strings::{
    fill, placeholders, Category, Dir, English, Key, Locale, Plurals, Strings,
};
use serde_json::{json, Value};

fn german() -> Value {
    serde_json::from_str(pack("de").expect("German ships")).expect("de.json is JSON")
}

fn resolved(lang: &str, plurals: Plurals, config: Option<Value>) -> Resolved {
    resolve_in(
        &Attributes::default(),
        config.map(Ok),
        &Locale::new(lang, None, plurals),
    )
}

#[test]
fn every_key_has_its_english_text_and_names_only_the_placeholders_it_is_given() {
    let mut names = BTreeSet::new();
    for &key in Key::ALL {
        assert!(names.insert(key.name()), "{} is named twice", key.name());
        assert_eq!(Key::from_name(key.name()), Some(key));
        let texts: Vec<&str> = match key.english() {
            English::Text(text) => vec![text],
            English::Plural(one, other) => vec![one, other],
        };
        for text in texts {
            assert!(!text.trim().is_empty(), "{} has English text", key.name());
            for name in placeholders(text) {
                assert!(
                    key.placeholders().contains(&name) || (key.counted() && name == "count"),
                    "{}: %{{{name}}} is not among {:?}",
                    key.name(),
                    key.placeholders()
                );
            }
        }
    }
    assert!(Key::ALL.len() > 200, "{} strings", Key::ALL.len());
}

#[test]
fn english_is_the_text_the_widget_always_wrote() {
    let s = Strings::english();
    assert_eq!(s.text(Key::ErrorSummaryTitle), "There is a problem");
    assert_eq!(s.words_left(200, 250), "You have 50 words remaining");
    assert_eq!(s.words_left(249, 250), "You have 1 word remaining");
    assert_eq!(s.words_left(250, 250), "You have 0 words remaining");
    assert_eq!(s.words_left(251, 250), "You have 1 word too many");
    assert_eq!(s.words_left(260, 250), "You have 10 words too many");
    assert_eq!(
        s.with_label(Key::EnterLabel, "Service name", &[]),
        "Enter service name"
    );
    assert_eq!(
        s.with_label(Key::EnterLabel, "API key", &[]),
        "Enter API key"
    );
    assert_eq!(
        s.fill(Key::OptionalLabel, &[("Label", "Notes")]),
        "Notes (optional)"
    );
    assert_eq!(
        s.count(Key::OfferPrefill, 1, &[]),
        "This link fills in 1 answer that differs from your saved draft."
    );
    assert_eq!(
        s.count(Key::OfferPrefill, 3, &[]),
        "This link fills in 3 answers that differ from your saved draft."
    );
    let date = Date::new(2027, 1, 11).expect("a date");
    assert_eq!(format_date(date, &s), "11 January 2027");
}

#[test]
fn the_german_translation_has_every_key_and_no_problem() {
    let pack = german();
    let given = pack["strings"].as_object().expect("strings");
    let missing: Vec<&str> = Key::ALL
        .iter()
        .map(|k| k.name())
        .filter(|name| !given.contains_key(*name))
        .collect();
    assert_eq!(missing, Vec::<&str>::new(), "keys German lacks");
    for &key in Key::ALL {
        // Counted strings give each form German uses.
        if key.counted() {
            let forms = given[key.name()].as_object().expect("a plural object");
            assert!(
                forms.contains_key("one") && forms.contains_key("other"),
                "{}",
                key.name()
            );
        }
    }
    let de = resolved("de", Plurals::english(), None);
    assert_eq!(de.problems, Vec::<String>::new());
    assert_eq!(de.warnings, Vec::<String>::new());
    assert_eq!(de.lang, "de");
    // Every German string is taken, none left at its English default.
    for &key in Key::ALL {
        let english = match key.english() {
            English::Text(text) | English::Plural(_, text) => text,
        };
        let german = de.strings.text(key);
        let same = [
            "Markdown",
            "%{Label} (optional)",
            "August",
            "September",
            "November",
            "April",
            "Problem",
            "%{first}, %{next}",
            "%{first}; %{next}",
            "%{number} %{unit}",
        ];
        if german == english {
            assert!(
                same.contains(&german),
                "{} is still English: {german}",
                key.name()
            );
        }
    }
    // The expectations and the one-pager are German too.
    assert!(de.content.expectations[0]
        .title
        .starts_with("Der Aux-Engineer"));
    assert_eq!(de.form.sections[0].heading, "Über Ihr Team");
    assert_eq!(de.form.document.name, "One-Pager");
    assert_eq!(de.form.document.a, "einen One-Pager");
    assert_eq!(
        de.content.lead(&de.form.document, &de.strings),
        de.strings.text(Key::Lead),
        "the built-in one-pager's own lead"
    );
    // German in Switzerland or Austria is German.
    assert_eq!(resolved("de-CH", Plurals::english(), None).form, {
        let mut form = (*de.form).clone();
        form.strings = resolved("de-CH", Plurals::english(), None).strings.clone();
        std::rc::Rc::new(form)
    });
}

/// The categories of the CLDR plural rules for whole numbers, written out here as the CLDR
/// charts give them (the browser's `Intl.PluralRules` in the widget).
fn rule(lang: &str) -> Plurals {
    use Category::*;
    match lang {
        "pl" => Plurals::new("pl", vec![One, Few, Many, Other], |n| {
            let (m10, m100) = (n % 10, n % 100);
            if n == 1 {
                One
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                Few
            } else {
                Many
            }
        }),
        "cy" => Plurals::new("cy", vec![Zero, One, Two, Few, Many, Other], |n| match n {
            0 => Zero,
            1 => One,
            2 => Two,
            3 => Few,
            6 => Many,
            _ => Other,
        }),
        "ar" => Plurals::new("ar", vec![Zero, One, Two, Few, Many, Other], |n| {
            match (n, n % 100) {
                (0, _) => Zero,
                (1, _) => One,
                (2, _) => Two,
                (_, 3..=10) => Few,
                (_, 11..=99) => Many,
                _ => Other,
            }
        }),
        _ => Plurals::english(),
    }
}

#[test]
fn a_counted_string_takes_the_form_of_its_count_in_english_polish_welsh_and_arabic() {
    let counts = [0u64, 1, 2, 3, 5, 11, 22, 100];
    // What each count is, language by language (CLDR's charts).
    let expected: [(&str, [&str; 8]); 4] = [
        (
            "en",
            [
                "other", "one", "other", "other", "other", "other", "other", "other",
            ],
        ),
        (
            "pl",
            ["many", "one", "few", "few", "many", "many", "few", "many"],
        ),
        (
            "cy",
            [
                "zero", "one", "two", "few", "other", "other", "other", "other",
            ],
        ),
        (
            "ar",
            ["zero", "one", "two", "few", "few", "many", "many", "other"],
        ),
    ];
    // A host's six forms, each naming its category.
    let six = json!({ "strings": { "wordsUnderLimit": {
        "zero": "zero %{count}", "one": "one %{count}", "two": "two %{count}",
        "few": "few %{count}", "many": "many %{count}", "other": "other %{count}"
    } } });
    for (lang, categories) in expected {
        let r = resolved(lang, rule(lang), Some(six.clone()));
        assert_eq!(r.problems, Vec::<String>::new());
        for (n, category) in counts.into_iter().zip(categories) {
            assert_eq!(
                r.strings.count(Key::WordsUnderLimit, n, &[]),
                format!("{category} {n}"),
                "{lang} {n}"
            );
        }
    }
}

#[test]
fn a_missing_form_falls_back_to_other_with_a_warning() {
    let config = json!({ "strings": { "wordsUnderLimit": {
        "one": "Mae gennych %{count} gair ar ôl", "other": "Mae gennych %{count} o eiriau ar ôl"
    } } });
    let r = resolved("cy", rule("cy"), Some(config));
    assert_eq!(r.problems, Vec::<String>::new());
    assert_eq!(r.warnings.len(), 1, "{:?}", r.warnings);
    assert!(
        r.warnings[0].contains("zero, two, few, many"),
        "{}",
        r.warnings[0]
    );
    assert_eq!(
        r.strings.count(Key::WordsUnderLimit, 2, &[]),
        "Mae gennych 2 o eiriau ar ôl"
    );
    assert_eq!(
        r.strings.count(Key::WordsUnderLimit, 1, &[]),
        "Mae gennych 1 gair ar ôl"
    );
    // English's own forms under another language's rule: "other" where English has none.
    let r = resolved("cy", rule("cy"), None);
    assert_eq!(
        r.strings.count(Key::WordsUnderLimit, 2, &[]),
        "You have 2 words remaining"
    );
}

#[test]
fn a_hosts_strings_are_checked_one_by_one() {
    let config = json!({ "strings": {
        "errorSummaryTitle": "Es gibt ein Problem",
        "errorSummaryTitel": "x",
        "enterLabel": "Enter %{lable}",
        "selectOne": "   ",
        "startOver": { "one": "x", "other": "y" },
        "wordsOverLimit": { "one": "x %{count}" },
        "wordsAtLimit": 3,
        "wordsUnderLimit": { "lots": "x" },
        "textareaDescription": "Up to %{count} words"
    } });
    let r = resolved("en", Plurals::english(), Some(config));
    let problems = r.problems.join("\n");
    for expected in [
        "\"strings.errorSummaryTitel\": the widget has no string called \"errorSummaryTitel\"",
        "\"strings.enterLabel\" uses %{lable}, which this string is not given (it is given: %{label}, %{Label})",
        "\"strings.selectOne\" is blank",
        "\"strings.startOver\" takes no count",
        "\"strings.wordsOverLimit\" needs an \"other\" form",
        "\"strings.wordsAtLimit\" must be text;",
        "\"strings.wordsUnderLimit\": \"lots\" is not a plural category",
    ] {
        assert!(problems.contains(expected), "{expected}\n in\n{problems}");
    }
    assert_eq!(r.problems.len(), 7, "{problems}");
    // Each bad one keeps its default; the good ones are taken.
    assert_eq!(
        r.strings.text(Key::ErrorSummaryTitle),
        "Es gibt ein Problem"
    );
    assert_eq!(r.strings.text(Key::EnterLabel), "Enter %{label}");
    assert_eq!(r.strings.text(Key::SelectOne), "Select one");
    assert_eq!(
        r.strings.count(Key::TextareaDescription, 1, &[]),
        "Up to 1 words",
        "one text for every count"
    );
    // Not an object at all.
    let r = resolved("en", Plurals::english(), Some(json!({ "strings": ["x"] })));
    assert_eq!(
        r.problems,
        ["\"strings\" must be an object of strings by name; it was ignored."]
    );
}

#[test]
fn placeholders_are_filled_by_name_and_the_rest_is_kept() {
    assert_eq!(fill("a %{x} b %{y}", &[("x", "1"), ("y", "2")]), "a 1 b 2");
    assert_eq!(
        fill("%{x}%{x}", &[("x", "%{x}")]),
        "%{x}%{x}",
        "a value is not filled again"
    );
    assert_eq!(fill("50%{ off", &[]), "50%{ off");
    assert_eq!(fill("%{unknown}", &[("x", "1")]), "%{unknown}");
    assert_eq!(
        placeholders("%{a} and %{b}").collect::<Vec<_>>(),
        ["a", "b"]
    );
}

#[test]
fn dates_are_written_in_the_locale_and_read_back_from_it_and_from_english() {
    let de = resolved("de", Plurals::english(), None);
    let date = Date::new(2027, 3, 1).expect("a date");
    assert_eq!(format_date(date, &de.strings), "1. März 2027");
    assert_eq!(parse_long_date("1. März 2027", &de.strings), Some(date));
    assert_eq!(
        parse_long_date("1. MÄRZ 2027", &de.strings),
        None,
        "only ASCII is folded"
    );
    assert_eq!(parse_long_date("1. MäRZ 2027", &de.strings), Some(date));
    assert_eq!(
        parse_long_date("1 March 2027", &de.strings),
        Some(date),
        "English too"
    );
    assert_eq!(parse_long_date("01.  März 2027", &de.strings), Some(date));
    assert_eq!(parse_long_date("31. Februar 2027", &de.strings), None);
    assert_eq!(parse_long_date("1. Mär 2027", &de.strings), None);
    // A host's order of day and year.
    let config = json!({ "strings": { "longDate": "%{year}年%{month}%{day}日", "march": "3月" } });
    let ja = resolved("ja", Plurals::english(), Some(config));
    assert_eq!(format_date(date, &ja.strings), "2027年3月1日");
    assert_eq!(parse_long_date("2027年3月1日", &ja.strings), Some(date));
}

#[test]
fn a_german_one_pager_generates_and_imports_back_exactly() {
    let de = resolved("de", Plurals::english(), None);
    let mut values = complete_values();
    values.set("length-weeks", "1");
    let document = generate(&de.form, &values);
    for expected in [
        "# One-Pager: Payments Platform\n",
        "- **Vorgeschlagenes Startdatum:** 11. Januar 2027\n",
        "- **Dauer:** 1 Woche\n",
        "- **Retro-Rhythmus:** Wöchentlich\n",
        "## Erfolgskriterien\n",
        "- [x] Wir verstehen, dass der Aux-Engineer",
    ] {
        assert!(document.contains(expected), "{expected}\n in\n{document}");
    }
    let back = import(&de.form, &document).expect("imports");
    assert_eq!(back.unknown, Vec::<String>::new());
    assert_eq!(generate(&de.form, &back.values), document);
    // Missing answers are marked in German and read back as missing.
    let mut partial = values.clone();
    partial.set("problem", "");
    partial.set("email", "");
    let document = generate(&de.form, &partial);
    assert!(
        document.contains("## Problem\n\n_Noch nicht angegeben_\n"),
        "{document}"
    );
    assert!(
        document.contains("- **E-Mail:** _Noch nicht angegeben_\n"),
        "{document}"
    );
    let back = import(&de.form, &document).expect("imports");
    assert_eq!(back.values.get("problem"), "");
    assert_eq!(back.values.get("email"), "");
    // An "Other" answer that reads like an option says so in German.
    let mut other = values.clone();
    other.set("retro-cadence", "other");
    other.set("retro-other", "Wöchentlich");
    let document = generate(&de.form, &other);
    assert!(
        document.contains("- **Retro-Rhythmus:** Sonstiges: Wöchentlich\n"),
        "{document}"
    );
    let back = import(&de.form, &document).expect("imports");
    assert_eq!(back.values.get("retro-cadence"), "other");
    assert_eq!(back.values.get("retro-other"), "Wöchentlich");
}

#[test]
fn a_placeholder_for_missing_answers_that_holds_markdown_stays_text() {
    let config = json!({ "strings": { "notProvided": "*nothing* _yet_ [x](y) <b>" } });
    let r = resolved("en", Plurals::english(), Some(config));
    let mut values = complete_values();
    values.set("problem", "");
    values.set("team", "");
    let document = generate(&r.form, &values);
    assert!(
        document.contains("## Problem\n\n_\\*nothing\\* \\_yet\\_ \\[x](y) \\<b>_\n"),
        "{document}"
    );
    let back = import(&r.form, &document).expect("imports");
    assert_eq!(back.values.get("problem"), "");
    assert_eq!(back.values.get("team"), "");
    assert_eq!(generate(&r.form, &back.values), document);
}

#[test]
fn a_number_unit_may_give_its_plural_forms() {
    let config = json!({ "form": { "title": "Team: {size}", "sections": [{ "heading": "A", "fields": [
        { "key": "size", "type": "number", "label": "Size", "required": true,
          "unit": { "one": "osoba", "few": "osoby", "many": "osób", "other": "osoby" } }
    ] }] } });
    let r = resolved("pl", rule("pl"), Some(config));
    assert_eq!(r.problems, Vec::<String>::new());
    for (n, written) in [
        (1, "1 osoba"),
        (3, "3 osoby"),
        (5, "5 osób"),
        (22, "22 osoby"),
    ] {
        let mut values = r.form.default_values();
        values.set("size", n.to_string());
        let document = generate(&r.form, &values);
        assert!(
            document.contains(&format!("- **Size:** {written}\n")),
            "{document}"
        );
        let back = import(&r.form, &document).expect("imports");
        assert_eq!(back.values.get("size"), n.to_string());
    }
    // Its mistakes are named at their keys.
    let bad = json!({ "form": { "title": "{size}", "sections": [{ "heading": "A", "fields": [
        { "key": "size", "type": "number", "label": "Size",
          "unit": { "one": "week", "lots": "weeks" }, "unitOne": "week" }
    ] }] } });
    let problems = resolved("en", Plurals::english(), Some(bad))
        .problems
        .join("\n");
    for expected in [
        "form.sections[0].fields[0].unitOne: does not apply when unit gives its plural forms",
        "form.sections[0].fields[0].unit.lots: is not a plural category",
        "form.sections[0].fields[0].unit: needs an \"other\" form",
    ] {
        assert!(problems.contains(expected), "{expected}\n in\n{problems}");
    }
}

#[test]
fn german_names_a_document_with_its_article_as_written() {
    let name = |text: &str| DocumentName::new(text, "de").map(|d| (d.a, d.name));
    assert_eq!(
        name("einen Antrag"),
        Some(("einen Antrag".into(), "Antrag".into()))
    );
    assert_eq!(name("Antrag"), Some(("Antrag".into(), "Antrag".into())));
    // Elsewhere, as written: no English article is guessed.
    assert_eq!(
        DocumentName::new("wniosek", "pl").map(|d| d.a),
        Some("wniosek".into())
    );
}

#[test]
fn the_locale_comes_from_the_pages_lang_and_dir() {
    assert_eq!(Locale::new("", None, Plurals::english()).lang, "en");
    assert_eq!(Locale::new("x<y", None, Plurals::english()).lang, "en");
    assert_eq!(tag(" de-CH "), Some("de-CH"));
    assert_eq!(tag("1de"), None);
    for rtl in ["ar", "he", "fa", "ur", "ar-EG", "az-Arab", "yi"] {
        assert_eq!(direction(rtl), Dir::Rtl, "{rtl}");
    }
    for ltr in ["en", "de", "cy", "az-Latn", "pl", "arn"] {
        assert_eq!(direction(ltr), Dir::Ltr, "{ltr}");
    }
    assert_eq!(
        Locale::new("ar", Some("ltr"), Plurals::english()).dir,
        Dir::Ltr
    );
    assert_eq!(
        Locale::new("en", Some("RTL"), Plurals::english()).dir,
        Dir::Rtl
    );
    assert_eq!(
        Locale::new("he", Some("auto"), Plurals::english()).dir,
        Dir::Rtl
    );
    // The widget's words are in the page's language where there are any in it.
    assert_eq!(resolved("fr", Plurals::english(), None).lang, "en");
    assert_eq!(
        resolved(
            "fr",
            Plurals::english(),
            Some(json!({ "strings": { "selectOne": "Choisir" } }))
        )
        .lang,
        "fr"
    );
}

#[test]
fn a_german_session_speaks_german() {
    let de = resolved("de", Plurals::english(), None);
    let session = Session::new(&de, today());
    let errors = session.errors();
    assert_eq!(errors[0].message, "Geben Sie den Teamnamen ein");
    assert_eq!(
        de.form.field("retro-other").map(|f| f.name.as_str()),
        Some("Ihr Retro-Rhythmus")
    );
    // A message made from a label.
    let config = json!({ "form": { "title": "{need}", "sections": [{ "heading": "A", "fields": [
        { "key": "need", "type": "text", "label": "Bedarf", "required": true, "maxChars": 3 }
    ] }] } });
    let r = resolved("de", Plurals::english(), Some(config));
    let mut session = Session::new(&r, today());
    session.answers.edit("need", "abcd".to_owned());
    let errors = session.errors();
    assert_eq!(
        errors[0].message,
        "„Bedarf“ darf höchstens 3 Zeichen lang sein"
    );
}

/// The README's table of strings, between its markers.
fn readme_table() -> String {
    let mut out = String::from("| key | English | placeholders |\n|---|---|---|\n");
    let cell = |text: &str| text.replace('|', "\\|").replace('\n', " ");
    for &key in Key::ALL {
        let english = match key.english() {
            English::Text(text) => cell(text),
            English::Plural(one, other) => {
                format!("one: {}<br>other: {}", cell(one), cell(other))
            }
        };
        let mut given: Vec<String> = key
            .placeholders()
            .iter()
            .map(|p| format!("`%{{{p}}}`"))
            .collect();
        if key.counted() {
            given.insert(0, "`%{count}`".to_owned());
        }
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            key.name(),
            english,
            given.join(" ")
        ));
    }
    out
}

#[test]
fn the_readme_lists_every_string_with_its_english_text_and_placeholders() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let (start, end) = ("<!-- strings -->\n", "<!-- /strings -->");
    let from = readme.find(start).expect("the README's strings table") + start.len();
    let to = readme.find(end).expect("its end");
    let table = readme_table();
    if std::env::var_os("UPDATE_README").is_some() {
        let updated = format!("{}{table}{}", &readme[..from], &readme[to..]);
        std::fs::write(path, updated).expect("writes README.md");
        return;
    }
    assert_eq!(
        &readme[from..to],
        table,
        "README.md's strings are not the catalogue's: UPDATE_README=1 cargo test -p engagement-core --test core_strings"
    );
}

/// Russian's rule for whole numbers (CLDR): 21 is "one".
fn russian() -> Plurals {
    use Category::*;
    Plurals::new("ru", vec![One, Few, Many, Other], |n| {
        match (n % 10, n % 100) {
            (1, m) if m != 11 => One,
            (2..=4, m) if !(12..=14).contains(&m) => Few,
            _ => Many,
        }
    })
}

#[test]
fn english_words_keep_englishs_plural_rule_on_any_page() {
    let r = resolved("ru", russian(), None);
    assert_eq!(
        r.strings.words_left(229, 250),
        "You have 21 words remaining"
    );
    assert_eq!(r.strings.words_left(249, 250), "You have 1 word remaining");
    assert_eq!(
        r.strings.count(Key::TextareaDescription, 21, &[]),
        "You can enter up to 21 words"
    );
    // A unit given the older way ("unit" and "unitOne") is "one" for exactly 1.
    let mut values = complete_values();
    values.set("length-weeks", "21");
    assert!(generate(&r.form, &values).contains("- **Length:** 21 weeks\n"));
    // A host's own Russian forms take Russian's rule.
    let config = json!({ "strings": { "wordsUnderLimit": {
        "one": "Осталось %{count} слово", "few": "Осталось %{count} слова",
        "many": "Осталось %{count} слов", "other": "Осталось %{count} слова" } } });
    let r = resolved("ru", russian(), Some(config));
    assert_eq!(r.strings.words_left(229, 250), "Осталось 21 слово");
    assert_eq!(r.strings.words_left(228, 250), "Осталось 22 слова");
    assert_eq!(r.strings.words_left(225, 250), "Осталось 25 слов");
}

#[test]
fn a_hosts_string_is_one_line_and_keeps_what_it_cannot_do_without() {
    let config = json!({ "strings": {
        "baselineIntro": "One\n\n# Injected heading\n- item",
        "longDate": "%{month} %{year}",
        "quoted": "«»",
        "notProvided": "Not\nprovided"
    } });
    let r = resolved("en", Plurals::english(), Some(config));
    let problems = r.problems.join("\n");
    assert!(
        problems.contains("\"strings.longDate\" must use %{day}"),
        "{problems}"
    );
    assert!(
        problems.contains("\"strings.quoted\" must use %{text}"),
        "{problems}"
    );
    assert_eq!(r.problems.len(), 2, "{problems}");
    assert_eq!(
        r.strings.text(Key::BaselineIntro),
        "One # Injected heading - item"
    );
    assert_eq!(r.strings.text(Key::NotProvided), "Not provided");
    let handout = engagement_core::handout::handout(&r.content, &r.form.document, &r.strings);
    assert!(
        handout.contains("\n\nOne # Injected heading - item\n\n"),
        "{handout}"
    );
    let mut values = complete_values();
    values.set("team", "");
    let document = generate(&r.form, &values);
    assert!(
        document.contains("- **Team:** _Not provided_\n"),
        "{document}"
    );
    assert!(
        document.contains("- **Proposed start date:** 11 January 2027\n"),
        "{document}"
    );
}

#[test]
fn month_names_that_cannot_be_told_apart_are_refused() {
    for months in [
        json!({ "january": "Jan", "june": "jan" }),
        json!({ "march": "3" }),
    ] {
        let r = resolved("en", Plurals::english(), Some(json!({ "strings": months })));
        assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
        assert!(
            r.problems[0].contains("the month names"),
            "{:?}",
            r.problems
        );
        let date = Date::new(2027, 3, 1).expect("a date");
        assert_eq!(format_date(date, &r.strings), "1 March 2027");
    }
}

#[test]
fn a_german_document_name_needs_its_article() {
    let form = |document: &str| {
        json!({ "form": { "title": "{need}", "document": document, "sections": [{ "heading": "A",
            "fields": [{ "key": "need", "type": "text", "label": "Bedarf", "required": true }] }] } })
    };
    for ok in ["einen Antrag", "eine Anfrage", "ein Formular"] {
        let r = resolved("de", Plurals::english(), Some(form(ok)));
        assert_eq!(r.problems, Vec::<String>::new(), "{ok}");
        assert_eq!(r.form.document.a, ok);
    }
    for wrong in ["Antrag", "einem Antrag"] {
        let r = resolved("de", Plurals::english(), Some(form(wrong)));
        assert!(
            r.problems
                .iter()
                .any(|p| p.starts_with("form.document: on a German page")),
            "{wrong}: {:?}",
            r.problems
        );
    }
    // English guesses its article.
    assert_eq!(
        resolved("en", Plurals::english(), Some(form("Antrag"))).problems,
        Vec::<String>::new()
    );
}

#[test]
fn lists_in_a_sentence_are_joined_as_the_language_writes_them() {
    let s = Strings::english();
    let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
    assert_eq!(s.join(Key::ListJoin, &items), "a, b, c");
    assert_eq!(s.join(Key::ItemsJoin, &items), "a; b; c");
    assert_eq!(s.join(Key::ListJoin, &items[..1]), "a");
    assert_eq!(s.join(Key::ListJoin, &[]), "");
    let r = resolved(
        "ar",
        Plurals::english(),
        Some(json!({ "strings": { "listJoin": "%{first}، %{next}" } })),
    );
    assert_eq!(r.strings.join(Key::ListJoin, &items), "a، b، c");
}

#[test]
fn on_a_page_without_a_translation_the_english_one_pager_is_named_in_english() {
    let fr = resolved("fr", Plurals::english(), None);
    assert_eq!(fr.form.document, DocumentName::default());
    assert_eq!(
        fr.form.document.fill(&fr.strings, Key::FormHeading, &[]),
        "Write your one-pager"
    );
    assert_eq!(
        fr.content.lead(&fr.form.document, &fr.strings),
        Strings::english().text(Key::Lead)
    );
    // A host's French form names its document as written.
    let config = json!({ "form": { "title": "{besoin}", "document": "une demande", "sections": [{ "heading": "A",
        "fields": [{ "key": "besoin", "type": "text", "label": "Besoin", "required": true }] }] } });
    let r = resolved("fr", Plurals::english(), Some(config));
    assert_eq!(
        (r.form.document.a.as_str(), r.form.document.name.as_str()),
        ("une demande", "une demande")
    );
}
