//! The samenwerkingsverband's view (`swv.html`): schools' team files in, the picture across
//! the schools out. A binary of its own, so neither respondents nor advisors download it.

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::embed::mount_swv();
}
