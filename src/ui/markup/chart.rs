//! The picture drawn against the status bands, shared by the team page and the SWV page: per
//! theme a bar (a spread of scores), a dot (the score) and a ring (an earlier score) on the
//! bands' colours, with the figures in words beside it, so nothing rests on colour or shape
//! alone. The tables on the same page hold the same figures for screen readers, so the
//! drawings are hidden from them.

use maud::{Markup, html};
use scan_core::{BandGroup, Questionnaire};

/// One theme on the chart; scores in whole percent.
pub struct ChartRow<'a> {
    pub title: &'a str,
    /// Drawn as a bar from the first to the second score.
    pub spread: Option<(u32, u32)>,
    pub dot: Option<u32>,
    pub ring: Option<u32>,
    /// What the row shows, in words.
    pub words: String,
}

/// A position on the chart's 0-400 axis for a score in percent, in tenths (integers only:
/// float formatting would add kilobytes to the WebAssembly).
fn x_of(percent_tenths: u32) -> String {
    let x = percent_tenths.min(1000) * 4;
    format!("{}.{}", x / 10, x % 10)
}

/// The CSS class of a band group's colour.
fn group(g: BandGroup) -> &'static str {
    match g {
        BandGroup::Strength => "spo-chart__band--strength",
        BandGroup::Attention => "spo-chart__band--attention",
        BandGroup::Risk => "spo-chart__band--risk",
    }
}

/// The chart of `rows` against `q`'s bands, in a `figure` of class `class`.
pub fn band_chart(q: &Questionnaire, class: &str, caption: Markup, rows: &[ChartRow]) -> Markup {
    let max = q.max_points().max(1);
    // Band boundaries as a share of the highest points, in tenths of a percent.
    let bounds: Vec<u32> = q
        .bands
        .iter()
        .map(|b| b.from * 10 / max)
        .chain([1000])
        .collect();
    let top = q.bands.len().saturating_sub(1);
    let band_class = |i: usize, g: BandGroup| {
        let top = if i == top {
            " spo-chart__band--top"
        } else {
            ""
        };
        format!("{}{top}", group(g))
    };
    html! {
        figure class=(class) {
            figcaption { (caption) }
            ul {
                @for row in rows {
                    li {
                        span.spo-chart__title { (row.title) }
                        svg.spo-chart viewBox="0 0 400 24" aria-hidden="true" focusable="false" {
                            @for (i, b) in q.bands.iter().enumerate() {
                                rect class={ "spo-chart__band " (band_class(i, b.group)) }
                                    x=(x_of(bounds[i])) y="4"
                                    width=(x_of(bounds[i + 1].saturating_sub(bounds[i]))) height="16" {}
                            }
                            @for &b in &bounds[1..bounds.len() - 1] {
                                line.spo-chart__bound x1=(x_of(b)) x2=(x_of(b)) y1="4" y2="20" {}
                            }
                            @if let Some((lo, hi)) = row.spread {
                                rect.spo-chart__spread x=(x_of(lo * 10)) y="9"
                                    width=(x_of(hi.saturating_sub(lo) * 10)) height="6" {}
                            }
                            @if let Some(p) = row.ring {
                                circle.spo-chart__earlier cx=(x_of(p * 10)) cy="12" r="6" {}
                            }
                            @if let Some(p) = row.dot {
                                circle.spo-chart__mean cx=(x_of(p * 10)) cy="12" r="5" {}
                            }
                        }
                        span.spo-chart__words { (row.words) }
                    }
                }
            }
            p.spo-chart__legend aria-hidden="true" {
                @for (i, b) in q.bands.iter().enumerate() {
                    span.spo-chart__item {
                        span class={ "spo-chart__key " (band_class(i, b.group)) } {}
                        (b.label)
                    }
                    " "
                }
            }
        }
    }
}
