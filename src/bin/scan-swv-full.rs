//! The samenwerkingsverband's view with the TOML reader, for SWV pages of a site owner's own
//! scan (`data-config` on `#scan-swv`). The loader `swv-page.js` picks it for such pages, so the
//! SWV page of the built-in scan does not grow.

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::embed::mount_swv_with(scan_core::parse);
}
