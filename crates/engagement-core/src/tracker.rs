//! Hand-off to the team's tracker: the finished document opened as a new GitHub or GitLab
//! issue, or in any tracker's "new" form, through the URL the tracker already reads. Nothing
//! leaves the page until the visitor clicks; the configuration (`"handoff"` in the JSON block)
//! is checked like the rest, and an address that is not `https:` is never offered.
//!
//! ```json
//! { "handoff": [
//!     { "github": "acme/platform-requests", "labels": ["intake", "{priority}"], "assignees": ["devex-triage"] },
//!     { "gitlab": "https://gitlab.corp.example/platform/requests", "labels": ["intake"] },
//!     { "name": "Jira", "url": "https://jira.corp.example/...&summary={title}&description={body}" } ] }
//! ```

use serde_json::Value;

use crate::form::{FormSpec, Values};
use crate::text::normalize_short;

/// Past this length a tracker's URL is unsafe (GitHub answers 414 not far beyond it): the body
/// goes on the clipboard instead.
pub const MAX_URL: usize = 8000;
/// The most trackers a host may name.
pub const MAX_TRACKERS: usize = 5;

/// Where a tracker takes new issues.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A GitHub repository, `https://github.com/owner/repo` (or a GitHub Enterprise host's).
    GitHub { repository: String },
    /// A GitLab project's address.
    GitLab { project: String },
    /// Any tracker's "new" address, `{title}` and `{body}` in it filled, URL-encoded.
    Template { url: String },
}

/// One tracker the document can be handed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tracker {
    /// What the button names it: "GitHub", "GitLab", or the host's `name`.
    pub name: String,
    pub target: Target,
    /// Labels for the new issue; `{key}` is the chosen option's key of that choice (or each
    /// ticked option's of those checkboxes).
    pub labels: Vec<String>,
    pub assignees: Vec<String>,
    /// Past this length the body goes on the clipboard.
    pub max_url: usize,
}

/// What a hand-off opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub url: String,
    /// The document was too long for the link: the link says to paste it, and it goes on the
    /// clipboard first.
    pub via_clipboard: bool,
}

impl Tracker {
    /// The host part of where the document goes ("github.com"), which the button says before
    /// anything opens.
    pub fn host(&self) -> &str {
        let address = match &self.target {
            Target::GitHub { repository } => repository,
            Target::GitLab { project } => project,
            Target::Template { url } => url,
        };
        host_of(address).unwrap_or_default()
    }

    /// The new issue's address for the document `markdown` (its title line, then its body) of
    /// `spec` answered with `values`. Where it would pass `max_url`, the body is `paste_here`
    /// instead and the visitor pastes the document.
    pub fn handoff(
        &self,
        spec: &FormSpec,
        values: &Values,
        markdown: &str,
        paste_here: &str,
    ) -> Handoff {
        let (title, body) = title_and_body(markdown);
        let labels = self.labels(spec, values);
        let url = self.url(&title, body, &labels);
        if url.len() <= self.max_url {
            return Handoff {
                url,
                via_clipboard: false,
            };
        }
        Handoff {
            url: self.url(&title, paste_here, &labels),
            via_clipboard: true,
        }
    }

    /// The labels, `{key}`s filled from the answers on show: a label whose question is
    /// unanswered or hidden is left out.
    fn labels(&self, spec: &FormSpec, values: &Values) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for label in &self.labels {
            let named = label
                .strip_prefix('{')
                .and_then(|rest| rest.strip_suffix('}'));
            let Some(key) = named else {
                out.push(label.clone());
                continue;
            };
            let field = spec
                .field(key)
                .filter(|_| spec.is_active(key, values))
                .and_then(|field| field.kind.rules().options().map(|o| (field, o)));
            let Some((field, options)) = field else {
                continue;
            };
            let answer = values.get(&field.key);
            for option in options {
                if field.kind.rules().selects(answer, &option.key) && !out.contains(&option.key) {
                    out.push(option.key.clone());
                }
            }
        }
        out
    }

    fn url(&self, title: &str, body: &str, labels: &[String]) -> String {
        let mut url = String::new();
        match &self.target {
            Target::GitHub { repository } => {
                url.push_str(repository);
                url.push_str("/issues/new?title=");
                encode_into(&mut url, title);
                url.push_str("&body=");
                encode_into(&mut url, body);
                for (name, list) in [("labels", labels), ("assignees", &self.assignees[..])] {
                    if !list.is_empty() {
                        url.push('&');
                        url.push_str(name);
                        url.push('=');
                        encode_into(&mut url, &list.join(","));
                    }
                }
            }
            Target::GitLab { project } => {
                // GitLab's new-issue page takes a title and a description; labels and
                // assignees go as quick actions after the description, which GitLab applies
                // and takes out when the issue is created.
                let mut description = without_quick_actions(body);
                let actions: Vec<String> =
                    [("label", "~", labels), ("assign", "@", &self.assignees[..])]
                        .iter()
                        .filter(|(_, _, list)| !list.is_empty())
                        .map(|(action, sigil, list)| {
                            let names: Vec<String> = list
                                .iter()
                                .map(|n| format!("{sigil}\"{}\"", n.replace('"', "")))
                                .collect();
                            format!("/{action} {}", names.join(" "))
                        })
                        .collect();
                if !actions.is_empty() {
                    description.push_str("\n\n");
                    description.push_str(&actions.join("\n"));
                }
                url.push_str(project);
                url.push_str("/-/issues/new?issue%5Btitle%5D=");
                encode_into(&mut url, title);
                url.push_str("&issue%5Bdescription%5D=");
                encode_into(&mut url, &description);
            }
            Target::Template { url: template } => {
                let mut title_encoded = String::new();
                encode_into(&mut title_encoded, title);
                let mut body_encoded = String::new();
                encode_into(&mut body_encoded, body);
                url = template
                    .replace("{title}", &title_encoded)
                    .replace("{body}", &body_encoded);
            }
        }
        url
    }
}

