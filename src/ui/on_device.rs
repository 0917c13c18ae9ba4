//! "Op dit apparaat", shared by the team page and the SWV page: a page's session kept in this
//! browser as it changes ([`keep_saving`]), a line saying so (or plainly that the browser does
//! not keep it), and one "Alles wissen op dit apparaat".

use leptos::prelude::*;
use scan_core::formats::exchange::clean_name;

use super::texts::Texts;
use crate::storage::{LoadNotice, SaveError, Session, SessionStore};

/// A name the user types for a page (the school's, the SWV's): as typed for the page, and for
/// the session on the device once the field is left or typing pauses ([`KEEP_AFTER`]), so
/// that typing does not rewrite a session of a thousand files on every key, and a reload soon
/// after typing keeps the name.
#[derive(Debug, Clone, Copy)]
pub struct TypedName {
    live: RwSignal<String>,
    kept: RwSignal<String>,
}

/// How long typing pauses before a typed name is kept on the device.
const KEEP_AFTER: std::time::Duration = std::time::Duration::from_millis(700);

impl TypedName {
    /// No name yet.
    pub fn new() -> Self {
        TypedName {
            live: RwSignal::new(String::new()),
            kept: RwSignal::new(String::new()),
        }
    }

    /// Sets the name, as restored or wiped.
    pub fn set(&self, name: String) {
        self.live.set(name.clone());
        self.kept.set(name);
    }

    /// The name as typed, cleaned; `None` when there is none (tracked).
    pub fn shown(&self) -> Option<String> {
        self.live.with(|n| clean_name(Some(n)))
    }

    /// The name as last left, cleaned, for the session (tracked).
    pub fn kept(&self) -> Option<String> {
        self.kept.with(|n| clean_name(Some(n)))
    }

    /// The name's text field: `id`, labelled `label`.
    pub fn field(self, id: &'static str, label: &'static str) -> impl IntoView {
        let pending = StoredValue::new(None::<TimeoutHandle>);
        let cancel = move || {
            if let Some(h) = pending.try_update_value(Option::take).flatten() {
                h.clear();
            }
        };
        // Only a changed name is kept: leaving the field after the pause would otherwise save
        // the same session of a thousand files twice.
        let keep = move || {
            cancel();
            let live = self.live.get_untracked();
            if self.kept.with_untracked(|k| *k != live) {
                self.kept.set(live);
            }
        };
        let typed = move |value: String| {
            self.live.set(value);
            cancel();
            pending.set_value(set_timeout_with_handle(keep, KEEP_AFTER).ok());
        };
        view! {
            <div class="spo-field">
                <label for=id>{label}</label>
                <input id=id type="text" maxlength="60" autocomplete="off"
                    prop:value=move || self.live.get()
                    on:input:target=move |ev| typed(ev.target().value())
                    on:change=move |_| keep() />
            </div>
        }
    }
}

impl Default for TypedName {
    fn default() -> Self {
        Self::new()
    }
}

/// Whether the session is kept on this device: `Ok` while the browser keeps it.
pub type Kept = RwSignal<Result<(), SaveError>>;

/// What one page says about what it keeps.
#[derive(Debug, Clone, Copy)]
pub struct DeviceTexts {
    /// That it is kept here only, and what it is.
    pub here: &'static str,
    /// The browser does not allow storage.
    pub not_kept: &'static str,
    /// The browser refused a save (full).
    pub refused: &'static str,
    /// Asked before wiping.
    pub confirm: &'static str,
}

/// Saves the session `session` builds (reading signals, so it runs again as they change) in
/// `store` from now on; `loaded` is what loading it said. Storage that could not keep
/// unreadable data aside is never saved over.
pub fn keep_saving<S: Session>(
    store: StoredValue<SessionStore>,
    loaded: &Option<LoadNotice>,
    session: impl Fn() -> S + 'static,
) -> Kept {
    let can_save = !matches!(loaded, Some(LoadNotice::Unavailable));
    let kept: Kept = RwSignal::new(Ok(()));
    Effect::new(move |_| {
        let s = session();
        let result = if can_save {
            store.with_value(|store| store.save(&s))
        } else {
            Err(SaveError::Unavailable)
        };
        kept.set(result);
    });
    kept
}

/// The line on what is kept here and the wipe button; `on_wipe` empties the page after the
/// user confirms, then everything the page keeps in this browser is removed.
#[component]
pub fn OnThisDevice(
    texts: Texts,
    lines: DeviceTexts,
    store: StoredValue<SessionStore>,
    kept: Kept,
    on_wipe: Callback<()>,
) -> impl IntoView {
    let t = texts;
    let done = RwSignal::new(false);
    let wipe = move |_: leptos::ev::MouseEvent| {
        let sure = web_sys::window()
            .and_then(|w| w.confirm_with_message(lines.confirm).ok())
            .unwrap_or(false);
        if !sure {
            return;
        }
        on_wipe.run(());
        done.set(store.with_value(SessionStore::wipe));
    };
    let line = move || match kept.get() {
        Ok(()) => view! { <p class="spo-hint">{lines.here}</p> }.into_any(),
        Err(SaveError::Unavailable) => {
            view! { <p class="spo-alert" role="alert">{lines.not_kept}</p> }.into_any()
        }
        Err(SaveError::Refused(_)) => {
            view! { <p class="spo-alert" role="alert">{lines.refused}</p> }.into_any()
        }
    };
    view! {
        <div class="spo-team-device spo-no-print">
            {line}
            <button type="button" class="spo-button" on:click=wipe>{t.team_wipe()}</button>
            <p class="spo-hint" role="status">{move || done.get().then(|| t.team_wiped())}</p>
        </div>
    }
}
