//! The rules, all of them: what each [`Action`] does to a [`Session`].

use std::rc::Rc;

use super::{Action, Announcement, Answer, DraftStatus, Offer, Replaced, Session, Tone};
use crate::document::Imported;
use crate::form::Values;
use crate::prefill::{from_fragment, starting_values};
use crate::strings::Key as Msg;

impl From<Answer> for Action {
    fn from(answer: Answer) -> Action {
        match answer {
            Answer::Accept => Action::Accept,
            Answer::Decline => Action::Decline,
        }
    }
}

/// The rules: `state` after `action`. An action that changes nothing returns `state` itself,
/// so the view does not render again.
pub fn reduce(state: Rc<Session>, action: Action) -> Rc<Session> {
    match state.after(action) {
        Some(next) => Rc::new(next),
        None => state,
    }
}

impl Session {
    /// The rules: this session after `action`, or `None` when the action changes nothing (so
    /// the view does not render again).
    pub fn after(&self, action: Action) -> Option<Session> {
        let state = self;
        if let Action::Configure(config, today) = &action {
            if *today == state.today && state.spec == config.form {
                // The same form (the first configuration, or a changed attribute that only the
                // content shows): nothing to rebuild, so no re-render.
                return None;
            }
        }
        if matches!(action, Action::DropImport)
            && !matches!(state.offer, Some(Offer::Import { .. }))
        {
            return None;
        }
        let mut next = state.clone();
        match action {
            Action::DropImport => next.offer = None,
            Action::Edit(key, value) => {
                // "Copied", "Imported" and the like were about the answers before this edit.
                if next.answers.values.get(&key) != value {
                    next.announcement = None;
                }
                next.answers.edit(&key, value);
                next.answers.recheck(&next.spec, next.today);
                next.regenerate();
            }
            Action::Leave(key) => next.answers.leave(&key),
            Action::Check => {
                // What an earlier action said no longer applies.
                next.announcement = None;
                let errors = next.answers.attempt(&next.spec, next.today);
                if errors.is_empty() {
                    next.focus_result += 1;
                } else {
                    next.focus_summary += 1;
                }
            }
            Action::Require => {
                next.announcement = None;
                if !next.answers.attempt(&next.spec, next.today).is_empty() {
                    next.focus_summary += 1;
                }
            }
            Action::Configure(config, today) => {
                next.spec = config.form.clone();
                next.today = today;
                next.regenerate();
            }
            Action::Link(fragment) => {
                // As on load: empty answers are filled in, differing ones are offered.
                let link = from_fragment(&fragment, &next.spec);
                if link.is_empty() {
                    return None;
                }
                let start = starting_values(
                    &next.spec.default_values(),
                    Some(&next.answers.values),
                    &link,
                );
                for (key, value) in start.values.iter() {
                    next.answers.edit(key, value);
                }
                next.answers.recheck(&next.spec, next.today);
                if let Some(held) = start.held_back {
                    next.offer = Some(Offer::Prefill(held));
                }
                next.regenerate();
            }
            Action::Import(imported) => next.import(imported),
            Action::Announce(text, tone) => next.announce(text, tone),
            Action::Draft(status) => next.draft = status,
            Action::OtherTab(values) => next.offer = Some(Offer::OtherTab(values)),
            Action::Decline => {
                if matches!(next.offer, Some(Offer::OtherTab(_) | Offer::Kept(_))) {
                    next.chose_draft = next.chose_draft.wrapping_add(1);
                }
                next.offer = None;
            }
            Action::Accept => {
                if !next.accept() {
                    return None;
                }
            }
            Action::DismissOrphans => {
                let orphans = next.orphans();
                if orphans.is_empty() {
                    return None;
                }
                next.answers.values = next.without_orphans();
            }
            Action::StartOver => {
                let previous = next.answers.values.clone();
                // The saved draft is cleared with the form: "Draft saved 14:05" or "Draft from
                // 14:05 restored" no longer holds.
                if matches!(next.draft, DraftStatus::Restored(_) | DraftStatus::Saved(_)) {
                    next.draft = DraftStatus::Idle;
                }
                let defaults = next.spec.default_values();
                next.replace_keeping_orphans(defaults);
                next.offer = Some(Offer::Undo {
                    values: previous,
                    after: Replaced::StartOver,
                });
                next.regenerate();
                let said = next.spec.strings.text(Msg::Cleared).to_owned();
                next.announce(said, Tone::Info);
            }
        }
        Some(next)
    }
}

