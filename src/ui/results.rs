use leptos::prelude::*;
use scan_core::{BandGroup, Step, ThemeResult, advise};

use super::context::ScanContext;
use super::score_bar::ScoreBar;
use super::start_over::StartOver;

/// Where the school stands: overall, what goes well, points of attention, risks, focus themes
/// with practice examples. Everything here is derived from the answers.
#[component]
pub fn ResultsScreen() -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let heading = ctx.id("heading");
    let labelled_by = heading.clone();
    let results = ctx.results.get_untracked();
    let advice = ctx.progress.with_untracked(|p| advise(&q, p, &results));
    let o = &results.overall;

    let overall_status = match (o.status, o.answered) {
        (Some(s), _) => format!("{} · {}%", q.bands[s].label, o.percent.unwrap_or(0)),
        (None, 0) => "Nog niet ingevuld".to_string(),
        (None, _) => "Geen score: alleen ‘weet ik niet’".to_string(),
    };
    let completeness = if o.answered == o.total {
        format!("U heeft alle {} stellingen beantwoord", o.total)
    } else {
        format!(
            "U heeft {} van de {} stellingen beantwoord. Het resultaat is voorlopig tot alles is ingevuld",
            o.answered, o.total
        )
    };
    let unknown = match o.unknown {
        0 => ".".to_string(),
        1 => "; 1 keer koos u ‘weet ik niet’.".to_string(),
        n => format!("; {n} keer koos u ‘weet ik niet’."),
    };

    // Band labels per group, from the configuration: "Gevorderd of Geborgd".
    let labels = |group: BandGroup| {
        let l: Vec<&str> = q
            .bands
            .iter()
            .filter(|b| b.group == group)
            .map(|b| b.label.as_str())
            .collect();
        match l.split_last() {
            None => String::new(),
            Some((last, [])) => last.to_string(),
            Some((last, rest)) => format!("{} of {last}", rest.join(", ")),
        }
    };
    let section = |key: &str, title: &'static str, intro: String, list: &[usize]| {
        let id = ctx.id(key);
        let labelled_by = id.clone();
        let body = if list.is_empty() {
            view! { <p class="spo-empty">"Geen thema's in deze groep."</p> }.into_any()
        } else {
            let items = list
                .iter()
                .filter_map(|&t| results.theme(t).cloned())
                .map(|r| view! { <ThemeCard result=r /> })
                .collect_view();
            view! { <ul class="spo-cards">{items}</ul> }.into_any()
        };
        view! {
            <section class=format!("spo-group spo-group--{key}") aria-labelledby=labelled_by>
                <h3 id=id>{title}</h3>
                <p class="spo-hint">{intro}</p>
                {body}
            </section>
        }
    };

    let focus = if advice.focus.is_empty() {
        view! {
            <p class="spo-empty">
                "Er zijn nog geen focusthema's: beantwoord meer stellingen, of kies samen wat u wilt vasthouden."
            </p>
        }
        .into_any()
    } else {
        advice
            .focus
            .iter()
            .map(|f| {
                let t = &q.themes[f.theme];
                let r = results.theme(f.theme);
                let status = r.and_then(|r| r.tally.status).map(|s| q.bands[s].label.clone()).unwrap_or_default();
                let low: Vec<String> = r
                    .map(|r| r.low.iter().map(|&i| t.statements[i].text.clone()).collect())
                    .unwrap_or_default();
                let examples = f
                    .examples
                    .iter()
                    .map(|&e| {
                        let e = &q.examples[e];
                        view! {
                            <li class="spo-example">
                                <h5>{e.title.clone()}</h5>
                                <p>{e.text.clone()}</p>
                                <p class="spo-example__situation"><strong>"Past bij: "</strong>{e.situation.clone()}</p>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <article class="spo-focus-theme">
                        <h4>{t.title.clone()}</h4>
                        <p class="spo-focus-theme__status">{format!("Status: {status}")}</p>
                        {(!low.is_empty()).then(|| view! {
                            <p class="spo-hint">"Laag beoordeeld:"</p>
                            <ul class="spo-low">{low.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                        })}
                        <p class="spo-examples-title">"Praktijkvoorbeelden"</p>
                        <ul class="spo-examples">{examples}</ul>
                    </article>
                }
            })
            .collect_view()
            .into_any()
    };

    let print = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let first_theme = ctx.included_themes().first().copied();

    view! {
        <section class="spo-screen spo-results" aria-labelledby=labelled_by>
            <p class="spo-kicker">"Resultaat"</p>
            <h2 id=heading tabindex="-1" class="spo-title">"Waar staat uw school?"</h2>
            <div class="spo-summary">
                <p class="spo-summary__label">"Totaal"</p>
                <p class="spo-summary__status">{overall_status}</p>
                <ScoreBar q=q.clone() percent=o.percent status=o.status />
                <p>{completeness}{unknown}</p>
                {o.insufficient_insight.then(|| view! {
                    <p class="spo-flag">
                        "Onvoldoende zicht: bij veel stellingen koos u ‘weet ik niet’. Bespreek met het team wie hier meer over weet."
                    </p>
                })}
            </div>
            {section("strengths", "Wat gaat goed",
                format!("Thema's met de status {}.", labels(BandGroup::Strength)), &advice.strengths)}
            {section("attention", "Aandachtspunten",
                format!("Thema's met de status {}.", labels(BandGroup::Attention)), &advice.attention)}
            {section("risks", "Risico's",
                format!("Thema's met de status {}, en thema's waar het team onvoldoende zicht op heeft.", labels(BandGroup::Risk)),
                &advice.risks)}
            {(!advice.unanswered.is_empty()).then(|| section("open", "Nog niet ingevuld",
                "Deze thema's tellen pas mee als u er stellingen in beantwoordt.".to_string(), &advice.unanswered))}
            <section class="spo-group spo-group--focus" aria-labelledby=ctx.id("focus")>
                <h3 id=ctx.id("focus")>"Aan de slag: voorgestelde focusthema's"</h3>
                <p class="spo-hint">
                    "De thema's met de laagste status, met praktijkvoorbeelden die passen bij uw antwoorden. Kies er samen twee of drie."
                </p>
                {focus}
            </section>
            <div class="spo-actions spo-no-print">
                {first_theme.map(|t| view! {
                    <button type="button" class="spo-button" on:click=move |_| ctx.go(ctx.theme_step(t))>
                        "Antwoorden aanpassen"
                    </button>
                })}
                <button type="button" class="spo-button" on:click=print>"Afdrukken"</button>
                <button type="button" class="spo-button spo-button--quiet" on:click=move |_| ctx.go(Step::Start)>
                    "Naar de start"
                </button>
            </div>
            <div class="spo-no-print"><StartOver /></div>
        </section>
    }
}

/// One theme's status, bar, counts, flags and note.
#[component]
fn ThemeCard(result: ThemeResult) -> impl IntoView {
    let ctx = ScanContext::get();
    let q = ctx.q();
    let t = &q.themes[result.theme];
    let tally = &result.tally;
    let status = match (tally.status, tally.answered) {
        (Some(s), _) => format!("{} · {}%", q.bands[s].label, tally.percent.unwrap_or(0)),
        (None, 0) => "Nog niet ingevuld".to_string(),
        (None, _) => "Geen score".to_string(),
    };
    let mut meta = format!("{} van {} beantwoord", tally.answered, tally.total);
    if tally.unknown > 0 {
        meta.push_str(&format!(", waarvan {} ‘weet ik niet’", tally.unknown));
    }
    let capped = result.capped.then(|| {
        let items = result
            .low_basic
            .iter()
            .map(|&i| view! { <li>{t.statements[i].text.clone()}</li> })
            .collect_view();
        view! {
            <p class="spo-flag">
                {format!("Hoogstens {}: een basisvoorwaarde is laag beoordeeld.", q.bands[q.criteria.basic_cap].label)}
            </p>
            <ul class="spo-low">{items}</ul>
        }
    });
    let insight = tally.insufficient_insight.then(|| {
        view! {
            <p class="spo-flag">"Onvoldoende zicht: veel antwoorden zijn ‘weet ik niet’."</p>
        }
    });
    let note = ctx.progress.with_untracked(|p| p.notes.get(&t.id).cloned());
    let theme = result.theme;
    view! {
        <li class="spo-card">
            <div class="spo-card__head">
                <span class="spo-card__title">{t.title.clone()}</span>
                <span class="spo-card__status">{status}</span>
            </div>
            <ScoreBar q=q.clone() percent=tally.percent status=tally.status />
            <p class="spo-card__meta">
                {meta}
                " · "
                <button type="button" class="spo-link spo-no-print" on:click=move |_| ctx.go(ctx.theme_step(theme))>
                    "Wijzig antwoorden"
                    <span class="spo-sr">{format!(" bij {}", t.title)}</span>
                </button>
            </p>
            {capped}
            {insight}
            {note.map(|n| view! { <p class="spo-card__note"><strong>"Notitie: "</strong>{n}</p> })}
        </li>
    }
}
