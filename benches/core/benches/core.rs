//! validate + generate for a usual one-pager and for one ten times as long (about 3,000 words),
//! from scratch and incrementally (one keystroke's change with the generator's cache warm).
use criterion::{criterion_group, criterion_main, Criterion};
use engagement_core::date::Date;
use engagement_core::form::{FormSpec, Values, TICKED};
use engagement_core::document::{generate, Generator};
use engagement_core::validate::validate;

fn one_pager(scale: usize) -> Values {
    let paragraph = "Deploys take a **day** and fail often; see [the dashboard](https://dash.example) \
        for the `p95` numbers. We want every team to own its pipeline, with tests that run in \
        minutes and a release that anyone can cut. ";
    let long = |words: usize| {
        let mut text = String::new();
        while text.split_whitespace().count() < words {
            text.push_str(paragraph);
            text.push('\n');
        }
        text
    };
    let mut v = FormSpec::default().default_values();
    v.set("team", "Payments Platform");
    v.set("contact", "Ada Lovelace");
    v.set("email", "ada@payments.example");
    v.set("problem", long(90 * scale));
    v.set("solution", long(90 * scale));
    v.set("engagement-goal", long(40 * scale));
    v.set("diffusion-goal", long(40 * scale));
    v.set("success-measures", "Lead time under 1 hour\nChange failure rate under 5%\nEvery team cuts a release");
    v.set("notes", long(30 * scale));
    v.set("start-date", "2027-01-11");
    v.set("retro-cadence", "weekly");
    for n in 0..4 {
        v.set(&format!("ack-{}", n + 1), TICKED);
    }
    v
}

fn bench(c: &mut Criterion) {
    let spec = FormSpec::default();
    let today = Date::new(2026, 11, 24).unwrap_or(Date::FALLBACK);
    for (name, scale) in [("usual (300 words)", 1), ("10x (3,000 words)", 10)] {
        let values = one_pager(scale);
        c.bench_function(&format!("validate + generate, {name}"), |b| {
            b.iter(|| (validate(&spec, &values, today), generate(&spec, &values)))
        });
        let mut generator = Generator::new();
        let mut typed = values.clone();
        let _ = generator.document(&spec, &typed);
        let mut n = 0u32;
        c.bench_function(&format!("keystroke (validate + cached generate), {name}"), |b| {
            b.iter(|| {
                n = n.wrapping_add(1);
                // Type a character, then delete it: the text stays the same length.
                let mut problem = typed.get("problem").to_owned();
                if n % 2 == 0 {
                    problem.push('a');
                } else {
                    problem.pop();
                }
                typed.set("problem", problem);
                (validate(&spec, &typed, today), generator.document(&spec, &typed))
            })
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
