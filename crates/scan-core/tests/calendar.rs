//! The plan's dates as a calendar file (`calendar.rs`): the dates an advisor types, and the
//! iCalendar text (RFC 5545) against one written out by hand.

use scan_core::{
    CalendarTexts, Date, Plan, PlanItem, Questionnaire, Source, parse, plan_calendar, plan_date,
};

fn mini() -> Questionnaire {
    parse(&[Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap()
}

const TEXTS: CalendarTexts<'static> = CalendarTexts {
    item: "Actieplan",
    actions: "Acties",
    who: "Wie",
    review_summary: "Scan opnieuw invullen",
    review_description: "Vul de scan opnieuw in en vergelijk het teambeeld met dat van een jaar geleden.",
};

/// 2026-12-04T10:15:30Z.
const NOW: u64 = 1_796_379_330_000;

fn date(year: u16, month: u8, day: u8) -> Option<Date> {
    Date::new(year, month, day)
}

fn item(theme: &str, goal: &str, by_when: &str) -> PlanItem {
    PlanItem {
        theme: theme.into(),
        goal: goal.into(),
        by_when: by_when.into(),
        ..PlanItem::default()
    }
}

fn plan(q: &Questionnaire, items: Vec<PlanItem>) -> Plan {
    Plan {
        items,
        ..Plan::new(q)
    }
}

/// The content lines, unfolded: a CRLF followed by a space is taken out.
fn unfolded(text: &str) -> Vec<String> {
    text.replace("\r\n ", "")
        .split("\r\n")
        .map(String::from)
        .collect()
}

#[test]
fn every_form_an_advisor_types_is_read() {
    let march_15 = date(2027, 3, 15);
    for text in [
        "2027-03-15",
        "2027-3-15",
        "15-3-2027",
        "15/3/2027",
        "15.3.2027",
        "15-03-2027",
        "15 maart 2027",
        "15 MAART 2027",
        "15 Maart 2027",
        "15 mrt 2027",
        "15 mrt. 2027",
        "15 Mrt 2027",
        "15\u{a0}maart\u{a0}2027",
        "15  maart   2027",
        "voor 15 maart 2027",
        "uiterlijk 15-3-2027, bespreken in de teamvergadering",
        "(15.3.2027)",
        "week 11, 15 maart 2027",
    ] {
        assert_eq!(plan_date(text), march_15, "{text:?}");
    }
    assert_eq!(plan_date("uiterlijk 1-4-2027"), date(2027, 4, 1));
    let months = [
        ("januari", "jan"),
        ("februari", "feb"),
        ("maart", "mrt"),
        ("april", "apr"),
        ("mei", "mei"),
        ("juni", "jun"),
        ("juli", "jul"),
        ("augustus", "aug"),
        ("september", "sep"),
        ("oktober", "okt"),
        ("november", "nov"),
        ("december", "dec"),
    ];
    for (m, (name, short)) in months.iter().enumerate() {
        let expected = date(2027, m as u8 + 1, 1);
        assert_eq!(plan_date(&format!("1 {name} 2027")), expected, "{name}");
        assert_eq!(plan_date(&format!("1 {short} 2027")), expected, "{short}");
        assert_eq!(plan_date(&format!("1 {short}. 2027")), expected, "{short}.");
    }
    assert_eq!(plan_date("1 febr. 2027"), date(2027, 2, 1));
    assert_eq!(plan_date("1 sept 2027"), date(2027, 9, 1));
}

#[test]
fn the_first_real_date_in_the_text_is_the_one() {
    assert_eq!(plan_date("van 1-3-2027 tot 15-3-2027"), date(2027, 3, 1));
    assert_eq!(
        plan_date("31-2-2027, anders 1 maart 2027"),
        date(2027, 3, 1),
        "a day that does not exist is passed over"
    );
    assert_eq!(
        plan_date("schooljaar 2026/2027: 1-7-2027"),
        date(2027, 7, 1)
    );
}

#[test]
fn what_is_no_date_is_not_read_as_one() {
    for text in [
        "",
        "31-2-2027",
        "29-2-2027",
        "31-4-2027",
        "0 maart 2027",
        "32 maart 2027",
        "0-3-2027",
        "2027-13-01",
        "2027-00-10",
        "2027-02-30",
        "15-0-2027",
        "maart 2027",
        "voor de zomer",
        "maart",
        "15 maart",
        "15-3-27",
        "15 maart '27",
        "15 maart 27",
        "15-3/2027",
        "15.3-2027",
        "115-3-2027",
        "15-3-20271",
        "15-123-2027",
        "15 maartje 2027",
        "15 march 2027",
        "15 maart2027",
        "15maart 2027",
        "15 - 3 - 2027",
        "0000-01-01",
        "1-1-0000",
        "2027/03/15",
    ] {
        assert_eq!(plan_date(text), None, "{text:?}");
    }
}

#[test]
fn a_date_is_a_real_day_leap_years_included() {
    assert!(date(2028, 2, 29).is_some(), "divisible by 4");
    assert!(date(2027, 2, 29).is_none());
    assert!(date(2100, 2, 29).is_none(), "a century");
    assert!(date(2000, 2, 29).is_some(), "divisible by 400");
    assert_eq!(plan_date("29 februari 2028"), date(2028, 2, 29));
    assert_eq!(plan_date("29-2-2100"), None);
    for (y, m, d) in [
        (2027, 4, 31),
        (2027, 13, 1),
        (2027, 0, 1),
        (2027, 1, 0),
        (0, 1, 1),
    ] {
        assert_eq!(date(y, m, d), None, "{y}-{m}-{d}");
    }
    let d = date(2027, 3, 5).unwrap();
    assert_eq!((d.year(), d.month(), d.day()), (2027, 3, 5));
    assert_eq!(d.to_string(), "2027-03-05");

    assert_eq!(date(2027, 2, 28).unwrap().next_day(), date(2027, 3, 1));
    assert_eq!(date(2028, 2, 28).unwrap().next_day(), date(2028, 2, 29));
    assert_eq!(date(2027, 12, 31).unwrap().next_day(), date(2028, 1, 1));
    assert_eq!(date(2027, 4, 30).unwrap().next_day(), date(2027, 5, 1));
    assert_eq!(Date::LAST.next_day(), None);

    assert_eq!(date(2028, 2, 29).unwrap().a_year_later(), date(2029, 2, 28));
    assert_eq!(date(2027, 3, 15).unwrap().a_year_later(), date(2028, 3, 15));
    assert_eq!(Date::LAST.a_year_later(), None);

    assert_eq!(Date::of(0), date(1970, 1, 1).unwrap());
    assert_eq!(Date::of(951_782_400_000), date(2000, 2, 29).unwrap());
    assert_eq!(Date::of(NOW), date(2026, 12, 4).unwrap());
    assert_eq!(Date::of(u64::MAX), Date::LAST);
}

#[test]
fn a_tiny_plan_gives_this_file() {
    let q = mini();
    let mut first = item(
        "a",
        "Elke leerling een passend aanbod",
        "voor 15 maart 2027",
    );
    first.actions = "Groepsbesprekingen, elke 6 weken".into();
    first.who = "IB; teamleider".into();
    let p = plan(
        &q,
        vec![first, item("b", "Ouders betrekken", "na de zomer")],
    );
    let calendar = plan_calendar(&q, &p, NOW, &TEXTS);
    assert_eq!((calendar.events, calendar.left_out), (1, 1));
    // The description is 75 octets exactly: not folded. The review's is 91: folded once.
    let expected = "BEGIN:VCALENDAR\r\n\
        VERSION:2.0\r\n\
        PRODID:-//Scan Passend Onderwijs//Actieplan//NL\r\n\
        CALSCALE:GREGORIAN\r\n\
        METHOD:PUBLISH\r\n\
        BEGIN:VEVENT\r\n\
        UID:mini-1-20270315@scan-passend-onderwijs\r\n\
        DTSTAMP:20261204T101530Z\r\n\
        DTSTART;VALUE=DATE:20270315\r\n\
        DTEND;VALUE=DATE:20270316\r\n\
        SUMMARY:Actieplan: Theme A – Elke leerling een passend aanbod\r\n\
        DESCRIPTION:Acties: Groepsbesprekingen\\, elke 6 weken\\nWie: IB\\; teamleider\r\n\
        TRANSP:TRANSPARENT\r\n\
        END:VEVENT\r\n\
        BEGIN:VEVENT\r\n\
        UID:mini-review-20271204@scan-passend-onderwijs\r\n\
        DTSTAMP:20261204T101530Z\r\n\
        DTSTART;VALUE=DATE:20271204\r\n\
        DTEND;VALUE=DATE:20271205\r\n\
        SUMMARY:Scan opnieuw invullen\r\n\
        DESCRIPTION:Vul de scan opnieuw in en vergelijk het teambeeld met dat van e\r\n \
        en jaar geleden.\r\n\
        TRANSP:TRANSPARENT\r\n\
        END:VEVENT\r\n\
        END:VCALENDAR\r\n";
    assert_eq!(calendar.text, expected);
    assert_eq!(
        plan_calendar(&q, &p, NOW, &TEXTS),
        calendar,
        "the same plan, the same file"
    );
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let q = mini();
    let goal = "Iedere leerling krijgt een passend aanbod: we bespreken de ondersteuningsbehoeften \
        in het team, met de ouders én met de leerling zelf 🎯, en leggen de afspraken vast in \
        het ontwikkelingsperspectief 📋 — ook voor leerlingen met een extra ondersteuningsbehoefte.";
    let p = plan(&q, vec![item("a", goal, "1-9-2027")]);
    let text = plan_calendar(&q, &p, NOW, &TEXTS).text;
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains(['\r', '\n']), "{line:?}");
    }
    let lines = unfolded(&text);
    let summary = format!("SUMMARY:Actieplan: Theme A – {}", goal.replace(',', "\\,"));
    assert!(lines.contains(&summary), "{lines:#?}");

    // An emoji of four octets that would cross octet 75: the line ends before it, at 73.
    let goal = format!("{}😀 verder", "a".repeat(54));
    let p = plan(&q, vec![item("", &goal, "1-9-2027")]);
    let text = plan_calendar(&q, &p, NOW, &TEXTS).text;
    let line = format!("SUMMARY:Actieplan: {}", "a".repeat(54));
    assert_eq!(line.len(), 73);
    assert!(
        text.contains(&format!("\r\n{line}\r\n 😀 verder\r\n")),
        "{text}"
    );
    assert!(unfolded(&text).contains(&format!("SUMMARY:Actieplan: {goal}")));
}

