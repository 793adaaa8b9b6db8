//! `textarea`: several paragraphs that accept Markdown, at most `maxWords` words (if limited),
//! written as a `##` section of their own that cannot break the document.

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::FieldSpec;
use crate::text::count_words;

/// The definition keys a text area takes.
pub const KEYS: &[&str] = &["maxWords"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextareaField {
    pub max_words: Option<usize>,
}

impl TextareaField {
    pub(crate) fn compile(c: &mut Compiler, def: &FieldDef, place: &str) -> TextareaField {
        c.at_least_one(place, "maxWords", def.max_words);
        TextareaField {
            max_words: def.max_words.map(|n| n as usize),
        }
    }
}

impl FieldKind for TextareaField {
    fn shape(&self) -> Shape {
        Shape::Section
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date) -> Option<String> {
        let max = self.max_words?;
        (count_words(value) > max).then(|| {
            field.message(
                &field.messages.too_long,
                format!("{} must be {max} words or fewer", field.name),
            )
        })
    }
}
