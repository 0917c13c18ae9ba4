//! The samenwerkingsverband's picture across schools (`scan_core::swv`) and its reference
//! file, on the mini scan (bands Oriënterend 0 risk, In ontwikkeling 1, Gevorderd 2,
//! Geborgd 2.7), every figure computed by hand in the comments.

use scan_core::formats::swv_reference::ReferenceFile;
use scan_core::formats::team_file::TeamFile;
use scan_core::swv::{
    Place, SchoolAdded, SchoolOrder, Sector, add_schools, beside, of_type, school_key, sector,
    sort_schools, swv_changes, swv_picture,
};
use scan_core::{CsvTexts, Figure, FileError, Questionnaire, Source, ThemeIx, parse, swv_csv};

fn mini() -> Questionnaire {
    parse(&[Source {
        name: "mini.toml",
        text: include_str!("fixtures/mini.toml"),
    }])
    .unwrap()
}

/// A school's team file, as the team page writes it and the SWV page reads it: `respondents`
/// behind it, theme `a` (and the whole scan) at `percent` with status `band`.
fn school(
    q: &Questionnaire,
    name: &str,
    types: &[&str],
    respondents: usize,
    percent: u32,
    band: &str,
    to: u64,
) -> TeamFile {
    let tally = serde_json::json!({
        "respondents": respondents, "percent": percent, "status": band, "unknown_percent": 10,
    });
    let text = serde_json::json!({
        "kind": "scan-passend-onderwijs/team", "format": 1, "scan": q.id, "scan_version": q.version,
        "saved_at": to + 1, "school": name, "school_types": types, "from": 1, "to": to,
        "respondents": respondents, "themes": [{ "theme": "a", "tally": tally }], "overall": tally,
    })
    .to_string();
    TeamFile::decode(q, text.as_bytes()).unwrap()
}

/// Five schools with figures and one with too few respondents. Theme a, sorted: 20 30 40 55 70.
fn schools(q: &Questionnaire) -> Vec<TeamFile> {
    vec![
        school(q, "OBS De Brug", &["po"], 8, 40, "in-ontwikkeling", 100),
        school(q, "CBS Het Anker", &["po"], 6, 70, "gevorderd", 100),
        school(q, "SBO De Wissel", &["sbo"], 5, 20, "orienterend", 100),
        school(q, "SO Het Kompas", &["so"], 12, 30, "orienterend", 100),
        school(q, "OBS Zonnewijzer", &["po"], 9, 55, "in-ontwikkeling", 100),
        school(q, "Kleine School", &["po"], 4, 90, "geborgd", 100),
    ]
}

const A: ThemeIx = ThemeIx(0);

#[test]
fn each_school_is_shown_from_five_respondents_and_the_rest_as_too_few() {
    let q = mini();
    let p = swv_picture(&q, &schools(&q));
    let names: Vec<&str> = p.schools.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "CBS Het Anker",
            "Kleine School",
            "OBS De Brug",
            "OBS Zonnewijzer",
            "SBO De Wissel",
            "SO Het Kompas"
        ],
        "sorted by name"
    );
    assert_eq!(p.shown_schools, 5);
    // 5 respondents (SBO De Wissel) is enough, 4 (Kleine School) is not.
    let wissel = &p.schools[4];
    assert_eq!(wissel.respondents, 5);
    let a = &wissel.themes.shown().unwrap()[0];
    assert_eq!(
        (
            a.percent(),
            a.respondents,
            a.figures.shown().and_then(|f| f.unknown_percent)
        ),
        (Some(20), 5, Some(10))
    );
    assert_eq!(wissel.sector, Some(Sector::Special));
    let small = &p.schools[1];
    assert_eq!(
        (small.themes.clone(), small.overall.clone()),
        (Figure::TooFew, Figure::TooFew)
    );
    // A theme no school answered has no figures, and is not "too few".
    assert_eq!(p.themes[1].all, Figure::Empty);
}