#[test]
fn text_is_escaped_and_control_characters_are_dropped() {
    let q = mini();
    let mut it = item("", "Rekenen; taal, en\\of lezen\r\nen meer", "1-9-2027");
    it.actions = "Stap 1; stap 2, stap 3\\4\r\nregel 2\nregel 3\rregel 4\tmet tab\u{7}\u{1b}[31m\u{7f}\u{85}!".into();
    it.who = "  ".into();
    let text = plan_calendar(&q, &plan(&q, vec![it]), NOW, &TEXTS).text;
    let lines = unfolded(&text);
    // A summary is one line: its line break becomes a space.
    assert!(
        lines.contains(&"SUMMARY:Actieplan: Rekenen\\; taal\\, en\\\\of lezen en meer".into()),
        "{lines:#?}"
    );
    // Each line break (CRLF, LF or CR) one \n; a tab a space; BEL, ESC, DEL and NEL dropped;
    // an empty "who" left out.
    assert!(
        lines.contains(
            &"DESCRIPTION:Acties: Stap 1\\; stap 2\\, stap 3\\\\4\\nregel 2\\nregel 3\\nregel 4 met tab[31m!"
                .into()
        ),
        "{lines:#?}"
    );
    assert!(!text.contains(['\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\t']));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "only CRLF line ends"
    );
}

