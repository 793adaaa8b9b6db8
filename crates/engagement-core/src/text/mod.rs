//! The rules of text, written once: line breaks and what a one-line text becomes, counting
//! words for the long fields and characters for the short ones, a list's entries and the
//! markers that start them ([`list_marker`]), and how a label reads inside a sentence.

pub mod list_marker;

use list_marker::is_bare_marker;

/// `s` with every line break (CRLF, lone CR, LF, and the Unicode line and paragraph separators
/// U+2028 and U+2029) written as `line_break`, and every other character as `other` says
/// (`None` drops it): the one loop over line endings that every normalisation shares.
fn with_line_breaks(s: &str, line_break: char, other: impl Fn(char) -> Option<char>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(line_break);
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push(line_break),
            c => out.extend(other(c)),
        }
    }
    out
}

/// Turns CRLF, lone CR and the Unicode line and paragraph separators (U+2028, U+2029) into LF
/// and drops NUL, the only changes every consumer of a value agrees on. (JavaScript renderers
/// end a regular expression's `.` at the separators, so left in they read Markdown there
/// differently from every other renderer: a fence line with U+2028 opens a code block in
/// commonmark.js that swallows the rest of the document.)
pub fn normalize_newlines(s: &str) -> String {
    if !s.contains(['\r', '\u{2028}', '\u{2029}', '\0']) {
        return s.to_owned();
    }
    with_line_breaks(s, '\n', |c| (c != '\0').then_some(c))
}

/// What a one-line text becomes wherever it is used (a short answer, a label, a name): one
/// line, no control characters, no NUL, and no leading or trailing whitespace (or U+FEFF).
/// Line breaks (U+2028 and U+2029 too) and tabs become spaces.
pub fn normalize_short(s: &str) -> String {
    let line = with_line_breaks(s, ' ', |c| match c {
        '\t' => Some(' '),
        c if c.is_control() => None,
        c => Some(c),
    });
    // JavaScript's trim (commonmark.js trims a heading's text) also drops U+FEFF.
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .to_owned()
}

/// Whether `c` is one of the invisible characters that set the direction of text (Unicode's
/// Bidi_Control): the embeddings and overrides U+202A-U+202E, the isolates U+2066-U+2069 and
/// the marks U+200E, U+200F and U+061C. They are format characters, not control characters
/// ([`char::is_control`]). Right-to-left letters are not among them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}'
    )
}

/// "Service name" as it reads inside a sentence ("Enter service name"); "API key" stays.
pub fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), second) if !second.is_some_and(|c| c.is_ascii_uppercase()) => {
            let mut out = String::with_capacity(label.len());
            out.push(first.to_ascii_lowercase());
            out.push_str(&label[first.len_utf8()..]);
            out
        }
        _ => label.to_owned(),
    }
}

/// Whether a character is written without spaces between words (Chinese and Japanese), so
/// that each one counts as a word of its own.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK Extension A
        | 0x4E00..=0x9FFF // CJK Unified Ideographs
        | 0xF900..=0xFAFF // CJK Compatibility Ideographs
        | 0x20000..=0x3FFFF // CJK Extensions B onwards
    )
}

/// Counts words the way a reader would: runs of characters between whitespace, where a run made
/// only of punctuation (a dash, a list bullet, `**`) is not a word, and every Chinese or
/// Japanese character counts as one word because those scripts put no spaces between words.
/// Emoji standing alone count as a word.
pub fn count_words(s: &str) -> usize {
    // One pass. A whitespace character ends a word; punctuation inside a token neither starts
    // nor ends one: "don't" and "e-mail" are one word each, "—" and "-" are none. ASCII, most
    // of what is typed, is read a byte at a time (a letter or digit is a word character, the
    // rest of ASCII whitespace or punctuation): a keystroke counts every long answer more than
    // once, and decoding each character made this most of a keystroke's work at 3,000 words.
    let bytes = s.as_bytes();
    let (mut words, mut in_word, mut at) = (0, false, 0);
    while let Some(&byte) = bytes.get(at) {
        if byte.is_ascii() {
            at += 1;
            if byte.is_ascii_alphanumeric() {
                words += usize::from(!in_word);
                in_word = true;
            } else if matches!(byte, b'\t'..=b'\r' | b' ') {
                in_word = false;
            }
            continue;
        }
        let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        if c.is_whitespace() {
            in_word = false;
        } else if is_unspaced_script(c) {
            words += 1;
            in_word = false;
        } else if is_word_char(c) && !in_word {
            words += 1;
            in_word = true;
        }
    }
    words
}

fn is_word_char(c: char) -> bool {
    !(c.is_ascii_punctuation() || is_general_punct(c) || c.is_control())
}

/// Punctuation outside ASCII that should not make a token count as a word on its own
/// (dashes, quotes, ellipsis, CJK full stops and commas).
fn is_general_punct(c: char) -> bool {
    matches!(c as u32,
        0x2010..=0x2027 // dashes, quotes, bullets, ellipsis
        | 0x2030..=0x205E
        | 0x3000..=0x303F // CJK symbols and punctuation (including the ideographic space)
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65
        | 0x00A1..=0x00BF
    )
}

/// Counts characters as a reader sees them: combining marks, variation selectors, skin-tone
/// modifiers and emoji tags add nothing, a zero-width joiner glues the next character to the
/// previous one, and a pair of regional indicators (a flag) is one character.
pub fn count_chars(s: &str) -> usize {
    let mut count = 0;
    let mut joined = false;
    let mut pending_flag = false;
    for c in s.chars() {
        let cp = c as u32;
        if joined {
            joined = false;
            continue;
        }
        match cp {
            0x200D => joined = true,
            0x0300..=0x036F
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x20D0..=0x20FF
            | 0xFE20..=0xFE2F => {}
            0xFE00..=0xFE0F | 0xE0100..=0xE01EF | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F => {}
            0x1F1E6..=0x1F1FF => {
                if pending_flag {
                    pending_flag = false;
                } else {
                    pending_flag = true;
                    count += 1;
                }
            }
            _ => {
                pending_flag = false;
                count += 1;
            }
        }
    }
    count
}

/// The entries of a one-per-line field: its lines, trimmed, without blank ones and without
/// ones that hold only a list marker (`-`, `*`, `+`, `1.`, `1)`: a bullet typed ahead of text
/// that never came).
pub fn line_entries(s: &str) -> impl Iterator<Item = &str> {
    s.split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty() && !is_bare_marker(line))
}

/// Whether the value holds nothing but whitespace, control characters and U+FEFF (or nothing
/// at all): nothing the one-pager would show.
pub fn is_blank(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_whitespace() || c.is_control() || c == '\u{feff}')
}

/// Whether a word counter shows: from 75 % of the limit (GOV.UK's threshold).
pub fn counter_visible(words: usize, max: usize) -> bool {
    words * 4 >= max * 3
}