#[test]
fn across_schools_the_statuses_the_quartiles_and_where_many_struggle() {
    let q = mini();
    let p = swv_picture(&q, &schools(&q));
    let a = &p.themes[0];
    let d = a.all.shown().expect("five schools count");
    // Sorted 20 30 40 55 70, n = 5: p25 at place ceil(1.25) = 2, the median at ceil(2.5) = 3,
    // p75 at ceil(3.75) = 4. Kleine School's 90 does not count.
    assert_eq!(
        (d.schools, d.lowest, d.p25, d.median, d.p75, d.highest),
        (5, Some(20), 30, 40, 55, Some(70))
    );
    // Oriënterend: Wissel, Kompas; In ontwikkeling: Brug, Zonnewijzer; Gevorderd: Anker.
    assert_eq!(d.per_band, vec![2, 2, 1, 0]);
    // 2 of 5 at risk: a third or more (3 × 2 ≥ 5).
    assert!(a.struggling);
    // Three regular and two special schools: fewer than 5 each, so no sector figures.
    assert_eq!(
        (a.regular.clone(), a.special.clone()),
        (Figure::TooFew, Figure::TooFew)
    );
    assert!(!a.sectors_differ);
    assert_eq!(p.overall.all.shown().map(|d| d.median), Some(40));

    // Four schools are too few for a figure over the SWV.
    let four: Vec<TeamFile> = schools(&q).into_iter().skip(1).collect();
    assert_eq!(swv_picture(&q, &four).themes[0].all, Figure::TooFew);

    // One of five at risk is not a third (3 × 1 < 5).
    let mut calmer = schools(&q);
    calmer[2] = school(&q, "SBO De Wissel", &["sbo"], 5, 45, "in-ontwikkeling", 100);
    assert!(!swv_picture(&q, &calmer).themes[0].struggling);
}

#[test]
fn regular_and_special_schools_differ_where_one_median_lies_outside_the_others_middle_half() {
    let mut q = mini();
    q.criteria.min_schools = 2;
    let p = swv_picture(&q, &schools(&q));
    let a = &p.themes[0];
    // Regular 40 55 70: p25 place ceil(0.75) = 1 → 40, median ceil(1.5) = 2 → 55, p75 ceil(2.25) = 3 → 70.
    let r = a.regular.shown().unwrap();
    assert_eq!((r.p25, r.median, r.p75), (40, 55, 70));
    // Special 20 30: p25 ceil(0.5) = 1 → 20, median ceil(1.0) = 1 → 20, p75 ceil(1.5) = 2 → 30.
    let s = a.special.shown().unwrap();
    assert_eq!((s.p25, s.median, s.p75), (20, 20, 30));
    // 55 lies above 20–30.
    assert!(a.sectors_differ);

    // Special 50 60 (median 50, middle half 50–60) against regular 40 55 70: 50 lies within
    // 40–70 and 55 within 50–60, so they do not differ.
    let mut close = schools(&q);
    close[2] = school(&q, "SBO De Wissel", &["sbo"], 5, 50, "in-ontwikkeling", 100);
    close[3] = school(&q, "SO Het Kompas", &["so"], 12, 60, "in-ontwikkeling", 100);
    assert!(!swv_picture(&q, &close).themes[0].sectors_differ);
}

#[test]
fn the_sector_of_a_school_follows_all_its_types() {
    let s = |t: &[&str]| sector(&t.iter().map(|x| x.to_string()).collect::<Vec<_>>());
    assert_eq!(s(&["po"]), Some(Sector::Regular));
    assert_eq!(s(&["po", "vo"]), Some(Sector::Regular));
    assert_eq!(s(&["sbo", "so"]), Some(Sector::Special));
    assert_eq!(s(&["po", "sbo"]), None, "a mix is neither");
    assert_eq!(s(&[]), None);
    assert_eq!(s(&["swv"]), None);
}

