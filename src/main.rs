//! The respondent's widget for the built-in scan: no TOML reader, so the smallest download.
//! Pages with `data-config` get `scan-widget-full` instead (the loader picks it).

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::mount_all(None, scan_widget::respondent_parts!());
}
