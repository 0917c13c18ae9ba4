//! The formats the core reads and writes, apart from the domain they carry: a site owner's TOML
//! (with positions for every message), the stored progress with its versions and migrations,
//! and the built-in scan as the widget embeds it.

pub mod config;
pub mod csv;
pub mod embedded;
pub mod error;
pub mod exchange;
pub mod file;
pub mod link;
pub mod plan;
pub mod stored;
pub mod swv_reference;
pub mod swv_session;
mod table_reader;
pub mod team_file;
pub mod team_session;
pub mod toml_subset;

pub use table_reader::Source;
