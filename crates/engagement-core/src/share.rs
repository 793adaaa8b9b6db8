//! Getting the one-pager out: `mailto:` links (RFC 6068) and download file names.

use super::date::Date;
use super::form::Title;
use super::text::normalize_short;

/// Past this length a `mailto:` link is unreliable (mail clients and browsers cut or refuse
/// longer ones), so the body is left out and copied to the clipboard instead.
pub const MAILTO_MAX: usize = 1800;

/// A `mailto:` link and whether it carries the body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailLink {
    pub href: String,
    pub body_included: bool,
}

/// Builds `mailto:<to>?subject=...&body=...` with RFC 6068 percent-encoding (UTF-8, line
/// breaks as `%0D%0A`). Without `to`, the visitor's mail client asks for the address. When the
/// link would be longer than `max`, the body is dropped.
pub fn mail_link(to: Option<&str>, subject: &str, body: &str, max: usize) -> MailLink {
    let mut base = String::from("mailto:");
    if let Some(to) = to {
        encode_into(&mut base, to.trim(), is_addr_char);
    }
    base.push_str("?subject=");
    encode_into(&mut base, &normalize_short(subject), is_unreserved);
    let mut with_body = base.clone();
    with_body.push_str("&body=");
    encode_into(&mut with_body, &crlf(body), is_unreserved);
    if with_body.len() <= max {
        MailLink {
            href: with_body,
            body_included: true,
        }
    } else {
        MailLink {
            href: base,
            body_included: false,
        }
    }
}

/// An email's subject: the form's subject with the answer it names; without an answer, its
/// words alone ("Engagement one-pager").
pub fn mail_subject(template: &Title, value: &str) -> String {
    let value = normalize_short(value);
    if value.is_empty() {
        let before = template.before.trim_end().trim_end_matches(':').trim_end();
        normalize_short(&format!("{before}{}", template.after))
    } else {
        normalize_short(&format!("{}{value}{}", template.before, template.after))
    }
}

fn crlf(s: &str) -> String {
    super::text::normalize_newlines(s).replace('\n', "\r\n")
}

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// RFC 6068 `qchar` minus what must stay encoded in an address: unreserved characters and the
/// "some-delims" `!$'()*+,;:@`.
fn is_addr_char(b: u8) -> bool {
    is_unreserved(b) || b"!$'()*+,;:@".contains(&b)
}

fn encode_into(out: &mut String, s: &str, keep: fn(u8) -> bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// `one-pager-<team>-<date>.md` for the one-pager: the title's words and its answer joined by
/// hyphens (letters and digits of any script are kept, at most 48 from the answer; ASCII
/// letters are lower-cased here, which spares the wasm Unicode's case tables, and the view
/// lower-cases the rest with the browser's `toLowerCase`), and the date the form gives, else
/// today.
pub fn file_name(title: &Title, value: &str, date: Option<Date>, today: Date) -> String {
    let parts = [
        slug(&title.before, usize::MAX),
        slug(value, 48),
        slug(&title.after, usize::MAX),
    ];
    let mut name: Vec<&str> = parts
        .iter()
        .map(String::as_str)
        .filter(|p| !p.is_empty())
        .collect();
    let date = date.unwrap_or(today).to_string();
    name.push(&date);
    format!("{}.md", name.join("-"))
}

/// Words joined by hyphens, at most `max` characters.
fn slug(text: &str, max: usize) -> String {
    let mut slug = String::new();
    for c in normalize_short(text)
        .chars()
        .map(|c| c.to_ascii_lowercase())
    {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= max {
            break;
        }
    }
    slug.trim_end_matches('-').to_owned()
}
