//! The rules of every field, and messages that say how to fix what is wrong (GOV.UK style).

use email_address::{EmailAddress, Options};

use super::date::Date;
use super::form::{
    FieldSpec, FormSpec, Key, Kind, Values, EMAIL_MAX_CHARS, TICKED, UNFINISHED_DATE,
};
use super::text::{count_chars, count_words, is_blank, line_entries, lower_first};

/// One problem with one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Key,
    pub message: String,
}

pub const EMAIL_FORMAT_MESSAGE: &str =
    "Enter an email address in the correct format, like name@example.com";

/// Checks one field. `None` means the field is fine (or not part of the form right now).
pub fn validate_field(spec: &FormSpec, values: &Values, key: &str, today: Date) -> Option<String> {
    let field = spec.field(key)?;
    if !spec.is_active(key, values) {
        return None;
    }
    check(field, values.get(key), today)
}

/// Checks the whole form. Errors come in form order, one per field at most.
pub fn validate(spec: &FormSpec, values: &Values, today: Date) -> Vec<FieldError> {
    spec.fields()
        .iter()
        .filter_map(|field| {
            validate_field(spec, values, &field.key, today).map(|message| FieldError {
                field: field.key.clone(),
                message,
            })
        })
        .collect()
}

fn check(field: &FieldSpec, value: &str, today: Date) -> Option<String> {
    let label = &field.name;
    let m = &field.messages;
    let or = |custom: &Option<String>, generated: String| custom.clone().unwrap_or(generated);
    if let Kind::Checkbox { .. } = field.kind {
        return (field.required && value != TICKED).then(|| field.missing.clone());
    }
    if is_blank(value) {
        return field.required.then(|| field.missing.clone());
    }
    let trimmed = value.trim();
    match &field.kind {
        Kind::Text { max_chars } => (count_chars(trimmed) > *max_chars).then(|| {
            or(
                &m.too_long,
                format!("{label} must be {max_chars} characters or fewer"),
            )
        }),
        Kind::Email => {
            if count_chars(trimmed) > EMAIL_MAX_CHARS {
                Some(or(
                    &m.too_long,
                    format!("{label} must be {EMAIL_MAX_CHARS} characters or fewer"),
                ))
            } else if !is_email(trimmed) {
                Some(or(&m.format, EMAIL_FORMAT_MESSAGE.to_owned()))
            } else {
                None
            }
        }
        Kind::LongText { max_words } => {
            let max = (*max_words)?;
            (count_words(value) > max)
                .then(|| or(&m.too_long, format!("{label} must be {max} words or fewer")))
        }
        Kind::Lines { min, max } => {
            let lines = line_entries(value).count();
            if lines < *min {
                Some(or(&m.too_few, field.missing.clone()))
            } else if lines > *max {
                Some(or(&m.too_many, too_many_lines(field, *max)))
            } else {
                None
            }
        }
        // Part of a date, or a day that does not exist: GOV.UK's "must be a real date", with
        // the parts it needs (the browser does not say which part is missing).
        Kind::Date { .. } if trimmed == UNFINISHED_DATE => Some(or(
            &m.format,
            format!("{label} must be a real date, including the day, month and year"),
        )),
        Kind::Date { from_today } => match Date::parse(trimmed) {
            // The control is the browser's date picker, in the reader's own format: no
            // example here (an ISO one would not match what they see).
            None => Some(or(&m.format, format!("{label} must be a real date"))),
            Some(date) if *from_today && date < today => Some(or(
                &m.past,
                format!("{label} must be today or in the future"),
            )),
            Some(_) => None,
        },
        Kind::WholeNumber { min, max, .. } => {
            let range = || or(&m.range, format!("{label} must be between {min} and {max}"));
            match parse_whole_number(trimmed) {
                // A whole number all the same, just out of range.
                None if is_negative_whole_number(trimmed) => Some(range()),
                None => Some(or(
                    &m.format,
                    format!(
                        "{label} must be a whole number, like {}",
                        if (*min..=*max).contains(&10) {
                            10
                        } else {
                            (min + max) / 2
                        }
                    ),
                )),
                Some(n) if n < u64::from(*min) || n > u64::from(*max) => Some(range()),
                Some(_) => None,
            }
        }
        // An option the form no longer offers (a saved answer, kept aside as an orphan) is no
        // answer: missing only where one is required.
        Kind::Choice { options, .. } => (field.required
            && !options.iter().any(|c| c.key == trimmed))
        .then(|| field.missing.clone()),
        Kind::Checkbox { .. } => None,
    }
}

/// "Enter 3 API endpoints or fewer, one per line", or for a label that asks a question,
/// "Answer “Which datasets?” in 3 lines or fewer".
fn too_many_lines(field: &FieldSpec, max: usize) -> String {
    let label = &field.label;
    if label.ends_with('?') {
        let lines = if max == 1 { "line" } else { "lines" };
        format!("Answer \u{201c}{label}\u{201d} in {max} {lines} or fewer")
    } else {
        format!("Enter {max} {} or fewer, one per line", lower_first(label))
    }
}

/// Whether a string is an email address someone can send to: RFC 5322 syntax (checked by the
/// `email_address` crate), no display name or IP literal, and a domain with at least one dot
/// whose parts are host names (letters, digits and inner hyphens: no `_`). As GOV.UK Notify
/// does, the part before the `@` is ASCII letters, digits and ``.!#$%&'*+/=?^_`{|}~-`` only
/// (no quoted names, which few mail systems deliver to and no renderer links).
pub fn is_email(s: &str) -> bool {
    let options = Options::default()
        .without_display_text()
        .without_domain_literal()
        .with_minimum_sub_domains(2);
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    let host_names = domain.split('.').all(|label| {
        !label.starts_with('-')
            && !label.ends_with('-')
            && label.chars().all(|c| c.is_alphanumeric() || c == '-')
    });
    EmailAddress::parse_with_options(s, options).is_ok()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control())
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c))
        && host_names
}

/// Digits only, no sign, no decimals. Full-width (East Asian input methods), Arabic-Indic and
/// Devanagari digits count as their ASCII twins. Leading zeros are fine; absurd lengths are
/// not numbers anyone meant.
pub fn parse_whole_number(s: &str) -> Option<u64> {
    const ZEROS: [u32; 4] = [0xff10, 0x0660, 0x06f0, 0x0966];
    let digits: String = s
        .chars()
        .map(|c| {
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&(c as u32)))
                .and_then(|zero| char::from_digit(c as u32 - zero, 10))
                .unwrap_or(c)
        })
        .collect();
    if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// "-3", "−3" (a minus sign) or "-0": a whole number below any range the form asks for.
fn is_negative_whole_number(s: &str) -> bool {
    s.strip_prefix(['-', '\u{2212}'])
        .and_then(|rest| parse_whole_number(rest.trim_start()))
        .is_some()
}

/// Words across the whole one-pager's free text, for the soft length warning.
pub fn total_words(spec: &FormSpec, values: &Values) -> usize {
    spec.fields()
        .iter()
        .filter(|f| matches!(f.kind, Kind::LongText { .. } | Kind::Lines { .. }))
        .map(|f| count_words(values.get(&f.key)))
        .sum()
}
