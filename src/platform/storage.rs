//! The draft store: `localStorage`, behind the core's [`DraftStorage`] port, and nothing that
//! can panic.
//!
//! Every way a browser or host page can break storage becomes a [`StoreError`]: the
//! `localStorage` getter throwing (blocked cookies, sandboxed iframes), a `null` storage, a
//! read that throws, a write refused because the quota is full.

use wasm_bindgen::JsCast;
use web_sys::Storage;

use crate::core::draft::{encode, Draft};
use crate::core::session::stored::{DraftStorage, Slot, StoreError, Stored};

/// One form's drafts in `localStorage`: its own under `key`, and another tab's kept one
/// under `key` plus `:kept`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftStore {
    key: String,
}

impl DraftStore {
    pub fn new(key: impl Into<String>) -> DraftStore {
        DraftStore { key: key.into() }
    }

    /// The key of this form's own draft (what `storage` events name).
    pub fn key(&self) -> &str {
        &self.key
    }

    fn key_of(&self, slot: Slot) -> String {
        match slot {
            Slot::Own => self.key.clone(),
            Slot::Kept => format!("{}:kept", self.key),
        }
    }

    fn storage() -> Result<Storage, StoreError> {
        let window = web_sys::window().ok_or(StoreError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) | Err(_) => Err(StoreError::Unavailable),
        }
    }
}

impl DraftStorage for DraftStore {
    fn read(&self, slot: Slot) -> Stored {
        let text = Self::storage().and_then(|storage| {
            storage
                .get_item(&self.key_of(slot))
                .map_err(|_| StoreError::Unavailable)
        });
        Stored::read(text, super::json::parse)
    }

    fn save(&self, slot: Slot, draft: &Draft) -> Result<(), StoreError> {
        Self::storage()?
            .set_item(&self.key_of(slot), &encode(draft))
            .map_err(|err| {
                let name = err
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.name()))
                    .unwrap_or_default();
                if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                    StoreError::Full
                } else {
                    StoreError::Failed(super::js::error_message(&err))
                }
            })
    }

    fn clear(&self, slot: Slot) -> Result<(), StoreError> {
        Self::storage()?
            .remove_item(&self.key_of(slot))
            .map_err(|err| StoreError::Failed(super::js::error_message(&err)))
    }
}
