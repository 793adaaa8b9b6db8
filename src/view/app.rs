//! The widget's root component. It only composes: the session (the core's, through the
//! reducer adapter), the hooks that tie it to the browser, and the parts of the page.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use web_sys::EventTarget;
use yew::prelude::*;

use super::content::{intro, Baseline, Pitch};
use super::drafts::{DraftBar, ImportPanel, OfferBanner, OrphanedAnswers};
use super::form::{form, shared_fields, summary_items, FormProps};
use super::handout::Handout;
use super::hooks::{
    use_drafts, use_focus_when_asked, use_host_reports, use_mount, use_prefill_link,
};
use super::output::handoff::Destination;
use super::output::Output;
use super::reducer::SessionReducer;
use super::shared::Shared;
use crate::core::config::Resolved;
use crate::core::date::Date;
use crate::core::document::Imported;
use crate::core::form::Key;
use crate::core::prefill::Prefill;
use crate::core::session::stored::load;
use crate::core::session::{Action, Answer, Session, Tone};
use crate::core::strings::{Key as Msg, Strings};
use crate::platform::events::{emit, HostEvent};
use crate::platform::storage::DraftStore;

#[derive(Properties, Clone)]
pub struct AppProps {
    pub config: Rc<Resolved>,
    /// Prefix for element ids, unique per instance.
    pub id_prefix: AttrValue,
    /// Today's date, injected so that tests are deterministic.
    pub today: Date,
    /// Where host events go (the custom element); `None` in tests that don't listen.
    #[prop_or_default]
    pub host: Option<EventTarget>,
    /// The `localStorage` key of this instance's draft.
    pub draft_key: AttrValue,
    /// Answers given by a link or the host page.
    #[prop_or_default]
    pub prefill: Rc<Prefill>,
}

/// The configuration is made once per change of the element's attributes or JSON: the same
/// pointer is the same configuration, so props compare it by pointer, not field by field.
impl PartialEq for AppProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.config, &other.config)
            && self.id_prefix == other.id_prefix
            && self.today == other.today
            && self.host == other.host
            && self.draft_key == other.draft_key
            && Rc::ptr_eq(&self.prefill, &other.prefill)
    }
}

/// What the children emit, as actions on the session. Made once, so that a child given only
/// these does not render again because the session changed.
struct Handlers {
    edit: Callback<(Key, String)>,
    leave: Callback<Key>,
    require: Callback<()>,
    announce: Callback<(String, Tone)>,
    answer: Callback<Answer>,
    import: Callback<Result<Imported, String>>,
    import_text_changed: Callback<()>,
    problem: Callback<String>,
    dismiss_orphans: Callback<()>,
}

/// A callback that dispatches what `action` makes of its input.
fn to<IN: 'static>(
    dispatcher: &UseReducerDispatcher<SessionReducer>,
    action: fn(IN) -> Action,
) -> Callback<IN> {
    let dispatcher = dispatcher.clone();
    Callback::from(move |input| dispatcher.dispatch(action(input)))
}

