//! Canonicalization and RR romanization throughput over real corpora, each
//! input next to its baselines measured in the same run: a plain copy,
//! `unicode-normalization` NFC and `icu_normalizer` NFC.
//!
//! Run: `cargo bench --bench canonicalize` (needs `../shared` beside the repo).

use std::hint::black_box;
use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_normalization::UnicodeNormalization;

fn shared(rel: &str) -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(rel);
    if path.is_dir() {
        let mut files: Vec<_> = std::fs::read_dir(&path)
            .ok()?
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        return Some(
            files
                .iter()
                .map(|p| std::fs::read_to_string(p).unwrap())
                .collect(),
        );
    }
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("{}: {e} (CI needs ../shared)", path.display())
        }
        Err(_) => None,
    }
}

fn inputs() -> Vec<(&'static str, String)> {
    let mut v = Vec::new();
    let mut add = |name, text: Option<String>| match text {
        Some(t) => v.push((name, t)),
        None => eprintln!("skipped {name}: ../shared is missing"),
    };
    add(
        "dprk_kcna_article",
        shared("corpus/dprk/kcna_2023-01-30_nato_ko.txt"),
    );
    let new_year = shared("corpus/dprk/new_year_addresses");
    add("dprk_new_year_addresses", new_year.clone());
    add(
        "rok_constitution_and_bills",
        shared("corpus/rok/constitution.txt")
            .zip(shared("corpus/rok/bills"))
            .map(|(a, b)| a + &b),
    );
    add("english_news", shared("corpus/seeds/002_83b45d750b659e22.txt"));
    add("nfd_new_year_addresses", new_year.map(|t| t.nfd().collect()));
    v
}

fn bench(c: &mut Criterion) {
    let kcanon = kcanon::Canonicalizer::new();
    let unicode_layer = kcanon::Canonicalizer::unicode();
    let icu = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    for (name, text) in inputs() {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("copy", |b| b.iter(|| black_box(text.as_str()).to_owned()));
        g.bench_function("unicode_normalization_nfc", |b| {
            b.iter(|| black_box(text.as_str()).nfc().collect::<String>())
        });
        g.bench_function("icu_normalizer_nfc", |b| {
            b.iter(|| icu.normalize(black_box(&text)))
        });
        g.bench_function("kcanon_canonicalize", |b| {
            b.iter(|| kcanon.canonicalize(black_box(&text)))
        });
        g.bench_function("kcanon_unicode_layer", |b| {
            b.iter(|| unicode_layer.canonicalize(black_box(&text)))
        });
        if !name.starts_with("nfd") && !name.starts_with("english") {
            g.bench_function("kcanon_romanize_rr", |b| {
                b.iter(|| kcanon::romanize(black_box(&text), kcanon::System::Rr))
            });
        }
        g.finish();
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
