//! Calendar dates as the form needs them: `YYYY-MM-DD`, proleptic Gregorian, no time zones.
//! "Today" always comes from the caller, so rules that depend on it are deterministic.

use crate::strings::{Key as Msg, Strings, MONTHS};
use std::fmt;

#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The first day there is: no date is before it.
    pub const EARLIEST: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };

    /// A valid date to fall back on when the clock cannot be read.
    pub const FALLBACK: Date = Date {
        year: 2000,
        month: 1,
        day: 1,
    };

    /// A date, if it exists on the calendar (years 1 to 9999).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (what `<input type="date">` produces), allowing surrounding spaces.
    pub fn parse(s: &str) -> Option<Date> {
        let s = s.trim();
        let bytes = s.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<u16> {
            let part = s.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).ok()?;
        let day = u8::try_from(num(8..10)?).ok()?;
        Date::new(year, month, day)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// The date `days` days later.
    pub fn add_days(self, days: u32) -> Date {
        let mut d = self;
        for _ in 0..days {
            d = if d.day < days_in_month(d.year, d.month) {
                Date {
                    day: d.day + 1,
                    ..d
                }
            } else if d.month < 12 {
                Date {
                    month: d.month + 1,
                    day: 1,
                    ..d
                }
            } else if d.year < 9999 {
                Date {
                    year: d.year + 1,
                    month: 1,
                    day: 1,
                }
            } else {
                d
            };
        }
        d
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A time of day as "09:05" ("Draft saved 09:05").
pub fn clock(hours: u32, minutes: u32) -> String {
    format!("{:02}:{:02}", hours.min(23), minutes.min(59))
}

/// The date as the language writes it in full: "1 December 2026", "1. Dezember 2026".
pub fn format_date(date: Date, s: &Strings) -> String {
    let month = s.text(MONTHS[usize::from(date.month() - 1)]);
    let (day, year) = (date.day().to_string(), date.year().to_string());
    s.fill(
        Msg::LongDate,
        &[("day", &day), ("month", month), ("year", &year)],
    )
}

/// A date as [`format_date`] writes it, in the language of `s` or in English (a document
/// written on an English page reads back on any other): the month's name in any case, runs
/// of spaces as one.
pub fn parse_long_date(text: &str, s: &Strings) -> Option<Date> {
    let english = Strings::english();
    parse_in(text, s).or_else(|| parse_in(text, &english))
}

fn parse_in(text: &str, s: &Strings) -> Option<Date> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let template = s.text(Msg::LongDate);
    // Which of the two numbers is the day: the template's order.
    let day_first = template.find("%{day}")? < template.find("%{year}")?;
    (1..=12u8).find_map(|month| {
        let name = s.text(MONTHS[usize::from(month - 1)]);
        // The month's name taken out (it may hold digits: "3月"), two numbers are left.
        let at = text.to_ascii_lowercase().find(&name.to_ascii_lowercase())?;
        let rest = format!("{} {}", &text[..at], text.get(at + name.len()..)?);
        let numbers: Vec<&str> = rest
            .split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .collect();
        let [first, second] = numbers[..] else {
            return None;
        };
        let (day, year) = if day_first {
            (first, second)
        } else {
            (second, first)
        };
        let written = s.fill(
            Msg::LongDate,
            &[("day", day), ("month", name), ("year", year)],
        );
        if !written.eq_ignore_ascii_case(&text) {
            return None;
        }
        Date::new(year.parse().ok()?, month, day.parse().ok()?)
    })
}
