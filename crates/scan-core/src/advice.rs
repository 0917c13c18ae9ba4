//! Advice drawn from results: what goes well, points of attention, risks, and 2-3 focus themes
//! with matching practice examples.

use crate::model::{BandGroup, BandIx, ExampleIx, Questionnaire, ThemeIx};
use crate::progress::Progress;
use crate::scoring::{Results, ThemeResult};

/// A suggested focus theme and the practice examples that match it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Focus {
    pub theme: ThemeIx,
    /// The examples, most specific first.
    pub examples: Vec<ExampleIx>,
}

/// Themes (questionnaire indexes) sorted into the parts of the results screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Advice {
    /// Status in a band of group "strength".
    pub strengths: Vec<ThemeIx>,
    /// Status in a band of group "attention".
    pub attention: Vec<ThemeIx>,
    /// Status in a band of group "risk", or flagged "onvoldoende zicht".
    pub risks: Vec<ThemeIx>,
    /// Themes without a status (nothing or too little scored) and no flag.
    pub unanswered: Vec<ThemeIx>,
    pub focus: Vec<Focus>,
}

/// Sorts themes into strengths, attention and risks, and picks focus themes: scored themes
/// outside the strength group, lowest status first, then lowest score, then questionnaire order;
/// at most `criteria.focus_max`.
pub fn advise(q: &Questionnaire, progress: &Progress, results: &Results) -> Advice {
    let mut advice = Advice::default();
    for r in &results.themes {
        let list = match r.tally.status {
            _ if r.tally.insufficient_insight => &mut advice.risks,
            None => &mut advice.unanswered,
            Some(s) => match q.bands[s].group {
                BandGroup::Strength => &mut advice.strengths,
                BandGroup::Attention => &mut advice.attention,
                BandGroup::Risk => &mut advice.risks,
            },
        };
        list.push(r.theme);
    }
    let candidates = results.themes.iter().filter_map(|r| {
        Some(Candidate {
            theme: r.theme,
            status: r.tally.status?,
            percent: r.tally.percent,
        })
    });
    advice.focus = focus_themes(q, candidates, |c| {
        results
            .theme(c.theme)
            .map_or_else(Vec::new, |r| matching_examples(q, progress, r))
    });
    advice
}

/// A theme that may become a focus theme: its status (a band index) and its score.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Candidate {
    pub theme: ThemeIx,
    pub status: BandIx,
    pub percent: Option<u32>,
}

/// The one focus ranking, for a respondent and for a team: the candidates outside the strength
/// group, lowest status first, then lowest score, then questionnaire order; at most
/// `criteria.focus_max`, each with the first `criteria.examples_per_focus` of `examples`.
pub(crate) fn focus_themes(
    q: &Questionnaire,
    candidates: impl Iterator<Item = Candidate>,
    examples: impl Fn(&Candidate) -> Vec<ExampleIx>,
) -> Vec<Focus> {
    let mut list: Vec<Candidate> = candidates
        .filter(|c| q.bands[c.status].group != BandGroup::Strength)
        .collect();
    // Unstable sorts are smaller in the WebAssembly; the theme index makes every key unique.
    list.sort_unstable_by_key(|c| (c.status, c.percent, c.theme));
    list.into_iter()
        .take(q.criteria.focus_max)
        .map(|c| {
            let mut found = examples(&c);
            found.truncate(q.criteria.examples_per_focus);
            Focus {
                theme: c.theme,
                examples: found,
            }
        })
        .collect()
}

/// Practice examples whose criteria match a theme's result: same theme, a listed status, and,
/// when the example names statements, at least one of them answered low. Examples that name
/// statements come first (they are more specific), then configuration order.
pub fn matching_examples(
    q: &Questionnaire,
    progress: &Progress,
    r: &ThemeResult,
) -> Vec<ExampleIx> {
    let Some(status) = r.tally.status else {
        return Vec::new();
    };
    let is_low = |id: &str| {
        progress
            .answer(q, id)
            .and_then(|o| o.points())
            .is_some_and(|p| p < q.criteria.low_below)
    };
    let mut found: Vec<ExampleIx> = q
        .example_ixs()
        .filter(|&i| {
            let e = &q.examples[i];
            e.fits(r.theme, status)
                && e.audience.suits([&progress.profile])
                && (e.low_statements.is_empty() || e.low_statements.iter().any(|s| is_low(s)))
        })
        .collect();
    // Examples that name low statements first, each group in file order.
    found.sort_unstable_by_key(|&i| (q.examples[i].low_statements.is_empty(), i));
    found
}
