use leptos::prelude::*;
use scan_core::{BandGroup, Questionnaire};

/// CSS modifier for a band group; colours come from the widget's custom properties.
pub fn group_class(group: Option<BandGroup>) -> &'static str {
    match group {
        Some(BandGroup::Strength) => "strength",
        Some(BandGroup::Attention) => "attention",
        Some(BandGroup::Risk) => "risk",
        None => "none",
    }
}

/// A horizontal bar for a score, with ticks at the band boundaries. Decorative: the score and
/// status are always written next to it in text.
#[component]
pub fn ScoreBar(
    q: std::sync::Arc<Questionnaire>,
    percent: Option<u32>,
    status: Option<usize>,
) -> impl IntoView {
    let group = status.map(|s| q.bands[s].group);
    let width = percent.unwrap_or(0).min(100);
    let ticks = q
        .bands
        .iter()
        .skip(1)
        .map(|b| view! { <line class="spo-bar__tick" x1=b.min x2=b.min y1="0" y2="10" /> })
        .collect_view();
    view! {
        <svg class="spo-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="spo-bar__track" x="0" y="0" width="100" height="10" />
            <rect class=format!("spo-bar__fill spo-bar__fill--{}", group_class(group)) x="0" y="0" width=width height="10" />
            {ticks}
        </svg>
    }
}
