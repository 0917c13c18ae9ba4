//! The advisor's team view (`team.html`): several respondents' files in, the team's picture
//! out. A binary of its own, so the respondent's widget does not grow.

fn main() {
    scan_widget::embed::show_panics_as_messages();
    scan_widget::embed::mount_team();
}
