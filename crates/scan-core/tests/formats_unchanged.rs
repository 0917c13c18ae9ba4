//! The stored, exchange, link and plan formats are byte for byte what the release before the
//! core's reorganisation (December 2026) wrote: `fixtures/written/*.txt` were written by that
//! code from the values below, and a file saved by it must read and write the same today. One
//! deliberate change since: the exchange file and the link carry the optional themes a
//! respondent switched on (2026-12-07), after everything written before, as format and
//! layout 2.

/// Values with every field set, written by each format's writer: stored progress, exchange
/// file, link and plan.
fn sample_texts(q: &scan_core::Questionnaire) -> [String; 4] {
    let mut p = scan_core::Progress::started(1_764_000_000_000);
    p.profile.school_type = Some("po".into());
    p.profile.role = Some("ib".into());
    p.setup_at = 1_764_000_000_500;
    p.modules.insert("module-id".into());
    for (i, s) in q.themes[0].statements.iter().enumerate() {
        let o = &q.scale[i % q.scale.len()];
        p.set_answer(s.id.clone(), o.id.clone(), 1_764_000_001_000 + i as u64);
    }
    p.set_note(
        q.themes[0].id.clone(),
        "Bespreken \"met\" team <b> é\n".into(),
        1_764_000_002_000,
    );
    p.step = scan_core::Step::Theme(q.themes[1].id.clone());
    let e = scan_core::Exchange::new(q, &p, Some("  A.B. "), 1_764_000_003_000);
    let mut plan = scan_core::Plan::new(q);
    plan.saved_at = 1_764_000_004_000;
    plan.items.push(scan_core::PlanItem {
        theme: q.themes[0].id.clone(),
        goal: "Doel \"één\"".into(),
        actions: "Acties".into(),
        who: "IB".into(),
        by_when: "juni".into(),
        examples: vec![q.examples[0].id.clone()],
    });
    [
        scan_core::encode(q, &p),
        e.encode(),
        e.link_fragment(q),
        plan.encode(),
    ]
}

#[test]
fn every_writer_writes_what_the_release_before_wrote() {
    let q = scan_core::builtin().unwrap();
    let then = [
        include_str!("fixtures/written/stored.txt"),
        include_str!("fixtures/written/exchange.txt"),
        include_str!("fixtures/written/link.txt"),
        include_str!("fixtures/written/plan.txt"),
    ];
    let now = sample_texts(&q);
    assert_eq!(now[0], then[0], "stored progress");
    assert_eq!(now[3], then[3], "plan");
    // The sample has one optional theme switched on ("module-id"): the exchange file adds it as
    // its last field, the link as layout 2 with a tenth part.
    // The exchange file as format 2, so that a build that reads format 1 only refuses it.
    let exchange_then =
        (then[1].strip_suffix('}').unwrap()).replacen("\"format\":1", "\"format\":2", 1);
    assert_eq!(
        now[1],
        format!("{exchange_then},\"modules\":[\"module-id\"]}}")
    );
    let link_then = then[2].strip_prefix("antwoorden=1.").unwrap();
    assert_eq!(now[2], format!("antwoorden=2.{link_then}.module-id"));
    // And each reads back what it wrote.
    let p = scan_core::decode(&q, then[0]).unwrap();
    assert_eq!(scan_core::encode(&q, &p), then[0]);
    let e = scan_core::Exchange::decode(&q, then[1].as_bytes()).unwrap();
    assert_eq!(e.encode(), then[1]);
    let from_link = scan_core::Exchange::from_link_fragment(&q, then[2])
        .unwrap()
        .unwrap();
    assert_eq!(from_link.link_fragment(&q), then[2]);
    let plan = scan_core::Plan::decode(&q, then[3].as_bytes()).unwrap();
    assert_eq!(plan.encode(), then[3]);
}
