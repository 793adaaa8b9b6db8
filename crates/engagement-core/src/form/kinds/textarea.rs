//! `textarea`: several paragraphs that accept Markdown, at most `maxWords` words (if limited),
//! written as a `##` section of their own that cannot break the document. With `render` (an
//! issue form's `render: shell`), the answer is code instead: plain text, written as a fenced
//! code block with that info string, and read back exactly.

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::FieldSpec;
use crate::markdown::reverse::field_text;
use crate::markdown::sanitize_block;
use crate::strings::{Key as Msg, Strings};
use crate::text::{count_words, normalize_newlines};

/// The definition keys a text area takes.
pub const KEYS: &[&str] = &["maxWords", "placeholder", "render"];

/// The longest info string `render` may give.
const MAX_RENDER_CHARS: usize = 40;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextareaField {
    pub max_words: Option<usize>,
    /// The answer is code in this language ("shell"): plain text, written as a fenced block.
    pub render: Option<String>,
}

impl TextareaField {
    pub(crate) fn compile(c: &mut Compiler, def: &FieldDef, place: &str) -> TextareaField {
        c.at_least_one(place, "maxWords", def.max_words);
        let render = def.render.as_deref().map(str::trim);
        if let Some(info) = render {
            let fits = !info.is_empty()
                && info.len() <= MAX_RENDER_CHARS
                && info
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'_' | b'.'));
            if !fits {
                c.problem(
                    &format!("{place}.render"),
                    &format!(
                        "must name a language in 1 to {MAX_RENDER_CHARS} letters, digits, \
                         \"+\", \"-\", \"_\" or \".\", like \"shell\""
                    ),
                );
            }
        }
        TextareaField {
            max_words: def.max_words.map(|n| n as usize),
            render: render.map(str::to_owned),
        }
    }
}

impl FieldKind for TextareaField {
    fn shape(&self) -> Shape {
        Shape::Section
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let max = self.max_words?;
        (count_words(value) > max).then(|| {
            field.message(&field.messages.too_long, || {
                s.count(Msg::TooManyWords, max as u64, &[("name", &field.name)])
            })
        })
    }

    // Code and logs are not prose: they do not make a document long to read.
    fn counts_in_length(&self) -> bool {
        self.render.is_none()
    }

    fn body(&self, value: &str) -> String {
        match &self.render {
            Some(info) => code_block(info, value),
            None => sanitize_block(value),
        }
    }

    fn read_body(&self, body: &str) -> String {
        match self.render {
            Some(_) => code_content(body).unwrap_or_else(|| field_text(body)),
            None => field_text(body),
        }
    }
}

/// Code as the document keeps it: line breaks as LF, no control character but tabs, no
/// whitespace at the end of a line (email clients strip it), no blank line before the first
/// line of code or after the last.
pub fn code_text(value: &str) -> String {
    let text = normalize_newlines(value);
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let kept: String = line
                .chars()
                .filter(|c| !c.is_control() || *c == '\t')
                .collect();
            kept.trim_end().to_owned()
        })
        .collect();
    let first = lines.iter().position(|l| !l.is_empty());
    let last = lines.iter().rposition(|l| !l.is_empty());
    match (first, last) {
        (Some(first), Some(last)) => lines[first..=last].join("\n"),
        _ => String::new(),
    }
}

/// The answer as a fenced code block with the `info` string, its fence longer than any run of
/// backticks or tildes in it, so nothing in it can close the block; empty for no code.
pub fn code_block(info: &str, value: &str) -> String {
    let code = code_text(value);
    if code.is_empty() {
        return String::new();
    }
    let mut longest = 0;
    let mut run = 0;
    let mut last = '\0';
    for c in code.chars() {
        run = if matches!(c, '`' | '~') && c == last {
            run + 1
        } else {
            usize::from(matches!(c, '`' | '~'))
        };
        last = c;
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest.max(2) + 1);
    format!("{fence}{info}\n{code}\n{fence}")
}

/// The code of a fenced block as [`code_block`] writes it (the first line opens it, the last
/// closes it); `None` when `body` is not one.
pub fn code_content(body: &str) -> Option<String> {
    let (open, rest) = body.split_once('\n')?;
    let marker = open.chars().next().filter(|c| matches!(c, '`' | '~'))?;
    let width = open.chars().take_while(|c| *c == marker).count();
    if width < 3 {
        return None;
    }
    let closes = |line: &str| {
        let line = line.trim_end();
        line.chars().count() >= width && line.chars().all(|c| c == marker)
    };
    match rest.rsplit_once('\n') {
        Some((code, close)) if closes(close) => Some(code.to_owned()),
        None if closes(rest) => Some(String::new()),
        _ => None,
    }
}
