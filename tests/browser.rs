//! Browser tests: the widget's components in headless Chromium (wasm-bindgen-test), acting as
//! a user would: render, flush, act, flush, assert. Each test mounts into its own container,
//! never the runner's #output.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;
use std::time::Duration;

use engagement_widget::core::config::{resolve, Attributes, Resolved};
use engagement_widget::core::date::Date;
use engagement_widget::view::app::{App, AppProps};
use engagement_widget::view::output::preview::{PreviewBlock, PreviewBlockProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlInputElement, HtmlTextAreaElement, InputEvent,
    InputEventInit,
};
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh container of our own, appended to the body.
fn container() -> Element {
    let div = document().create_element("div").expect("div");
    document()
        .body()
        .expect("body")
        .append_child(&div)
        .expect("appended");
    div
}

fn today() -> Date {
    Date::new(2026, 11, 24).expect("a real date")
}

/// A draft key no other test uses, with nothing stored under it.
fn fresh_key() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    let key = format!(
        "engagement-widget:test:{}:{}",
        js_sys::Math::random(),
        N.fetch_add(1, Ordering::Relaxed)
    );
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.remove_item(&key);
    }
    key
}

/// Renders the widget and waits for all of it: the content first, then the form and the
/// one-pager once the browser has had a turn.
async fn mount_app(config: Resolved) -> Element {
    let root = render_app(config).await;
    settle().await;
    root
}

/// Lets the widget's deferred work (timers of zero delay) run, then flushes its renders.
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(0).await;
    scheduler::flush().await;
}

/// Renders the widget and returns after its first render only.
async fn render_app(config: Resolved) -> Element {
    let root = container();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            config: Rc::new(config),
            id_prefix: "t".into(),
            today: today(),
            host: None,
            draft_key: fresh_key().into(),
            prefill: Default::default(),
        },
    )
    .render();
    scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn find_all(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .collect()
}

fn text_of(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// The control whose <label> has exactly this text.
fn field_by_label(root: &Element, label: &str) -> Element {
    for l in find_all(root, "label") {
        if l.text_content().unwrap_or_default().trim() == label {
            let id = l.get_attribute("for").expect("label has for");
            return find(root, &format!("[id='{id}']"));
        }
    }
    panic!("no field labelled {label:?}")
}

async fn type_into(root: &Element, label: &str, value: &str) {
    let field = field_by_label(root, label);
    if let Some(input) = field.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = field.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let init = InputEventInit::new();
    init.set_bubbles(true);
    let event = InputEvent::new_with_event_init_dict("input", &init).expect("input event");
    field.dispatch_event(&event).expect("dispatched");
    scheduler::flush().await;
}

async fn leave(root: &Element, label: &str) {
    let field = field_by_label(root, label);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("focusout", &init).expect("focusout");
    field.dispatch_event(&event).expect("dispatched");
    scheduler::flush().await;
}

async fn click(element: &Element) {
    element
        .dyn_ref::<HtmlElement>()
        .expect("html element")
        .click();
    scheduler::flush().await;
}

async fn click_button(root: &Element, name: &str) {
    for button in find_all(root, "button") {
        if button.text_content().unwrap_or_default().trim() == name {
            return click(&button).await;
        }
    }
    panic!("no button {name:?}");
}

async fn tick(root: &Element, label: &str) {
    click(&field_by_label(root, label)).await;
}

fn active_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

async fn fill_complete(root: &Element) {
    type_into(root, "Team name", "Payments Platform").await;
    type_into(root, "Point of contact", "Ada Lovelace").await;
    type_into(root, "Contact email", "ada@payments.example").await;
    type_into(root, "Problem", "Deploys take a day.").await;
    type_into(root, "Proposed solution", "Pair on the pipeline.").await;
    type_into(root, "Engagement goal", "Deploy in an hour.").await;
    type_into(root, "Diffusion goal", "Every team owns its pipeline.").await;
    type_into(root, "Success measures", "Lead time under 1 hour").await;
    type_into(root, "Proposed start date", "2027-01-11").await;
    tick(root, "Weekly (recommended)").await;
    for n in 0..4 {
        let checkbox = find(root, &format!("#t-q-ack-{}", n + 1));
        click(&checkbox).await;
    }
}

// ---- Content -------------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn shows_the_expectations_and_the_pitch() {
    let root = mount_app(Resolved::default()).await;
    let titles: Vec<String> = find_all(&root, ".expectation-title")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(titles.len(), 4);
    assert!(titles[0].contains("The aux engineer will not do the hard work"));
    assert!(titles[3].contains("If failure modes persist, the engagement ends early"));
    // Collapsible: closed until opened.
    let first = find(&root, "details.expectation");
    assert!(!first.has_attribute("open"));
    let steps: Vec<String> = find_all(&root, ".pitch-title")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        steps,
        vec![
            "What is AuxEng?",
            "What is our team?",
            "Why AuxEng?",
            "What does an embed do?",
            "How do we get started?"
        ]
    );
    assert_eq!(find_all(&root, "ol.pitch > li").len(), 5);
}

