//! Every builder, fed a hostile string in every field that can come from a configuration, a
//! note or an imported file, escapes it.

use super::*;
use scan_core::{Progress, Questionnaire, Source, Timed, advise, parse, score};

use crate::lazy_parts::{Examples, ExamplesProblem};
use crate::ui::texts::{Lang, Texts};

const HOSTILE: &str = r#"<img src=x onerror=alert(1)>"><svg onload=alert(2)>'&"#;
const ESCAPED: &str =
    "&lt;img src=x onerror=alert(1)&gt;&quot;&gt;&lt;svg onload=alert(2)&gt;'&amp;";

fn mini() -> Questionnaire {
    parse(&[Source {
        name: "mini.toml",
        text: include_str!("../../../crates/scan-core/tests/fixtures/mini.toml"),
    }])
    .unwrap()
}

/// Answers that reach every part of the results: a capped theme with a low basic statement, a
/// risk with an example, a theme of only "weet ik niet", notes.
fn progress() -> Progress {
    let mut p = Progress::default();
    for (s, o) in [
        ("a1", "niet"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "niet"),
        ("d1", "weet-niet"),
        ("d2", "weet-niet"),
    ] {
        p.set_answer(s.into(), o.into(), 1);
    }
    p
}

/// `q` with every text and id replaced by [`HOSTILE`].
fn hostile(mut q: Questionnaire) -> Questionnaire {
    let h = || HOSTILE.to_string();
    (q.title, q.intro, q.scale_help, q.language) = (h(), h(), h(), h());
    for o in &mut q.scale {
        (o.id, o.label) = (h(), h());
    }
    for b in &mut q.bands {
        (b.id, b.label, b.description) = (h(), h(), h());
    }
    for t in &mut q.themes {
        (t.id, t.title, t.intro) = (h(), h(), h());
        for s in &mut t.statements {
            (s.id, s.text, s.help) = (h(), h(), Some(h()));
        }
    }
    for (i, e) in q.examples.iter_mut().enumerate() {
        (e.id, e.title, e.text, e.situation) = (h(), h(), h(), h());
        // Every other example has a source, so both kinds are drawn.
        e.source = (i % 2 == 0).then(|| scan_core::ExampleSource {
            title: h(),
            url: scan_core::HttpsUrl::parse("https://example.org/a?b=c&d=e"),
        });
    }
    q
}

/// No hostile markup got through, and the escaped text is there at least `at_least` times.
fn assert_escaped(html: &str, at_least: usize) {
    for raw in ["<img", "<svg onload", "\"><svg", "onerror=alert(1)>"] {
        assert!(!html.contains(raw), "unescaped {raw:?} in:\n{html}");
    }
    let found = html.matches(ESCAPED).count();
    assert!(
        found >= at_least,
        "escaped text {found} times, expected {at_least}:\n{html}"
    );
}

