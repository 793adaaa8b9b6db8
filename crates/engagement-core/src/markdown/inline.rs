//! Short fields (team, contact, dates, cadence, acknowledgements) as Markdown inline text that
//! renders as exactly the typed text: never emphasis, links, HTML, entities, math, emoji
//! shortcodes or structure.
//!
//! Escaping is positional and minimal: a character gets a backslash only where it could start
//! or end something, so ordinary prose ("Hello, world! It's 5 p.m. (UTC).", "R&D", "a < b",
//! "snake_case", "C# and F#") comes out unchanged.

#[cfg(doc)]
use crate::text::normalize_short;

/// Where the escaped text is placed, for the few rules that depend on it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// Inside a paragraph or list item, after other text on the same line.
    Inline,
    /// At the end of an ATX heading line, where a trailing ` #` run would be eaten as the
    /// heading's closing sequence.
    HeadingEnd,
    /// Before other text on the same line that is escaped apart from it (a key-value line's
    /// name, "**Team:** ...", or the title's words before a missing answer): every `$` is
    /// escaped, since one could pair with a dollar in the later text as maths.
    Name,
}

/// Escapes a normalised short value (see [`normalize_short`]) for `place`.
pub fn escape_inline(s: &str, place: Place) -> String {
    let chars: Vec<char> = s.chars().collect();
    let maths = place == Place::Name || could_pair_dollars(&chars);
    let heading_tail = if place == Place::HeadingEnd {
        closing_hash_run(&chars)
    } else {
        None
    };
    let mut out = String::with_capacity(s.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        let escape = match c {
            // A backslash escapes the punctuation after it, and is a hard break at a line end.
            '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
            // Emphasis, code spans, links, strikethrough: always structural.
            '*' | '`' | '[' | '~' => true,
            // Underscores inside a word (snake_case) can neither open nor close emphasis.
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            // Raw HTML, comments and autolinks start with `<` and a letter, `/`, `!` or `?`.
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            '&' => starts_entity(&chars[i + 1..]),
            // Maths needs a pair of dollars that can open and close ("$5 and $10" is safe).
            '$' => maths,
            // Emoji shortcodes like :smile: (GitHub renders them as pictures).
            ':' => starts_shortcode(&chars[i + 1..]),
            // Extended autolinks: "http://", "www.", "name@host" (GFM renderers link them).
            '.' => is_www_dot(&chars, i),
            '@' => is_email_at(&chars, i),
            // Protocol-relative URLs ("//host" at a word's start), which markdown-it's linkify
            // links; "http\://" is already safe by its colon.
            '/' => {
                next == Some('/')
                    && prev.is_none_or(|p| !p.is_alphanumeric() && p != ':')
                    && chars.get(i + 2).is_some_and(|c| c.is_alphanumeric())
            }
            '#' => heading_tail == Some(i),
            _ => false,
        } || is_scheme_colon(&chars, i);
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The index of the first `#` of a trailing run of `#` that follows a space (or starts the
/// value), which an ATX heading would strip as its closing sequence.
fn closing_hash_run(chars: &[char]) -> Option<usize> {
    let mut start = chars.len();
    while start > 0 && chars[start - 1] == '#' {
        start -= 1;
    }
    if start == chars.len() {
        return None;
    }
    (start == 0 || matches!(chars[start - 1], ' ' | '\t')).then_some(start)
}

/// `&name;`, `&#123;` or `&#x1F;`: something a renderer would decode as a character reference.
fn starts_entity(rest: &[char]) -> bool {
    let (digits, hex) = match rest {
        ['#', 'x' | 'X', tail @ ..] => (tail, true),
        ['#', tail @ ..] => (tail, false),
        tail => {
            let n = tail
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
            return n > 0 && tail.get(n) == Some(&';');
        }
    };
    let n = digits
        .iter()
        .take_while(|c| {
            if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        })
        .count();
    n > 0 && digits.get(n) == Some(&';')
}

/// Whether some `$` could open inline maths and a later one close it: an opening `$` has no
/// whitespace after it, a closing one none before it (GitHub, GitLab, pulldown-cmark and comrak
/// all ask at least that; only ASCII whitespace counts, as for pulldown-cmark, so that no
/// renderer finds more maths than this). A `$$` could be display maths: always a pair.
fn could_pair_dollars(chars: &[char]) -> bool {
    let mut opener = false;
    for (i, &c) in chars.iter().enumerate() {
        if c != '$' {
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if before == Some('$') || after == Some('$') {
            return true;
        }
        if opener && before.is_some_and(|b| !b.is_ascii_whitespace()) {
            return true;
        }
        opener |= after.is_some_and(|a| !a.is_ascii_whitespace());
    }
    false
}

/// `:name:` where the name could be an emoji shortcode. Every GitHub (gemoji) name is made of
/// lowercase letters, digits, `_`, `+` and `-`, and all but eight start with a letter; so
/// "9:00-17:00" or "1:2:3" is left alone.
fn starts_shortcode(rest: &[char]) -> bool {
    const NOT_LETTER_FIRST: [&str; 8] = [
        "+1",
        "-1",
        "100",
        "1234",
        "1st_place_medal",
        "2nd_place_medal",
        "3rd_place_medal",
        "8ball",
    ];
    let n = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '+' | '-'))
        .count();
    if n == 0 || rest.get(n) != Some(&':') {
        return false;
    }
    rest[0].is_ascii_alphabetic()
        || NOT_LETTER_FIRST
            .iter()
            .any(|name| name.chars().eq(rest[..n].iter().copied()))
}

/// The dot of `www.` at the start of a word.
fn is_www_dot(chars: &[char], i: usize) -> bool {
    i >= 3
        && chars[i - 3..i].iter().all(|c| c.eq_ignore_ascii_case(&'w'))
        && (i == 3 || !chars[i - 4].is_alphanumeric())
}

/// The colon of a URL scheme followed by `//` (`http://`, `ftp://`), or of `mailto:`/`xmpp:`
/// followed by an address (GFM and linkify link only `mailto:` directly before one, so
/// "Mailto: team" is left alone).
fn is_scheme_colon(chars: &[char], i: usize) -> bool {
    if chars[i] != ':' || i == 0 || !chars[i - 1].is_ascii_alphanumeric() {
        return false;
    }
    let slashes = chars.get(i + 1) == Some(&'/') && chars.get(i + 2) == Some(&'/');
    let word: String = chars[..i]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let word = word.to_ascii_lowercase();
    let address = chars.get(i + 1).is_some_and(|c| !c.is_whitespace());
    slashes || (address && (word.ends_with("mailto") || word.ends_with("xmpp")))
}

/// The `@` of something shaped like an email address (text on both sides, no spaces). The
/// local part may be any text: markdown-it's linkify links "C#@1.1" or "a#b@c.co" too; the
/// domain may start with `.`, `-` or `_`: comrak, like cmark-gfm, links "a@.b" and "a@-b.co".
fn is_email_at(chars: &[char], i: usize) -> bool {
    let local = i > 0 && !chars[i - 1].is_whitespace();
    let domain = chars
        .get(i + 1)
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | '_'));
    local && domain
}

/// Whether a normalised value can be written as a CommonMark email autolink `<...>` that every
/// renderer shows as exactly the address. A `%` keeps it plain text: markdown-it
/// percent-decodes an autolink's text (`<a%41@b.co>` shows as "aA@b.co").
pub fn is_autolinkable_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".!#$&'*+/=?^_`{|}~-".contains(c));
    let domain_ok = !domain.is_empty()
        && domain.split('.').all(|label| {
            let bytes = label.as_bytes();
            !bytes.is_empty()
                && bytes.len() <= 63
                && bytes[0].is_ascii_alphanumeric()
                && bytes[bytes.len() - 1].is_ascii_alphanumeric()
                && bytes
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        });
    local_ok && domain_ok
}
