//! The words the widget writes ([`crate::core::strings`]), which the root component provides
//! to every component below it: the configuration's, in the page's language.

use yew::prelude::*;

use crate::core::strings::Strings;
use crate::view::shared::Shared;

/// The strings of the configuration in use (English where no root provides them, as in a
/// component's own test).
#[hook]
pub fn use_strings() -> Shared<Strings> {
    let provided = use_context::<Shared<Strings>>();
    let english = use_memo((), |()| Strings::english());
    provided.unwrap_or_else(|| Shared(english))
}
