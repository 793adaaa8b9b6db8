//! Which link targets the preview may turn into real links: only `http`, `https` and `mailto`,
//! judged the way a browser would read the URL (so `java\tscript:`, ` JAVASCRIPT:` and
//! `&#0;`-style disguises do not slip through).

/// The URL to use as `href`, or `None` when the target must be shown as text only. Relative
/// and protocol-relative URLs are refused too: they would resolve against the host page.
pub fn safe_href(dest: &str) -> Option<String> {
    // Browsers drop leading and trailing C0 controls and spaces, and every tab and newline
    // anywhere in the URL, before they read the scheme.
    let cleaned: String = dest
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = cleaned.find(':')?;
    let scheme = &cleaned[..colon];
    if scheme.is_empty()
        || !scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        || !scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    let rest = &cleaned[colon + 1..];
    match scheme.to_ascii_lowercase().as_str() {
        "http" | "https" if rest.starts_with("//") && rest.len() > 2 => Some(cleaned),
        "mailto" if !rest.is_empty() => Some(cleaned),
        _ => None,
    }
}