#[test]
fn the_review_is_the_same_day_a_year_later_and_29_february_gives_28() {
    let q = mini();
    let empty = plan(&q, Vec::new());
    let review = |now| {
        let c = plan_calendar(&q, &empty, now, &TEXTS);
        assert_eq!((c.events, c.left_out), (0, 0));
        unfolded(&c.text)
            .into_iter()
            .filter(|l| l.starts_with("DTSTART") || l.starts_with("DTEND") || l.starts_with("UID"))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        review(NOW),
        [
            "UID:mini-review-20271204@scan-passend-onderwijs",
            "DTSTART;VALUE=DATE:20271204",
            "DTEND;VALUE=DATE:20271205",
        ]
    );
    // 2028-02-29T23:59:59Z: still the 29th in UTC.
    assert_eq!(
        review(1_835_481_599_000),
        [
            "UID:mini-review-20290228@scan-passend-onderwijs",
            "DTSTART;VALUE=DATE:20290228",
            "DTEND;VALUE=DATE:20290301",
        ]
    );
    let text = plan_calendar(&q, &empty, 1_835_481_599_000, &TEXTS).text;
    assert!(text.contains("\r\nDTSTAMP:20280229T235959Z\r\n"));
    // In the calendar's last year there is no next one: no review, and no day after the
    // last for an item's end (an all-day event without DTEND lasts one day).
    let p = plan(&q, vec![item("a", "Doel", "31-12-9999")]);
    let c = plan_calendar(&q, &p, u64::MAX, &TEXTS);
    assert_eq!(c.events, 1);
    assert_eq!(c.text.matches("BEGIN:VEVENT").count(), 1);
    assert!(c.text.contains("\r\nDTSTAMP:99991231T235959Z\r\n"));
    assert!(c.text.contains("\r\nDTSTART;VALUE=DATE:99991231\r\n"));
    assert!(!c.text.contains("DTEND"));
}

