//! The team page with the TOML reader, for team pages of a site owner's own scan
//! (`data-config` on `#scan-team`). The loader `team-page.js` picks it for such pages, so the
//! team page of the built-in scan does not grow.

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::embed::mount_team_with(scan_core::parse);
}
