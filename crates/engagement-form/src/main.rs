//! `engagement-form`: hosts' tool for the widget's form definitions.
//!
//! ```text
//! cargo run --bin engagement-form -- check <definition.json>
//! cargo run --bin engagement-form -- from-issue-form <template.yml>
//! ```
//! `check` prints every problem the widget would show for the definition (a whole JSON
//! configuration, or a form definition alone), with its place, and exits 1 if there is any.
//! `from-issue-form` prints a GitHub issue form as a definition (JSON, on standard output),
//! says on standard error what it could not carry over, and exits 1 if the result still has a
//! problem.

use std::process::ExitCode;

use engagement_form::{check, from_issue_form};

const USAGE: &str = "usage: engagement-form check <definition.json>\n       engagement-form from-issue-form <template.yml>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["check", file] => run_check(file),
        ["from-issue-form", file] => run_convert(file),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn read(file: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(file).map_err(|e| {
        eprintln!("{file}: {e}");
        ExitCode::from(2)
    })
}

fn run_check(file: &str) -> ExitCode {
    let text = match read(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    match check(&text) {
        Ok(problems) if problems.is_empty() => {
            println!("{file}: no problems");
            ExitCode::SUCCESS
        }
        Ok(problems) => {
            for problem in &problems {
                println!("{file}: {problem}");
            }
            ExitCode::from(1)
        }
        Err(why) => {
            println!("{file}: {why}");
            ExitCode::from(1)
        }
    }
}

fn run_convert(file: &str) -> ExitCode {
    let text = match read(file) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let converted = match from_issue_form(&text) {
        Ok(converted) => converted,
        Err(why) => {
            eprintln!("{file}: {why}");
            return ExitCode::from(1);
        }
    };
    for note in &converted.notes {
        eprintln!("{file}: {note}");
    }
    let json = converted.json();
    println!("{json}");
    match check(&json) {
        Ok(problems) if problems.is_empty() => ExitCode::SUCCESS,
        Ok(problems) => {
            for problem in problems {
                eprintln!("{file}: the widget would refuse it: {problem}");
            }
            ExitCode::from(1)
        }
        Err(why) => {
            eprintln!("{file}: {why}");
            ExitCode::from(1)
        }
    }
}