#[wasm_bindgen_test]
async fn the_content_renders_first_and_the_form_follows() {
    let root = render_app(Resolved::default()).await;
    // The first render: what a visitor reads first, without the bulk of the markup.
    assert_eq!(find_all(&root, ".expectation-title").len(), 4);
    assert_eq!(find_all(&root, ".pitch-title").len(), 5);
    assert!(find_all(&root, "form, textarea, input").is_empty());
    // A moment later: the form and the one-pager, with every field.
    settle().await;
    assert!(find_all(&root, "form").len() == 1);
    assert!(find_all(&root, "input, textarea").len() > 10);
    assert_eq!(find_all(&root, ".output textarea[readonly]").len(), 1);
}

#[wasm_bindgen_test]
async fn configuration_fills_the_team_and_reports_problems() {
    let attributes = Attributes {
        team_name: Some("Developer Experience".into()),
        team_mission: Some("We make shipping boring.".into()),
        contact_email: Some("not-an-email".into()),
        theme: None,
    };
    let root = mount_app(resolve(&attributes, None)).await;
    assert_eq!(text_of(&root, "h2"), "Working with Developer Experience");
    assert!(text_of(&root, ".pitch").contains("What is Developer Experience?"));
    assert!(text_of(&root, ".pitch").contains("We make shipping boring."));
    let notice = text_of(&root, ".notice-warning");
    assert!(notice.contains("is not an email address"), "{notice}");
    // Still fully usable.
    assert!(find_all(&root, "input, textarea").len() > 10);
}

// ---- The form ----------------------------------------------------------------------------

