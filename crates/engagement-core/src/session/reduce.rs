//! The rules: what each [`Action`] does to a [`Session`].

use std::rc::Rc;

use super::{Action, Answer, DraftStatus, Offer, Replaced, Session, Tone};
use crate::prefill::{from_fragment, starting_values};

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
    if let Action::Configure(config, today) = &action {
        if *today == state.today && state.spec == config.form {
            // The same form (the first configuration, or a changed attribute that only the
            // content shows): nothing to rebuild, so no re-render.
            return state;
        }
    }
    if matches!(action, Action::DropImport) && !matches!(state.offer, Some(Offer::Import { .. })) {
        return state;
    }
    let mut next = (*state).clone();
    match action {
        Action::DropImport => next.offer = None,
        Action::Edit(key, value) => {
            // "Copied", "Imported" and the like were about the answers before this edit.
            if next.form.values.get(&key) != value {
                next.announcement = None;
            }
            next.form.edit(&key, value);
            next.form.recheck(&next.spec, next.today);
            next.regenerate();
        }
        Action::Leave(key) => next.form.leave(&key),
        Action::Check => {
            // What an earlier action said no longer applies.
            next.announcement = None;
            let errors = next.form.attempt(&next.spec, next.today);
            if errors.is_empty() {
                next.focus_result += 1;
            } else {
                next.focus_summary += 1;
            }
        }
        Action::Require => {
            next.announcement = None;
            if !next.form.attempt(&next.spec, next.today).is_empty() {
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
                return state;
            }
            let start =
                starting_values(&next.spec.default_values(), Some(&next.form.values), &link);
            for (key, value) in start.values.iter() {
                next.form.edit(key, value);
            }
            next.form.recheck(&next.spec, next.today);
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
                return state;
            }
        }
        Action::DismissOrphans => {
            let orphans = next.orphans();
            if orphans.is_empty() {
                return state;
            }
            next.form.values = next.without_orphans();
        }
        Action::StartOver => {
            let previous = next.form.values.clone();
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
            next.announce(
                "The form is cleared, and so is the saved draft.",
                Tone::Info,
            );
        }
    }
    Rc::new(next)
}
