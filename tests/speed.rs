//! `canon` end to end over a 50 MB corpus of real DPRK and ROK prose takes at
//! most 1.25× the time of a minimal `icu_normalizer` NFC filter
//! (`examples/icu_nfc_filter.rs`). Release builds only: `.ci/run` runs it after
//! `cargo build --release --all-features --bins --examples`.

mod common;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn time(program: &PathBuf, input: &PathBuf) -> (Duration, Vec<u8>) {
    let started = Instant::now();
    let out = Command::new(program)
        .stdin(Stdio::from(std::fs::File::open(input).unwrap()))
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert!(out.status.success(), "{} failed", program.display());
    (elapsed, out.stdout)
}

#[test]
fn canon_is_within_125_percent_of_an_icu_nfc_filter() {
    if cfg!(debug_assertions) {
        eprintln!("skipped: timing needs a release build (cargo test --release)");
        return;
    }
    let canon = PathBuf::from(env!("CARGO_BIN_EXE_canon"));
    let icu = canon.parent().unwrap().join("examples/icu_nfc_filter");
    if !icu.exists() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{} missing: build it with --examples first", icu.display());
        }
        eprintln!("skipped: {} missing", icu.display());
        return;
    }
    let Some(mut prose) = common::shared_texts("corpus/dprk/new_year_addresses") else {
        return;
    };
    prose.extend(common::shared_texts("corpus/rok/bills").unwrap());
    let mut unit = String::new();
    for (_, text) in &prose {
        unit.push_str(text);
        if !unit.ends_with('\n') {
            unit.push('\n');
        }
    }
    let mut corpus = String::with_capacity(52 << 20);
    while corpus.len() < 50_000_000 {
        corpus.push_str(&unit);
    }
    let path = canon.parent().unwrap().join("speed-corpus-50mb.txt");
    std::fs::write(&path, &corpus).unwrap();

    let (mut best_canon, mut best_icu) = (Duration::MAX, Duration::MAX);
    for _ in 0..5 {
        let (t, out) = time(&icu, &path);
        best_icu = best_icu.min(t);
        assert_eq!(out.len(), corpus.len()); // already NFC
        let (t, out) = time(&canon, &path);
        best_canon = best_canon.min(t);
        assert!(!out.is_empty());
    }
    let ratio = best_canon.as_secs_f64() / best_icu.as_secs_f64();
    let mb = corpus.len() as f64 / 1e6;
    eprintln!(
        "{mb:.0} MB: canon {:.3} s ({:.0} MB/s), icu_normalizer filter {:.3} s ({:.0} MB/s), ratio {ratio:.2}",
        best_canon.as_secs_f64(),
        mb / best_canon.as_secs_f64(),
        best_icu.as_secs_f64(),
        mb / best_icu.as_secs_f64()
    );
    let _ = std::fs::remove_file(&path);
    assert!(
        ratio <= 1.25,
        "canon takes {ratio:.2}× the time of the icu_normalizer filter"
    );
}
