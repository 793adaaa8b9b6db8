//! List markers, written down once: the sanitiser, import and the one-per-line fields all ask
//! where a line's list marker ends.

/// A list item's marker at the start of a line: a bullet (`-`, `*`, `+`) or an ordered
/// marker (digits, then `.` or `)`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ListMarker {
    /// Its length in bytes, delimiter included.
    pub len: usize,
    /// How many digits an ordered marker has (0 for a bullet).
    pub digits: usize,
}

impl ListMarker {
    /// The marker `s` starts with, whatever follows it.
    pub fn at(s: &str) -> Option<ListMarker> {
        if s.starts_with(['-', '*', '+']) {
            return Some(ListMarker { len: 1, digits: 0 });
        }
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        (digits > 0 && matches!(s.as_bytes().get(digits), Some(b'.' | b')'))).then_some(
            ListMarker {
                len: digits + 1,
                digits,
            },
        )
    }

    /// The marker `s` starts with, if it is one a person types to start a list: a bullet, or
    /// one or two digits ("1." is a numbered item, "2024." is a year).
    pub fn typed(s: &str) -> Option<ListMarker> {
        ListMarker::at(s).filter(|m| m.digits <= 2)
    }

    pub fn is_ordered(&self) -> bool {
        self.digits > 0
    }
}

/// `line` without one leading typed list marker ("- ", "* ", "+ ", "1. ", "1) ") and the
/// spaces after it; `line` itself when it has none (a marker must be followed by a space or
/// a tab).
pub fn strip_list_marker(line: &str) -> &str {
    match ListMarker::typed(line) {
        Some(marker) if line[marker.len..].starts_with([' ', '\t']) => {
            line[marker.len..].trim_start()
        }
        _ => line,
    }
}

/// Whether `line` (trimmed) is a typed list marker and nothing else: a bullet typed ahead of
/// text that never came.
pub fn is_bare_marker(line: &str) -> bool {
    ListMarker::typed(line).is_some_and(|marker| marker.len == line.len())
}
