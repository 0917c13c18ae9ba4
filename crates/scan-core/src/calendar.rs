//! The action plan's dates as a calendar file (iCalendar, RFC 5545): one all-day event per plan
//! item whose "wanneer" holds a date an advisor would type, and one to fill in the scan again a
//! year later.
//!
//! [`plan_date`] reads the date out of the free text; [`plan_calendar`] writes the file: CRLF
//! line ends, lines folded at 75 octets (never inside a character), TEXT values escaped and
//! control characters dropped. The words in it come from [`CalendarTexts`], so the core holds
//! no language of the page.

use std::fmt;

use crate::formats::plan::{Plan, PlanItem};
use crate::model::Questionnaire;
use crate::progress::Millis;
use crate::team::date_of;

/// A calendar date (proleptic Gregorian, years 1 to 9999); only a real day can be made.
/// Ordered by time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// Whether `year` has a 29 February.
fn is_leap(year: u16) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

/// The days of `month` (1 to 12) in `year`.
fn days_in(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The last date there is: 31 December 9999.
    pub const LAST: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date, when there is such a day: a year from 1 to 9999, a month from 1 to 12, a day
    /// the month has (29 February in leap years only).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let real = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in(year, month)).contains(&day);
        real.then_some(Date { year, month, day })
    }

    /// The date (UTC) of a time; times after 9999 give [`Date::LAST`].
    pub fn of(millis: Millis) -> Date {
        let (y, m, d) = date_of(millis);
        let part = |n: u32| u8::try_from(n).unwrap_or(0);
        u16::try_from(y)
            .ok()
            .and_then(|y| Date::new(y, part(m), part(d)))
            .unwrap_or(Date::LAST)
    }

    /// The year, 1 to 9999.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u8 {
        self.day
    }

    /// The day after; `None` after [`Date::LAST`].
    pub fn next_day(self) -> Option<Date> {
        let Date { year, month, day } = self;
        if day < days_in(year, month) {
            Some(Date {
                day: day + 1,
                ..self
            })
        } else if month < 12 {
            Date::new(year, month + 1, 1)
        } else {
            Date::new(year.checked_add(1)?, 1, 1)
        }
    }

    /// The same day a year later; 29 February gives 28 February. `None` in the year 9999.
    pub fn a_year_later(self) -> Option<Date> {
        let year = self.year.checked_add(1)?;
        Date::new(year, self.month, self.day).or_else(|| Date::new(year, self.month, 28))
    }

    /// The date as iCalendar writes it: `20270315`.
    fn basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2027-03-15`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The Dutch month names and the abbreviations advisors write, per month.
const MONTHS: [&[&str]; 12] = [
    &["januari", "jan"],
    &["februari", "feb", "febr"],
    &["maart", "mrt"],
    &["april", "apr"],
    &["mei"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["augustus", "aug"],
    &["september", "sep", "sept"],
    &["oktober", "okt"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Reads through a text's characters.
struct Reader<'a> {
    chars: &'a [char],
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    /// Takes `c` when it comes next.
    fn eat(&mut self, c: char) -> bool {
        let next = self.peek() == Some(c);
        self.at += usize::from(next);
        next
    }

    /// Takes the characters while `keep` holds.
    fn take_while(&mut self, keep: impl Fn(char) -> bool) -> &[char] {
        let start = self.at;
        while self.peek().is_some_and(&keep) {
            self.at += 1;
        }
        &self.chars[start..self.at]
    }

    /// The whole run of ASCII digits that comes next, as a number when it has `min` to `max`
    /// digits.
    fn number(&mut self, min: usize, max: usize) -> Option<u16> {
        let digits = self.take_while(|c| c.is_ascii_digit());
        if !(min..=max).contains(&digits.len()) {
            return None;
        }
        Some(
            digits
                .iter()
                .fold(0, |n, d| n * 10 + d.to_digit(10).unwrap_or(0) as u16),
        )
    }

    /// Takes one or more whitespace characters, or fails.
    fn spaces(&mut self) -> Option<()> {
        (!self.take_while(char::is_whitespace).is_empty()).then_some(())
    }

    /// Takes `c`, or fails.
    fn must(&mut self, c: char) -> Option<()> {
        self.eat(c).then_some(())
    }
}

/// The date written from `chars[at]`, the first digit of a number.
fn date_at(chars: &[char], at: usize) -> Option<Date> {
    let mut r = Reader { chars, at };
    let first = r.take_while(|c| c.is_ascii_digit()).len();
    r.at = at;
    let small = |n: u16| u8::try_from(n).ok();
    if first == 4 {
        // 2027-03-15
        let year = r.number(4, 4)?;
        r.must('-')?;
        let month = r.number(1, 2)?;
        r.must('-')?;
        let day = r.number(1, 2)?;
        return Date::new(year, small(month)?, small(day)?);
    }
    let day = small(r.number(1, 2)?)?;
    let month = match r.peek()? {
        // 15-3-2027, 15/3/2027, 15.3.2027: the same sign twice.
        sep @ ('-' | '/' | '.') => {
            r.at += 1;
            let month = r.number(1, 2)?;
            r.must(sep)?;
            small(month)?
        }
        // 15 maart 2027, 15 mrt. 2027
        _ => {
            r.spaces()?;
            let word: String = r.take_while(|c| c.is_ascii_alphabetic()).iter().collect();
            let word = word.to_ascii_lowercase();
            let month = MONTHS
                .iter()
                .position(|names| names.contains(&word.as_str()))?;
            r.eat('.');
            r.spaces()?;
            month as u8 + 1
        }
    };
    let year = r.number(4, 4)?;
    Date::new(year, month, day)
}

/// The first date in what an advisor typed as "wanneer": `2027-03-15`, `15-3-2027`,
/// `15/3/2027`, `15.3.2027`, `15 maart 2027` or `15 mrt 2027` (Dutch month names and their
/// usual abbreviations, any case, an abbreviation with or without a dot), with any text around
/// it ("voor 15 maart 2027", "uiterlijk 1-4-2027"). Years have four digits; a month without a
/// day ("maart 2027") or a day that does not exist ("31-2-2027") is no date.
pub fn plan_date(text: &str) -> Option<Date> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit()))
        .find_map(|i| date_at(&chars, i))
}

/// The words of the calendar file, in the page's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarTexts<'a> {
    /// Opens each plan item's summary: "Actieplan".
    pub item: &'a str,
    /// Before the actions in an event's description: "Acties".
    pub actions: &'a str,
    /// Before who does it: "Wie".
    pub who: &'a str,
    /// The summary of the event a year later: "Scan opnieuw invullen".
    pub review_summary: &'a str,
    /// Its description: "Vul de scan opnieuw in en vergelijk met het teambeeld van nu."
    pub review_description: &'a str,
}

/// A calendar file of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// The file (`text/calendar`, UTF-8, CRLF line ends).
    pub text: String,
    /// Plan items written as an event (the review a year later not counted).
    pub events: usize,
    /// Plan items with a theme or a goal but no date [`plan_date`] can read.
    pub left_out: usize,
}

/// Where every event's UID ends.
const UID_DOMAIN: &str = "scan-passend-onderwijs";

/// A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped, tabs
/// as spaces, other control characters dropped.
fn escaped(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A text on one line: its whitespace (line breaks too) as single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Appends a content line, folded (RFC 5545, 3.1): no line longer than 75 octets without its
/// CRLF, a continuation line starting with one space, never a character split.
fn push_line(out: &mut String, line: &str) {
    let (mut rest, mut room) = (line, 75);
    while rest.len() > room {
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = 74;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// `id` with only letters, digits, `-`, `_` and `.`: a part of a UID.
fn uid_part(id: &str) -> String {
    id.chars()
        .map(|c| match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '-' | '_' | '.' => c,
            _ => '-',
        })
        .collect()
}

/// A time in UTC as iCalendar writes it: `20260315T101500Z`.
fn stamp(now: Millis) -> String {
    /// 9999-12-31T23:59:59Z in seconds.
    const LAST_SECOND: u64 = 253_402_300_799;
    let seconds = (now / 1000).min(LAST_SECOND) % 86_400;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    format!("{}T{h:02}{m:02}{s:02}Z", Date::of(now).basic())
}

/// One all-day event.
struct Event {
    uid: String,
    date: Date,
    summary: String,
    description: String,
}

impl Event {
    fn write(&self, out: &mut String, dtstamp: &str) {
        push_line(out, "BEGIN:VEVENT");
        push_line(out, &format!("UID:{}", self.uid));
        push_line(out, &format!("DTSTAMP:{dtstamp}"));
        push_line(out, &format!("DTSTART;VALUE=DATE:{}", self.date.basic()));
        // After 9999-12-31 there is no next day; without DTEND an all-day event lasts one day.
        if let Some(end) = self.date.next_day() {
            push_line(out, &format!("DTEND;VALUE=DATE:{}", end.basic()));
        }
        push_line(out, &format!("SUMMARY:{}", escaped(&self.summary)));
        if !self.description.is_empty() {
            push_line(out, &format!("DESCRIPTION:{}", escaped(&self.description)));
        }
        push_line(out, "TRANSP:TRANSPARENT");
        push_line(out, "END:VEVENT");
    }
}

/// The event of plan item `n` (counted from 1) on `date`.
fn item_event(
    q: &Questionnaire,
    item: &PlanItem,
    n: usize,
    date: Date,
    t: &CalendarTexts,
) -> Event {
    let theme = item.theme.trim();
    let title = q
        .theme_index(theme)
        .map_or(theme, |ti| q.themes[ti].title.as_str());
    let what: Vec<String> = [title, &item.goal]
        .iter()
        .map(|s| one_line(s))
        .filter(|s| !s.is_empty())
        .collect();
    let summary = if what.is_empty() {
        t.item.to_string()
    } else {
        format!("{}: {}", t.item, what.join(" – "))
    };
    let description: Vec<String> = [(t.actions, &item.actions), (t.who, &item.who)]
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(label, text)| format!("{label}: {}", text.trim()))
        .collect();
    Event {
        uid: format!("{}-{n}-{}@{UID_DOMAIN}", uid_part(&q.id), date.basic()),
        date,
        summary,
        description: description.join("\n"),
    }
}

/// The plan's dates as a calendar file: an all-day event on the date of each item's "wanneer"
/// ([`plan_date`]), its summary the item label, theme title and goal, its description the
/// actions and who; and an event to fill in the scan again on the same day a year after `now`
/// (28 February for 29 February). Each event's UID is made of the scan id, the item's place in
/// the plan and the date, so the same plan gives the same file; DTSTAMP is `now` in UTC.
pub fn plan_calendar(
    q: &Questionnaire,
    plan: &Plan,
    now: Millis,
    texts: &CalendarTexts,
) -> Calendar {
    let mut events = Vec::new();
    let mut left_out = 0;
    for (i, item) in plan.items.iter().enumerate() {
        match plan_date(&item.by_when) {
            Some(date) => events.push(item_event(q, item, i + 1, date, texts)),
            None if !item.theme.trim().is_empty() || !item.goal.trim().is_empty() => {
                left_out += 1;
            }
            None => {}
        }
    }
    let items = events.len();
    if let Some(date) = Date::of(now).a_year_later() {
        events.push(Event {
            uid: format!("{}-review-{}@{UID_DOMAIN}", uid_part(&q.id), date.basic()),
            date,
            summary: one_line(texts.review_summary),
            description: texts.review_description.to_string(),
        });
    }

    let mut text = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Scan Passend Onderwijs//Actieplan//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut text, line);
    }
    let dtstamp = stamp(now);
    for e in &events {
        e.write(&mut text, &dtstamp);
    }
    push_line(&mut text, "END:VCALENDAR");
    Calendar {
        text,
        events: items,
        left_out,
    }
}
