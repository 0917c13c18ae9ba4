//! The Scan Passend Onderwijs widget: a client-only Leptos app on top of [`scan_core`].
//!
//! - [`config_source`] loads the built-in scan or a site owner's configuration;
//! - [`embed`] finds the host page's mount points and reads their options;
//! - [`lazy_parts`] fetches what the respondent needs only later (the built-in examples);
//! - [`storage`] keeps a team's progress in `localStorage`;
//! - [`ui`] holds the Leptos components.

pub mod config_source;
pub mod embed;
pub mod files;
pub mod lazy_parts;
pub mod storage;
pub mod ui;

pub use embed::mount_all;
