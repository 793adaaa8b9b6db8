//! Element ids for a form's parts: every question's control, hint, error message, counter and
//! legend, each option of a choice, the box a revealed question sits in, each section and each
//! acknowledgements group.
//!
//! Built so that no two can be equal, whatever keys a host chooses: questions, sections and
//! groups each have a namespace of their own (`-q-`, `-s-`, `-g-` after the instance's prefix),
//! and every part that follows a key is introduced by `_`, which a key cannot contain
//! ([`super::is_key`]). So the "Other" option of a choice `priority` (`…-q-priority_o-other`)
//! is never the "Other" question `priority-other` (`…-q-priority-other`), and a question keyed
//! `x-hint` never takes the id of question `x`'s hint (`…-q-x_hint`).

/// A part of a question that has an element of its own, next to its control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Hint,
    Error,
    /// The word or line counter's hint.
    Count,
    /// A group of controls' legend (radios).
    Legend,
    /// The box a revealed question sits in.
    Reveal,
    /// An example answer (the definition's `placeholder`).
    Example,
}

impl Part {
    fn suffix(self) -> &'static str {
        match self {
            Part::Hint => "hint",
            Part::Error => "error",
            Part::Count => "count",
            Part::Legend => "legend",
            Part::Reveal => "reveal",
            Part::Example => "example",
        }
    }
}

/// A question's control (for a choice, the radios' name).
pub fn control(prefix: &str, key: &str) -> String {
    format!("{prefix}-q-{key}")
}

/// One of a question's parts.
pub fn part(prefix: &str, key: &str, part: Part) -> String {
    format!("{prefix}-q-{key}_{}", part.suffix())
}

/// One option of a choice.
pub fn option(prefix: &str, key: &str, option: &str) -> String {
    option_of(&control(prefix, key), option)
}

/// One option of the choice whose control (radios' name) is `control`.
pub fn option_of(control: &str, option: &str) -> String {
    format!("{control}_o-{option}")
}

/// The heading of the form's section number `n` (from 0).
pub fn section(prefix: &str, n: usize) -> String {
    format!("{prefix}-s-{n}")
}

/// The hint of the form's section number `n`.
pub fn section_hint(prefix: &str, n: usize) -> String {
    format!("{prefix}-s-{n}_hint")
}

/// The hint of an acknowledgements group.
pub fn group_hint(prefix: &str, key: &str) -> String {
    format!("{prefix}-g-{key}_hint")
}
