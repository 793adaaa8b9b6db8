//! The widget's root component: the content, the one-pager form with its error summary, and
//! the generated one-pager.

use std::rc::Rc;

use gloo_timers::callback::Timeout;

use web_sys::{EventTarget, HtmlElement};
use yew::prelude::*;

use super::content::{Baseline, Pitch};
use super::drafts::{load, use_drafts, DraftBar, ImportPanel, Loaded, OfferBanner};
use super::field::{control_id, Field};
use super::focus::{focus_and_reveal, focus_by_id};
use super::output::Output;
use super::state::{Action, AppState, Offer, Tone};
use crate::core::config::Resolved;
use crate::core::content::{BASELINE_HEADING, WIDGET_TITLE};
use crate::core::date::Date;
use crate::core::form::{FieldId, FieldSpec, FormSpec, Kind};
use crate::core::prefill::{starting_values, Prefill};
use crate::embed::events::{emit, HostEvent};
use crate::embed::storage::DraftStore;

#[derive(Properties, PartialEq, Clone)]
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

#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.draft_key.clone(), |key| DraftStore::new(key.as_str()));
    let loaded = use_memo((), |_| load(&store));
    let state = use_reducer(|| {
        let Loaded {
            values,
            status,
            kept,
        } = (*loaded).clone();
        let spec = FormSpec::new(&props.config.content, &props.config.limits);
        let start = starting_values(&spec.default_values(), values.as_ref(), &props.prefill);
        let mut state = AppState::starting(&props.config, props.today, start, status);
        // A draft another tab kept beside this one is offered, unless a link asks first (it
        // stays kept for the next visit).
        if state.offer.is_none() {
            state.offer = kept
                .filter(|kept| *kept != state.form.values)
                .map(Offer::Kept);
        }
        state
    });
    use_drafts(
        (*store).clone(),
        loaded.values.clone(),
        &state,
        props.host.clone(),
    );
    let dispatch = {
        let dispatcher = state.dispatcher();
        use_callback((), move |action: Action, _| dispatcher.dispatch(action))
    };
    let content = use_memo(props.config.clone(), |config| config.content.clone());
    // The first render shows the content (the heading, expectations and pitch); the form and
    // the one-pager follow a moment later, once the browser has had the chance to paint. The
    // form is most of the widget's DOM, and its state (restored draft included) exists from
    // the start, so nothing waits on this but the markup.
    let settled = use_state_eq(|| false);
    {
        let settled = settled.setter();
        use_effect_with((), move |_| {
            let timer = Timeout::new(0, move || settled.set(true));
            move || drop(timer)
        });
    }
    let fields = use_memo(state.spec.clone(), |spec| {
        spec.fields()
            .iter()
            .cloned()
            .map(Rc::new)
            .collect::<Vec<Rc<FieldSpec>>>()
    });

    // New configuration (an attribute changed): rebuild the form around the same values.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(
            (props.config.clone(), props.today),
            move |(config, today)| {
                dispatcher.dispatch(Action::Configure(config.clone(), *today));
            },
        );
    }
    // Tell the host the widget is up, once, and report configuration problems: on start, and
    // whenever a changed attribute brings a new one (each once). `None` until the first report.
    let reported = use_mut_ref(|| None::<Vec<String>>);
    {
        let host = props.host.clone();
        let problems = props.config.problems.clone();
        use_effect_with((*settled, problems), move |(settled, problems)| {
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

    let on_edit = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(id, value): (FieldId, String), _| {
            dispatcher.dispatch(Action::Edit(id, value))
        })
    };
    let on_leave = {
        let dispatcher = state.dispatcher();
        use_callback((), move |id: FieldId, _| {
            dispatcher.dispatch(Action::Leave(id))
        })
    };
    let on_require = {
        let dispatcher = state.dispatcher();
        use_callback((), move |_: (), _| dispatcher.dispatch(Action::Require))
    };
    let on_announce = {
        let dispatcher = state.dispatcher();
        use_callback((), move |(text, tone): (String, Tone), _| {
            dispatcher.dispatch(Action::Announce(text, tone))
        })
    };
    // Checked once per render: every error now, whether shown yet or not.
    let errors = state.errors();
    let ready = errors.is_empty();
    let words = state.total_words();
    let on_submit = {
        let dispatcher = state.dispatcher();
        let host = props.host.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            dispatcher.dispatch(Action::Check);
            if ready {
                if let Some(host) = &host {
                    emit(host, &HostEvent::Generated { words });
                }
            }
        })
    };

    // Move focus to the error summary when a check fails.
    let summary_ref = use_node_ref();
    {
        let summary_ref = summary_ref.clone();
        use_effect_with(state.focus_summary, move |&n| {
            if n > 0 {
                if let Some(summary) = summary_ref.cast::<HtmlElement>() {
                    focus_and_reveal(&summary);
                }
            }
        });
    }

    let prefix = props.id_prefix.clone();
    let summary = state.form.summary_given(&errors);
    let title_id = format!("{prefix}-title");
    let form_title_id = format!("{prefix}-form-title");
    let summary_title_id = format!("{prefix}-summary-title");
    let team = content.team_name.clone();

    let render_field = |spec: &Rc<FieldSpec>| -> Html {
        let id = spec.id;
        if !state.spec.is_active(id, &state.form.values) {
            return Html::default();
        }
        let error = state
            .form
            .visible_error(&state.spec, id, state.today)
            .map(AttrValue::from);
        let reveal_id = |revealed: FieldId| format!("{prefix}-{}-reveal", revealed.key());
        // The option that shows another question points at it (aria-controls), as GOV.UK's
        // conditional reveal does, while that question is shown.
        let reveals = fields.iter().find_map(|other| match other.revealed_by {
            Some((by, option))
                if by == id && state.spec.is_active(other.id, &state.form.values) =>
            {
                Some((
                    AttrValue::from(option),
                    AttrValue::from(reveal_id(other.id)),
                ))
            }
            _ => None,
        });
        let field = html! {
            <Field key={id.key()} spec={spec.clone()}
                value={AttrValue::from(state.form.values.get(id).to_owned())}
                error={error} prefix={prefix.clone()} reveals={reveals}
                min={matches!(spec.kind, Kind::Date).then(|| AttrValue::from(state.today.to_string()))}
                on_edit={on_edit.clone()} on_leave={on_leave.clone()} />
        };
        if spec.revealed_by.is_some() {
            html! { <div class="conditional" id={reveal_id(id)} key={format!("{}-reveal", id.key())}>{ field }</div> }
        } else {
            field
        }
    };

    html! {
        <div class="app" lang="en">
            <header class="header">
                <h2 id={title_id} class="title">
                    { match &team { Some(team) => format!("Working with {team}"), None => WIDGET_TITLE.to_owned() } }
                </h2>
                <p class="lead">
                    { "Before an engagement starts, read the ground rules, see how a first meeting goes, and send us a one-pager about your problem and proposed solution." }
                </p>
            </header>

            if !props.config.problems.is_empty() {
                <div class="notice notice-warning">
                    <p class="notice-title">{ "This widget's configuration has problems, so defaults are used where needed:" }</p>
                    <ul class="list">
                        { for props.config.problems.iter().map(|p| html! { <li>{ p.clone() }</li> }) }
                    </ul>
                </div>
            }

            <Baseline content={content.clone()} prefix={prefix.clone()} />
            <Pitch content={content.clone()} prefix={prefix.clone()} />

            if *settled {
                <section class="panel" aria-labelledby={form_title_id.clone()}>
                    <h3 id={form_title_id.clone()} class="section-title" tabindex="-1">{ "Write your one-pager" }</h3>
                    <p class="lead">
                        { "Answer all the questions (optional ones say so), then check your one-pager. Nothing you type leaves this page unless you copy, download or email it." }
                    </p>
                    <DraftBar status={state.draft.clone()} store={(*store).clone()}
                        return_to={AttrValue::from(form_title_id.clone())}
                        untouched={state.untouched()} dispatch={dispatch.clone()} />
                    <OfferBanner offer={state.offer.clone()} dispatch={dispatch.clone()}
                        return_to={AttrValue::from(form_title_id.clone())}
                        import_button={AttrValue::from(format!("{prefix}-import-button"))} />
                    <ImportPanel spec={state.spec.clone()} prefix={prefix.clone()}
                        untouched={state.untouched()} dispatch={dispatch.clone()} />

                    if !summary.is_empty() {
                        <div class="error-summary" ref={summary_ref} tabindex="-1">
                            <div role="alert">
                                <h4 id={summary_title_id} class="error-summary-title">{ "There is a problem" }</h4>
                                <ul class="error-summary-list">
                                    { for summary.iter().map(|error| {
                                        let target = state.spec.field(error.field)
                                            .map(|spec| control_id(&prefix, spec))
                                            .unwrap_or_default();
                                        let href = format!("#{target}");
                                        let onclick = Callback::from(move |e: MouseEvent| {
                                            e.prevent_default();
                                            focus_by_id(&e, &target);
                                        });
                                        html! {
                                            <li key={error.field.key()}>
                                                <a href={href} onclick={onclick}>{ error.message.clone() }</a>
                                            </li>
                                        }
                                    }) }
                                </ul>
                            </div>
                        </div>
                    }

                    <form class="form" novalidate=true onsubmit={on_submit}>
                        { for state.spec.sections.iter().map(|section| {
                            let section_fields: Vec<&Rc<FieldSpec>> = fields.iter()
                                .filter(|f| section.fields.contains(&f.id))
                                .collect();
                            let is_group = section_fields.iter().all(|f| matches!(f.kind, Kind::Checkbox));
                            let heading_id = format!("{prefix}-section-{}", section.title.to_ascii_lowercase().replace(' ', "-"));
                            if is_group && !section_fields.is_empty() {
                                html! {
                                    <fieldset class="form-section fieldset" key={section.title} aria-describedby={format!("{heading_id}-hint")}>
                                        <legend class="form-section-title">{ section.title }</legend>
                                        <p id={format!("{heading_id}-hint")} class="hint">{ format!("Read the expectations under \u{201c}{BASELINE_HEADING}\u{201d} above: your team must agree to each one. Tick each box.") }</p>
                                        { for section_fields.iter().map(|f| render_field(f)) }
                                    </fieldset>
                                }
                            } else {
                                html! {
                                    <div class="form-section" key={section.title} role="group" aria-labelledby={heading_id.clone()}>
                                        <h4 id={heading_id} class="form-section-title">{ section.title }</h4>
                                        { for section_fields.iter().map(|f| render_field(f)) }
                                    </div>
                                }
                            }
                        }) }

                        if words > state.spec.soft_word_limit {
                            <div class="notice">
                                <p>{ format!("Your one-pager is {words} words long. A one-pager reads best under {} words.", state.spec.soft_word_limit) }</p>
                            </div>
                        }

                        <div class="form-actions">
                            <button type="submit" class="button">{ "Check your one-pager" }</button>
                        </div>
                    </form>
                </section>

                <Output blocks={state.blocks.clone()} markdown={state.markdown.clone()} prefix={prefix.clone()}
                    ready={ready} complete={ready && state.form.attempted()}
                    team={AttrValue::from(state.form.values.get(FieldId::TeamName).to_owned())}
                    start={AttrValue::from(state.form.values.get(FieldId::StartDate).to_owned())}
                    today={state.today}
                    mail_to={content.contact_email.clone().map(AttrValue::from)}
                    focus_result={state.focus_result}
                    announcement={state.announcement.clone()}
                    on_require={on_require} on_announce={on_announce}
                    host={props.host.clone()} />
            }
        </div>
    }
}
