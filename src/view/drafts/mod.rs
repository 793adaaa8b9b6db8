//! The draft's parts of the form: the draft bar ("Draft saved 14:05", Start over), the offer
//! banner (a choice put to the visitor), saved answers the form no longer asks for, and the
//! import panel. Each emits domain values; the
//! rules are the core's session and save policy, carried out by `view::hooks`.

mod draft_bar;
mod import_panel;
mod offer_banner;
mod orphans;

pub use draft_bar::DraftBar;
pub use import_panel::ImportPanel;
pub use offer_banner::OfferBanner;
pub use orphans::OrphanedAnswers;
