use maud::{Markup, html};
use scan_core::{BandGroup, Questionnaire};

/// CSS modifier for a band group; colours come from the widget's custom properties.
fn group_class(group: Option<BandGroup>) -> &'static str {
    match group {
        Some(BandGroup::Strength) => "spo-bar__fill--strength",
        Some(BandGroup::Attention) => "spo-bar__fill--attention",
        Some(BandGroup::Risk) => "spo-bar__fill--risk",
        None => "spo-bar__fill--none",
    }
}

/// A horizontal bar for a score, with ticks at the band boundaries, as SVG. Decorative: the
/// score and status are always written next to it in text.
pub fn score_bar(
    q: &Questionnaire,
    percent: Option<u32>,
    status: Option<scan_core::BandIx>,
) -> Markup {
    let fill = group_class(status.map(|s| q.bands[s].group));
    let width = percent.unwrap_or(0).min(100);
    html! {
        svg.spo-bar viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
            rect.spo-bar__track x="0" y="0" width="100" height="10" {}
            rect class={ "spo-bar__fill " (fill) } x="0" y="0" width=(width) height="10" {}
            @for b in q.bands.iter().skip(1) {
                // `from` is in hundredths of a point: as a percentage of the highest points.
                // In integers: float formatting would add kilobytes to the WebAssembly.
                @let tenths = b.from * 10 / q.max_points().max(1);
                @let x = format!("{}.{}", tenths / 10, tenths % 10);
                line.spo-bar__tick x1=(x) x2=(x) y1="0" y2="10" {}
            }
        }
    }
}