impl Handlers {
    fn new(d: &UseReducerDispatcher<SessionReducer>) -> Handlers {
        Handlers {
            edit: to(d, |(id, value)| Action::Edit(id, value)),
            leave: to(d, Action::Leave),
            require: to(d, |()| Action::Require),
            announce: to(d, |(text, tone)| Action::Announce(text, tone)),
            answer: to(d, Action::from),
            import: to(d, Action::Import),
            import_text_changed: to(d, |()| Action::DropImport),
            problem: to(d, |text| Action::Announce(text, Tone::Problem)),
            dismiss_orphans: to(d, |()| Action::DismissOrphans),
        }
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.draft_key.clone(), |key| DraftStore::new(key.as_str()));
    let loaded = use_memo((), |_| load(&*store));
    let state = use_reducer(|| {
        SessionReducer::new(Session::open(
            &props.config,
            props.today,
            &loaded,
            &props.prefill,
        ))
    });
    let on_draft = use_drafts((*store).clone(), loaded, &state, props.host.clone());
    use_prefill_link(state.dispatcher());
    // The first render shows the content (the heading, expectations and pitch); the form and
    // the one-pager follow a moment later, once the browser has had the chance to paint. The
    // form is most of the widget's DOM, and its state (restored draft included) exists from
    // the start, so nothing waits on this but the markup.
    let settled = use_state_eq(|| false);
    {
        let settled = settled.setter();
        use_mount(Box::new(move || {
            let timer = Timeout::new(0, move || settled.set(true));
            Box::new(move || drop(timer))
        }));
    }
    // New configuration (an attribute changed): rebuild the form around the same values.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (Shared(props.config.clone()), props.today),
            move |(config, today)| {
                dispatcher.dispatch(Action::Configure(config.0.clone(), *today));
            },
        );
    }
    use_host_reports(props.host.clone(), *settled, props.config.problems.clone());

    let on = {
        let dispatcher = state.dispatcher();
        use_memo((), move |_| Handlers::new(&dispatcher))
    };
    // Checked once per render: every error now, whether shown yet or not.
    let errors = state.errors();
    let ready = errors.is_empty();
    let words = state.total_words();
    let on_submit = {
        let dispatcher = state.dispatcher();
        let host = props.host.clone();
        let (markdown, values) = (state.markdown.clone(), state.answers());
        Callback::from(move |()| {
            dispatcher.dispatch(Action::Check);
            if let (true, Some(host)) = (ready, &host) {
                let (markdown, values) = (markdown.to_string(), values.clone());
                emit(
                    host,
                    &HostEvent::Generated {
                        words,
                        markdown,
                        values,
                    },
                );
            }
        })
    };

    let prefix = props.id_prefix.clone();
    let locale = &props.config.locale;
    let summary = summary_items(&state.spec, &state.answers.summary_given(&errors), &prefix);
    let summary_ref = use_focus_when_asked(state.focus_summary);
    // The spec is made once per configuration: compared by pointer, not field by field.
    let spec = Shared(state.spec.clone());
    let fields = use_memo(spec.clone(), |spec| shared_fields(spec));
    let form_title_id = AttrValue::from(format!("{prefix}-form-title"));
    let content = use_memo(Shared(props.config.clone()), |config| {
        Shared(Rc::new(config.content.clone()))
    });
    let content = (*content).clone();
    // What the form calls its document, shared with the pitch and the handout that name it.
    let document_name = use_memo(spec.clone(), |spec| Shared(Rc::new(spec.document.clone())));
    let document_name = (*document_name).clone();
    let document = &state.spec.document;
    // The words: the configuration's, for every component below (`use_strings`).
    let strings = use_memo(Shared(props.config.clone()), |config| {
        Shared(config.strings.clone())
    });
    let strings = (*strings).clone();
    let s = &*strings;
    let form_heading = AttrValue::from(document.fill(s, Msg::FormHeading, &[]));

    // Where the complete document can go: each tracker the host names, and what it would open.
    let complete = ready && state.answers.attempted();
    let destinations = use_memo(
        (
            Shared(props.config.clone()),
            state.markdown.clone(),
            complete,
        ),
        {
            let (spec, values) = (state.spec.clone(), state.answers.values.clone());
            move |(config, markdown, complete)| -> Vec<Destination> {
                if !*complete {
                    return Vec::new();
                }
                let paste_here = spec
                    .document
                    .fill(&spec.strings, Msg::HandoffPasteHere, &[]);
                config
                    .trackers
                    .iter()
                    .map(|tracker| Destination {
                        name: AttrValue::from(tracker.name.clone()),
                        host: AttrValue::from(tracker.host().to_owned()),
                        handoff: tracker.handoff(&spec, &values, markdown, &paste_here),
                    })
                    .collect()
            }
        },
    );

    html! {
        <ContextProvider<Shared<Strings>> context={strings.clone()}>
        <div class="app" lang={props.config.lang.clone()} dir={locale.dir.as_str()}>
            { intro(content.title(s), content.lead(document, s), &props.config.problems, &prefix, s) }
            <Baseline content={content.clone()} prefix={prefix.clone()} />
            <Pitch content={content.clone()} document={document_name.clone()} prefix={prefix.clone()} />

            if *settled {
                <Handout content={content.clone()} document={document_name.clone()} prefix={prefix.clone()} />
                <section class="panel" aria-labelledby={form_title_id.clone()}>
                    <h3 id={form_title_id.clone()} class="section-title" tabindex="-1">{ form_heading }</h3>
                    <p class="lead">
                        { document.fill(s, Msg::FormIntro, &[]) }
                    </p>
                    <DraftBar status={state.draft.clone()} return_to={form_title_id.clone()}
                        untouched={state.untouched()} on_request={on_draft} />
                    <OfferBanner offer={state.offer.clone()} on_answer={on.answer.clone()} return_to={form_title_id.clone()}
                        document={document_name.clone()}
                        import_button={AttrValue::from(format!("{prefix}-import-button"))} />
                    <OrphanedAnswers orphans={state.orphans()} prefix={prefix.clone()} return_to={form_title_id.clone()}
                        on_dismiss={on.dismiss_orphans.clone()} on_announce={on.announce.clone()} />
                    <ImportPanel spec={spec.clone()} prefix={prefix.clone()}
                        on_import={on.import.clone()}
                        on_text_changed={on.import_text_changed.clone()} on_problem={on.problem.clone()} />
                    { form(&FormProps { spec: &state.spec, fields: &fields, answers: &state.answers,
                        today: state.today, prefix: prefix.clone(), words, on_edit: on.edit.clone(),
                        on_leave: on.leave.clone(), on_submit, summary, summary_ref: &summary_ref }) }
                </section>

                <Output blocks={state.blocks.clone()} markdown={AttrValue::from(state.markdown.clone())}
                    document={document_name.clone()}
                    prefix={prefix.clone()} {ready} complete={ready && state.answers.attempted()}
                    file_name={AttrValue::from(state.file_name())}
                    subject={AttrValue::from(state.subject())}
                    mail_to={content.contact_email.clone().map(AttrValue::from)}
                    focus_result={state.focus_result}
                    announcement={state.announcement.clone()}
                    on_require={on.require.clone()} on_announce={on.announce.clone()}
                    host={props.host.clone()} {destinations} />
            }
        </div>
        </ContextProvider<Shared<Strings>>>
    }
}
