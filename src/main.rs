fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::mount_all();
}
