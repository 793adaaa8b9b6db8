//! The loader's first render (src/embed/first-render.json, drawn before the WebAssembly
//! arrives) says exactly what the module then draws in its place: the same title, lead,
//! expectations, pitch steps and form link, for every combination of team name and mission.
//! tests/e2e/first-render.test.mjs checks the drawn page; this checks the words.
#![cfg(not(target_arch = "wasm32"))]

use engagement_widget::core::content::{
    default_expectations, Content, BASELINE_HEADING, BASELINE_INTRO, FORM_HEADING, LEAD,
    PITCH_HEADING,
};
use engagement_widget::core::document_name::DocumentName;
use serde_json::Value;

fn words() -> Value {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/embed/first-render.json"
    ))
    .expect("src/embed/first-render.json is readable");
    serde_json::from_str(&text).expect("src/embed/first-render.json is JSON")
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{key} is a string in first-render.json"))
}

/// The loader's templating, as engagement-widget.js's `firstRender` does it: `{team}` and
/// `{mission}` filled from the attributes, the `…Without…` text when one is blank.
fn fill(template: &str, without: &str, slot: &str, value: Option<&str>) -> String {
    match value {
        Some(value) => template.replacen(slot, value, 1),
        None => without.to_owned(),
    }
}

fn pitch_steps(words: &Value, team: Option<&str>, mission: Option<&str>) -> Vec<(String, String)> {
    let items = words["pitch"]["items"].as_array().expect("pitch items");
    items
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
                    "{team}",
                    team,
                ),
                fill(
                    text(step, "body"),
                    text(step, "bodyWithoutMission"),
                    "{mission}",
                    mission,
                ),
            ),
        })
        .collect()
}

const TEAMS: [Option<&str>; 2] = [None, Some("Developer Experience")];
const MISSIONS: [Option<&str>; 2] = [
    None,
    Some("We make every build fast and every test trustworthy."),
];

#[test]
fn the_title_and_lead_are_the_modules() {
    let words = words();
    for team in TEAMS {
        let content = Content {
            team_name: team.map(str::to_owned),
            ..Content::default()
        };
        let drawn = fill(
            text(&words, "title"),
            text(&words, "titleWithoutTeam"),
            "{team}",
            team,
        );
        assert_eq!(drawn, content.title(), "team {team:?}");
    }
    assert_eq!(text(&words, "lead"), LEAD);
    assert_eq!(text(&words, "formLink"), FORM_HEADING);
}

#[test]
fn the_expectations_are_the_modules() {
    let words = words();
    let baseline = &words["baseline"];
    assert_eq!(text(baseline, "heading"), BASELINE_HEADING);
    assert_eq!(text(baseline, "intro"), BASELINE_INTRO);
    let drawn: Vec<(String, String)> = baseline["items"]
        .as_array()
        .expect("baseline items")
        .iter()
        .map(|pair| {
            (
                pair[0].as_str().expect("title").to_owned(),
                pair[1].as_str().expect("body").to_owned(),
            )
        })
        .collect();
    let module: Vec<(String, String)> = default_expectations()
        .into_iter()
        .map(|e| (e.title, e.body))
        .collect();
    assert_eq!(drawn, module);
}

#[test]
fn the_pitch_is_the_modules_for_every_team_and_mission() {
    let words = words();
    let pitch = &words["pitch"];
    assert_eq!(text(pitch, "heading"), PITCH_HEADING);
    for team in TEAMS {
        for mission in MISSIONS {
            let content = Content {
                team_name: team.map(str::to_owned),
                team_mission: mission.map(str::to_owned),
                ..Content::default()
            };
            assert_eq!(text(pitch, "intro"), content.pitch_intro());
            let module: Vec<(String, String)> = content
                .pitch_steps(&DocumentName::default())
                .into_iter()
                .map(|s| (s.title, s.body))
                .collect();
            assert_eq!(
                pitch_steps(&words, team, mission),
                module,
                "team {team:?}, mission {mission:?}"
            );
        }
    }
}