#[wasm_bindgen_test]
async fn submitting_empty_lists_every_required_field_and_focuses_the_summary() {
    let root = mount_app(Resolved::default()).await;
    assert!(root
        .query_selector(".error-summary")
        .ok()
        .flatten()
        .is_none());
    assert!(
        find_all(&root, "[aria-invalid='true']").is_empty(),
        "nothing red before asking"
    );

    click_button(&root, "Check your one-pager").await;
    let summary = find(&root, ".error-summary");
    assert_eq!(text_of(&root, ".error-summary-title"), "There is a problem");
    let links: Vec<String> = find_all(&summary, "a")
        .iter()
        .map(|a| a.text_content().unwrap_or_default())
        .collect();
    assert_eq!(
        links,
        vec![
            "Enter the team name",
            "Enter the name of the point of contact",
            "Enter the contact email address",
            "Describe the problem",
            "Describe the proposed solution",
            "Enter the engagement goal",
            "Enter the diffusion goal",
            "Enter at least one success measure",
            "Enter the proposed start date, including the day, month and year",
            "Select how often you will hold retros",
            "Confirm that your team agrees with “The aux engineer will not do the hard work”",
            "Confirm that your team agrees with “Diffusion is the primary goal; project success is the secondary one”",
            "Confirm that your team agrees with “Weekly retros and schedules matter, and critical feedback is strongly encouraged”",
            "Confirm that your team agrees with “If failure modes persist, the engagement ends early”",
        ]
    );
    assert!(
        document()
            .active_element()
            .is_some_and(|e| e.class_list().contains("error-summary")),
        "focus moves to the summary"
    );

    // Each invalid field: aria-invalid, and aria-describedby naming its visible message.
    let team = field_by_label(&root, "Team name");
    assert_eq!(team.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = team.get_attribute("aria-describedby").unwrap_or_default();
    let error_id = described
        .split(' ')
        .find(|id| id.ends_with("_error"))
        .expect("describedby names the error");
    assert_eq!(
        text_of(&root, &format!("#{error_id}")),
        "Error: Enter the team name"
    );
}

#[wasm_bindgen_test]
async fn each_summary_link_moves_focus_to_its_field() {
    let root = mount_app(Resolved::default()).await;
    click_button(&root, "Check your one-pager").await;
    let expected = [
        "t-q-team",
        "t-q-contact",
        "t-q-email",
        "t-q-problem",
        "t-q-solution",
        "t-q-engagement-goal",
        "t-q-diffusion-goal",
        "t-q-success-measures",
        "t-q-start-date",
        "t-q-retro-cadence_o-weekly",
        "t-q-ack-1",
        "t-q-ack-2",
        "t-q-ack-3",
        "t-q-ack-4",
    ];
    let links = find_all(&root, ".error-summary a");
    assert_eq!(links.len(), expected.len());
    let before = web_sys::window()
        .expect("window")
        .location()
        .hash()
        .unwrap_or_default();
    for (link, id) in links.iter().zip(expected) {
        click(link).await;
        assert_eq!(active_id(), id);
    }
    let after = web_sys::window()
        .expect("window")
        .location()
        .hash()
        .unwrap_or_default();
    assert_eq!(before, after, "the host page's URL is untouched");
}

#[wasm_bindgen_test]
async fn errors_wait_for_the_user_then_clear_live() {
    let root = mount_app(Resolved::default()).await;
    type_into(&root, "Contact email", "not an email").await;
    let email = field_by_label(&root, "Contact email");
    assert!(!email.has_attribute("aria-invalid"), "not while typing");
    leave(&root, "Contact email").await;
    assert_eq!(email.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(text_of(&root, "#t-q-email_error")
        .contains("Enter an email address in the correct format, like name@example.com"));
    // No summary yet: the user has not asked to check.
    assert!(root
        .query_selector(".error-summary")
        .ok()
        .flatten()
        .is_none());
    type_into(&root, "Contact email", "ada@example.com").await;
    assert!(
        !email.has_attribute("aria-invalid"),
        "fixed: the error goes at once"
    );
    assert!(root
        .query_selector("#t-q-email_error")
        .ok()
        .flatten()
        .is_none());

    // After a check, fixing one field removes it from the summary live.
    click_button(&root, "Check your one-pager").await;
    let count = find_all(&root, ".error-summary a").len();
    type_into(&root, "Team name", "Payments").await;
    assert_eq!(find_all(&root, ".error-summary a").len(), count - 1);
    assert!(!field_by_label(&root, "Team name").has_attribute("aria-invalid"));
}

#[wasm_bindgen_test]
async fn other_cadence_reveals_its_description() {
    let root = mount_app(Resolved::default()).await;
    assert!(find_all(&root, "label")
        .iter()
        .all(|l| l.text_content().unwrap_or_default() != "Describe your retro cadence"));
    let other = field_by_label(&root, "Other");
    assert!(
        !other.has_attribute("aria-controls"),
        "nothing to point at yet"
    );
    tick(&root, "Other").await;
    // The option points at the question it revealed (GOV.UK's conditional reveal).
    let controls = other.get_attribute("aria-controls").unwrap_or_default();
    let revealed = root
        .query_selector(&format!("[id='{controls}']"))
        .ok()
        .flatten()
        .expect("the element aria-controls names");
    assert!(revealed
        .text_content()
        .unwrap_or_default()
        .contains("Describe your retro cadence"));
    type_into(&root, "Describe your retro cadence", "Every three weeks").await;
    let markdown = find(&root, ".markdown-source")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("textarea")
        .value();
    assert!(
        markdown.contains("- **Retro cadence:** Every three weeks"),
        "{markdown}"
    );
    // Switching back keeps what was typed.
    tick(&root, "Weekly (recommended)").await;
    tick(&root, "Other").await;
    let described = field_by_label(&root, "Describe your retro cadence")
        .dyn_into::<HtmlInputElement>()
        .expect("input");
    assert_eq!(described.value(), "Every three weeks");
}

#[wasm_bindgen_test]
async fn a_completed_form_is_marked_ready() {
    let root = mount_app(Resolved::default()).await;
    fill_complete(&root).await;
    click_button(&root, "Check your one-pager").await;
    assert!(root
        .query_selector(".error-summary")
        .ok()
        .flatten()
        .is_none());
    assert_eq!(text_of(&root, ".result-title"), "Your one-pager is ready");
    assert!(document()
        .active_element()
        .is_some_and(|e| e.class_list().contains("result-banner")));
    let markdown = find(&root, ".markdown-source")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("textarea")
        .value();
    assert!(markdown.starts_with("# One-pager: Payments Platform\n"));
    assert!(!markdown.contains("Not provided yet"));
}

#[wasm_bindgen_test]
async fn word_counter_appears_from_three_quarters_and_counts_down() {
    let root = mount_app(Resolved::default()).await;
    type_into(&root, "Engagement goal", &vec!["word"; 80].join(" ")).await;
    assert!(
        root.query_selector(".count").ok().flatten().is_none(),
        "80 of 120: hidden"
    );
    type_into(&root, "Engagement goal", &vec!["word"; 100].join(" ")).await;
    assert_eq!(text_of(&root, ".count"), "You have 20 words remaining");
    let box_is_red = |root: &Element| {
        field_by_label(root, "Engagement goal")
            .class_list()
            .contains("input-error")
    };
    assert!(!box_is_red(&root));
    type_into(&root, "Engagement goal", &vec!["word"; 123].join(" ")).await;
    assert_eq!(text_of(&root, ".count"), "You have 3 words too many");
    assert!(box_is_red(&root), "over the limit shows on the box at once");
    // Typing is never blocked: the whole text is kept.
    let area = field_by_label(&root, "Engagement goal")
        .dyn_into::<HtmlTextAreaElement>()
        .expect("textarea");
    assert_eq!(area.value().split(' ').count(), 123);
    // Screen readers hear it politely, after a pause, while the user is in the field...
    area.focus().expect("focus");
    type_into(&root, "Engagement goal", &vec!["word"; 122].join(" ")).await;
    // ... and not for a field the user is not in (a restored draft, an import).
    type_into(&root, "Diffusion goal", &vec!["word"; 100].join(" ")).await;
    gloo_timers::future::sleep(Duration::from_millis(1300)).await;
    scheduler::flush().await;
    let live = find_all(&root, "[aria-live='polite']")
        .iter()
        .map(|e| e.text_content().unwrap_or_default())
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>();
    assert_eq!(live, vec!["You have 2 words too many".to_owned()]);
}

#[wasm_bindgen_test]
async fn a_long_one_pager_gets_a_gentle_warning() {
    let root = mount_app(Resolved::default()).await;
    type_into(&root, "Problem", &vec!["word"; 240].join(" ")).await;
    type_into(&root, "Proposed solution", &vec!["word"; 240].join(" ")).await;
    assert!(root
        .query_selector(".form .notice")
        .ok()
        .flatten()
        .is_none());
    type_into(&root, "Engagement goal", &vec!["word"; 30].join(" ")).await;
    let notice = text_of(&root, ".form .notice");
    assert!(notice.contains("510 words"), "{notice}");
    assert!(notice.contains("A one-pager reads best under 500 words"));
}

// ---- The preview -------------------------------------------------------------------------

async fn render_preview(markdown: &str) -> Element {
    let root = container();
    yew::Renderer::<PreviewBlock>::with_root_and_props(
        root.clone(),
        PreviewBlockProps {
            markdown: markdown.to_owned().into(),
        },
    )
    .render();
    scheduler::flush().await;
    root
}

fn assert_inert(root: &Element, input: &str) {
    assert!(
        find_all(root, "script, img, svg, iframe, object, embed, style").is_empty(),
        "{input}"
    );
    for element in find_all(root, "*") {
        let attributes = element.attributes();
        for i in 0..attributes.length() {
            let attr = attributes.item(i).expect("attribute");
            let name = attr.name().to_ascii_lowercase();
            assert!(
                !name.starts_with("on"),
                "{input}: {name} on <{}>",
                element.tag_name()
            );
            assert!(name != "style" && name != "src", "{input}: {name}");
        }
    }
    for link in find_all(root, "a") {
        let href = link
            .get_attribute("href")
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            href.is_empty()
                || href.starts_with("http://")
                || href.starts_with("https://")
                || href.starts_with("mailto:"),
            "{input}: unsafe href {href}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_preview_never_runs_or_fetches_anything() {
    let hostile = [
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)></svg>",
        "<script>alert(1)</script>",
        "<iframe src=javascript:alert(1)></iframe>",
        "[a](javascript:alert(1))",
        "[b](JAVASCRIPT:alert(1))",
        "[c]( javascript:alert(1))",
        "[d](java\tscript:alert(1))",
        "[e](&#106;avascript:alert(1))",
        "[f](javascript&colon;alert(1))",
        "[g](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[h](vbscript:msgbox)",
        "[i](//evil.example/x)",
        "[j](/relative)",
        "<javascript:alert(1)>",
        "![k](http://evil.example/pixel.png)",
        "![l](javascript:alert(1))",
        "![m](data:image/png;base64,AAAA)",
        "<a href=\"javascript:alert(1)\">n</a>",
        "<div style=\"background:url(x)\" onclick=\"x\">o</div>",
    ];
    for input in hostile {
        let root = render_preview(input).await;
        assert_inert(&root, input);
    }
    // Images become links (nothing is fetched); safe links stay links.
    let root = render_preview("![chart](https://e.example/c.png) [ok](https://e.example)").await;
    let hrefs: Vec<String> = find_all(&root, "a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, vec!["https://e.example/c.png", "https://e.example"]);
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("chart (image)"));
    // Email autolinks become mailto: links.
    let root = render_preview("<ada@example.com>").await;
    let hrefs: Vec<String> = find_all(&root, "a")
        .iter()
        .filter_map(|a| a.get_attribute("href"))
        .collect();
    assert_eq!(hrefs, vec!["mailto:ada@example.com"]);
    // Raw HTML shows as its text.
    let root = render_preview("<b>bold?</b>").await;
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("<b>bold?</b>"));
    assert!(find_all(&root, "b").is_empty());
}

#[wasm_bindgen_test]
async fn preview_headings_continue_the_widgets_outline() {
    // The preview sits under the widget's h2 > h3: its title is level 4 to assistive
    // technology, the sections 5, and what the user wrote as headings inside a section (demoted
    // to ### at least) 6, below the sections rather than level with them.
    let root = render_preview("# One-pager: A\n\n## Problem\n\n### Detail\n\n#### Deeper\n").await;
    let levels: Vec<(String, String)> = find_all(&root, "h1, h2, h3, h4")
        .iter()
        .map(|h| {
            (
                h.tag_name().to_ascii_lowercase(),
                h.get_attribute("aria-level").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        vec![
            ("h1".to_owned(), "4".to_owned()),
            ("h2".to_owned(), "5".to_owned()),
            ("h3".to_owned(), "6".to_owned()),
            ("h4".to_owned(), "6".to_owned())
        ]
    );
}

#[wasm_bindgen_test]
async fn a_forms_guidance_headings_sit_below_its_section() {
    // Guidance is under its section's h4: its own "#" is level 5 and "##" level 6, never level
    // with the sections of the form.
    let form = serde_json::json!({ "form": { "title": "F: {a}", "sections": [{ "heading": "Part", "fields": [
        { "type": "markdown", "value": "# Before you start\n\nRead this.\n\n## Then" },
        { "key": "a", "type": "text", "label": "A" }] }] } });
    let root = mount_app(resolve(&Attributes::default(), Some(Ok(form)))).await;
    let levels: Vec<(String, String)> = find_all(&root, ".guidance h1, .guidance h2")
        .iter()
        .map(|h| {
            (
                h.text_content().unwrap_or_default(),
                h.get_attribute("aria-level").unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        levels,
        vec![
            ("Before you start".to_owned(), "5".to_owned()),
            ("Then".to_owned(), "6".to_owned())
        ]
    );
    assert_eq!(text_of(&root, ".form-section-title"), "Part");
}

#[wasm_bindgen_test]
async fn optional_questions_say_so_in_their_label() {
    let root = mount_app(Resolved::default()).await;
    let labels: Vec<String> = find_all(&root, "label")
        .iter()
        .map(|l| l.text_content().unwrap_or_default())
        .filter(|t| t.contains("(optional)"))
        .collect();
    assert_eq!(labels, vec!["Additional notes (optional)"]);
}

#[wasm_bindgen_test]
async fn hostile_form_input_leaves_the_whole_widget_inert() {
    let root = mount_app(Resolved::default()).await;
    type_into(&root, "Team name", "<img src=x onerror=alert(1)>").await;
    type_into(
        &root,
        "Problem",
        "<svg onload=alert(1)>\n\n[x](javascript:alert(1))\n\n<script>alert(2)</script>",
    )
    .await;
    type_into(&root, "Success measures", "<img src=y onerror=alert(3)>").await;
    let preview = find(&root, ".preview");
    assert_inert(&preview, "form input");
    assert!(preview
        .text_content()
        .unwrap_or_default()
        .contains("<img src=x onerror=alert(1)>"));
}

/// The plural rule the platform layer takes from the browser (`Intl.PluralRules`) for an
/// element's nearest `lang`: the categories of CLDR's charts, count by count.
#[wasm_bindgen_test]
fn the_browsers_plural_rules_are_the_locales() {
    use engagement_widget::core::strings::{Category, Dir};
    use engagement_widget::platform::locale::locale_of;
    let host = container();
    let counts = [0u64, 1, 2, 3, 5, 6, 11, 21, 22, 100];
    for (lang, expected) in [
        (
            "en",
            [
                "other", "one", "other", "other", "other", "other", "other", "other", "other",
                "other",
            ],
        ),
        (
            "pl_PL",
            [
                "many", "one", "few", "few", "many", "many", "many", "many", "few", "many",
            ],
        ),
        (
            "cy",
            [
                "zero", "one", "two", "few", "other", "many", "other", "other", "other", "other",
            ],
        ),
        (
            "ar",
            [
                "zero", "one", "two", "few", "few", "few", "many", "many", "many", "other",
            ],
        ),
        (
            "ru",
            [
                "many", "one", "few", "few", "many", "many", "many", "one", "few", "many",
            ],
        ),
    ] {
        host.set_attribute("lang", lang).expect("lang");
        let locale = locale_of(&host);
        let got: Vec<&str> = counts
            .iter()
            .map(|&n| locale.plurals.select(n).name())
            .collect();
        assert_eq!(got, expected, "{lang}");
        assert!(
            locale.plurals.categories().contains(&Category::Other),
            "{lang}"
        );
        assert_eq!(
            locale.dir,
            if lang == "ar" { Dir::Rtl } else { Dir::Ltr },
            "{lang}"
        );
    }
    // A tag the browser refuses, or none: English's rule, no exception.
    for lang in ["x-not-a-language-tag-at-all-really", "", "12"] {
        host.set_attribute("lang", lang).expect("lang");
        let locale = locale_of(&host);
        assert_eq!(locale.plurals.select(1), Category::One, "{lang:?}");
        assert_eq!(locale.plurals.select(2), Category::Other, "{lang:?}");
    }
    // The nearest ancestor's, and `dir` the same way.
    let outer = container();
    outer.set_attribute("lang", "he").expect("lang");
    let inner = document().create_element("span").expect("span");
    outer.append_child(&inner).expect("appended");
    let locale = locale_of(&inner);
    assert_eq!((locale.lang.as_str(), locale.dir), ("he", Dir::Rtl));
    outer.set_attribute("dir", "ltr").expect("dir");
    assert_eq!(locale_of(&inner).dir, Dir::Ltr);
}