/// The body with every line that GitLab would run as a quick action (a `/` at its start,
/// outside code) escaped, `\/`, which Markdown shows as the same `/`: the visitor's words are
/// delivered, not run.
fn without_quick_actions(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut fence: Option<(char, usize)> = None;
    for line in body.split_inclusive('\n') {
        let marker = line.chars().next().filter(|c| matches!(c, '`' | '~'));
        let run = marker.map_or(0, |m| line.chars().take_while(|c| *c == m).count());
        match (fence, marker) {
            (Some((open, width)), Some(m)) if m == open && run >= width => fence = None,
            (None, Some(m)) if run >= 3 => fence = Some((m, run)),
            (None, _) if line.starts_with('/') => out.push('\\'),
            _ => {}
        }
        out.push_str(line);
    }
    out
}

/// The document's title (its first line, as it reads: the `# ` and the escapes that keep it
/// plain text taken out) and its body (the rest, exactly, from its first block).
pub fn title_and_body(markdown: &str) -> (String, &str) {
    let (first, rest) = markdown.split_once('\n').unwrap_or((markdown, ""));
    let heading = first.strip_prefix("# ").unwrap_or(first);
    (unescape(heading), rest.trim_start_matches('\n'))
}

/// A line of the document's plain text as it reads: each backslash escape of punctuation is the
/// punctuation itself.
fn unescape(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&next) = chars.peek().filter(|n| n.is_ascii_punctuation()) {
                out.push(next);
                chars.next();
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Percent-encodes everything but the unreserved characters (RFC 3986), as
/// `encodeURIComponent` does and more strictly.
fn encode_into(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
}

/// The host of an `https:` address (or `http:` on this machine's loopback); `None` for any
/// other address, one with a user name in it, or none at all.
pub fn host_of(address: &str) -> Option<&str> {
    let (scheme, rest) = address.split_once("://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let host = match authority.strip_prefix('[') {
        Some(v6) => &authority[..v6.find(']')? + 2],
        None => authority.split(':').next().unwrap_or_default(),
    };
    let name_ok = host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'[' | b']' | b':'));
    let loopback = matches!(host, "localhost" | "127.0.0.1" | "[::1]");
    let scheme_ok = match scheme.to_ascii_lowercase().as_str() {
        "https" => true,
        "http" => loopback,
        _ => false,
    };
    (scheme_ok && name_ok && !host.is_empty()).then_some(host)
}

/// The path of an address: what follows its host (and port).
fn path_of(address: &str) -> &str {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    rest.find(['/', '?', '#']).map_or("", |at| &rest[at..])
}

/// The `"handoff"` list of the JSON block, checked against the form in use: the trackers to
/// offer. An entry with a problem is not offered, and the problem names its place.
pub fn trackers(value: &Value, spec: &FormSpec, problems: &mut Vec<String>) -> Vec<Tracker> {
    let Some(entries) = value.as_array() else {
        problems.push("\"handoff\" must be a list of trackers; none is offered.".to_owned());
        return Vec::new();
    };
    if entries.len() > MAX_TRACKERS {
        problems.push(format!(
            "\"handoff\" names {} trackers; the first {MAX_TRACKERS} are offered.",
            entries.len()
        ));
    }
    entries
        .iter()
        .take(MAX_TRACKERS)
        .enumerate()
        .filter_map(|(n, entry)| tracker(entry, spec, &format!("handoff[{n}]"), problems))
        .collect()
}

const KEYS: [&str; 7] = [
    "github",
    "gitlab",
    "url",
    "name",
    "labels",
    "assignees",
    "maxUrl",
];

