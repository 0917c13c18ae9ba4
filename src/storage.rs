//! Progress in `localStorage`, in the versioned format of [`scan_core::encode`].
//!
//! Data that cannot be read is never wiped: it is copied to a key of its own
//! (`<key>:bewaard:<timestamp>`) before the widget starts fresh, and the team is told.

use gloo_storage::{LocalStorage, Storage};
use scan_core::{Progress, Questionnaire, StoredDataError};

/// Where a widget keeps its progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressStore {
    key: String,
}

/// What loading found, besides the progress itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNotice {
    /// Earlier answers were restored.
    Restored,
    /// Stored data could not be used; it was copied to `aside_key`.
    KeptAside {
        aside_key: String,
        reason: StoredDataError,
    },
    /// The browser does not allow storage here; nothing will be saved.
    Unavailable,
}

/// A failed save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    Unavailable,
    /// The browser refused (for example: storage full).
    Refused(String),
}

fn local_storage_available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

impl ProgressStore {
    /// The store for scan `q`, under `explicit_key` or the default key for the scan.
    pub fn new(q: &Questionnaire, explicit_key: Option<&str>) -> Self {
        ProgressStore {
            key: explicit_key
                .map_or_else(|| format!("scan-passend-onderwijs:{}", q.id), String::from),
        }
    }

    /// The storage key.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Loads progress; unreadable data is kept aside and reported, never lost.
    pub fn load(&self, q: &Questionnaire) -> (Progress, Option<LoadNotice>) {
        if !local_storage_available() {
            return (Progress::default(), Some(LoadNotice::Unavailable));
        }
        let storage = LocalStorage::raw();
        let Ok(Some(text)) = storage.get_item(&self.key) else {
            return (Progress::default(), None);
        };
        match scan_core::decode(q, &text) {
            Ok(p) => (p, Some(LoadNotice::Restored)),
            Err(reason) => {
                let aside_key = format!("{}:bewaard:{}", self.key, js_sys::Date::now() as u64);
                if storage.set_item(&aside_key, &text).is_ok() {
                    let _ = storage.remove_item(&self.key);
                    (
                        Progress::default(),
                        Some(LoadNotice::KeptAside { aside_key, reason }),
                    )
                } else {
                    // Could not copy it: leave it where it is and do not save over it.
                    (Progress::default(), Some(LoadNotice::Unavailable))
                }
            }
        }
    }

    /// Saves progress.
    pub fn save(&self, q: &Questionnaire, progress: &Progress) -> Result<(), SaveError> {
        if !local_storage_available() {
            return Err(SaveError::Unavailable);
        }
        LocalStorage::raw()
            .set_item(&self.key, &scan_core::encode(q, progress))
            .map_err(|e| SaveError::Refused(format!("{e:?}")))
    }
}
