//! Paste, choose or drop a one-pager to fill the form from it.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::core::document::{import, Imported};
use crate::core::form::FormSpec;
use crate::core::strings::Key as Msg;
use crate::view::shared::Shared;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    pub spec: Shared<FormSpec>,
    pub prefix: AttrValue,
    /// A one-pager was read (or why it could not be).
    pub on_import: Callback<Result<Imported, String>>,
    /// The pasted text changed: an import question about the old text no longer applies.
    pub on_text_changed: Callback<()>,
    /// A chosen file could not be read, in words.
    pub on_problem: Callback<String>,
}

#[component]
pub fn ImportPanel(props: &ImportProps) -> Html {
    let text = use_state(String::new);
    let error = use_state(|| None::<String>);
    let area_id = format!("{}-import-text", props.prefix);
    let file_id = format!("{}-import-file", props.prefix);
    let error_id = format!("{}-import-error", props.prefix);

    // Shown at the field and said in the live region: focus stays on Import.
    let run = {
        let spec = props.spec.clone();
        let on_import = props.on_import.clone();
        let error = error.setter();
        Rc::new(move |source: String| {
            let imported = import(&spec, &source);
            error.set(imported.as_ref().err().cloned());
            on_import.emit(imported);
        })
    };
    let read_file = {
        let run = run.clone();
        let text = text.setter();
        let error = error.setter();
        let on_problem = props.on_problem.clone();
        let unreadable = props
            .spec
            .strings
            .text(Msg::ImportFileUnreadable)
            .to_owned();
        move |file: web_sys::File| {
            let unreadable = unreadable.clone();
            let run = run.clone();
            let text = text.clone();
            let error = error.clone();
            let on_problem = on_problem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string())
                {
                    Some(contents) => {
                        text.set(contents.clone());
                        run(contents);
                    }
                    None => {
                        on_problem.emit(unreadable.clone());
                        error.set(Some(unreadable));
                    }
                }
            });
        }
    };
    let on_input = {
        let text = text.setter();
        let changed = props.on_text_changed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                text.set(area.value());
                changed.emit(());
            }
        })
    };
    let on_file = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            let file = e
                .target_dyn_into::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            if let Some(file) = file {
                read_file(file);
            }
        })
    };
    let on_drop = Callback::from(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            read_file(file);
        }
    });
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());
    let on_import = {
        let text = text.clone();
        Callback::from(move |_: MouseEvent| run((*text).clone()))
    };
    let hint_id = format!("{}-import-hint", props.prefix);
    let (document, s) = (&props.spec.document, &*props.spec.strings);
    let described = match &*error {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <details class="import">
            <summary class="import-summary">{ document.fill(s, Msg::ImportSummary, &[]) }</summary>
            <div class={classes!("field", error.is_some().then_some("field-error"))}>
                <label class="label" for={area_id.clone()}>{ document.fill(s, Msg::ImportLabel, &[]) }</label>
                <p id={hint_id} class="hint">{ document.fill(s, Msg::ImportHint, &[]) }</p>
                if let Some(message) = &*error {
                    <p id={error_id} class="error-message">
                        <span class="visually-hidden">{ s.text(Msg::ErrorPrefix) }{ " " }</span>{ message.clone() }
                    </p>
                }
                <textarea id={area_id} class="textarea" rows="4" value={(*text).clone()}
                    aria-describedby={described} aria-invalid={error.is_some().then_some("true")}
                    oninput={on_input} ondrop={on_drop} ondragover={on_drag_over} />
            </div>
            <div class="field">
                <label class="label" for={file_id.clone()}>{ s.text(Msg::ImportFile) }</label>
                <input id={file_id} class="file" type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" onchange={on_file} />
            </div>
            <button type="button" id={format!("{}-import-button", props.prefix)}
                class="button button-secondary" onclick={on_import}>{ s.text(Msg::ImportButton) }</button>
        </details>
    }
}
