//! The expectations and the pitch as a handout: one Markdown document an advisor copies into
//! an email or downloads (and its HTML for the email), with the host's texts and team name. It obeys the one-pager's rules:
//! whatever the host configured renders as exactly its text in every renderer (every text is
//! escaped as plain text, in the place it stands), and it ends with one newline.
//!
//! ```text
//! # Working with Developer Experience
//!
//! ## Set a baseline
//!
//! What will and won't happen in an engagement, agreed before it starts.
//!
//! 1. **The aux engineer will not do the hard work.** Aux engineers help with ...
//!
//! ## Prepare the pitch
//! ...
//! ```

use super::content::Content;
use super::document_name::DocumentName;
use super::markdown::{escape_inline, Place};
use super::strings::{Key, Strings};
use super::text::normalize_short;

/// One section of the handout: its heading, introduction and entries (title and
/// explanation), all plain text.
type Part = (String, String, Vec<(String, String)>);

/// The handout's title and its sections.
struct Parts {
    title: String,
    sections: Vec<Part>,
}

fn parts(content: &Content, document: &DocumentName, s: &Strings) -> Parts {
    let expectations = content
        .expectations
        .iter()
        .map(|e| (normalize_short(&e.title), normalize_short(&e.body)))
        .collect();
    let steps = content
        .pitch_steps(document, s)
        .iter()
        .map(|s| (normalize_short(&s.title), normalize_short(&s.body)))
        .collect();
    Parts {
        title: normalize_short(&content.title(s)),
        sections: vec![
            (
                normalize_short(s.text(Key::BaselineHeading)),
                s.text(Key::BaselineIntro).to_owned(),
                expectations,
            ),
            (
                normalize_short(s.text(Key::PitchHeading)),
                content.pitch_intro(s).to_owned(),
                steps,
            ),
        ],
    }
}

/// A title that ends without a stop gets one, so that title and explanation read as two
/// sentences in plain text too.
fn stop(title: &str) -> &'static str {
    if title.ends_with(['.', '?', '!', ':']) {
        ""
    } else {
        "."
    }
}

/// The handout as HTML for an email (the text/html beside the Markdown): the same headings,
/// introductions and numbered entries, every text escaped. The pitch's last step names the
/// form's `document`.
pub fn handout_html(content: &Content, document: &DocumentName, s: &Strings) -> String {
    let parts = parts(content, document, s);
    let mut out = format!("<h1>{}</h1>", escape_html(&parts.title));
    for (heading, intro, entries) in &parts.sections {
        out.push_str(&format!(
            "<h2>{}</h2><p>{}</p><ol>",
            escape_html(heading),
            escape_html(intro)
        ));
        for (title, body) in entries {
            out.push_str(&format!(
                "<li><strong>{}{}</strong> {}</li>",
                escape_html(title),
                stop(title),
                escape_html(body)
            ));
        }
        out.push_str("</ol>");
    }
    out
}

/// Text as HTML text: the five characters that could be markup, as entities.
fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The handout as Markdown. The pitch's last step names the form's `document`.
pub fn handout(content: &Content, document: &DocumentName, s: &Strings) -> String {
    let parts = parts(content, document, s);
    let inline = |text: &str| escape_inline(text, Place::Inline);
    let mut out = format!("# {}\n\n", escape_inline(&parts.title, Place::HeadingEnd));
    for (heading, intro, entries) in &parts.sections {
        out.push_str(&format!(
            "## {}\n\n{}\n\n",
            escape_inline(heading, Place::HeadingEnd),
            inline(intro)
        ));
        for (n, (title, body)) in entries.iter().enumerate() {
            // Every dollar of the title is escaped: one could pair with one in the body.
            let (title, stop, body) =
                (escape_inline(title, Place::Name), stop(title), inline(body));
            out.push_str(&format!("{}. **{title}{stop}** {body}\n", n + 1));
        }
        out.push('\n');
    }
    // One newline at the end, not two.
    out.pop();
    out
}

/// The handout's file name: `engagement-guide-<team>.md` (the fixed words are the
/// language's).
pub fn file_name(content: &Content, s: &Strings) -> String {
    let words = format!(
        "{} {}",
        s.text(Key::HandoutFileName),
        content.team_name.as_deref().unwrap_or_default()
    );
    let slug: String = normalize_short(&words)
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let parts: Vec<&str> = slug.split('-').filter(|p| !p.is_empty()).collect();
    if parts.is_empty() {
        return "engagement-guide.md".to_owned();
    }
    format!("{}.md", parts.join("-"))
}