#[test]
fn the_same_school_twice_keeps_the_newer_file_and_a_file_without_a_name_is_refused() {
    let q = mini();
    let mut all = Vec::new();
    let added = add_schools(&mut all, schools(&q));
    assert!(added.iter().all(|a| *a == SchoolAdded::New));
    assert_eq!(school_key("  OBS   De Brug "), "obs de brug");
    let newer = school(&q, " obs de  BRUG", &["po"], 10, 50, "in-ontwikkeling", 200);
    let older = school(&q, "OBS De Brug", &["po"], 7, 10, "orienterend", 50);
    let mut nameless = school(&q, "x", &["po"], 7, 10, "orienterend", 50);
    nameless.school = None;
    let mut blank = nameless.clone();
    blank.school = Some("   ".into());
    let new = school(&q, "Nieuwe School", &["vo"], 6, 60, "gevorderd", 100);
    assert_eq!(
        add_schools(&mut all, vec![newer, older, nameless, blank, new]),
        [
            SchoolAdded::Replaced,
            SchoolAdded::KeptNewer,
            SchoolAdded::NoName,
            SchoolAdded::NoName,
            SchoolAdded::New
        ]
    );
    assert_eq!(all.len(), 7);
    let brug = all
        .iter()
        .find(|f| school_key(f.school.as_deref().unwrap()) == "obs de brug")
        .unwrap();
    assert_eq!((brug.respondents, brug.to), (10, Some(200)));
}

#[test]
fn over_time_each_school_and_the_swv_median_per_theme() {
    let q = mini();
    let before = schools(&q);
    let mut after = schools(&q);
    after[0] = school(&q, "OBS De Brug", &["po"], 8, 60, "gevorderd", 300);
    let (per_school, swv) = swv_changes(&swv_picture(&q, &before), &swv_picture(&q, &after));
    // Every shown school on theme a; Kleine School (too few) in neither.
    assert_eq!(per_school.len(), 5);
    let brug = per_school
        .iter()
        .find(|c| c.school == "OBS De Brug")
        .unwrap();
    assert_eq!((brug.theme, brug.before, brug.after), (A, 40, 60));
    // The SWV's median: 20 30 40 55 70 → 20 30 55 60 70, 40 → 55.
    assert_eq!(swv.len(), 1);
    assert_eq!((swv[0].theme, swv[0].before, swv[0].after), (A, 40, 55));
}

#[test]
fn the_reference_file_round_trips_without_a_school_and_only_from_five_schools() {
    let q = mini();
    let picture = swv_picture(&q, &schools(&q));
    let file = ReferenceFile::new(&q, &picture, Some(" SWV Rivierenland "), 5_000).unwrap();
    let text = file.encode();
    for name in [
        "Brug",
        "Anker",
        "Wissel",
        "Kompas",
        "Zonnewijzer",
        "Kleine",
        "respondents",
    ] {
        assert!(!text.contains(name), "{name} in {text}");
    }
    let back = ReferenceFile::decode(&q, text.as_bytes()).unwrap();
    assert_eq!(back, file);
    assert_eq!(back.swv.as_deref(), Some("SWV Rivierenland"));
    assert_eq!(back.schools, 5);
    let d = back.distributions(&q);
    assert_eq!(d.len(), 1, "only theme a has figures");
    // The quartiles and statuses, not the lowest (20) and highest (70): each one school's own.
    let whole = picture.themes[0].all.shown().unwrap();
    assert_eq!(
        d[0].1,
        scan_core::swv::Distribution {
            lowest: None,
            highest: None,
            ..whole.clone()
        }
    );
    assert!(
        !text.contains("lowest") && !text.contains("highest"),
        "{text}"
    );

    // Four schools with figures: no reference.
    let four: Vec<TeamFile> = schools(&q).into_iter().skip(1).collect();
    assert_eq!(
        ReferenceFile::new(&q, &swv_picture(&q, &four), None, 1),
        None
    );

    // A file edited to claim a theme of three schools, or quartiles out of order, shows it not.
    let mut edited = file.clone();
    edited.themes[0].schools = 3;
    assert!(edited.distributions(&q).is_empty());
    let mut edited = file.clone();
    edited.themes[0].p25 = 60;
    assert!(edited.distributions(&q).is_empty());
    // Another kind, another scan, a newer format are refused as such.
    assert!(matches!(
        ReferenceFile::decode(&q, br#"{"kind":"scan-passend-onderwijs/team"}"#),
        Err(FileError::WrongKind { .. })
    ));
    let other = text.replace("\"scan\":\"mini\"", "\"scan\":\"andere\"");
    assert_eq!(
        ReferenceFile::decode(&q, other.as_bytes()),
        Err(FileError::OtherScan("andere".into()))
    );
    let newer = text.replace("\"format\":1", "\"format\":2");
    assert_eq!(
        ReferenceFile::decode(&q, newer.as_bytes()),
        Err(FileError::NewerFormat(2))
    );
}

#[test]
fn a_school_beside_its_swv_is_marked_only_outside_the_middle_half() {
    let q = mini();
    let picture = swv_picture(&q, &schools(&q));
    let reference = ReferenceFile::new(&q, &picture, None, 1)
        .unwrap()
        .distributions(&q);
    // Middle half 30–55: 70 above, 30 and 55 within (the bounds count as within), 20 below.
    for (percent, place) in [
        (70, Place::Above),
        (55, Place::Within),
        (30, Place::Within),
        (20, Place::Below),
    ] {
        let team = school(&q, "Onze school", &["po"], 9, percent, "gevorderd", 1).to_results(&q);
        let b = beside(&team, &reference);
        assert_eq!(b.len(), 1);
        assert_eq!(
            (b[0].theme, b[0].ours, b[0].place),
            (A, Figure::Shown(percent), Some(place))
        );
    }
    // A school without a score on the theme gets no mark.
    let mut empty = school(&q, "Onze school", &["po"], 9, 50, "gevorderd", 1);
    empty.themes.clear();
    let b = beside(&empty.to_results(&q), &reference);
    assert_eq!((b[0].ours, b[0].place), (Figure::Empty, None));
}

/// The CSV's lines, after its byte order mark, split at `\r\n` (the last, empty, dropped).
fn csv_lines(text: &str) -> Vec<&str> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("a byte order mark first");
    assert!(body.ends_with("\r\n"));
    assert!(
        !body.replace("\r\n", "").contains(['\r', '\n']),
        "only \\r\\n line ends"
    );
    let mut lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(lines.pop(), Some(""));
    lines
}

