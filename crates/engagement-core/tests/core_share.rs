//! Mail links (RFC 6068) and download file names.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::today;
use engagement_core::date::Date;
use engagement_core::form::FormSpec;
use engagement_core::share::{file_name, mail_link, mail_subject, MAILTO_MAX};

fn one_pager() -> FormSpec {
    FormSpec::default()
}

/// Decodes %XX escapes, for checking what a mail client will see.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).expect("ascii");
            out.push(u8::from_str_radix(hex, 16).expect("hex"));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).expect("utf-8")
}

#[test]
fn mail_links_are_percent_encoded_with_crlf_line_breaks() {
    let body = "# One-pager: R&D\n\n- **Team:** R&D ✓\r\nLine?=#%+";
    let link = mail_link(
        Some("devex@corp.example"),
        &mail_subject(&one_pager().subject, "R&D / Q&A"),
        body,
        MAILTO_MAX,
    );
    assert!(link.body_included);
    assert!(link.href.starts_with("mailto:devex@corp.example?subject="));
    let (_, query) = link.href.split_once('?').expect("a query");
    let (subject, body_part) = query.split_once("&body=").expect("a body");
    assert_eq!(
        subject,
        "subject=Engagement%20one-pager%3A%20R%26D%20%2F%20Q%26A"
    );
    // Only unreserved characters stay literal: nothing that could end a field or the URL.
    assert!(
        body_part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)),
        "{body_part}"
    );
    assert!(
        body_part.contains("%0D%0A%0D%0A"),
        "blank line as CRLF CRLF"
    );
    let decoded = percent_decode(body_part);
    assert!(
        decoded
            .match_indices('\n')
            .all(|(i, _)| i > 0 && decoded.as_bytes()[i - 1] == b'\r'),
        "every line break is CRLF"
    );
    assert_eq!(
        percent_decode(body_part),
        "# One-pager: R&D\r\n\r\n- **Team:** R&D ✓\r\nLine?=#%+"
    );
}

#[test]
fn the_address_keeps_its_allowed_characters() {
    let link = mail_link(Some("o'brien+one-pager@corp.example"), "s", "b", MAILTO_MAX);
    assert!(link
        .href
        .starts_with("mailto:o'brien+one-pager@corp.example?"));
    let odd = mail_link(Some("a%b?c#d@corp.example"), "s", "b", MAILTO_MAX);
    assert!(
        odd.href.starts_with("mailto:a%25b%3Fc%23d@corp.example?"),
        "{}",
        odd.href
    );
}

#[test]
fn without_an_address_the_mail_client_asks_for_one() {
    let link = mail_link(None, "Subject", "Body", MAILTO_MAX);
    assert_eq!(link.href, "mailto:?subject=Subject&body=Body");
}

#[test]
fn long_bodies_are_left_out_of_the_link() {
    let body = "word ".repeat(400);
    let link = mail_link(Some("a@b.co"), "Subject", &body, MAILTO_MAX);
    assert!(!link.body_included);
    assert_eq!(link.href, "mailto:a@b.co?subject=Subject");
    // Exactly at the limit the body still fits.
    let base = "mailto:a@b.co?subject=S&body=".len();
    let fits = "x".repeat(MAILTO_MAX - base);
    assert!(mail_link(Some("a@b.co"), "S", &fits, MAILTO_MAX).body_included);
    let over = "x".repeat(MAILTO_MAX - base + 1);
    assert!(!mail_link(Some("a@b.co"), "S", &over, MAILTO_MAX).body_included);
    // Multi-byte text counts by its encoded length.
    let emoji = "🚀".repeat(200);
    assert!(
        !mail_link(Some("a@b.co"), "S", &emoji, MAILTO_MAX).body_included,
        "200 × 12 bytes"
    );
}

#[test]
fn subjects_name_the_team() {
    assert_eq!(
        mail_subject(&one_pager().subject, "  Payments\nPlatform "),
        "Engagement one-pager: Payments Platform"
    );
    assert_eq!(
        mail_subject(&one_pager().subject, ""),
        "Engagement one-pager"
    );
}

#[test]
fn file_names_come_from_team_and_date() {
    let start = Date::parse("2027-01-11");
    let cases = [
        (
            "Payments Platform",
            start,
            "one-pager-payments-platform-2027-01-11.md",
        ),
        ("  R&D / Q&A!! ", start, "one-pager-r-d-q-a-2027-01-11.md"),
        (
            "Équipe Données",
            start,
            "one-pager-Équipe-données-2027-01-11.md",
        ),
        (
            "../../etc/passwd",
            start,
            "one-pager-etc-passwd-2027-01-11.md",
        ),
        ("", start, "one-pager-2027-01-11.md"),
        ("***", None, "one-pager-2026-11-24.md"),
    ];
    for (team, date, expected) in cases {
        assert_eq!(
            file_name(&one_pager().title, team, date, today()),
            expected,
            "{team:?}"
        );
    }
    let long = file_name(
        &one_pager().title,
        &"very long team name ".repeat(10),
        start,
        today(),
    );
    assert!(
        long.chars().count() <= "one-pager--2027-01-11.md".len() + 48,
        "{long}"
    );
    assert!(!long.contains("--"));
}

#[test]
fn only_http_https_and_mailto_links_survive() {
    use engagement_core::markdown::links::safe_href;
    let allowed = [
        ("https://example.com/a?b=c#d", "https://example.com/a?b=c#d"),
        ("HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"),
        ("  https://example.com  ", "https://example.com"),
        ("ht\ttps://example.com", "https://example.com"),
        ("\u{1}\u{1f}https://example.com", "https://example.com"),
        ("mailto:ada@example.com", "mailto:ada@example.com"),
        ("MailTo:ada@example.com", "MailTo:ada@example.com"),
    ];
    for (dest, href) in allowed {
        assert_eq!(safe_href(dest).as_deref(), Some(href), "{dest:?}");
    }
    for dest in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u{0}javascript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "file:///etc/passwd",
        "//evil.example/x",
        "/relative/path",
        "relative",
        "#fragment",
        "http:no-slashes",
        "https://",
        "mailto:",
        "",
    ] {
        assert_eq!(safe_href(dest), None, "{dest:?}");
    }
}
