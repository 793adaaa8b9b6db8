//! `text`: one line of text, at most `maxChars` characters (200 unless the definition says).

use super::{FieldKind, Shape};
use crate::date::Date;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::FieldSpec;
use crate::strings::{Key as Msg, Strings};
use crate::text::count_chars;

/// The definition keys a text field takes.
pub const KEYS: &[&str] = &["autocomplete", "maxChars", "placeholder"];

/// A text field's limit when the definition gives none.
const DEFAULT_MAX_CHARS: u32 = 200;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextField {
    pub max_chars: usize,
}

impl TextField {
    pub(crate) fn compile(c: &mut Compiler, def: &FieldDef, place: &str) -> TextField {
        c.at_least_one(place, "maxChars", def.max_chars);
        TextField::new(def.max_chars.unwrap_or(DEFAULT_MAX_CHARS))
    }

    pub(crate) fn new(max_chars: u32) -> TextField {
        TextField {
            max_chars: max_chars as usize,
        }
    }
}

impl FieldKind for TextField {
    fn shape(&self) -> Shape {
        Shape::Line
    }

    fn check(&self, field: &FieldSpec, value: &str, _today: Date, s: &Strings) -> Option<String> {
        let max = self.max_chars;
        (count_chars(value.trim()) > max).then(|| {
            field.message(&field.messages.too_long, || {
                s.count(Msg::TooManyCharacters, max as u64, &[("name", &field.name)])
            })
        })
    }
}
