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
use scan_core::formats::swv_session::SwvSession;
use scan_core::formats::team_session::TeamSession;
use scan_core::{FileError, Plan, Progress, Questionnaire, StoredDataError, StoredRef};

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

    /// The text under `key` as it is, for a reader of the core (which checks its size before
    /// it parses) and to keep unreadable data aside unchanged.
    fn get_raw(&self, key: &str) -> Option<String> {
        LocalStorage::raw().get_item(key).ok().flatten()
    }

    /// Moves `text`, found under `key` and unreadable, to a key of its own
    /// (`<key>:bewaard:<now>`) and returns that key; `None` when the browser refused the copy,
    /// and then the original stays where it is.
    fn keep_aside(&self, key: &str, text: &str) -> Option<String> {
        let aside = format!("{key}:bewaard:{}", js_sys::Date::now() as u64);
        self.set_raw(&aside, text).then(|| {
            self.delete(key);
            aside
        })
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
        let Some(text) = storage.get_raw(&self.key) else {
            return (Progress::default(), None);
        };
        let reason = match scan_core::decode(q, &text) {
            Ok(p) => return (p, Some(LoadNotice::Restored)),
            Err(reason) => reason,
        };
        let notice = match storage.keep_aside(&self.key, &text) {
            Some(aside_key) => LoadNotice::KeptAside { aside_key, reason },
            // Could not copy it: leave it where it is and do not save over it.
            None => LoadNotice::Unavailable,
        };
        (Progress::default(), Some(notice))
    }

    /// What another tab saved under this key: its progress, nothing (the key is gone), or why
    /// this build cannot read it (another tab runs a newer release, or wrote something else).
    pub fn read_other_tab(&self, q: &Questionnaire) -> Result<Option<Progress>, StoredDataError> {
        let text = Available::check().and_then(|s| s.get_raw(&self.key));
        text.map(|text| scan_core::decode(q, &text)).transpose()
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

    /// The stored plan, or an empty one (also when storage is unavailable). A stored plan that
    /// cannot be read is kept aside, as progress is, and the notice says where.
    pub fn load(&self, q: &Questionnaire) -> (Plan, Option<LoadNotice>) {
        let (plan, notice) = load_file(&self.key, |bytes| Plan::decode(q, bytes));
        (plan.unwrap_or_else(|| Plan::new(q)), notice)
    }

    /// Saves the plan (an empty one leaves nothing behind); false when storage refused it.
    pub fn save(&self, plan: &Plan) -> bool {
        Available::check().is_some_and(|s| {
            if plan.items.is_empty() {
                s.delete(&self.key);
                true
            } else {
                s.set_raw(&self.key, &plan.encode())
            }
        })
    }
}

/// The file of this widget's kind stored under `key`, read with `decode`: `None` when there is
/// none (or no storage). One that cannot be read is kept aside, as progress is, and the notice
/// says where; when even that fails, it stays and the notice says storage is unavailable, so
/// that nothing saves over it.
fn load_file<T>(
    key: &str,
    decode: impl FnOnce(&[u8]) -> Result<T, FileError>,
) -> (Option<T>, Option<LoadNotice>) {
    let Some(storage) = Available::check() else {
        return (None, Some(LoadNotice::Unavailable));
    };
    let Some(text) = storage.get_raw(key) else {
        return (None, None);
    };
    match decode(text.as_bytes()) {
        Ok(found) => (Some(found), Some(LoadNotice::Restored)),
        Err(e) => {
            let reason = match e {
                FileError::NewerFormat(v) => StoredDataError::NewerFormat(v),
                FileError::OtherScan(id) => StoredDataError::OtherScan(id),
                // Its details would bring the file errors' texts into the team page.
                _ => StoredDataError::Unreadable("not readable".into()),
            };
            let notice = match storage.keep_aside(key, &text) {
                Some(aside_key) => LoadNotice::KeptAside { aside_key, reason },
                None => LoadNotice::Unavailable,
            };
            (None, Some(notice))
        }
    }
}

/// A session a page keeps on this device: the team page's ([`TeamSession`]) or the SWV
/// page's ([`SwvSession`]).
pub trait Session {
    /// Whether it holds nothing to restore.
    fn is_empty(&self) -> bool;
    /// Its stored text.
    fn encode(&self) -> String;
}

impl Session for TeamSession {
    fn is_empty(&self) -> bool {
        TeamSession::is_empty(self)
    }
    fn encode(&self) -> String {
        TeamSession::encode(self)
    }
}

impl Session for SwvSession {
    fn is_empty(&self) -> bool {
        SwvSession::is_empty(self)
    }
    fn encode(&self) -> String {
        SwvSession::encode(self)
    }
}

/// A page's session in `localStorage`, one per scan and page: the team page's respondents'
/// files and team files ([`TeamSession`]), or the SWV page's schools' team files
/// ([`SwvSession`]), so that a reload in a meeting loses nothing.
///
/// localStorage rather than IndexedDB: a session of 1,000 respondents of the built-in scan is
/// about 2.3 million characters, and the SWV's 60 schools over 5 years (300 team files, kept
/// without statements and roles) about 0.5 million, within the 5 million Chromium and Firefox
/// keep per site; it is read and written at once, with no crate (and no asynchronous store)
/// added to either page. A save the browser refuses (full) is reported, never silent.
pub struct SessionStore {
    key: String,
    /// What every key the page writes begins with (the team plan's too), for [`Self::wipe`].
    prefix: String,
}

impl SessionStore {
    /// The store for scan `q`'s team session.
    pub fn team(q: &Questionnaire) -> Self {
        Self::with_prefix(format!("scan-passend-onderwijs:{}:team", q.id))
    }

    /// The store for scan `q`'s SWV session.
    pub fn swv(q: &Questionnaire) -> Self {
        Self::with_prefix(format!("scan-passend-onderwijs:{}:swv", q.id))
    }

    fn with_prefix(prefix: String) -> Self {
        SessionStore {
            key: format!("{prefix}sessie"),
            prefix,
        }
    }

    /// The stored session read with `decode`, if any; one that cannot be read is kept aside
    /// (see [`load_file`]).
    pub fn load<T>(
        &self,
        decode: impl FnOnce(&[u8]) -> Result<T, FileError>,
    ) -> (Option<T>, Option<LoadNotice>) {
        load_file(&self.key, decode)
    }

    /// Saves the session; an empty one leaves nothing behind.
    pub fn save(&self, session: &impl Session) -> Result<(), SaveError> {
        let storage = Available::check().ok_or(SaveError::Unavailable)?;
        if session.is_empty() {
            storage.delete(&self.key);
            return Ok(());
        }
        LocalStorage::raw()
            .set_item(&self.key, &session.encode())
            .map_err(|e| SaveError::Refused(format!("{e:?}")))
    }

    /// "Alles wissen op dit apparaat": removes everything the page keeps in this browser
    /// (the session, the team plan and any copies kept aside); false when storage is unavailable.
    pub fn wipe(&self) -> bool {
        let Some(storage) = Available::check() else {
            return false;
        };
        let raw = LocalStorage::raw();
        let keys: Vec<String> = (0..raw.length().unwrap_or(0))
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|k| k.starts_with(&self.prefix))
            .collect();
        for key in keys {
            storage.delete(&key);
        }
        true
    }
}
