//! The draft store: `localStorage` under one key, and nothing that can panic.
//!
//! Every way a browser or host page can break storage becomes a [`StoreError`]: the
//! `localStorage` getter throwing (blocked cookies, sandboxed iframes), a `null` storage, a
//! read that throws, a write refused because the quota is full.

use wasm_bindgen::JsCast;
use web_sys::Storage;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// No storage to be had: the widget keeps the answers in memory only.
    Unavailable,
    /// The browser refused the write because storage is full.
    Full,
    /// Some other refusal, with the browser's words.
    Failed(String),
}

/// One draft's place in `localStorage`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStore {
    key: String,
}

impl DraftStore {
    pub fn new(key: impl Into<String>) -> DraftStore {
        DraftStore { key: key.into() }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Where another tab's draft is kept when this tab saves over it before the user chose
    /// between them, so that neither is lost.
    pub fn kept(&self) -> DraftStore {
        DraftStore::new(format!("{}:kept", self.key))
    }

    fn storage() -> Result<Storage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) | Err(_) => Err(StoreError::Unavailable),
        }
    }

    /// The stored text, if any.
    pub fn load(&self) -> Result<Option<String>, StoreError> {
        Self::storage()?
            .get_item(&self.key)
            .map_err(|_| StoreError::Unavailable)
    }

    pub fn save(&self, text: &str) -> Result<(), StoreError> {
        Self::storage()?.set_item(&self.key, text).map_err(|err| {
            let name = err
                .dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.name()))
                .unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                StoreError::Full
            } else {
                StoreError::Failed(super::element::js_error_message(&err))
            }
        })
    }

    pub fn clear(&self) -> Result<(), StoreError> {
        Self::storage()?
            .remove_item(&self.key)
            .map_err(|err| StoreError::Failed(super::element::js_error_message(&err)))
    }
}

/// What is under a draft key.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Draft(crate::core::draft::Draft),
    /// Something that is not a usable draft (why): left alone, and saving stays off.
    Unreadable(&'static str),
    /// No storage in this browser.
    Unavailable,
}

/// Reads and decodes the draft under the store's key.
pub fn read(store: &DraftStore) -> Stored {
    use crate::core::draft::{decode, Unreadable, MAX_DRAFT_BYTES};
    match store.load() {
        Err(_) => Stored::Unavailable,
        Ok(None) => Stored::Nothing,
        Ok(Some(text)) if text.len() > MAX_DRAFT_BYTES => Stored::Unreadable("it is too large"),
        Ok(Some(text)) => match super::json::parse(&text).map(|json| decode(&json)) {
            Err(_) => Stored::Unreadable("it is not JSON"),
            Ok(Ok(draft)) => Stored::Draft(draft),
            Ok(Err(Unreadable::NotOurs)) => Stored::Unreadable("it was written by something else"),
            Ok(Err(Unreadable::Damaged(why))) => Stored::Unreadable(why),
        },
    }
}
