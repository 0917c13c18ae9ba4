fn main() {
    scan_widget::mount_all();
}
