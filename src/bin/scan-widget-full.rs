//! The widget with the TOML reader, for pages whose widgets load a site owner's scan
//! (`data-config`). The loader `scan-passend-onderwijs.js` picks it for such pages.

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::mount_all(Some(scan_core::parse), scan_widget::respondent_parts!());
}
