//! What each type of field makes: the keys it takes, its kind and limits checked, a choice's
//! "Other" field, an acknowledgements group's checkboxes, and the messages made from labels.

use super::Compiler;
use crate::content::BASELINE_HEADING;
use crate::form::definition::{FieldDef, FieldType, NotBefore};
use crate::form::{is_key, Choice, FieldSpec, Group, Key, Kind, Messages, Unit, OTHER};
use crate::text::{lower_first, normalize_short};

/// A text field's limit when the definition gives none.
const DEFAULT_MAX_CHARS: u32 = 200;
/// An "Other" field's limit when the definition gives none.
const DEFAULT_OTHER_CHARS: u32 = 80;
/// What a date field says when the definition gives no hint.
pub const DATE_HINT: &str =
    "Type a / between the parts of the date, in the order the box shows them.";
/// What a list says when the definition gives no hint: how its answers are told apart.
pub const LIST_HINT: &str = "Put each one on a line of its own.";
/// The label of the option a choice's `other` adds.
const OTHER_LABEL: &str = "Other";
/// A list's limit when the definition gives none.
const DEFAULT_MAX_ITEMS: u32 = 50;

impl Compiler<'_> {
    /// Reports each key the definition gives that its type does not use.
    pub(super) fn check_applies(&mut self, def: &FieldDef, place: &str) {
        use FieldType as T;
        let t = def.kind;
        let question = t != T::Markdown;
        let given = [
            ("key", def.key.is_some(), question),
            ("label", def.label.is_some(), question),
            ("hint", def.hint.is_some(), question),
            (
                "required",
                def.required,
                question && t != T::Acknowledgements,
            ),
            ("docLabel", def.doc_label.is_some(), question),
            (
                "name",
                def.name.is_some(),
                question && t != T::Acknowledgements,
            ),
            (
                "messages",
                def.messages != Messages::default(),
                question && t != T::Acknowledgements,
            ),
            (
                "autocomplete",
                def.autocomplete.is_some(),
                matches!(t, T::Text | T::Email),
            ),
            ("maxChars", def.max_chars.is_some(), t == T::Text),
            ("maxWords", def.max_words.is_some(), t == T::Textarea),
            ("minItems", def.min_items.is_some(), t == T::List),
            ("maxItems", def.max_items.is_some(), t == T::List),
            ("min", def.min.is_some(), t == T::Number),
            ("max", def.max.is_some(), t == T::Number),
            ("default", def.default.is_some(), t == T::Number),
            ("unit", def.unit.is_some(), t == T::Number),
            ("unitOne", def.unit_one.is_some(), t == T::Number),
            ("notBefore", def.not_before.is_some(), t == T::Date),
            ("options", def.options.is_some(), t == T::Choice),
            ("other", def.other.is_some(), t == T::Choice),
            ("value", def.value.is_some(), t == T::Markdown),
        ];
        for (name, present, applies) in given {
            if present && !applies {
                self.problem(
                    &format!("{place}.{name}"),
                    &format!("does not apply to a {} field", t.name()),
                );
            }
        }
    }

    /// The field's kind, checked, and the "Other" field a choice reveals.
    pub(super) fn kind(
        &mut self,
        def: &FieldDef,
        key: &Key,
        label: &str,
        place: &str,
    ) -> (Kind, Option<FieldSpec>) {
        let at_least_one = |c: &mut Self, name: &str, n: Option<u32>| {
            if n == Some(0) {
                c.problem(&format!("{place}.{name}"), "must be at least 1");
            }
        };
        let kind = match def.kind {
            FieldType::Text => {
                at_least_one(self, "maxChars", def.max_chars);
                Kind::Text {
                    max_chars: def.max_chars.unwrap_or(DEFAULT_MAX_CHARS) as usize,
                }
            }
            FieldType::Email => Kind::Email,
            FieldType::Textarea => {
                at_least_one(self, "maxWords", def.max_words);
                Kind::LongText {
                    max_words: def.max_words.map(|n| n as usize),
                }
            }
            FieldType::List => {
                at_least_one(self, "maxItems", def.max_items);
                let min = def.min_items.unwrap_or(u32::from(def.required));
                let max = def.max_items.unwrap_or(DEFAULT_MAX_ITEMS.max(min));
                if min > max {
                    self.problem(
                        &format!("{place}.minItems"),
                        &format!("{min} is more than maxItems ({max})"),
                    );
                }
                Kind::Lines {
                    min: min as usize,
                    max: max as usize,
                }
            }
            FieldType::Date => Kind::Date {
                from_today: def.not_before == Some(NotBefore::Today),
            },
            FieldType::Number => {
                let (min, max) = (def.min.unwrap_or(0), def.max.unwrap_or(999_999_999));
                if min > max {
                    self.problem(
                        &format!("{place}.min"),
                        &format!("{min} is more than max ({max})"),
                    );
                }
                if let Some(default) = def.default.filter(|d| !(min..=max).contains(d)) {
                    self.problem(
                        &format!("{place}.default"),
                        &format!("{default} is not between min ({min}) and max ({max})"),
                    );
                }
                // Units are words of the document's text: one line, trimmed, and there.
                let unit_name = |c: &mut Self, name: &str, given: Option<&String>| {
                    let unit = given.map(|u| normalize_short(u));
                    if unit.as_deref() == Some("") {
                        c.problem(
                            &format!("{place}.{name}"),
                            "may not be empty: leave it out instead",
                        );
                    }
                    unit
                };
                let many = unit_name(self, "unit", def.unit.as_ref());
                let one = unit_name(self, "unitOne", def.unit_one.as_ref());
                let unit = many.map(|many| Unit {
                    one: one.unwrap_or_else(|| many.clone()),
                    many,
                });
                Kind::WholeNumber { min, max, unit }
            }
            FieldType::Choice => return self.choice(def, key, label, place),
            // Not questions of their own kind (see `item`).
            FieldType::Acknowledgements | FieldType::Markdown => Kind::Text {
                max_chars: DEFAULT_MAX_CHARS as usize,
            },
        };
        (kind, None)
    }

    fn choice(
        &mut self,
        def: &FieldDef,
        key: &Key,
        label: &str,
        place: &str,
    ) -> (Kind, Option<FieldSpec>) {
        let mut options: Vec<Choice> = Vec::new();
        let defs = def.options.as_deref().unwrap_or_default();
        if defs.is_empty() {
            self.problem(
                &format!("{place}.options"),
                "a choice needs at least one option",
            );
        }
        for (n, option) in defs.iter().enumerate() {
            let at = format!("{place}.options[{n}]");
            if !is_key(&option.key) {
                self.problem(
                    &format!("{at}.key"),
                    &format!(
                        "\"{}\" is not a key: use lower-case letters, digits and hyphens",
                        option.key
                    ),
                );
            } else if options.iter().any(|o| o.key == option.key)
                || (def.other.is_some() && option.key == OTHER)
            {
                self.problem(
                    &format!("{at}.key"),
                    &format!("\"{}\" is used twice", option.key),
                );
            }
            let label = normalize_short(&option.label);
            if label.is_empty() {
                self.problem(&format!("{at}.label"), "every option needs a label");
            }
            let doc_label = self.doc_label(option.doc_label.as_deref(), &label, &at);
            let choice = Choice {
                key: option.key.clone(),
                doc_label,
                label,
            };
            let doc_label_given = option.doc_label.is_some();
            let other = def.other.is_some();
            self.check_option_names(&options, &choice, doc_label_given, other, place);
            options.push(choice);
        }
        let Some(other) = &def.other else {
            return (
                Kind::Choice {
                    options,
                    other: None,
                },
                None,
            );
        };
        options.push(Choice {
            key: OTHER.to_owned(),
            label: OTHER_LABEL.to_owned(),
            doc_label: OTHER_LABEL.to_owned(),
        });
        let wanted = other.key.clone().unwrap_or_else(|| format!("{key}-other"));
        let other_key = self.key(Some(&wanted), &format!("{place}.other.key"));
        let other_label = normalize_short(&other.label);
        if other_label.is_empty() {
            self.problem(
                &format!("{place}.other.label"),
                "the Other field needs a label",
            );
        }
        if other.max_chars == Some(0) {
            self.problem(&format!("{place}.other.maxChars"), "must be at least 1");
        }
        let Some(other_key) = other_key else {
            return (
                Kind::Choice {
                    options,
                    other: None,
                },
                None,
            );
        };
        let spec = FieldSpec {
            key: other_key.clone(),
            doc_label: label.to_owned(),
            name: other
                .name
                .clone()
                .unwrap_or_else(|| "Your answer".to_owned()),
            kind: Kind::Text {
                max_chars: other.max_chars.unwrap_or(DEFAULT_OTHER_CHARS) as usize,
            },
            required: true,
            hint: None,
            missing: other
                .messages
                .required
                .clone()
                .unwrap_or_else(|| other_label.clone()),
            messages: other.messages.clone(),
            autocomplete: None,
            default: None,
            revealed_by: Some(key.clone()),
            label: other_label,
        };
        (
            Kind::Choice {
                options,
                other: Some(other_key),
            },
            Some(spec),
        )
    }

    /// An option must be told apart from the ones `before` it, and from the "Other" option
    /// the choice adds when it has `other`: on the form by its label, in the document (and so
    /// on import) by its name there. Names are compared as import compares them, ignoring case.
    fn check_option_names(
        &mut self,
        before: &[Choice],
        option: &Choice,
        doc_label_given: bool,
        other: bool,
        place: &str,
    ) {
        if option.label.is_empty() {
            return;
        }
        let at = format!("{place}.options[{}]", before.len());
        let (label, doc_label) = (&option.label, &option.doc_label);
        if let Some(first) = before
            .iter()
            .position(|o| o.label.eq_ignore_ascii_case(label))
        {
            self.problem(
                &format!("{at}.label"),
                &format!("the label \"{label}\" is used twice (also {place}.options[{first}])"),
            );
        } else if other && label.eq_ignore_ascii_case(OTHER_LABEL) {
            self.problem(
                &format!("{at}.label"),
                &format!(
                    "the label \"{label}\" is used twice (also the Other option, which {place}.other adds)"
                ),
            );
        } else if let Some(first) = before
            .iter()
            .position(|o| o.doc_label.eq_ignore_ascii_case(doc_label))
        {
            let given = if doc_label_given { "docLabel" } else { "label" };
            self.problem(
                &format!("{at}.{given}"),
                &format!(
                    "\"{doc_label}\" names two options in the document (also {place}.options[{first}])"
                ),
            );
        }
    }

    /// An acknowledgements field: one required checkbox per expectation.
    pub(super) fn group(
        &mut self,
        def: &FieldDef,
        key: &Key,
        label: String,
        doc_label: String,
        place: &str,
    ) -> Group {
        let mut members = Vec::with_capacity(self.expectations.len());
        for (n, expectation) in self.expectations.iter().enumerate() {
            let Some(member) = self.key(Some(&format!("{key}-{}", n + 1)), &format!("{place}.key"))
            else {
                continue;
            };
            let title = expectation.title.clone();
            let spec = FieldSpec {
                key: member.clone(),
                label: expectation.acknowledgement.clone(),
                doc_label: expectation.acknowledgement.clone(),
                name: expectation.acknowledgement.clone(),
                kind: Kind::Checkbox {
                    group: key.clone(),
                    title: title.clone(),
                },
                required: true,
                hint: None,
                missing: format!("Confirm that your team agrees with \u{201c}{title}\u{201d}"),
                messages: Messages::default(),
                autocomplete: None,
                default: None,
                revealed_by: None,
            };
            self.push(spec, place);
            members.push(member);
        }
        Group {
            key: key.clone(),
            doc_label,
            label,
            hint: Some(def.hint.clone().unwrap_or_else(|| {
                format!("Read the expectations under \u{201c}{BASELINE_HEADING}\u{201d} above: your team must agree to each one. Tick each box.")
            })),
            members,
        }
    }
}

