//! The Leptos components. They render core values and turn clicks into changes of one
//! [`Progress`](scan_core::Progress) signal; results are a memo over it, never stored.

mod context;
mod markup;
mod notices;
mod on_device;
mod redraw;
mod results;
mod results_part;
mod start_over;
mod start_screen;
mod swv_view;
mod take_along;
mod team_plan;
mod team_view;
mod texts;
mod theme_step;
mod widget;

pub use context::ScanContext;
pub use markup::{Html, config_problem_page, panic_message};
pub use results_part::{
    PartCall, PartMissing, PartWork, Parts, RestoreCall, RestoreJob, results_screen, set_parts,
};
pub use swv_view::SwvView;
pub use team_view::TeamView;
pub use texts::{Lang, Texts};
pub use widget::{MountOptions, ScanWidget, WithScan, builtin_start_page};

/// A button that opens the browser's print dialog; the print styles choose what is printed.
#[leptos::component]
fn PrintButton(label: &'static str) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let print = |_: leptos::ev::MouseEvent| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    view! { <button type="button" class="spo-button" on:click=print>{label}</button> }
}
