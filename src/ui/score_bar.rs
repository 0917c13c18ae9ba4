use scan_core::{BandGroup, Questionnaire};

/// CSS modifier for a band group; colours come from the widget's custom properties.
fn group_class(group: Option<BandGroup>) -> &'static str {
    match group {
        Some(BandGroup::Strength) => "strength",
        Some(BandGroup::Attention) => "attention",
        Some(BandGroup::Risk) => "risk",
        None => "none",
    }
}

/// A horizontal bar for a score, with ticks at the band boundaries, as SVG markup. Decorative:
/// the score and status are always written next to it in text.
pub fn score_bar_html(q: &Questionnaire, percent: Option<u32>, status: Option<usize>) -> String {
    let group = status.map(|s| q.bands[s].group);
    let width = percent.unwrap_or(0).min(100);
    let mut svg = format!(
        r#"<svg class="spo-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false"><rect class="spo-bar__track" x="0" y="0" width="100" height="10"></rect><rect class="spo-bar__fill spo-bar__fill--{}" x="0" y="0" width="{width}" height="10"></rect>"#,
        group_class(group)
    );
    for b in q.bands.iter().skip(1) {
        svg.push_str(&format!(
            r#"<line class="spo-bar__tick" x1="{0}" x2="{0}" y1="0" y2="10"></line>"#,
            b.min
        ));
    }
    svg.push_str("</svg>");
    svg
}