fn tracker(
    entry: &Value,
    spec: &FormSpec,
    at: &str,
    problems: &mut Vec<String>,
) -> Option<Tracker> {
    let before = problems.len();
    let refused = "; this tracker is not offered.";
    let Some(map) = entry.as_object() else {
        problems.push(format!(
            "{at}: must be an object like {{ \"github\": \"owner/repo\" }}{refused}"
        ));
        return None;
    };
    for key in map.keys().filter(|k| !KEYS.contains(&k.as_str())) {
        problems.push(format!(
            "{at}.{key}: is not a setting of a tracker{refused}"
        ));
    }
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::trim);
    let given: Vec<&str> = ["github", "gitlab", "url"]
        .into_iter()
        .filter(|k| map.contains_key(*k))
        .collect();
    if given.len() != 1 {
        problems.push(format!(
            "{at}: give exactly one of \"github\", \"gitlab\" or \"url\"{refused}"
        ));
        return None;
    }
    let key = given[0];
    let Some(address) = text(key) else {
        problems.push(format!("{at}.{key}: must be text{refused}"));
        return None;
    };
    let not_https = |address: &str| {
        format!(
            "{at}.{key}: must be an https: address (http: only on this machine), not \"{}\"{refused}",
            address.chars().take(60).collect::<String>()
        )
    };
    let (name, target) = match key {
        "github" => {
            let repository = if address.contains("://") {
                address.trim_end_matches('/').to_owned()
            } else {
                format!("https://github.com/{}", address.trim_matches('/'))
            };
            let path_ok = host_of(&repository).is_some() && {
                let parts: Vec<&str> = path_of(&repository).trim_matches('/').split('/').collect();
                parts.len() == 2
                    && parts.iter().all(|p| {
                        !p.is_empty()
                            && p.bytes().all(|b| {
                                b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
                            })
                    })
            };
            if host_of(&repository).is_none() && address.contains("://") {
                problems.push(not_https(address));
                return None;
            }
            if !path_ok {
                problems.push(format!(
                    "{at}.github: must name a repository as \"owner/repo\" (or \"https://host/owner/repo\"), not \"{address}\"{refused}"
                ));
                return None;
            }
            ("GitHub".to_owned(), Target::GitHub { repository })
        }
        "gitlab" => {
            if host_of(address).is_none() {
                problems.push(not_https(address));
                return None;
            }
            (
                "GitLab".to_owned(),
                Target::GitLab {
                    project: address.trim_end_matches('/').to_owned(),
                },
            )
        }
        _ => {
            if host_of(address).is_none() {
                problems.push(not_https(address));
                return None;
            }
            if !address.contains("{body}") {
                problems.push(format!(
                    "{at}.url: must say where the document goes with {{body}} (and its title with {{title}}){refused}"
                ));
                return None;
            }
            let Some(name) = text("name").map(normalize_short).filter(|n| !n.is_empty()) else {
                problems.push(format!(
                    "{at}.name: a tracker's address needs the name its button shows, like \"Jira\"{refused}"
                ));
                return None;
            };
            (
                name,
                Target::Template {
                    url: address.to_owned(),
                },
            )
        }
    };
    let name = match text("name").map(normalize_short) {
        Some(given) if !given.is_empty() => given,
        _ => name,
    };
    let list = |key: &str, problems: &mut Vec<String>| -> Vec<String> {
        match map.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .map(normalize_short)
                .filter(|s| !s.is_empty())
                .collect(),
            Some(_) => {
                problems.push(format!("{at}.{key}: must be a list of names{refused}"));
                Vec::new()
            }
        }
    };
    let labels = list("labels", problems);
    let assignees = list("assignees", problems);
    if key == "url" && !(labels.is_empty() && assignees.is_empty()) {
        problems.push(format!(
            "{at}: labels and assignees are for GitHub and GitLab; put them in the address{refused}"
        ));
    }
    for (n, label) in labels.iter().enumerate() {
        let Some(field) = label.strip_prefix('{').and_then(|l| l.strip_suffix('}')) else {
            continue;
        };
        let has_options = spec
            .field(field)
            .is_some_and(|f| f.kind.rules().options().is_some());
        if !has_options {
            problems.push(format!(
                "{at}.labels[{n}]: \"{label}\" must name a choice or checkboxes question of the form{refused}"
            ));
        }
    }
    let max_url = match map.get("maxUrl") {
        None => MAX_URL,
        Some(value) => match value.as_u64().filter(|n| (500..=100_000).contains(n)) {
            Some(n) => n as usize,
            None => {
                problems.push(format!(
                    "{at}.maxUrl: must be a whole number from 500 to 100000{refused}"
                ));
                MAX_URL
            }
        },
    };
    (problems.len() == before).then_some(Tracker {
        name,
        target,
        labels,
        assignees,
        max_url,
    })
}
