use maud::{Markup, html};
use scan_core::{Progress, Questionnaire, StatementIx, Step, ThemeIx};

use super::{Screen, statements};

/// What a theme step is drawn from: plain data, no signals.
pub struct ThemeInput<'a> {
    pub screen: Screen<'a>,
    /// The theme shown.
    pub theme: ThemeIx,
    /// The themes in this respondent's scan ([`scan_core::Scope::included_themes`]), each
    /// with the statements it shows them ([`scan_core::Scope::applicable_statements`]): they
    /// change only with the profile, so the caller finds them once, not on every answer.
    pub included: &'a [(ThemeIx, Vec<StatementIx>)],
    /// Statements filled in and asked in the whole scan ([`scan_core::Tally::filled_in`]).
    pub overall: (usize, usize),
}

impl ThemeInput<'_> {
    /// The statements the theme shown shows this respondent.
    fn applicable(&self) -> &[StatementIx] {
        (self.included.iter())
            .find(|(theme, _)| *theme == self.theme)
            .map_or(&[], |(_, statements)| statements)
    }
}

/// What a button of the theme step does, in its `data-go`: [`go_step`] turns it into a step.
pub const THEME_GO: &str = "data-go";

/// A theme's note carries this attribute, with the theme's id.
pub const THEME_NOTE: &str = "data-note";

/// The theme step: its heading, the progress, the statements as radio groups (a fieldset with
/// `data-statement` each), the note (`data-note`), back and on, and beside it the overview of
/// all themes (buttons with `data-go`). It goes inside a `div.spo-layout`; one change, one input
/// and one click listener on that handle it all. While it is shown only [`theme_progress`] and
/// [`overview`] change, drawn again in place in their containers.
pub fn theme_step(s: &ThemeInput) -> Markup {
    let (q, p, t, ids) = (s.screen.q, s.screen.progress, s.screen.texts, s.screen.ids);
    let th = &q.themes[s.theme];
    let role = p.profile.role.as_deref();
    let shown: Vec<_> = (s.applicable().iter())
        .map(|&i| &th.statements[i])
        .collect();
    let has_basic = shown.iter().any(|st| st.is_basic_for(role));
    let pos = s
        .included
        .iter()
        .position(|(i, _)| *i == s.theme)
        .unwrap_or(0);
    let heading = ids.id("heading");
    let (note, note_hint) = (ids.id("note"), ids.id("note-hint"));
    // Inside the statements (in the questionnaire's language), the interface's own words.
    let own_lang = s.screen.content_lang.map(|_| t.0.code());
    let neighbours = p.neighbours(q, s.theme);
    let back = match neighbours.previous {
        Step::Start => t.back_to_start(),
        _ => t.previous_theme(),
    };
    let on = match neighbours.next {
        Step::Results => t.to_results(),
        _ => t.next_theme(),
    };
    html! {
        section.spo-screen.spo-theme aria-labelledby=(heading) {
            p.spo-kicker { (t.theme_of(pos + 1, s.included.len())) }
            h2.spo-title id=(heading) tabindex="-1" lang=[s.screen.content_lang] { (th.title) }
            p.spo-lead lang=[s.screen.content_lang] { (th.intro) }
            div.spo-progress { (theme_progress(s)) }
            p.spo-scale-help lang=[s.screen.content_lang] { (q.scale_help) }
            @if has_basic {
                @let (enough, unknown) = q.basic_labels();
                p.spo-hint.spo-basic-help {
                    (t.basic_in_theme(&q.bands[q.criteria.basic_cap].label, enough, unknown))
                }
            }
            div.spo-statements lang=[s.screen.content_lang] {
                (statements(t, own_lang, ids, &q.scale, &shown, role, &p.answers))
            }
            div.spo-note {
                label for=(note) { (t.note_label()) }
                p.spo-hint id=(note_hint) { (t.note_hint()) }
                textarea id=(note) rows="3" aria-describedby=(note_hint) data-note=(th.id) {
                    (p.note(&th.id).unwrap_or_default())
                }
            }
            div.spo-nav {
                button.spo-button type="button" data-go="previous" {
                    span aria-hidden="true" { "← " } (back)
                }
                button.spo-button.spo-button--primary type="button" data-go="next" {
                    (on) span aria-hidden="true" { " →" }
                }
            }
        }
        nav.spo-overview aria-label=(t.overview_label()) { (overview(s)) }
    }
}

/// How far the whole scan is answered (a progress bar), and this theme: the content of the
/// step's `div.spo-progress`.
pub fn theme_progress(s: &ThemeInput) -> Markup {
    let (t, id, applicable) = (s.screen.texts, s.screen.ids.id("progress"), s.applicable());
    let (answered, total) = s.overall;
    let here = s.screen.progress.answered(s.screen.q, s.theme, applicable);
    html! {
        label for=(id) { (t.whole_scan_progress(answered, total)) }
        progress id=(id) max=(total.max(1)) value=(answered) {}
        p.spo-progress__theme aria-live="polite" { (t.theme_progress(here, applicable.len())) }
    }
}

/// All themes with how far each is answered, to jump to any of them, or to the results: the
/// content of the step's `nav.spo-overview`.
pub fn overview(s: &ThemeInput) -> Markup {
    let (q, p, t) = (s.screen.q, s.screen.progress, s.screen.texts);
    html! {
        p.spo-overview__heading aria-hidden="true" { (t.overview()) }
        ol {
            @for (theme, applicable) in s.included {
                @let (theme, answered) = (*theme, p.answered(q, *theme, applicable));
                @let current = theme == s.theme;
                li {
                    button.spo-overview__item."spo-overview__item--current"[current] type="button"
                        aria-current=[current.then_some("step")]
                        data-go=(format!("theme:{}", q.themes[theme].id)) {
                        span.spo-overview__title lang=[s.screen.content_lang] { (q.themes[theme].title) }
                        span.spo-overview__count."spo-overview__count--done"[answered == applicable.len()] {
                            (t.count_of(answered, applicable.len()))
                        }
                    }
                }
            }
            li {
                button.spo-overview__item.spo-overview__item--results type="button" data-go="results" {
                    span.spo-overview__title { (t.view_results()) }
                }
            }
        }
    }
}

/// The step a theme step's button goes to: its `data-go` (`previous`, `next`, `results` or
/// `theme:<id>`) seen from `theme`; `None` for a value it does not know.
pub fn go_step(q: &Questionnaire, p: &Progress, theme: ThemeIx, go: &str) -> Option<Step> {
    match go {
        "previous" => Some(p.neighbours(q, theme).previous),
        "next" => Some(p.neighbours(q, theme).next),
        "results" => Some(Step::Results),
        _ => {
            let id = go.strip_prefix("theme:")?;
            q.themes
                .iter()
                .any(|th| th.id == id)
                .then(|| Step::Theme(id.to_string()))
        }
    }
}
