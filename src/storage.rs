//! Progress in `localStorage`, through gloo-storage's typed API, in the versioned format of
//! [`scan_core::Stored`].
//!
//! gloo-storage panics when the browser gives no `localStorage` (blocked cookies, some private
//! modes, sandboxed frames), so every call goes through [`Available`], a value only
//! [`Available::check`] makes: a missing or refusing storage is a value here, never a panic.
//!
//! Data that cannot be read is never wiped: it is copied as it was to a key of its own
//! (`<key>:bewaard:<timestamp>`) before the widget starts fresh, and the team is told.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use scan_core::{Progress, Questionnaire, Stored, StoredDataError, StoredRef};

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

/// Proof that this page can reach `localStorage`, so gloo-storage's calls will not panic.
struct Available(());

impl Available {
    fn check() -> Option<Self> {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .map(|_| Available(()))
    }

    /// The stored document under `key`, read with serde.
    fn get(&self, key: &str) -> Result<Stored, StorageError> {
        LocalStorage::get(key)
    }

    /// The text under `key` as it is: only to keep unreadable data aside unchanged.
    fn get_raw(&self, key: &str) -> Option<String> {
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, stored: &StoredRef) -> Result<(), StorageError> {
        LocalStorage::set(key, stored)
    }

    fn set_raw(&self, key: &str, text: &str) -> bool {
        LocalStorage::raw().set_item(key, text).is_ok()
    }

    fn delete(&self, key: &str) {
        LocalStorage::delete(key);
    }
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
        let Some(storage) = Available::check() else {
            return (Progress::default(), Some(LoadNotice::Unavailable));
        };
        let reason = match storage.get(&self.key).map(|s| s.into_progress(q)) {
            Err(StorageError::KeyNotFound(_)) => return (Progress::default(), None),
            Ok(Ok(p)) => return (p, Some(LoadNotice::Restored)),
            Ok(Err(reason)) => reason,
            Err(e) => StoredDataError::Unreadable(e.to_string()),
        };
        let aside_key = format!("{}:bewaard:{}", self.key, js_sys::Date::now() as u64);
        let kept = storage
            .get_raw(&self.key)
            .is_some_and(|text| storage.set_raw(&aside_key, &text));
        if kept {
            storage.delete(&self.key);
            let notice = LoadNotice::KeptAside { aside_key, reason };
            (Progress::default(), Some(notice))
        } else {
            // Could not copy it: leave it where it is and do not save over it.
            (Progress::default(), Some(LoadNotice::Unavailable))
        }
    }

    /// What another tab saved under this key: its progress, nothing (the key is gone), or why
    /// this build cannot read it (another tab runs a newer release, or wrote something else).
    pub fn read_other_tab(&self, q: &Questionnaire) -> Result<Option<Progress>, StoredDataError> {
        let Some(storage) = Available::check() else {
            return Ok(None);
        };
        match storage.get(&self.key) {
            Err(StorageError::KeyNotFound(_)) => Ok(None),
            Err(e) => Err(StoredDataError::Unreadable(e.to_string())),
            Ok(stored) => stored.into_progress(q).map(Some),
        }
    }

    /// Saves progress.
    pub fn save(&self, q: &Questionnaire, progress: &Progress) -> Result<(), SaveError> {
        let storage = Available::check().ok_or(SaveError::Unavailable)?;
        storage
            .set(&self.key, &StoredRef::new(q, progress))
            .map_err(|e| SaveError::Refused(e.to_string()))
    }
}

/// The team view's action plan in `localStorage`, one per scan. An unreadable plan is kept
/// aside under a key of its own, never overwritten.
pub struct PlanStore {
    key: String,
}

impl PlanStore {
    /// The store for scan `q`'s plan.
    pub fn new(q: &Questionnaire) -> Self {
        PlanStore {
            key: format!("scan-passend-onderwijs:{}:teamplan", q.id),
        }
    }

    /// The stored plan, or an empty one (also when storage is unavailable, or the stored plan
    /// was unreadable and kept aside).
    pub fn load(&self, q: &Questionnaire) -> scan_core::Plan {
        let Some(storage) = Available::check() else {
            return scan_core::Plan::new(q);
        };
        let Some(text) = storage.get_raw(&self.key) else {
            return scan_core::Plan::new(q);
        };
        scan_core::Plan::decode(q, text.as_bytes()).unwrap_or_else(|_| {
            let aside = format!("{}:bewaard:{}", self.key, js_sys::Date::now() as u64);
            if storage.set_raw(&aside, &text) {
                storage.delete(&self.key);
            }
            scan_core::Plan::new(q)
        })
    }

    /// Saves the plan; false when storage refused it.
    pub fn save(&self, plan: &scan_core::Plan) -> bool {
        Available::check().is_some_and(|s| s.set_raw(&self.key, &plan.encode()))
    }
}