#[test]
fn statements_escape_texts_help_ids_labels_and_the_widget_id() {
    let q = hostile(mini());
    let mut answers = std::collections::BTreeMap::new();
    answers.insert(HOSTILE.to_string(), Timed::new(HOSTILE.to_string(), 1));
    let shown: Vec<_> = q.themes[0].statements.iter().collect();
    let html = statements(
        Texts(Lang::Nl),
        None,
        ElementIds(HOSTILE),
        &q.scale,
        &shown,
        None,
        &answers,
    )
    .into_string();
    // Per statement: id, text, help, help id (twice), and per option id, name and label.
    let per_statement = 5 + 3 * q.scale.len();
    assert_escaped(&html, shown.len() * per_statement);
    assert!(html.contains(" checked"), "the stored answer is checked");
    // a1 is basic: its legend says so.
    assert_eq!(
        html.matches(r#"<span class="spo-basic">Basisvoorwaarde</span>"#)
            .count(),
        1
    );
    // In the English interface, inside Dutch statements, the label is marked as English.
    let html = statements(
        Texts(Lang::En),
        Some("en"),
        ElementIds("w"),
        &q.scale,
        &shown,
        None,
        &answers,
    )
    .into_string();
    assert!(html.contains(r#"<span class="spo-basic" lang="en">Basic condition</span>"#));
}

#[test]
fn the_results_escape_every_configured_text_and_the_notes() {
    let q = mini();
    let mut p = progress();
    let results = score(&q, &p);
    let advice = advise(&q, &p, &results);
    assert!(
        results.themes.iter().any(|r| r.tally.capped),
        "a capped theme"
    );
    assert!(!advice.focus.is_empty(), "focus themes");
    assert!(
        advice.focus.iter().any(|f| !f.examples.is_empty()),
        "examples"
    );

    let q = hostile(q);
    p.set_note(HOSTILE.into(), HOSTILE.into(), 2);
    for lang in [Lang::Nl, Lang::En] {
        let input = ResultsInput {
            q: &q,
            results: &results,
            advice: &advice,
            progress: &p,
            texts: Texts(lang),
            ids: ElementIds(HOSTILE),
            content_lang: Some(HOSTILE),
        };
        let html = results_body(&input).into_string()
            + &focus_themes(&input, Examples::Ready).into_string();
        // Each card: title, status label, lang, sr-only "change" text, note; plus the rest,
        // the bands' labels and descriptions among them.
        assert_escaped(&html, 5 * results.themes.len() + 2 * q.bands.len());
        for must in [
            "spo-card__note",
            "spo-flag",
            "spo-example",
            "spo-low",
            "spo-bar",
        ] {
            assert!(html.contains(must), "{must} is drawn");
        }
    }
}

#[test]
fn the_focus_themes_say_when_their_examples_are_loading_or_missing_and_offer_to_try_again() {
    let q = mini();
    let p = progress();
    let focus = |examples| drawn(&q, &p, |r| focus_themes(r, examples));
    let ready = focus(Examples::Ready);
    assert!(ready.contains("spo-example"), "{ready}");
    assert!(!ready.contains("data-retry-examples"));
    assert!(!ready.contains("worden geladen"));

    let loading = focus(Examples::Loading);
    assert_eq!(
        focus(Examples::Later),
        loading,
        "not asked yet reads as loading"
    );
    assert!(loading.contains("De praktijkvoorbeelden worden geladen"));
    assert!(!loading.contains("spo-example\""));
    assert!(!loading.contains("data-retry-examples"));
    // The focus themes themselves are there without their examples.
    let advice = advise(&q, &p, &score(&q, &p));
    let theme = &q.themes[advice.focus[0].theme].title;
    assert!(loading.contains(theme.as_str()), "{loading}");

    for (problem, says) in [
        (
            ExamplesProblem::Unreachable,
            "Bent u verbonden met internet?",
        ),
        (ExamplesProblem::OtherRelease, "andere versie van de scan"),
        (ExamplesProblem::Damaged, "beschadigd"),
    ] {
        let failed = focus(Examples::Failed(problem));
        assert!(failed.contains(says), "{failed}");
        assert!(failed.contains("data-retry-examples"));
        assert!(failed.contains("Opnieuw proberen"));
        assert!(!failed.contains("spo-example\""));
    }
}

#[test]
fn an_illustration_is_labelled_on_its_card_and_explained_once_above_its_list() {
    let mut q = mini();
    let p = progress();
    let html = drawn(&q, &p, |r| focus_themes(r, Examples::Ready));
    let (cards, lists) = (
        html.matches("<li class=\"spo-example\">").count(),
        html.matches("<ul class=\"spo-examples\"").count(),
    );
    assert!(cards > lists && lists > 0, "{html}");
    // The fixture's examples have no source: each card says it is an illustration, and each
    // list explains the label once.
    assert_eq!(
        html.matches(r#"<span class="spo-tag">Voorbeeldaanpak</span>"#)
            .count(),
        cards
    );
    assert_eq!(html.matches("is een mogelijke aanpak").count(), lists);
    // With a source every one, nothing needs explaining.
    for e in &mut q.examples {
        e.source = Some(scan_core::ExampleSource {
            title: "Bron".into(),
            url: None,
        });
    }
    let html = drawn(&q, &p, |r| focus_themes(r, Examples::Ready));
    assert!(!html.contains("Voorbeeldaanpak") && !html.contains("spo-examples-kind"));
}

#[test]
fn the_score_bar_fills_to_the_score_and_ticks_at_the_bands() {
    let q = mini();
    let bar = |p, s| score_bar::score_bar(&q, p, s).into_string();
    // 140% is drawn as a full bar, in its status's colour.
    let html = bar(Some(140), Some(scan_core::BandIx(0)));
    assert!(
        html.contains(r#"spo-bar__fill--risk" x="0" y="0" width="100" height="10">"#),
        "{html}"
    );
    // No score: nothing filled, no status colour.
    let html = bar(None, None);
    assert!(
        html.contains(r#"spo-bar__fill--none" x="0" y="0" width="0" "#),
        "{html}"
    );
    // Bands from 1, 2 and 2.7 of 3 points: ticks at 33.3, 66.6 and 90.0 percent.
    let ticks: Vec<&str> = (html.split(r#"x1=""#).skip(1))
        .map(|s| &s[..s.find('"').unwrap()])
        .collect();
    assert_eq!(ticks, ["33.3", "66.6", "90.0"]);
}

#[test]
fn the_panic_message_is_plain_text_in_its_language() {
    let nl = panic_message(Lang::Nl).into_string();
    assert!(nl.starts_with(r#"<div class="spo" lang="nl"><div class="spo-alert" role="alert">"#));
    assert!(
        panic_message(Lang::En)
            .into_string()
            .contains(r#"lang="en""#)
    );
}

#[test]
fn the_team_picture_escapes_names_roles_and_every_configured_text() {
    let q = hostile(mini());
    // Respondents whose files carry hostile names, roles and school types, and answers that
    // differ two steps on a statement (so the "seen differently" list is drawn too).
    let files: Vec<scan_core::Respondent> = ["niet", "volledig", "grotendeels"]
        .into_iter()
        .enumerate()
        .map(|(i, answer)| {
            let mut p = Progress::default();
            p.profile.role = Some(HOSTILE.into());
            p.profile.school_type = Some(HOSTILE.into());
            p.set_answer(HOSTILE.into(), answer.into(), i as u64);
            scan_core::Exchange::new(&q, &p, Some(HOSTILE), i as u64).into()
        })
        .collect();
    // Every option id is hostile; answers name the first option with points by its (hostile) id.
    let team = scan_core::aggregate(&q, &files);
    // Every example as a focus example, so example texts are drawn too.
    let focus = vec![scan_core::Focus {
        theme: scan_core::ThemeIx(0),
        examples: q.example_ixs().collect(),
    }];
    let changes = scan_core::compare(&team, &team);
    let html = team_body(&TeamInput {
        q: &q,
        team: &team,
        school_types: &school_types(&files),
        focus: &focus,
        earlier: Some((&changes, Some(0))),
        date: Some(1),
        beside: None,
        texts: Texts(Lang::Nl),
    })
    .into_string();
    // Three names, three roles, three school types, the theme titles, the examples, and the
    // chart's theme titles and band labels.
    assert!(html.contains("spo-team-chart"), "the chart is drawn");
    assert_escaped(&html, 12);
}

#[test]
fn the_printed_plan_escapes_every_field_and_the_theme_and_example_names() {
    let q = hostile(mini());
    let mut plan = scan_core::Plan::new(&q);
    plan.items.push(scan_core::PlanItem {
        theme: HOSTILE.into(),
        goal: HOSTILE.into(),
        actions: HOSTILE.into(),
        who: HOSTILE.into(),
        by_when: HOSTILE.into(),
        examples: vec![HOSTILE.into()],
    });
    let html = plan_summary(&q, &plan, Texts(Lang::Nl)).into_string();
    // The theme (title of the hostile theme id), goal, actions, who, by when, the example.
    assert_escaped(&html, 6);
}

/// The results screen for `answers` on the fixture with `a2` and `b1` basic too, in Dutch.
fn results_for(answers: &[(&str, &str)]) -> String {
    let text = include_str!("../../../crates/scan-core/tests/fixtures/mini.toml")
        .replacen("weight = 2", "weight = 2\nbasic = true", 1)
        .replacen(
            "text = \"Statement b1.\"",
            "text = \"Statement b1.\"\nbasic = true",
            1,
        );
    let q = parse(&[Source {
        name: "mini.toml",
        text: &text,
    }])
    .unwrap();
    let mut p = Progress::default();
    for (s, o) in answers {
        p.set_answer(s.to_string(), o.to_string(), 1);
    }
    drawn(&q, &p, results_body)
}

/// What `draw` makes of the results of `p`, in Dutch.
fn drawn(q: &Questionnaire, p: &Progress, draw: impl Fn(&ResultsInput) -> maud::Markup) -> String {
    let results = score(q, p);
    let advice = advise(q, p, &results);
    draw(&ResultsInput {
        q,
        results: &results,
        advice: &advice,
        progress: p,
        texts: Texts(Lang::Nl),
        ids: ElementIds("w"),
        content_lang: None,
    })
    .into_string()
}

/// The part of `html` from `start` to the next `end`.
fn part<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("{start} in {html}"));
    let rest = &html[from..];
    &rest[..rest.find(end).map_or(rest.len(), |i| i + end.len())]
}

/// The card of theme `title` and the overall summary.
fn card_and_summary<'a>(html: &'a str, title: &str) -> (&'a str, &'a str) {
    const CARD: &str = r#"<li class="spo-card">"#;
    let card = html
        .split(CARD)
        .skip(1)
        .map(|c| &c[..c.find("</ul></section>").unwrap_or(c.len())])
        .find(|c| c.contains(&format!(">{title}</h4>")))
        .unwrap_or_else(|| panic!("a card for {title} in {html}"));
    (card, part(html, r#"<div class="spo-summary">"#, "</div>"))
}

const LOW: &str = "Basisvoorwaarde niet gehaald:";
const UNKNOWN: &str = "Basisvoorwaarde onbekend (u koos ‘Weet ik niet’):";

#[test]
fn a_basic_condition_answered_low_says_niet_gehaald_only() {
    let html = results_for(&[("a1", "niet"), ("a2", "volledig"), ("a3", "volledig")]);
    let (card, summary) = card_and_summary(&html, "Theme A");
    assert!(card.contains(LOW) && !card.contains("onbekend"), "{card}");
    assert!(
        card.contains("Daarom is de status hoogstens ‘In ontwikkeling’."),
        "{card}"
    );
    assert!(
        summary.contains(
            "Basisvoorwaarde niet gehaald bij: Theme A. Daarom is het totaal hoogstens ‘In ontwikkeling’."
        ),
        "{summary}"
    );
    assert!(!summary.contains("onbekend"), "{summary}");
}

#[test]
fn a_basic_condition_answered_weet_ik_niet_says_onbekend_only() {
    let html = results_for(&[
        ("a1", "weet-niet"),
        ("a2", "volledig"),
        ("a3", "volledig"),
        ("b1", "volledig"),
        ("d1", "volledig"),
        ("d2", "volledig"),
    ]);
    let (card, summary) = card_and_summary(&html, "Theme A");
    assert!(
        card.contains(UNKNOWN) && !card.contains("niet gehaald"),
        "{card}"
    );
    assert!(
        card.contains(
            "Daarom is de status hoogstens ‘In ontwikkeling’, zolang niet bekend is of deze basisvoorwaarde op orde is."
        ),
        "{card}"
    );
    assert!(
        summary.contains(
            "Basisvoorwaarde onbekend bij: Theme A. Daarom is het totaal hoogstens ‘In ontwikkeling’."
        ),
        "{summary}"
    );
    assert!(!summary.contains("niet gehaald"), "{summary}");
}

#[test]
fn a_theme_and_the_total_with_both_say_both_apart() {
    // Theme A: a1 low, a2 unknown. Theme B: b1 unknown.
    let html = results_for(&[
        ("a1", "niet"),
        ("a2", "weet-niet"),
        ("a3", "volledig"),
        ("b1", "weet-niet"),
        ("d1", "volledig"),
        ("d2", "volledig"),
    ]);
    let (card, summary) = card_and_summary(&html, "Theme A");
    assert!(card.contains(LOW) && card.contains(UNKNOWN), "{card}");
    let (low_at, unknown_at) = (card.find(LOW).unwrap(), card.find(UNKNOWN).unwrap());
    assert!(card[low_at..unknown_at].contains("Statement a1."));
    assert!(!card[low_at..unknown_at].contains("Statement a2"));
    assert!(card[unknown_at..].contains("Statement a2."));
    assert!(
        summary.contains(
            "Basisvoorwaarde niet gehaald bij: Theme A. Basisvoorwaarde onbekend bij: Theme A, Theme B. Daarom is het totaal hoogstens ‘In ontwikkeling’."
        ),
        "{summary}"
    );
    // The legend tells the two apart once.
    assert_eq!(html.matches("spo-basic-legend").count(), 1);
}

#[test]
fn an_unknown_basic_condition_under_a_lower_status_still_says_it_holds_the_theme() {
    // a1 unknown, a2 and a3 Niet: Oriënterend, below the cap.
    let html = results_for(&[("a1", "weet-niet"), ("a2", "niet"), ("a3", "niet")]);
    let (card, _) = card_and_summary(&html, "Theme A");
    assert!(card.contains(UNKNOWN), "{card}");
    assert!(
        card.contains(
            "Het thema blijft hoogstens ‘In ontwikkeling’ zolang niet bekend is of deze basisvoorwaarde op orde is."
        ),
        "{card}"
    );
    assert!(!card.contains("Daarom"), "{card}");
}

#[test]
fn the_team_view_marks_basic_statements_with_not_met_and_unknown_counts() {
    let mut q = mini();
    q.criteria.min_statement_respondents = 1;
    let files: Vec<scan_core::Respondent> = ["niet", "weet-niet", "volledig"]
        .into_iter()
        .enumerate()
        .map(|(i, answer)| {
            let mut p = Progress::default();
            p.set_answer("a1".into(), answer.into(), i as u64);
            p.set_answer("a2".into(), answer.into(), i as u64);
            scan_core::Exchange::new(&q, &p, None, i as u64).into()
        })
        .collect();
    let team = scan_core::aggregate(&q, &files);
    let html = plain_team_html(&q, &team, &files);
    // a1 is basic, a2 is not: once in the seen-differently list, once under all statements.
    assert_eq!(
        html.matches(
            r#"<p class="spo-team-basic-for"><span class="spo-basic">Basisvoorwaarde</span></p>"#
        )
        .count(),
        2,
        "{html}"
    );
    assert_eq!(
        html.matches("Niet gehaald (laag beantwoord): 1 · onbekend (‘Weet ik niet’): 1")
            .count(),
        2,
        "{html}"
    );
    // Basic for some roles only: the label names them.
    q.themes[0].statements[0].basic_roles = vec!["ib".into()];
    let files: Vec<scan_core::Respondent> = files
        .into_iter()
        .map(|mut f| {
            f.progress.profile.role = Some("ib".into());
            f
        })
        .collect();
    let team = scan_core::aggregate(&q, &files);
    let html = plain_team_html(&q, &team, &files);
    assert!(
        html.contains(
            r#"<span class="spo-basic">Basisvoorwaarde</span> voor: Intern begeleider</p>"#
        ),
        "{html}"
    );
    // The role's label comes from the configuration: escaped like every other text.
    let ib = q.roles.iter().position(|r| r.id == "ib").unwrap();
    q.roles[ib].label = HOSTILE.into();
    let html = plain_team_html(&q, &team, &files);
    assert!(
        !html.contains("<img") && !html.contains("<svg onload"),
        "{html}"
    );
    assert!(
        html.contains("voor: &lt;img src=x onerror=alert(1)&gt;"),
        "{html}"
    );
}

/// The Dutch picture of `team` (from `files`), with nothing beside it: no focus themes, no
/// earlier picture, no SWV.
fn plain_team_html(
    q: &Questionnaire,
    team: &scan_core::TeamResults,
    files: &[scan_core::Respondent],
) -> String {
    team_body(&TeamInput {
        q,
        team,
        school_types: &school_types(files),
        focus: &[],
        earlier: None,
        date: Some(1),
        beside: None,
        texts: Texts(Lang::Nl),
    })
    .into_string()
}

/// The school types of `files`, as the team page hands them to the markup.
fn school_types(files: &[scan_core::Respondent]) -> Vec<String> {
    (files.iter())
        .filter_map(|f| f.progress.profile.school_type.clone())
        .collect()
}

#[test]
fn config_problem_escapes_the_url_and_every_error_and_names_its_position() {
    let t = Texts(Lang::Nl);
    let fetch = ConfigLoadError::Fetch {
        url: HOSTILE.into(),
        detail: HOSTILE.into(),
    };
    let html = config_problem(t, &fetch).into_string();
    assert!(!html.contains("<img") && !html.contains("<svg"), "{html}");
    assert_eq!(html.matches(ESCAPED).count(), 2, "{html}");

    let broken = scan_core::ConfigErrors(vec![scan_core::ConfigError {
        file: "mijn-scan.toml".into(),
        line: 64,
        column: 1,
        message: format!("unknown key `{HOSTILE}`"),
    }]);
    let html = config_problem(t, &ConfigLoadError::Invalid(broken)).into_string();
    assert!(
        html.contains("<code>mijn-scan.toml:64:1: unknown key `"),
        "{html}"
    );
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains(t.tell_site_owner()), "{html}");
    // A host page's data-storage-key, shown when a second widget takes the same one.
    let shared = ConfigLoadError::SharedStorage {
        key: HOSTILE.into(),
    };
    let html = config_problem(t, &shared).into_string();
    assert!(!html.contains("<img") && !html.contains("<svg"), "{html}");
    assert_eq!(html.matches(ESCAPED).count(), 1, "{html}");
    assert!(html.contains("data-storage-key"), "{html}");
}

#[test]
fn the_swv_picture_escapes_school_names_and_says_what_it_withholds() {
    let q = mini();
    let file = |name: &str, respondents: usize, percent: u32| {
        let tally = serde_json::json!({ "respondents": respondents, "percent": percent, "status": "gevorderd" });
        let text = serde_json::json!({
            "kind": "scan-passend-onderwijs/team", "format": 1, "scan": q.id, "scan_version": q.version,
            "saved_at": 1, "school": name, "school_types": [HOSTILE], "respondents": respondents,
            "themes": [{ "theme": "a", "tally": tally }], "overall": tally,
        });
        scan_core::formats::team_file::TeamFile::decode(&q, text.to_string().as_bytes()).unwrap()
    };
    let files = vec![file(HOSTILE, 9, 70), file("Klein", 2, 10)];
    let picture = scan_core::swv::swv_picture(&q, &files);
    // Over time against itself: the hostile name in the table of changes too.
    let (schools, swv) = scan_core::swv::swv_changes(&picture, &picture);
    assert_eq!(schools.len(), 1, "only the school with figures has changes");
    let html = swv_body(&super::SwvInput {
        q: &q,
        picture: &picture,
        only: Some(HOSTILE),
        changes: Some((&schools, &swv, Some(1))),
        texts: Texts(Lang::Nl),
    })
    .into_string();
    assert!(
        html.contains("In de tijd") && html.contains("70% → 70% (gelijk)"),
        "{html}"
    );
    assert!(
        html.matches(ESCAPED).count() >= 4,
        "school, types, filter and change: {html}"
    );
    assert!(
        !html.contains("<img") && !html.contains("<svg onload"),
        "{html}"
    );
    assert!(html.contains(ESCAPED), "{html}");
    assert!(html.contains("te weinig respondenten"), "{html}");
    // One school with figures is fewer than five: no figure over the schools.
    assert!(html.contains("te weinig scholen (minder dan 5)"), "{html}");
    assert!(
        !html.contains("spo-team-chart"),
        "no chart without figures: {html}"
    );
}

/// The team page of a six-respondent team file with `themes` (id, respondents with a score,
/// mean score), beside a reference of five schools whose middle half is 30-60% (median 40%)
/// on each of those themes.
fn team_beside_html(q: &Questionnaire, themes: &[(&str, usize, u32)]) -> String {
    let tally = |n: usize, p: u32| serde_json::json!({ "respondents": n, "percent": p, "status": "gevorderd", "unknown_percent": 7 });
    let team = serde_json::json!({
        "kind": "scan-passend-onderwijs/team", "format": 1, "scan": q.id, "scan_version": q.version,
        "saved_at": 1, "school": "X", "school_types": ["po"], "respondents": 6,
        "themes": themes.iter().map(|(id, n, p)| serde_json::json!({ "theme": id, "tally": tally(*n, *p) })).collect::<Vec<_>>(),
        "overall": tally(6, 50),
    });
    let team = scan_core::formats::team_file::TeamFile::decode(q, team.to_string().as_bytes())
        .unwrap()
        .to_results(q);
    let theme = |id: &str| {
        serde_json::json!({ "theme": id, "schools": 5, "per_status": { "gevorderd": 5 },
        "p25": 30, "median": 40, "p75": 60 })
    };
    let reference = serde_json::json!({
        "kind": "scan-passend-onderwijs/swv-reference", "format": 1, "scan": q.id, "scan_version": q.version,
        "saved_at": 1, "swv": HOSTILE, "schools": 5,
        "themes": themes.iter().map(|(id, _, _)| theme(id)).collect::<Vec<_>>(),
    });
    let reference = scan_core::formats::swv_reference::ReferenceFile::decode(
        q,
        reference.to_string().as_bytes(),
    )
    .unwrap();
    let rows = scan_core::swv::beside(&team, &reference.distributions(q));
    team_body(&TeamInput {
        q,
        team: &team,
        school_types: &[],
        focus: &[],
        earlier: None,
        date: Some(1),
        beside: Some(super::SwvBeside {
            swv: reference.swv.as_deref(),
            schools: reference.schools,
            rows: &rows,
        }),
        texts: Texts(Lang::Nl),
    })
    .into_string()
}

#[test]
fn the_team_beside_its_swv_names_a_difference_only_outside_the_middle_half() {
    let q = mini();
    let html = team_beside_html(&q, &[("a", 6, 20), ("b", 6, 45), ("d", 6, 90)]);
    let section = part(&html, "spo-team-beside", "</section>");
    assert!(section.contains(ESCAPED), "{section}");
    let cells: Vec<&str> = section.split("<tr>").skip(2).collect();
    assert_eq!(cells.len(), 3, "{section}");
    // 20% lies under 30%, 45% within 30-60%, 90% over 60%: only the outer two are marked.
    assert!(cells[0].contains(r#"<span class="spo-tag">lager dan de meeste scholen</span>"#));
    assert!(cells[1].contains("binnen de middelste helft") && !cells[1].contains("spo-tag"));
    assert!(cells[2].contains(r#"<span class="spo-tag">hoger dan de meeste scholen</span>"#));
    assert!(section.contains("Onze school 20% · scholen 30–60%: lager dan de meeste scholen"));
}

#[test]
fn a_theme_only_two_of_six_have_a_score_for_says_too_few_everywhere_it_would_show() {
    let q = mini();
    // A team file written by hand (or by an earlier release) with b's figures from two of six.
    let html = team_beside_html(&q, &[("a", 6, 50), ("b", 2, 93)]);
    assert!(
        !html.contains("93%") && !html.contains("nog niet"),
        "{html}"
    );
    let table = part(&html, "spo-team-table", "</table>");
    let b_row = table.split("<tr>").find(|r| r.contains("Theme B")).unwrap();
    assert!(b_row.contains("te weinig om te tonen"), "{b_row}");
    assert!(b_row.contains("<td>2</td>"), "how many is said: {b_row}");
    let chart = part(&html, "spo-team-chart", "</figure>");
    assert!(chart.contains("te weinig om te tonen"), "{chart}");
    let beside = part(&html, "spo-team-beside", "</section>");
    assert_eq!(
        beside.matches("te weinig om te tonen").count(),
        4,
        "{beside}"
    );
}

fn start_html(q: &Questionnaire, p: &Progress, lang: Lang, asked: bool) -> String {
    start_screen(&StartInput {
        screen: Screen {
            q,
            progress: p,
            texts: Texts(lang),
            ids: ElementIds("w"),
            content_lang: None,
        },
        asked,
        so_far: None,
        restore: None,
        replacing: false,
    })
    .into_string()
}

#[test]
fn the_start_screen_escapes_the_title_intro_choices_and_modules() {
    let mut q = hostile(mini());
    let h = || HOSTILE.to_string();
    let choice = || scan_core::Choice {
        id: h(),
        label: h(),
        only_for: vec![],
    };
    (q.school_types, q.roles) = (vec![choice()], vec![choice()]);
    for t in &mut q.themes {
        t.optional = true;
    }
    let html = start_screen(&StartInput {
        screen: Screen {
            q: &q,
            progress: &Progress::default(),
            texts: Texts(Lang::Nl),
            ids: ElementIds(HOSTILE),
            content_lang: Some(HOSTILE),
        },
        asked: true,
        so_far: None,
        restore: Some(&RestoreNote::Done(h())),
        replacing: false,
    })
    .into_string();
    // Title and intro with their lang; per choice its id, name, value and label, with its
    // group's hint id; per module its title, intro, input id (twice) and data-module; the
    // restore hint's id (twice) and what the restore did.
    let per_choice = 5;
    let expected = 4 + 2 * per_choice + 2 + 5 * q.themes.len() + 3;
    assert_escaped(&html, expected);
    // A file that was not restored: the reason (with the file's name) in an alert.
    let html = start_screen(&StartInput {
        screen: Screen {
            q: &q,
            progress: &Progress::default(),
            texts: Texts(Lang::En),
            ids: ElementIds("w"),
            content_lang: None,
        },
        asked: false,
        so_far: None,
        restore: Some(&RestoreNote::Problem(h())),
        replacing: false,
    })
    .into_string();
    assert_escaped(&html, 2);
    let alert = html.split("role=\"alert\">").nth(1).expect("an alert");
    assert!(alert.starts_with(ESCAPED), "{alert}");
    // A file of another profile: why, in an alert, and the offer to replace the answers here
    // with it, then the confirmation that names the file.
    let other = RestoreNote::OtherProfile {
        why: h(),
        name: h(),
        file: Progress::default(),
    };
    for replacing in [false, true] {
        let html = start_screen(&StartInput {
            screen: Screen {
                q: &q,
                progress: &Progress::default(),
                texts: Texts(Lang::Nl),
                ids: ElementIds("w"),
                content_lang: None,
            },
            asked: false,
            so_far: None,
            restore: Some(&other),
            replacing,
        })
        .into_string();
        let alert = html.split("role=\"alert\">").nth(1).expect("an alert");
        assert!(alert.starts_with(ESCAPED), "{alert}");
        let (offer, dialog) = (
            html.contains(REPLACE),
            html.contains("role=\"alertdialog\""),
        );
        assert_eq!((offer, dialog), (!replacing, replacing), "{html}");
        if replacing {
            let warning = html.split("id=\"w-restore-replace-text\">").nth(1).unwrap();
            assert!(
                warning.contains(ESCAPED),
                "the file's name, escaped: {warning}"
            );
            assert!(html.contains(r#"id="w-restore-replace-cancel" data-confirm="no""#));
        }
    }
}

#[test]
fn a_new_respondent_sees_the_range_start_and_no_alert_until_they_start_without_choosing() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    let blank = Progress::default();
    let html = start_html(&q, &blank, Lang::Nl, false);
    let (lo, hi) = q.estimated_minutes_range();
    assert!(
        html.contains(&format!(
            "<li>Ongeveer {lo}-{hi} minuten, afhankelijk van uw rol.</li>"
        )),
        "{html}"
    );
    assert!(html.contains(r#"data-start-action="begin">Start de scan</button>"#));
    assert!(!html.contains("data-start-action=\"results\""));
    assert!(!html.contains(" checked") && !html.contains("role=\"alert\""));
    // Before a school type is chosen, only the roles of every type are offered.
    let shown_roles = q.roles.iter().filter(|r| r.offered_for(None)).count();
    assert_eq!(
        html.matches(r#"<label class="spo-choice"><input type="radio" id="w-role-"#)
            .count(),
        shown_roles
    );
    // Pressed Start without choosing: the alert says what to choose first.
    let asked = start_html(&q, &blank, Lang::Nl, true);
    assert!(asked.contains(r#"<p class="spo-alert" role="alert" id="w-choose-first">"#));
    // The group focus goes to names the alert too; the other does not.
    assert!(asked.contains(
        r#"data-field="school-type" aria-describedby="w-school-type-hint w-choose-first""#
    ));
    assert!(asked.contains(r#"data-field="role" aria-describedby="w-role-hint""#));
}

#[test]
fn a_chosen_school_type_hides_the_roles_of_other_types_and_a_full_profile_fixes_the_time() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    let (school, hidden_role) = q
        .school_types
        .iter()
        .find_map(|s| {
            let other = q.roles.iter().find(|r| !r.offered_for(Some(&s.id)))?;
            Some((s.id.clone(), other.id.clone()))
        })
        .expect("the built-in scan has a role offered to some school types only");
    let mut p = Progress::default();
    p.choose(&q, 1, scan_core::ProfileField::SchoolType, school.clone());
    let html = start_html(&q, &p, Lang::Nl, true);
    assert!(
        html.contains(&format!(
            r#"id="w-school-type-{school}" name="w-school-type" value="{school}" checked"#
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            r#"<label class="spo-choice" hidden><input type="radio" id="w-role-{hidden_role}""#
        )),
        "{html}"
    );
    // The role is still missing: the alert stays.
    assert!(html.contains("role=\"alert\""));

    let role = q
        .roles
        .iter()
        .find(|r| r.offered_for(Some(&school)))
        .unwrap()
        .id
        .clone();
    p.choose(&q, 2, scan_core::ProfileField::Role, role);
    let html = start_html(&q, &p, Lang::En, true);
    let m = q.estimated_minutes(p.scope());
    let n = p.scope().statement_count(&q);
    assert!(
        html.contains(&format!("<li>About {m} minutes: {n} statements.</li>")),
        "{html}"
    );
    assert!(
        !html.contains("role=\"alert\""),
        "nothing missing, no alert"
    );
    assert!(html.contains(">Start the scan</button>"));
}

#[test]
fn a_started_scan_offers_to_continue_and_to_see_the_results() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    let mut p = Progress::default();
    let first = &q.themes[0].statements[0].id;
    p.set_answer(first.clone(), q.scale[0].id.clone(), 1);
    let html = start_html(&q, &p, Lang::Nl, false);
    assert!(
        html.contains(r#"data-start-action="begin">Verder met de scan</button>"#),
        "{html}"
    );
    assert!(html.contains(r#"data-start-action="results">Bekijk het resultaat</button>"#));
}

#[test]
fn the_start_screen_written_for_the_loader_is_the_widgets_own_inert_and_per_language() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    for lang in Lang::ALL {
        let (page, key) = crate::ui::builtin_start_page(lang).unwrap();
        let page = page.as_str();
        assert_eq!(key, format!("scan-passend-onderwijs:{}", q.id));
        let uid = format!("spo-scan-passend-onderwijs-{}", q.id);
        assert!(page.starts_with(&format!(
            r#"<div class="spo" lang="{}"><div class="spo-notices"><div role="status"><span class="spo-sr">{}</span></div></div><section class="spo-screen spo-start" inert aria-labelledby="{uid}-heading"><div class="spo-start__main">"#,
            lang.code(),
            Texts(lang).loading()
        )), "{page}");
        // Inside, what the live widget draws for a new respondent with the same ids.
        let live = start_screen(&StartInput {
            screen: Screen {
                q: &q,
                progress: &Progress::default(),
                texts: Texts(lang),
                ids: ElementIds(&uid),
                content_lang: crate::ui::context::content_lang(&q, Texts(lang)).as_deref(),
            },
            asked: false,
            so_far: None,
            restore: None,
            replacing: false,
        })
        .into_string();
        assert!(page.contains(&live));
        // The Dutch questionnaire is marked as Dutch inside the English interface only.
        assert_eq!(
            page.contains(r#"lang="nl">Scan Passend Onderwijs</h2>"#),
            lang == Lang::En
        );
    }
}

/// HTML reaches the page only as a `markup::Html`, built by maud: clippy refuses the direct DOM
/// calls (`clippy.toml`), but Leptos's `inner_html=` would take a `String` too. So a source
/// file that uses it must make its values with `Html::from` and hold no hand-made HTML (no
/// `into_string()` of markup, no `format!` of a tag). A new use that does not fails here.
#[test]
fn every_inner_html_is_given_html_built_by_maud() {
    fn sources(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    sources(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut users = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let own = path.ends_with("markup/tests.rs") || path.ends_with("markup/safe.rs");
        let code: String = (text.lines())
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect();
        let unescaped = ["Pre", "Escaped"].concat();
        assert!(
            own || !code.contains(&unescaped),
            "{}: unescaped markup",
            path.display()
        );
        if own || !text.contains("inner_html=") {
            continue;
        }
        users += 1;
        let name = path.display();
        assert!(
            text.contains("Html::from("),
            "{name}: inner_html= without an Html"
        );
        assert!(
            !text.contains(".into_string()"),
            "{name}: markup as a String"
        );
        assert!(!text.contains("format!(\"<"), "{name}: HTML made by hand");
    }
    assert!(
        users >= 6,
        "the check found the widget's uses of inner_html= ({users})"
    );
}

#[test]
fn the_statements_seen_differently_come_most_different_first_and_fold_after_five() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    let scored: Vec<&str> = (q.scale.iter())
        .filter(|o| o.points().is_some())
        .map(|o| o.id.as_str())
        .collect();
    // Five teachers of one primary school whose answers differ by seed, as in the e2e files.
    let files: Vec<scan_core::Respondent> = (0..5usize)
        .map(|seed| {
            let mut p = Progress::default();
            p.profile.school_type = Some("po".into());
            p.profile.role = Some("leraar".into());
            let ids: Vec<String> = (q.statements())
                .filter(|s| p.profile.is_in(&s.audience))
                .map(|s| s.id.clone())
                .collect();
            for (n, id) in ids.into_iter().enumerate() {
                let answer = scored[(seed * 7 + n * 3) % scored.len()];
                p.set_answer(id, answer.into(), seed as u64);
            }
            scan_core::Exchange::new(&q, &p, None, seed as u64).into()
        })
        .collect();
    let team = scan_core::aggregate(&q, &files);
    let ranked = scan_core::seen_differently(&q, &team);
    assert!(
        ranked.len() > 6,
        "{} statements seen differently",
        ranked.len()
    );
    let html = plain_team_html(&q, &team, &files);
    let section = part(
        &html,
        r#"<section class="spo-team-differently">"#,
        "</section>",
    );
    // Each statement once, in the core's order: the first five open, the rest folded.
    let at: Vec<usize> = (ranked.iter())
        .map(|d| {
            let text = &q.themes[d.theme].statements[d.statement].text;
            let p = maud::html! { p.spo-team-statement { (text) } }.into_string();
            assert_eq!(section.matches(&p).count(), 1, "{p}");
            section.find(&p).unwrap()
        })
        .collect();
    assert!(at.is_sorted(), "most different first: {at:?}");
    let more = format!(
        r#"<details class="spo-team-more"><summary>Nog {} stellingen die verschillend gezien worden</summary>"#,
        ranked.len() - 5
    );
    let fold = section.find(&more).expect("the rest folded");
    assert!(
        at[4] < fold && fold < at[5],
        "five open: {at:?}, fold at {fold}"
    );
    // The section's heading says it; the list of all statements marks them.
    assert!(!section.contains("spo-tag"));
    let all = part(&html, r#"<details class="spo-team-all">"#, "</details>");
    assert_eq!(all.matches(r#"<p class="spo-tag">"#).count(), ranked.len());
}

#[test]
fn a_printed_result_says_whose_it_is_and_of_which_scan() {
    let q = crate::config_source::builtin_without_examples().unwrap();
    let mut p = Progress::default();
    p.profile.school_type = Some("po".into());
    p.profile.role = Some("leraar".into());
    let first = q
        .statements()
        .find(|s| p.profile.is_in(&s.audience))
        .unwrap();
    p.set_answer(first.id.clone(), "volledig".into(), 1_764_000_000_000);
    let html = drawn(&q, &p, results_body);
    let (y, m, d) = scan_core::date_of(1_764_000_000_000);
    let who = format!(
        r#"<p class="spo-print-only spo-print-who">Schoolsoort: Basisonderwijs · Rol: Leraar of mentor · Laatste antwoord: {d:02}-{m:02}-{y} · {}, versie {}</p>"#,
        q.title, q.version
    );
    assert!(html.starts_with(&who), "{html}");
    // Without a profile or answers: only the scan.
    let html = drawn(&q, &Progress::default(), results_body);
    assert!(html.starts_with(&format!(
        r#"<p class="spo-print-only spo-print-who">{}, versie {}</p>"#,
        q.title, q.version
    )));
}

#[test]
fn the_printed_result_line_escapes_the_labels_title_and_version() {
    let mut q = (*crate::config_source::builtin_without_examples().unwrap()).clone();
    let mut p = Progress::default();
    p.profile.school_type = Some("po".into());
    p.profile.role = Some("leraar".into());
    for c in q.school_types.iter_mut().chain(q.roles.iter_mut()) {
        c.label = HOSTILE.into();
    }
    (q.title, q.version) = (HOSTILE.into(), HOSTILE.into());
    let html = drawn(&q, &p, results_body);
    let who = part(&html, r#"<p class="spo-print-only spo-print-who">"#, "</p>");
    // School type, role, title and version.
    assert_escaped(who, 4);
}

fn theme_html(
    q: &Questionnaire,
    p: &Progress,
    theme: usize,
    ids: &str,
    lang: Option<&str>,
) -> String {
    let included: Vec<_> = (p.scope().included_themes(q).into_iter())
        .map(|t| (t, p.scope().applicable_statements(q, t)))
        .collect();
    let overall = score(q, p).overall.filled_in();
    theme_step(&ThemeInput {
        screen: Screen {
            q,
            progress: p,
            texts: Texts(Lang::Nl),
            ids: ElementIds(ids),
            content_lang: lang,
        },
        theme: scan_core::ThemeIx(theme),
        included: &included,
        overall,
    })
    .into_string()
}

#[test]
fn the_theme_step_escapes_its_texts_the_statements_the_note_and_the_overview() {
    let q = hostile(mini());
    let mut p = Progress::default();
    p.set_note(HOSTILE.into(), HOSTILE.into(), 1);
    let html = theme_html(&q, &p, 0, HOSTILE, Some(HOSTILE));
    // The statements as `statements` draws them (tested above), the title, intro and scale help
    // with their lang (6), the note and its theme id (2), the element ids of the heading, the
    // progress and the note (8), the bands' label in the basic help, and per included theme in
    // the overview its title, its lang and its id.
    let included = p.scope().included_themes(&q).len();
    assert_escaped(&html, 6 + 2 + 8 + 1 + 3 * included);
    assert!(
        html.contains(&format!("<textarea id=\"{ESCAPED}-note\"")),
        "{html}"
    );
}

#[test]
fn the_theme_step_counts_each_theme_marks_this_one_and_knows_where_each_button_goes() {
    let q = mini();
    let p = progress();
    let html = theme_html(&q, &p, 0, "w", None);
    assert!(html.contains("Thema 1 van 3"), "{html}");
    assert!(html.contains("Dit thema: 3 van 3 beantwoord"), "{html}");
    assert!(
        html.contains("Hele scan: 6 van 6 stellingen beantwoord"),
        "{html}"
    );
    assert!(
        html.contains(r#"<progress id="w-progress" max="6" value="6">"#),
        "{html}"
    );
    // The theme shown is marked in the overview; a theme done says so.
    assert!(
        html.contains(r#"class="spo-overview__item spo-overview__item--current" type="button" aria-current="step" data-go="theme:a""#),
        "{html}"
    );
    assert!(
        html.contains(
            r#"<span class="spo-overview__count spo-overview__count--done">3 van 3</span>"#
        )
    );
    let blank = theme_html(&q, &Progress::default(), 0, "w", None);
    assert!(
        blank.contains(r#"<span class="spo-overview__count">0 van 1</span>"#),
        "{blank}"
    );
    assert!(
        blank.contains(r#"<progress id="w-progress" max="6" value="0">"#),
        "{blank}"
    );
    assert!(html.contains("← </span>Terug naar de start"), "{html}");
    // a1 is basic: the step says what that means.
    assert!(html.contains("spo-basic-help"));
    assert!(!theme_html(&q, &p, 1, "w", None).contains("spo-basic-help"));

    let go = |theme, to| go_step(&q, &p, scan_core::ThemeIx(theme), to);
    assert_eq!(go(0, "previous"), Some(scan_core::Step::Start));
    assert_eq!(go(0, "next"), Some(scan_core::Step::Theme("b".into())));
    assert_eq!(go(2, "next"), Some(scan_core::Step::Results));
    assert_eq!(go(1, "results"), Some(scan_core::Step::Results));
    assert_eq!(go(0, "theme:d"), Some(scan_core::Step::Theme("d".into())));
    assert_eq!(go(0, "theme:nope"), None);
    assert_eq!(go(0, "elsewhere"), None);
}

#[test]
fn the_notices_escape_the_key_kept_aside_and_each_says_its_message_in_its_place() {
    let t = Texts(Lang::Nl);
    let aside = crate::storage::LoadNotice::KeptAside {
        aside_key: HOSTILE.into(),
        reason: scan_core::StoredDataError::OtherScan(HOSTILE.into()),
    };
    let html = notices(t, Some(&aside), true, Some(OtherTab::Unreadable)).into_string();
    assert_escaped(&html, 2);
    assert!(html.contains(&format!("<code>{ESCAPED}</code>")), "{html}");
    assert!(html.contains(NOTICE_DISMISS), "{html}");
    assert!(html.contains(t.save_failed()));
    assert!(html.contains(&format!(
        r#"<div role="status"><p class="spo-alert">{}</p></div>"#,
        t.other_tab_unreadable()
    )));
    // Nothing to say: only the status line, empty, as the loader's start screen draws it.
    assert_eq!(
        notices(t, None, false, None).into_string(),
        r#"<div role="status"></div>"#
    );
    let welcome = notices(t, Some(&crate::storage::LoadNotice::Restored), false, None);
    assert!(
        welcome
            .into_string()
            .starts_with(r#"<p class="spo-notice" role="status">Welkom terug."#)
    );
}

#[test]
fn start_over_asks_first_with_the_harmless_answer_named_for_focus() {
    let t = Texts(Lang::Nl);
    let closed = start_over(t, ElementIds(HOSTILE), false).into_string();
    assert_escaped(&closed, 1);
    assert!(
        closed.contains(r#"data-start-over>Opnieuw beginnen</button>"#),
        "{closed}"
    );
    assert!(!closed.contains("alertdialog"));
    let asking = start_over(t, ElementIds("w"), true).into_string();
    assert!(asking.contains(r#"role="alertdialog" aria-labelledby="w-start-over-title" aria-describedby="w-start-over-text""#), "{asking}");
    assert!(
        asking.contains(r#"id="w-start-over-cancel" data-confirm="no""#),
        "{asking}"
    );
    assert!(asking.contains(r#"data-confirm="yes""#));
    assert!(!asking.contains(START_OVER));
}

#[test]
fn the_results_stand_in_keeps_the_heading_and_says_loading_or_why_not_with_a_way_on() {
    let t = Texts(Lang::Nl);
    let loading = results_stand_in(t, ElementIds(HOSTILE), false, false).into_string();
    assert_escaped(&loading, 1);
    assert!(loading.contains(&format!(r#"<p role="status">{}</p>"#, t.results_loading())));
    assert!(!loading.contains(RESULTS_ACTION));
    let missing = results_stand_in(t, ElementIds("w"), true, true).into_string();
    assert!(missing.contains(r#"<h2 class="spo-title" id="w-heading" tabindex="-1">"#));
    assert!(missing.contains(t.results_title(true)));
    assert!(missing.contains(&format!(r#"role="alert"><p>{}</p>"#, t.results_missing())));
    assert!(
        missing.contains(r#"data-results="retry""#) && missing.contains(r#"data-results="start""#)
    );
}