/// The rules that several actions share.
impl Session {
    fn announce(&mut self, text: impl Into<Rc<str>>, tone: Tone) {
        let serial = self
            .announcement
            .as_ref()
            .map_or(1, |a| a.serial.wrapping_add(1));
        self.announcement = Some(Announcement {
            serial,
            text: text.into(),
            tone,
        });
    }

    /// Replaces every value with what was on offer, keeping what it replaced to be had back.
    /// Puts `values` in the form, keeping the answers set aside for the visitor (the orphans)
    /// where `values` has nothing for their key: they stay until dismissed, whatever replaces
    /// the answers (Start over, an import, another draft).
    pub(super) fn replace_keeping_orphans(&mut self, mut values: Values) {
        for (key, aside) in self.orphans().iter() {
            let kept = match self.spec.field(key) {
                Some(field) => field.kind.rules().with_aside(values.get(key), aside),
                None if values.get(key).trim().is_empty() => aside.to_owned(),
                None => values.get(key).to_owned(),
            };
            values.set(key, kept);
        }
        self.answers.replace(values);
    }

    fn accept(&mut self) -> bool {
        let before = self.answers.values.clone();
        let message = match self.offer.take() {
            Some(Offer::OtherTab(values) | Offer::Kept(values)) => {
                self.replace_keeping_orphans(values);
                self.chose_draft = self.chose_draft.wrapping_add(1);
                self.spec.strings.text(Msg::LoadedOtherTab).to_owned()
            }
            Some(Offer::Prefill(values)) => {
                let mut merged = self.answers.values.clone();
                for (key, value) in values.iter() {
                    merged.set(key, value);
                }
                self.answers.replace(merged);
                self.spec.strings.text(Msg::LinkAnswersIn).to_owned()
            }
            Some(Offer::Import { values, .. }) => {
                self.replace_keeping_orphans(values);
                self.spec
                    .document
                    .fill(&self.spec.strings, Msg::Imported, &[])
            }
            Some(Offer::Undo { values, .. }) => {
                self.answers.replace(values);
                self.spec.strings.text(Msg::AnswersBack).to_owned()
            }
            None => return false,
        };
        // What was just replaced can be had back, unless it was nothing (only the defaults)
        // or the same answers.
        if before != self.answers.values && before != self.spec.default_values() {
            self.offer = Some(Offer::Undo {
                values: before,
                after: Replaced::Other,
            });
        }
        self.regenerate();
        self.announce(message, Tone::Success);
        true
    }

    fn import(&mut self, imported: Result<Imported, String>) {
        match imported {
            Err(message) => {
                // Said in the live region (the panel shows it at the field).
                if matches!(self.offer, Some(Offer::Import { .. })) {
                    self.offer = None;
                }
                self.announce(message, Tone::Problem);
            }
            Ok(imported) if self.untouched() => {
                let (document, s) = (&self.spec.document, &self.spec.strings);
                let note = if imported.unknown.is_empty() {
                    document.fill(s, Msg::Imported, &[])
                } else {
                    let unknown = s.join(Msg::ItemsJoin, &imported.unknown);
                    document.fill(s, Msg::ImportedPart, &[("unknown", &unknown)])
                };
                self.replace_keeping_orphans(imported.values);
                self.regenerate();
                self.announce(note, Tone::Success);
            }
            Ok(imported) => {
                self.offer = Some(Offer::Import {
                    values: imported.values,
                    unknown: imported.unknown,
                });
            }
        }
    }
}