/// Every field quoted, `;` between them.
fn csv_row(fields: &[&str]) -> String {
    (fields.iter().map(|f| format!("\"{f}\"")))
        .collect::<Vec<_>>()
        .join(";")
}

#[test]
fn the_swv_csv_has_a_row_per_school_then_a_row_per_theme_across_them() {
    let q = mini();
    let text = swv_csv(&q, &swv_picture(&q, &schools(&q)), &CsvTexts::DUTCH);
    let lines = csv_lines(&text);
    // Six schools and their header, an empty line, five themes and the whole scan and their
    // header.
    assert_eq!(lines.len(), 7 + 1 + 7);
    assert_eq!(lines[7], "", "the blocks apart by an empty line");
    let mut header = vec!["School", "Schoolsoort", "Respondenten"];
    let columns =
        |t: &str| [": status", ": score %", ": Weet ik niet %"].map(|c| format!("{t}{c}"));
    let titles = [
        "Theme A",
        "Theme B",
        "Theme D",
        "Optional theme",
        "Theme E",
        "Totaal",
    ];
    let names: Vec<String> = titles.iter().flat_map(|t| columns(t)).collect();
    header.extend(names.iter().map(String::as_str));
    assert_eq!(header.len(), 3 + 6 * 3);
    assert_eq!(lines[0], csv_row(&header));
    // A scale's own label heads the share, as the respondents saw the option.
    let mut own = q.clone();
    for o in &mut own.scale {
        if o.label == "Weet ik niet" {
            o.label = "Onbekend".into();
        }
    }
    let text = swv_csv(&own, &swv_picture(&own, &schools(&own)), &CsvTexts::DUTCH);
    assert!(
        csv_lines(&text)[0].contains("\"Totaal: Onbekend %\""),
        "{text}"
    );
    assert_eq!(lines[0].split(';').count(), 21);
    // Sorted by name: CBS Het Anker, Kleine School, OBS De Brug, …
    // OBS De Brug by hand: po, 8 respondents, theme a and the whole scan at 40% In
    // ontwikkeling with 10% weet ik niet; the other themes have no figure: empty fields.
    let e = "";
    assert_eq!(
        lines[3],
        csv_row(&[
            "OBS De Brug",
            "Basisonderwijs",
            "8",
            "In ontwikkeling",
            "40",
            "10",
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            e,
            "In ontwikkeling",
            "40",
            "10",
        ])
    );
    // Kleine School (4 respondents) says so in its first theme column, and no figure.
    assert_eq!(
        lines[2],
        csv_row(&[
            "Kleine School",
            "Basisonderwijs",
            "4",
            "te weinig respondenten (minder dan 5)"
        ])
    );
    // A school type the scan does not name is written as its id.
    assert!(lines[5].starts_with(&csv_row(&["SBO De Wissel", "sbo", "5", "Oriënterend"])));

    let mut header = vec!["Thema", "Scholen"];
    header.extend([
        "Aantal scholen: Oriënterend",
        "Aantal scholen: In ontwikkeling",
        "Aantal scholen: Gevorderd",
        "Aantal scholen: Geborgd",
        "Eerste kwartiel %",
        "Mediaan %",
        "Derde kwartiel %",
        "Laagste %",
        "Hoogste %",
        "Veel scholen in risico",
        "Regulier en speciaal verschillen",
    ]);
    assert_eq!(lines[8], csv_row(&header));
    // Theme a over 20 30 40 55 70 (see above): 2 2 1 0 per band, quartiles 30 40 55, 20 to
    // 70, 2 of 5 at risk; three regular and two special schools are too few to compare, so
    // that field is empty rather than "nee".
    let a = [
        "5", "2", "2", "1", "0", "30", "40", "55", "20", "70", "ja", e,
    ];
    let row = |title: &str, rest: &[&str]| csv_row(&[&[title][..], rest].concat());
    assert_eq!(lines[9], row("Theme A", &a));
    // No school has a score on theme b.
    assert_eq!(lines[10], row("Theme B", &["0"]));
    assert_eq!(lines[14], row("Totaal", &a));
}

