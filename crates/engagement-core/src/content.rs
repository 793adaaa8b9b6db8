//! The widget's words: the four baseline expectations and the five pitch steps.
//!
//! Written from `shared/seed/engagement-expectations.md`, with the seed's typos fixed and its
//! meaning kept. A host can override the team texts, the expectations and the pitch steps
//! through configuration (see [`crate::config`]); the rest are strings of the catalogue
//! ([`crate::strings`]), which a translation or the host may override too.

use super::document_name::DocumentName;
use super::strings::{Key, Strings};

/// One baseline expectation: a short title, its explanation, and the sentence the requesting
/// team ticks in the one-pager to acknowledge it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expectation {
    pub title: String,
    pub body: String,
    pub acknowledgement: String,
}

/// One step of the pitch meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PitchStep {
    pub title: String,
    pub body: String,
}

/// Everything the widget says, after configuration has been applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Content {
    /// The platform team's name, e.g. "Developer Experience". `None` when the host gave none.
    pub team_name: Option<String>,
    /// The platform team's mission, one or two sentences. `None` when the host gave none.
    pub team_mission: Option<String>,
    /// Where one-pagers go (the `mailto:` target). `None` when the host gave none.
    pub contact_email: Option<String>,
    pub expectations: Vec<Expectation>,
    /// The host's own pitch steps, replacing the default five.
    pub pitch: Option<Vec<PitchStep>>,
}

impl Default for Content {
    fn default() -> Self {
        Content {
            team_name: None,
            team_mission: None,
            contact_email: None,
            expectations: default_expectations(),
            pitch: None,
        }
    }
}

/// The four baseline expectations, in the seed's order.
pub fn default_expectations() -> Vec<Expectation> {
    let e = |title: &str, body: &str, acknowledgement: &str| Expectation {
        title: title.to_owned(),
        body: body.to_owned(),
        acknowledgement: acknowledgement.to_owned(),
    };
    vec![
        e(
            "The aux engineer will not do the hard work",
            "Aux engineers help with what they are able to help with. They cannot crush every \
             problem a team has; they crush the problems within their domain that matter to the \
             engagement's success. Fiercely defending the time they spend with a team is what \
             ensures the most diffusion and real progress on the engagement goal.",
            "We understand that the aux engineer will not do the hard work for us",
        ),
        e(
            "Diffusion is the primary goal; project success is the secondary one",
            "Spreading a cultural change, such as testing or the use of a standard tool, comes \
             first; reaching a particular project goal comes second. AuxEng exists to spread the \
             use of a tool or practice, not to burn down any team's backlog.",
            "We understand that diffusion is the primary goal and project success the secondary one",
        ),
        e(
            "Weekly retros and schedules matter, and critical feedback is strongly encouraged",
            "Know which scheduled rituals matter to you and your team, and expect any replacement \
             to achieve the same goals. Retros, for example, are where we see progress and get \
             feedback: without a replacement, everyone attends and takes part, or the model stops \
             benefiting both the host and the away team.",
            "We will keep to weekly retros and schedules, and we welcome critical feedback",
        ),
        e(
            "If failure modes persist, the engagement ends early",
            "An engagement must keep working for everyone, and saying so from the start saves \
             heartache later. Engineering time over the 10-week period continues only while both \
             parties find the work genuinely beneficial and it makes real progress toward the \
             diffusion or engagement goals.",
            "We understand that the engagement ends early if failure modes persist",
        ),
    ]
}

impl Content {
    /// The widget's title: "Working with (team)", or a general one without a team name.
    pub fn title(&self, s: &Strings) -> String {
        match &self.team_name {
            Some(team) => s.fill(Key::WidgetTitleTeam, &[("team", team)]),
            None => s.text(Key::WidgetTitle).to_owned(),
        }
    }

    /// What the pitch section says first.
    pub fn pitch_intro<'s>(&self, s: &'s Strings) -> &'s str {
        match &self.pitch {
            Some(steps) if steps.len() != 5 => s.text(Key::PitchIntroOwn),
            _ => s.text(Key::PitchIntro),
        }
    }

    /// What the widget is for, under its title: the built-in one-pager's, or, for a form that
    /// names another `document`, one that may be about anything.
    pub fn lead(&self, document: &DocumentName, s: &Strings) -> String {
        if *document == DocumentName::default_in(s) {
            s.text(Key::Lead).to_owned()
        } else {
            document.fill(s, Key::LeadDocument, &[])
        }
    }

    /// The pitch steps: the host's own, else the five default ones with "(team)" filled from
    /// the configured team name and mission, the last one naming the form's `document`.
    pub fn pitch_steps(&self, document: &DocumentName, s: &Strings) -> Vec<PitchStep> {
        if let Some(steps) = &self.pitch {
            return steps.clone();
        }
        let team_title = match &self.team_name {
            Some(name) => s.fill(Key::PitchTeamTitle, &[("team", name)]),
            None => s.text(Key::PitchTeamTitleUnnamed).to_owned(),
        };
        let team_body = match &self.team_mission {
            Some(mission) => s.fill(Key::PitchTeamBody, &[("mission", mission)]),
            None => s.text(Key::PitchTeamBodyUnnamed).to_owned(),
        };
        let step = |title: Key, body: Key| PitchStep {
            title: s.text(title).to_owned(),
            body: s.text(body).to_owned(),
        };
        let start_body = if *document == DocumentName::default_in(s) {
            s.text(Key::PitchStartBody).to_owned()
        } else {
            document.fill(s, Key::PitchStartBodyDocument, &[])
        };
        vec![
            step(Key::PitchProgrammeTitle, Key::PitchProgrammeBody),
            PitchStep {
                title: team_title,
                body: team_body,
            },
            step(Key::PitchWhyTitle, Key::PitchWhyBody),
            step(Key::PitchEmbedTitle, Key::PitchEmbedBody),
            PitchStep {
                title: s.text(Key::PitchStartTitle).to_owned(),
                body: start_body,
            },
        ]
    }
}