#[test]
fn items_with_a_theme_or_goal_but_no_date_are_counted_as_left_out() {
    let q = mini();
    let p = plan(
        &q,
        vec![
            item("a", "", "na de zomer"),
            item("", "Doel zonder datum", "31-2-2027"),
            item("", "", ""),
            item("  ", " ", "geen idee"),
            item("", "", "1-10-2027"),
            item("b", "", "2027-11-01"),
            item("verdwenen-thema", "Doel", "1 dec 2027"),
        ],
    );
    let c = plan_calendar(&q, &p, NOW, &TEXTS);
    assert_eq!((c.events, c.left_out), (3, 2));
    let lines = unfolded(&c.text);
    let summaries: Vec<&str> = (lines.iter())
        .filter_map(|l| l.strip_prefix("SUMMARY:"))
        .collect();
    assert_eq!(
        summaries,
        [
            "Actieplan",
            "Actieplan: Theme B",
            "Actieplan: verdwenen-thema – Doel",
            "Scan opnieuw invullen",
        ],
        "a theme the scan no longer has goes by its id"
    );
    let uids: Vec<&str> = (lines.iter())
        .filter_map(|l| l.strip_prefix("UID:"))
        .collect();
    assert_eq!(
        uids,
        [
            "mini-5-20271001@scan-passend-onderwijs",
            "mini-6-20271101@scan-passend-onderwijs",
            "mini-7-20271201@scan-passend-onderwijs",
            "mini-review-20271204@scan-passend-onderwijs",
        ],
        "the item's place in the plan, counted from 1"
    );
    assert!(
        !lines.iter().any(|l| l.starts_with("DESCRIPTION:Acties")),
        "no actions, no who: no description"
    );
}

#[test]
fn a_scan_id_is_made_safe_for_a_uid() {
    let mut q = mini();
    q.id = "mijn scan,2027;x@y".into();
    let p = plan(&q, vec![item("a", "Doel", "1-9-2027")]);
    let text = plan_calendar(&q, &p, NOW, &TEXTS).text;
    assert!(text.contains("\r\nUID:mijn-scan-2027-x-y-1-20270901@scan-passend-onderwijs\r\n"));
}
