//! The built-in one-pager: its questions, their kinds, limits, hints and messages, and its
//! sections, from the host's content (the expectations to acknowledge) and limits.

use super::{
    FieldId, FieldSpec, FormSpec, Kind, Limits, Section, CADENCES, CADENCE_OTHER, MAX_EXPECTATIONS,
};
use crate::core::content::Content;

impl FormSpec {
    pub fn new(content: &Content, limits: &Limits) -> FormSpec {
        let mut fields = Vec::new();
        let mut f = |id, label: &str, kind, required, hint: Option<&str>, missing: &str| {
            fields.push(FieldSpec {
                id,
                label: label.to_owned(),
                kind,
                required,
                hint: hint.map(str::to_owned),
                missing: missing.to_owned(),
                autocomplete: None,
                default: "",
                revealed_by: None,
                name: None,
            });
        };
        let short = Kind::Text {
            max_chars: limits.short_chars,
        };
        f(
            FieldId::TeamName,
            "Team name",
            short.clone(),
            true,
            Some("The team asking for the engagement."),
            "Enter the team name",
        );
        f(
            FieldId::Contact,
            "Point of contact",
            short.clone(),
            true,
            Some("The person we should talk to first."),
            "Enter the name of the point of contact",
        );
        f(
            FieldId::Email,
            "Contact email",
            Kind::Email,
            true,
            Some("Where we should reply: usually the point of contact's work address."),
            "Enter the contact email address",
        );
        f(
            FieldId::Problem,
            "Problem",
            Kind::LongText {
                max_words: limits.problem_words,
            },
            true,
            Some("What is hard for your team today, and why it matters. You can use Markdown."),
            "Describe the problem",
        );
        f(
            FieldId::Solution,
            "Proposed solution",
            Kind::LongText {
                max_words: limits.solution_words,
            },
            true,
            Some("What you would like to change, and how an aux engineer would help."),
            "Describe the proposed solution",
        );
        f(
            FieldId::EngagementGoal,
            "Engagement goal",
            Kind::LongText {
                max_words: limits.goal_words,
            },
            true,
            Some("What the project should achieve by the end of the engagement."),
            "Enter the engagement goal",
        );
        f(
            FieldId::DiffusionGoal,
            "Diffusion goal",
            Kind::LongText {
                max_words: limits.goal_words,
            },
            true,
            Some("Which practice or tool should spread and stay after the engagement."),
            "Enter the diffusion goal",
        );
        f(
            FieldId::SuccessMeasures,
            "Success measures",
            Kind::Lines {
                min: 1,
                max: limits.measures_max,
            },
            true,
            Some("How you will know it worked. One measure per line."),
            "Enter at least one success measure",
        );
        f(
            FieldId::StartDate,
            "Proposed start date",
            Kind::Date,
            true,
            Some("Type a / between the parts of the date, in the order the box shows them."),
            "Enter the proposed start date, including the day, month and year",
        );
        f(
            FieldId::LengthWeeks,
            "Length in weeks",
            Kind::WholeNumber {
                min: limits.weeks_min,
                max: limits.weeks_max,
            },
            true,
            Some("Most engagements run for 10 weeks."),
            "Enter the length in weeks",
        );
        f(
            FieldId::RetroCadence,
            "Retro cadence",
            Kind::Choice(&CADENCES),
            true,
            Some("We expect weekly retros (see the expectations). If you choose another cadence, say why in the additional notes."),
            "Select how often you will hold retros",
        );
        f(
            FieldId::RetroOther,
            "Describe your retro cadence",
            short,
            true,
            None,
            "Describe your retro cadence",
        );
        for (n, expectation) in content
            .expectations
            .iter()
            .take(MAX_EXPECTATIONS)
            .enumerate()
        {
            f(
                FieldId::Ack(n as u8),
                &expectation.acknowledgement,
                Kind::Checkbox,
                true,
                None,
                &format!(
                    "Confirm that your team agrees with \u{201c}{}\u{201d}",
                    expectation.title
                ),
            );
        }
        f(
            FieldId::Notes,
            "Additional notes",
            Kind::LongText {
                max_words: limits.notes_words,
            },
            false,
            Some("Anything else we should know."),
            "",
        );

        for spec in &mut fields {
            match spec.id {
                FieldId::Contact => spec.autocomplete = Some("name"),
                FieldId::Email => spec.autocomplete = Some("email"),
                // The usual ten weeks, when the host's limits allow them; otherwise no
                // default, and a hint with the range instead.
                FieldId::LengthWeeks => {
                    if (limits.weeks_min..=limits.weeks_max).contains(&10) {
                        spec.default = "10";
                    } else {
                        spec.hint = Some(format!(
                            "Between {} and {} weeks.",
                            limits.weeks_min, limits.weeks_max
                        ));
                    }
                }
                FieldId::RetroOther => {
                    spec.revealed_by = Some((FieldId::RetroCadence, CADENCE_OTHER));
                    spec.name = Some("Your retro cadence");
                }
                _ => {}
            }
        }

        let acks = (0..content.expectations.len().min(MAX_EXPECTATIONS))
            .map(|n| FieldId::Ack(n as u8))
            .collect();
        let sections = vec![
            Section {
                title: "About your team",
                fields: vec![FieldId::TeamName, FieldId::Contact, FieldId::Email],
            },
            Section {
                title: "Problem and solution",
                fields: vec![FieldId::Problem, FieldId::Solution],
            },
            Section {
                title: "Goals",
                fields: vec![
                    FieldId::EngagementGoal,
                    FieldId::DiffusionGoal,
                    FieldId::SuccessMeasures,
                ],
            },
            Section {
                title: "Logistics",
                fields: vec![
                    FieldId::StartDate,
                    FieldId::LengthWeeks,
                    FieldId::RetroCadence,
                    FieldId::RetroOther,
                ],
            },
            Section {
                title: "Expectations",
                fields: acks,
            },
            Section {
                title: "Anything else",
                fields: vec![FieldId::Notes],
            },
        ];
        FormSpec {
            sections,
            fields,
            soft_word_limit: 500,
        }
    }
}