#[test]
fn the_swv_csv_says_where_too_few_schools_have_a_score_and_whether_sectors_differ() {
    let q = mini();
    // Four schools with figures (OBS De Brug left out): too few for theme a and the whole
    // scan.
    let four: Vec<TeamFile> = schools(&q).into_iter().skip(1).collect();
    let text = swv_csv(&q, &swv_picture(&q, &four), &CsvTexts::DUTCH);
    let lines = csv_lines(&text);
    assert_eq!(lines.len(), 6 + 1 + 7);
    let too_few = csv_row(&["Theme A", "te weinig scholen (minder dan 5)"]);
    assert_eq!(lines[8], too_few);
    assert_eq!(
        lines[13],
        csv_row(&["Totaal", "te weinig scholen (minder dan 5)"])
    );

    // From two schools, regular 40 55 70 and special 20 30 differ (see above).
    let mut q = mini();
    q.criteria.min_schools = 2;
    let text = swv_csv(&q, &swv_picture(&q, &schools(&q)), &CsvTexts::DUTCH);
    let row = csv_lines(&text)[9];
    assert!(row.ends_with(&csv_row(&["20", "70", "ja", "ja"])), "{row}");
    // Special 50 60 against regular 40 55 70 do not differ. All five: 40 50 55 60 70, p25 at
    // place 2 → 50, median 3 → 55, p75 4 → 60; four In ontwikkeling, one Gevorderd, none at
    // risk.
    let mut close = schools(&q);
    close[2] = school(&q, "SBO De Wissel", &["sbo"], 5, 50, "in-ontwikkeling", 100);
    close[3] = school(&q, "SO Het Kompas", &["so"], 12, 60, "in-ontwikkeling", 100);
    let text = swv_csv(&q, &swv_picture(&q, &close), &CsvTexts::DUTCH);
    assert_eq!(
        csv_lines(&text)[9],
        csv_row(&[
            "Theme A", "5", "0", "4", "1", "0", "50", "55", "60", "40", "70", "nee", "nee"
        ])
    );
}

