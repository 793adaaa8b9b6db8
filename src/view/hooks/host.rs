//! Telling the host page the widget is up, and what is wrong with its configuration.

use web_sys::EventTarget;
use yew::prelude::*;

use crate::platform::events::{emit, HostEvent};

/// Once the form is in place (`settled`): `engagement-ready`, once, and each configuration
/// problem as an `engagement-error` and a console warning: on start, and whenever a changed
/// attribute brings a new one (each once).
#[hook]
pub fn use_host_reports(host: Option<EventTarget>, settled: bool, problems: Vec<String>) {
    // `None` until the first report.
    let reported = use_mut_ref(|| None::<Vec<String>>);
    use_effect_with((settled, problems), move |(settled, problems)| {
        if !*settled {
            return;
        }
        let mut reported = reported.borrow_mut();
        let before = reported.take();
        for problem in problems
            .iter()
            .filter(|p| !before.as_ref().is_some_and(|b| b.contains(p)))
        {
            web_sys::console::warn_1(&format!("engagement-widget: {problem}").into());
            if let Some(host) = &host {
                emit(
                    host,
                    &HostEvent::Error {
                        message: problem.clone(),
                    },
                );
            }
        }
        if let (None, Some(host)) = (&before, &host) {
            emit(host, &HostEvent::Ready);
        }
        *reported = Some(problems.clone());
    });
}
