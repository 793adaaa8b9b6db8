//! Options, as a `choice` and `checkboxes` share them: each option's key, label and name in the
//! document, checked so that the form and the document tell them apart; the "Other" option and
//! the text field it reveals; and finding an option by the words a person uses.

use super::text::TextField;
use super::Kind;
use crate::form::compiler::Compiler;
use crate::form::definition::FieldDef;
use crate::form::{is_key, FieldSpec, Key, OTHER};
use crate::strings::{Key as Msg, Strings};
use crate::text::normalize_short;

/// An "Other" field's limit when the definition gives none.
const DEFAULT_OTHER_CHARS: u32 = 80;

/// How an "Other" answer that could be read as something else starts in the document, so that
/// import can tell them apart: "Other: Weekly" (`otherPrefix` and a space).
pub fn other_prefix(s: &Strings) -> String {
    format!("{} ", s.text(Msg::OtherPrefix))
}

/// One option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionSpec {
    pub key: String,
    pub label: String,
    /// How the document names it.
    pub doc_label: String,
    /// For checkboxes: this box must be ticked.
    pub required: bool,
}

/// The options `def` defines, with "Other" last when it has `other`, and the text field that
/// "Other" reveals. `kind` says what holds them in messages ("a choice"); only checkboxes may
/// make an option `required`.
pub(crate) fn compile(
    c: &mut Compiler,
    def: &FieldDef,
    key: &Key,
    label: &str,
    place: &str,
    kind: &str,
) -> (Vec<OptionSpec>, Option<FieldSpec>) {
    let mut options: Vec<OptionSpec> = Vec::new();
    let defs = def.options.as_deref().unwrap_or_default();
    if defs.is_empty() {
        c.problem(
            &format!("{place}.options"),
            &format!("{kind} needs at least one option"),
        );
    }
    let may_require = kind == "checkboxes";
    for (n, option) in defs.iter().enumerate() {
        let at = format!("{place}.options[{n}]");
        if !is_key(&option.key) {
            c.problem(
                &format!("{at}.key"),
                &format!(
                    "\"{}\" is not a key: use lower-case letters, digits and hyphens",
                    option.key
                ),
            );
        } else if options.iter().any(|o| o.key == option.key)
            || (def.other.is_some() && option.key == OTHER)
        {
            c.problem(
                &format!("{at}.key"),
                &format!("\"{}\" is used twice", option.key),
            );
        }
        if option.required && !may_require {
            c.problem(
                &format!("{at}.required"),
                &format!("does not apply to an option of {kind}"),
            );
        }
        let label = normalize_short(&option.label);
        if label.is_empty() {
            c.problem(&format!("{at}.label"), "every option needs a label");
        }
        let doc_label = c.doc_label(option.doc_label.as_deref(), &label, &at);
        let this = OptionSpec {
            key: option.key.clone(),
            doc_label,
            label,
            required: option.required,
        };
        let doc_label_given = option.doc_label.is_some();
        check_names(
            c,
            &options,
            &this,
            doc_label_given,
            def.other.is_some(),
            place,
        );
        options.push(this);
    }
    let Some(other) = &def.other else {
        return (options, None);
    };
    let other_option = normalize_short(c.strings.text(Msg::OtherOption));
    options.push(OptionSpec {
        key: OTHER.to_owned(),
        label: other_option.clone(),
        doc_label: other_option,
        required: false,
    });
    let wanted = other.key.clone().unwrap_or_else(|| format!("{key}-other"));
    let other_key = c.key(Some(&wanted), &format!("{place}.other.key"));
    let other_label = normalize_short(&other.label);
    if other_label.is_empty() {
        c.problem(
            &format!("{place}.other.label"),
            "the Other field needs a label",
        );
    }
    if other.max_chars == Some(0) {
        c.problem(&format!("{place}.other.maxChars"), "must be at least 1");
    }
    let Some(other_key) = other_key else {
        return (options, None);
    };
    let spec = FieldSpec {
        key: other_key,
        doc_label: label.to_owned(),
        name: other
            .name
            .clone()
            .unwrap_or_else(|| c.strings.text(Msg::OtherName).to_owned()),
        kind: Kind::Text(TextField::new(
            other.max_chars.unwrap_or(DEFAULT_OTHER_CHARS),
        )),
        required: true,
        hint: None,
        placeholder: None,
        missing: other
            .messages
            .required
            .clone()
            .unwrap_or_else(|| other_label.clone()),
        messages: other.messages.clone(),
        autocomplete: None,
        default: None,
        revealed_by: Some(key.clone()),
        shown_if: Vec::new(),
        label: other_label,
    };
    (options, Some(spec))
}

/// An option must be told apart from the ones `before` it, and from the "Other" option that
/// `other` adds: on the form by its label, in the document (and so on import) by its name
/// there. Names are compared as import compares them, ignoring case.
fn check_names(
    c: &mut Compiler,
    before: &[OptionSpec],
    option: &OptionSpec,
    doc_label_given: bool,
    other: bool,
    place: &str,
) {
    if option.label.is_empty() {
        return;
    }
    let at = format!("{place}.options[{}]", before.len());
    let (label, doc_label) = (&option.label, &option.doc_label);
    let other_label = normalize_short(c.strings.text(Msg::OtherOption));
    let prefix = other_prefix(c.strings);
    if let Some(first) = before
        .iter()
        .position(|o| o.label.eq_ignore_ascii_case(label))
    {
        c.problem(
            &format!("{at}.label"),
            &format!("the label \"{label}\" is used twice (also {place}.options[{first}])"),
        );
    } else if other && label.eq_ignore_ascii_case(&other_label) {
        c.problem(
            &format!("{at}.label"),
            &format!(
                "the label \"{label}\" is used twice (also the Other option, which {place}.other adds)"
            ),
        );
    } else if other
        && doc_label
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(&prefix))
    {
        let key = if doc_label_given { "docLabel" } else { "label" };
        c.problem(
            &format!("{at}.{key}"),
            &format!(
                "\"{doc_label}\" starts as the document writes an Other answer (\"{prefix}...\"): name it otherwise"
            ),
        );
    } else if let Some(first) = before
        .iter()
        .position(|o| o.doc_label.eq_ignore_ascii_case(doc_label))
    {
        let (key, what) = if doc_label_given {
            ("docLabel", format!("\"{doc_label}\""))
        } else {
            (
                "label",
                format!("the label \"{doc_label}\", used as the document's name,"),
            )
        };
        c.problem(
            &format!("{at}.{key}"),
            &format!("{what} names two options in the document (also {place}.options[{first}])"),
        );
    }
}

/// The option a person means by `wanted`: its key, or the words they see ("High" for `high`),
/// ignoring case.
pub fn find<'a>(options: &'a [OptionSpec], wanted: &str) -> Option<&'a OptionSpec> {
    let wanted = wanted.trim();
    options.iter().find(|o| {
        o.key.eq_ignore_ascii_case(wanted)
            || o.label.trim().eq_ignore_ascii_case(wanted)
            || o.doc_label.trim().eq_ignore_ascii_case(wanted)
    })
}

/// Why a prefilled value is none of `options`.
pub fn not_one_of(options: &[OptionSpec]) -> String {
    format!("not one of its options ({})", keys(options))
}

/// The options' keys, for messages: "low, high, other".
pub fn keys(options: &[OptionSpec]) -> String {
    let keys: Vec<&str> = options.iter().map(|o| o.key.as_str()).collect();
    keys.join(", ")
}
