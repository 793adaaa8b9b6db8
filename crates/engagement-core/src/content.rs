//! The widget's words: the four baseline expectations and the five pitch steps.
//!
//! Written from `shared/seed/engagement-expectations.md`, with the seed's typos fixed and its
//! meaning kept. A host can override the team texts, the expectations and the pitch steps
//! through configuration (see [`crate::config`]); everything else here is fixed.

use super::document_name::DocumentName;

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

/// The programme's name, as the seed uses it.
pub const PROGRAMME: &str = "AuxEng";

pub const WIDGET_TITLE: &str = "Working with us on an engagement";
/// What the widget is for, under its title.
pub const LEAD: &str = "Before an engagement starts, read the ground rules, see how a first meeting goes, and send us a one-pager about your problem and proposed solution.";
/// The last pitch step's link to the form, and the form's heading, for the built-in
/// one-pager (a host's document has [`DocumentName::form_heading`]).
pub const FORM_HEADING: &str = "Write your one-pager";
pub const BASELINE_HEADING: &str = "Set a baseline";
pub const BASELINE_INTRO: &str =
    "What will and won't happen in an engagement, agreed before it starts.";
pub const PITCH_HEADING: &str = "Prepare the pitch";
pub const PITCH_INTRO: &str = "A first meeting usually follows these five steps.";
/// The same, for a host's own pitch of another length.
pub const PITCH_INTRO_OWN: &str = "A first meeting usually follows these steps.";

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
    pub fn title(&self) -> String {
        match &self.team_name {
            Some(team) => format!("Working with {team}"),
            None => WIDGET_TITLE.to_owned(),
        }
    }

    /// What the pitch section says first.
    pub fn pitch_intro(&self) -> &'static str {
        match &self.pitch {
            Some(steps) if steps.len() != 5 => PITCH_INTRO_OWN,
            _ => PITCH_INTRO,
        }
    }

    /// What the widget is for, under its title: the built-in one-pager's [`LEAD`], or, for a
    /// host's form that names its `document`, one that may be about anything.
    pub fn lead(&self, document: &DocumentName) -> String {
        if *document == DocumentName::default() {
            LEAD.to_owned()
        } else {
            format!(
                "Before an engagement starts, read the ground rules, see how a first meeting \
                 goes, and send us {}.",
                document.a
            )
        }
    }

    /// The pitch steps: the host's own, else the five default ones with "(team)" filled from
    /// the configured team name and mission, the last one naming the form's `document`.
    pub fn pitch_steps(&self, document: &DocumentName) -> Vec<PitchStep> {
        if let Some(steps) = &self.pitch {
            return steps.clone();
        }
        let team_title = match &self.team_name {
            Some(name) => format!("What is {name}?"),
            None => "What is our team?".to_owned(),
        };
        let team_body = match &self.team_mission {
            Some(mission) => format!(
                "{mission} We explain our direction and mission: the practice we want to \
                 spread, and whether it centres on a tool."
            ),
            None => "We explain our team's direction and mission: the practice we want to \
                     spread, and whether it centres on a tool."
                .to_owned(),
        };
        let step = |title: String, body: &str| PitchStep {
            title,
            body: body.to_owned(),
        };
        vec![
            step(
                format!("What is {PROGRAMME}?"),
                "How it works, and its vocabulary: embeds, engagements, trainings and the other \
                 ways our team can work with yours.",
            ),
            PitchStep {
                title: team_title,
                body: team_body,
            },
            step(
                format!("Why {PROGRAMME}?"),
                "Of all the ways teams can work together, why an AuxEng engagement is the \
                 right one for this work.",
            ),
            step(
                "What does an embed do?".to_owned(),
                "An embed is the part of an engagement where aux engineers write code and help \
                 your team directly, alongside your own engineers.",
            ),
            step(
                "How do we get started?".to_owned(),
                &if *document == DocumentName::default() {
                    "Everything so far comes together here. To start, your team sends us a \
                     one-pager explaining its problem and proposed solution, so that we can \
                     judge together whether an engagement makes sense for both sides."
                        .to_owned()
                } else {
                    format!(
                        "Everything so far comes together here. To start, your team sends us {}, \
                         so that we can judge together whether an engagement makes sense for \
                         both sides.",
                        document.a
                    )
                },
            ),
        ]
    }
}
