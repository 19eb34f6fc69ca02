//! Names throughput: `hangul`, `key` and `compare` over the real names of
//! `../shared/data/names/pairs_dev.tsv` (OFAC, UN, Wikidata, National
//! Assembly spellings; Latin and Hangul), one core.
//!
//! Run: `cargo bench --bench names` (needs `../shared` beside the repo).

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn pairs() -> Option<Vec<(String, String)>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/names/pairs_dev.tsv");
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{}: {e} (CI needs ../shared)", path.display())
        }
        Err(_) => return None,
    };
    Some(
        text.lines()
            .skip(1)
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((f.next()?.to_string(), f.next()?.to_string()))
            })
            .collect(),
    )
}

fn bench(c: &mut Criterion) {
    let Some(pairs) = pairs() else {
        eprintln!("skipped: ../shared is missing");
        return;
    };
    let names: Vec<&str> = pairs.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
    let mut g = c.benchmark_group("names");
    g.throughput(Throughput::Elements(names.len() as u64));
    g.bench_function("hangul", |b| {
        b.iter(|| {
            names
                .iter()
                .map(|n| kcanon::names::hangul(black_box(n)).len())
                .sum::<usize>()
        })
    });
    g.bench_function("key", |b| {
        b.iter(|| {
            names
                .iter()
                .map(|n| kcanon::names::key(black_box(n)).len())
                .sum::<usize>()
        })
    });
    g.throughput(Throughput::Elements(pairs.len() as u64));
    g.bench_function("compare", |b| {
        b.iter(|| {
            pairs
                .iter()
                .filter(|(x, y)| kcanon::names::compare(black_box(x), black_box(y)).same)
                .count()
        })
    });
    // The same pairs with both names read once (`Name`, its readings read
    // by the first comparison that needs them, in the warm-up): what
    // deduplication and screening pay for each further comparison.
    let read: Vec<(kcanon::names::Name, kcanon::names::Name)> = pairs
        .iter()
        .map(|(x, y)| (kcanon::names::Name::new(x), kcanon::names::Name::new(y)))
        .collect();
    g.bench_function("compare_read", |b| {
        b.iter(|| {
            read.iter()
                .filter(|(x, y)| black_box(x).compare(black_box(y)).same)
                .count()
        })
    });
    // Screening: each name against names of other persons (mostly
    // different names, which the key settles).
    let others: Vec<(&str, &str)> = names
        .iter()
        .zip(names.iter().skip(7))
        .map(|(a, b)| (*a, *b))
        .collect();
    g.throughput(Throughput::Elements(others.len() as u64));
    g.bench_function("compare_screening", |b| {
        b.iter(|| {
            others
                .iter()
                .filter(|(x, y)| kcanon::names::compare(black_box(x), black_box(y)).same)
                .count()
        })
    });
    // The same, with each name read once (`Name::new`, a key) and then
    // compared: a list screened against itself.
    g.bench_function("compare_screening_read", |b| {
        b.iter(|| {
            let read: Vec<kcanon::names::Name> = names
                .iter()
                .map(|n| kcanon::names::Name::new(black_box(n)))
                .collect();
            read.iter()
                .zip(read.iter().skip(7))
                .filter(|(x, y)| x.compare(y).same)
                .count()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