/// The checked definition of a field as a [`FieldSpec`].
pub(super) fn field_spec(
    def: &FieldDef,
    key: Key,
    label: String,
    doc_label: String,
    kind: Kind,
) -> FieldSpec {
    let required = def.required || matches!(kind, Kind::Lines { min, .. } if min > 0);
    // A label that asks a question ("What do you need?") is quoted, not read into a sentence.
    let question = label.ends_with('?');
    let generated = match &kind {
        _ if question => format!("Answer \u{201c}{label}\u{201d}"),
        Kind::Choice { .. } => format!("Select {}", lower_first(&label)),
        Kind::Lines { min, .. } if *min > 1 => {
            format!("Enter at least {min} {}, one per line", lower_first(&label))
        }
        Kind::Lines { .. } => format!("Enter {}, one per line", lower_first(&label)),
        _ => format!("Enter {}", lower_first(&label)),
    };
    // WebKit's date box does not move to the next part as digits are typed; a "/" moves it in
    // every engine, so a date says how to type one unless the definition says otherwise. A
    // list says that each answer takes a line.
    let hint = match (&kind, &def.hint) {
        (Kind::Date { .. }, None) => Some(DATE_HINT.to_owned()),
        (Kind::Lines { .. }, None) => Some(LIST_HINT.to_owned()),
        (_, hint) => hint.clone(),
    };
    let default = match (&kind, def.default) {
        (Kind::WholeNumber { .. }, Some(n)) => Some(n.to_string()),
        _ => None,
    };
    FieldSpec {
        key,
        doc_label,
        name: def.name.clone().unwrap_or_else(|| {
            if question {
                format!("Your answer to \u{201c}{label}\u{201d}")
            } else {
                label.clone()
            }
        }),
        kind,
        required,
        hint,
        missing: def.messages.required.clone().unwrap_or(generated),
        messages: def.messages.clone(),
        autocomplete: def.autocomplete.clone(),
        default,
        revealed_by: None,
        label,
    }
}
