//! The loader's first render (src/embed/first-render.json, drawn before the WebAssembly
//! arrives) says exactly what the module then draws in its place: the same title, lead,
//! expectations, pitch steps and form link, in each language that ships, for every
//! combination of team name and mission; and the loader's own messages are the catalogue's.
//! tests/journeys/first-render.test.mjs checks the drawn page; this checks the words.
//!
//! `UPDATE_FIRST_RENDER=1 cargo test --test first_render` writes the file from the module.
#![cfg(not(target_arch = "wasm32"))]

use engagement_widget::core::config::{resolve_in, Attributes, Resolved};
use engagement_widget::core::strings::locale::BUILT_IN;
use engagement_widget::core::strings::{Key, Locale, Plurals};
use serde_json::{json, Value};

const FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/embed/first-render.json");

fn words() -> Value {
    let text = std::fs::read_to_string(FILE).expect("src/embed/first-render.json is readable");
    serde_json::from_str(&text).expect("src/embed/first-render.json is JSON")
}

fn resolved(lang: &str, team: Option<&str>, mission: Option<&str>) -> Resolved {
    let attributes = Attributes {
        team_name: team.map(str::to_owned),
        team_mission: mission.map(str::to_owned),
        ..Attributes::default()
    };
    resolve_in(
        &attributes,
        None,
        &Locale::new(lang, None, Plurals::english()),
    )
}

/// What the module says first in `lang`, as the loader draws it: `%{team}` and `%{mission}`
/// left for the loader to fill, with the texts for neither beside them.
fn module_words(lang: &str) -> Value {
    let r = resolved(lang, None, None);
    let s = &r.strings;
    let text = |key: Key| Value::from(s.text(key));
    let steps = r.content.pitch_steps(&r.form.document, s);
    let pair = |n: usize| json!([steps[n].title, steps[n].body]);
    json!({
        "title": text(Key::WidgetTitleTeam),
        "titleWithoutTeam": text(Key::WidgetTitle),
        "lead": r.content.lead(&r.form.document, s),
        "formLink": r.form.document.fill(s, Key::FormHeading, &[]),
        "baseline": {
            "heading": text(Key::BaselineHeading),
            "intro": text(Key::BaselineIntro),
            "items": r.content.expectations.iter().map(|e| json!([e.title, e.body])).collect::<Vec<_>>(),
        },
        "pitch": {
            "heading": text(Key::PitchHeading),
            "intro": r.content.pitch_intro(s),
            "items": [
                pair(0),
                {
                    "title": text(Key::PitchTeamTitle),
                    "titleWithoutTeam": text(Key::PitchTeamTitleUnnamed),
                    "body": text(Key::PitchTeamBody),
                    "bodyWithoutMission": text(Key::PitchTeamBodyUnnamed),
                },
                pair(2),
                pair(3),
                pair(4),
            ],
        },
        "loader": {
            "loading": text(Key::Loading),
            "blockedByPolicy": text(Key::BlockedByPolicy),
            "notLoaded": text(Key::NotLoaded),
            "cannotStart": text(Key::CannotStart),
            "stopped": text(Key::Stopped),
            "stoppedSaved": text(Key::StoppedSaved),
            "stoppedUnsaved": text(Key::StoppedUnsaved),
            "stoppedReload": text(Key::StoppedReload),
        },
    })
}

#[test]
fn the_first_render_is_the_modules_words_in_each_language_that_ships() {
    let expected: serde_json::Map<String, Value> = BUILT_IN
        .iter()
        .map(|lang| ((*lang).to_owned(), module_words(lang)))
        .collect();
    let expected = Value::Object(expected);
    if std::env::var_os("UPDATE_FIRST_RENDER").is_some() {
        let text = serde_json::to_string_pretty(&expected).expect("JSON") + "\n";
        std::fs::write(FILE, text).expect("writes src/embed/first-render.json");
    }
    assert_eq!(
        words(),
        expected,
        "src/embed/first-render.json is not the module's words: UPDATE_FIRST_RENDER=1 cargo test --test first_render"
    );
}

/// The loader's templating, as engagement-widget.js's `firstRender` does it: `%{team}` and
/// `%{mission}` filled from the attributes, the `…Without…` text when one is blank.
fn fill(template: &str, without: &str, slot: &str, value: Option<&str>) -> String {
    match value {
        Some(value) => template.replacen(slot, value, 1),
        None => without.to_owned(),
    }
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string in first-render.json"))
}

const TEAMS: [Option<&str>; 2] = [None, Some("Developer Experience")];
const MISSIONS: [Option<&str>; 2] = [
    None,
    Some("We make every build fast and every test trustworthy."),
];

#[test]
fn filled_as_the_loader_fills_it_the_title_and_pitch_are_the_modules_for_every_team_and_mission() {
    let all = words();
    for lang in BUILT_IN {
        let words = &all[lang];
        for team in TEAMS {
            for mission in MISSIONS {
                let r = resolved(lang, team, mission);
                let drawn = fill(
                    text(words, "title"),
                    text(words, "titleWithoutTeam"),
                    "%{team}",
                    team,
                );
                assert_eq!(drawn, r.content.title(&r.strings), "{lang}, team {team:?}");
                let steps: Vec<(String, String)> = words["pitch"]["items"]
                    .as_array()
                    .expect("pitch items")
                    .iter()
                    .map(|item| match item {
                        Value::Array(pair) => (
                            pair[0].as_str().expect("title").to_owned(),
                            pair[1].as_str().expect("body").to_owned(),
                        ),
                        step => (
                            fill(
                                text(step, "title"),
                                text(step, "titleWithoutTeam"),
                                "%{team}",
                                team,
                            ),
                            fill(
                                text(step, "body"),
                                text(step, "bodyWithoutMission"),
                                "%{mission}",
                                mission,
                            ),
                        ),
                    })
                    .collect();
                let module: Vec<(String, String)> = r
                    .content
                    .pitch_steps(&r.form.document, &r.strings)
                    .into_iter()
                    .map(|s| (s.title, s.body))
                    .collect();
                assert_eq!(steps, module, "{lang}, team {team:?}, mission {mission:?}");
            }
        }
    }
}