#[test]
fn a_school_name_in_the_swv_csv_is_never_run_as_a_formula() {
    let q = mini();
    let mut files = schools(&q);
    files.push(school(
        &q,
        "=HYPERLINK(\"https://example.org\";\"klik\")",
        &["po", "vo"],
        6,
        50,
        "in-ontwikkeling",
        100,
    ));
    files.push(school(
        &q,
        "+31 Basisschool",
        &["vo"],
        3,
        50,
        "gevorderd",
        100,
    ));
    let text = swv_csv(&q, &swv_picture(&q, &files), &CsvTexts::DUTCH);
    let lines = csv_lines(&text);
    // Sorted by name, "+…" and "=…" come first; quotes doubled, a `'` before the formula.
    assert_eq!(
        lines[1],
        "\"'+31 Basisschool\";\"Voortgezet onderwijs\";\"3\";\"te weinig respondenten (minder dan 5)\""
    );
    assert!(
        lines[2].starts_with(
            "\"'=HYPERLINK(\"\"https://example.org\"\";\"\"klik\"\")\";\"Basisonderwijs, Voortgezet onderwijs\";\"6\";\"In ontwikkeling\";\"50\";\"10\";"
        ),
        "{}",
        lines[2]
    );
    assert!(!text.contains(";\"=") && !text.contains(";\"+"));
}

#[test]
fn schools_sort_by_type_or_score_and_filter_by_type() {
    let q = mini();
    let names = |rows: &[scan_core::swv::SchoolRow]| -> Vec<String> {
        rows.iter().map(|s| s.name.clone()).collect()
    };
    let mut rows = swv_picture(&q, &schools(&q)).schools;
    // Whole-scan scores: Wissel 20, Kompas 30, Brug 40, Zonnewijzer 55, Anker 70; Kleine
    // School has too few respondents, so it comes last.
    sort_schools(&mut rows, SchoolOrder::Score);
    assert_eq!(
        names(&rows),
        [
            "SBO De Wissel",
            "SO Het Kompas",
            "OBS De Brug",
            "OBS Zonnewijzer",
            "CBS Het Anker",
            "Kleine School"
        ]
    );
    // po before sbo before so; within a type still by name (the sort is stable from Name).
    sort_schools(&mut rows, SchoolOrder::Name);
    sort_schools(&mut rows, SchoolOrder::SchoolType);
    assert_eq!(
        names(&rows),
        [
            "CBS Het Anker",
            "Kleine School",
            "OBS De Brug",
            "OBS Zonnewijzer",
            "SBO De Wissel",
            "SO Het Kompas"
        ]
    );
    // Only the po schools: four, of which three with figures, too few for figures over them.
    let po = swv_picture(&q, &of_type(&schools(&q), Some("po")));
    assert_eq!((po.schools.len(), po.shown_schools), (4, 3));
    assert_eq!(po.themes[0].all, Figure::TooFew);
    assert_eq!(of_type(&schools(&q), None).len(), 6);
}

#[test]
fn a_theme_only_a_few_of_a_schools_respondents_score_travels_without_figures() {
    let q = mini();
    // Eight respondents, but theme b scored by two of them only (say the director and the ib):
    // their mean is their own, so it is withheld and counts in no figure over schools.
    let tally = |n: usize, p: u32| serde_json::json!({ "respondents": n, "percent": p, "status": "gevorderd" });
    let text = serde_json::json!({
        "kind": "scan-passend-onderwijs/team", "format": 1, "scan": q.id, "scan_version": q.version,
        "saved_at": 1, "school": "OBS Klein Thema", "school_types": ["po"], "respondents": 8,
        "themes": [{ "theme": "a", "tally": tally(8, 60) }, { "theme": "b", "tally": tally(2, 90) }],
        "overall": tally(8, 62),
    })
    .to_string();
    let mut files = schools(&q);
    files.push(TeamFile::decode(&q, text.as_bytes()).unwrap());
    let p = swv_picture(&q, &files);
    let school = p
        .schools
        .iter()
        .find(|s| s.name == "OBS Klein Thema")
        .unwrap();
    let themes = school.themes.shown().unwrap();
    assert_eq!(themes[0].percent(), Some(60));
    assert_eq!(
        (themes[1].respondents, &themes[1].figures),
        (2, &Figure::TooFew)
    );
    // Theme b: no other school scores it, and this one does not count: no figure at all.
    assert_eq!(p.themes[1].all, Figure::Empty);
    let csv = swv_csv(&q, &p, &CsvTexts::DUTCH);
    let row = csv.lines().find(|l| l.contains("OBS Klein Thema")).unwrap();
    assert!(
        row.contains(r#""te weinig respondenten (minder dan 5)""#),
        "{row}"
    );
    assert!(!row.contains(r#""90""#), "{row}");
}
