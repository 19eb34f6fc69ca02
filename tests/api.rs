//! The public API against the fixtures the JavaScript suite shares
//! (`wasm/tests/api.mjs` reads the same files), so that the crate and the
//! WASM package are held to one set of answers:
//!
//! - `tests/fixtures/api.json`: hand-written cases of every function;
//! - `tests/golden/romanize.tsv` and `tests/golden/names.tsv`: what the crate
//!   answers over the `../shared` vectors, as golden files (regenerate with
//!   `KCANON_BLESS=1`; review the diff). They record answers, right or
//!   wrong: the bars on those vectors are asserted in `tests/vectors.rs` and
//!   `tests/names.rs`.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use kcanon::names;
use kcanon::romanize::{romanize_with, Kind, Options, SurnameStyle};
use kcanon::{Canonicalizer, System, Target};
use serde_json::Value;

fn fixtures() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/api.json");
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn str_of<'a>(case: &'a Value, field: &str) -> &'a str {
    case[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} missing in {case}"))
}

/// The canonicalizer of a case's `options`, named as in JavaScript.
fn canonicalizer(case: &Value) -> Canonicalizer {
    let mut b = Canonicalizer::builder();
    if let Some(options) = case["options"].as_object() {
        for (name, value) in options {
            let on = value.as_bool().unwrap_or(false);
            b = match name.as_str() {
                "to" => b.target(if value == "dprk" {
                    Target::Dprk
                } else {
                    Target::Rok
                }),
                "spelling" => b.spelling(on),
                "lexicon" => b.lexicon(on),
                "spacing" => b.spacing(on),
                "punctuation" => b.punctuation(on),
                "vocabulary" => b.vocabulary(on),
                "designations" => b.designations(on),
                "rokSurnames" => b.rok_surnames(on),
                "foldWidth" => b.fold_width(on),
                "foldSpaces" => b.fold_spaces(on),
                "removeZeroWidth" => b.remove_zero_width(on),
                "foldRomanizationMarks" => b.fold_romanization_marks(on),
                other => panic!("unknown option {other}"),
            };
        }
    }
    b.build()
}

fn romanize_options(case: &Value) -> Options {
    let o = &case["options"];
    let kind = match o["kind"].as_str() {
        Some("name") => Kind::Name,
        Some("place") => Kind::Place,
        _ => Kind::Text,
    };
    let mut options = Options::new(kind);
    options.hyphenate = o["hyphenate"].as_bool();
    options.capitalize = o["capitalize"].as_bool();
    options.omit_units = o["omitUnits"].as_bool().unwrap_or(false);
    options.surname = match o["surname"].as_str() {
        Some("conventional") => SurnameStyle::Conventional,
        Some("dprk") => SurnameStyle::Dprk,
        _ => SurnameStyle::System,
    };
    options
}

#[test]
fn the_shared_fixtures_hold() {
    let f = fixtures();
    for case in f["canonicalize"].as_array().unwrap() {
        let c = canonicalizer(case);
        assert_eq!(
            c.canonicalize(str_of(case, "text")),
            str_of(case, "output"),
            "{case}"
        );
    }
    for case in f["explain"].as_array().unwrap() {
        let text = str_of(case, "text");
        let e = canonicalizer(case).explain(text);
        assert_eq!(e.output, str_of(case, "output"), "{case}");
        let want = case["changes"].as_array().unwrap();
        assert_eq!(e.changes.len(), want.len(), "{case}");
        for (got, want) in e.changes.iter().zip(want) {
            assert_eq!(&text[got.start..got.end], got.from);
            assert_eq!(got.from, str_of(want, "from"), "{case}");
            assert_eq!(got.to, str_of(want, "to"), "{case}");
            assert_eq!(got.rule.id(), str_of(want, "rule"), "{case}");
        }
    }
    for case in f["variants"].as_array().unwrap() {
        let want: Vec<&str> = case["variants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        assert_eq!(
            Canonicalizer::new().variants(str_of(case, "word")),
            want,
            "{case}"
        );
    }
    for case in f["romanize"].as_array().unwrap() {
        let system = System::from_id(str_of(case, "system")).unwrap();
        let got = romanize_with(str_of(case, "text"), system, &romanize_options(case));
        assert_eq!(got, str_of(case, "output"), "{case}");
    }
    for case in f["pronounce"].as_array().unwrap() {
        assert_eq!(
            kcanon::pronounce(str_of(case, "text")),
            str_of(case, "output"),
            "{case}"
        );
    }
    for case in f["hangul"].as_array().unwrap() {
        let got = names::hangul(str_of(case, "name"));
        assert_eq!(
            got.first().map(|c| c.hangul.as_str()),
            case["first"].as_str(),
            "{case}"
        );
    }
    for case in f["key"].as_array().unwrap() {
        let keys: Vec<String> = case["names"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| names::key(n.as_str().unwrap()))
            .collect();
        let all_same = keys.windows(2).all(|w| w[0] == w[1]);
        assert_eq!(all_same, case["same"].as_bool().unwrap(), "{case}: {keys:?}");
    }
    for case in f["compare"].as_array().unwrap() {
        let v = names::compare(str_of(case, "a"), str_of(case, "b"));
        assert_eq!(v.same, case["same"].as_bool().unwrap(), "{case}: {v:?}");
    }
}

/// The first column of a `../shared` TSV, header skipped.
fn column(text: &str, col: usize) -> Vec<&str> {
    text.lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(col))
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every system, text and name mode, over the Hangul of the shared
/// romanization vectors.
#[test]
fn romanize_golden() {
    let Some(names_tsv) = common::shared_text("data/romanization/names_multisystem.tsv") else {
        return;
    };
    let Some(rr_tsv) = common::shared_text("data/romanization/official_rr_2000.tsv") else {
        return;
    };
    let mut out = String::from("text\tsystem\tkind\toutput\n");
    let mut seen = std::collections::BTreeSet::new();
    for (kind, id, inputs) in [
        (Kind::Name, "name", column(&names_tsv, 0)),
        (Kind::Text, "text", column(&rr_tsv, 0)),
    ] {
        for text in inputs {
            if !seen.insert((text, id)) {
                continue;
            }
            for system in System::ALL {
                let got = romanize_with(text, system, &Options::new(kind));
                let _ = writeln!(out, "{text}\t{}\t{id}\t{got}", system.id());
            }
        }
    }
    common::golden("romanize.tsv", &out);
}

/// Keys, verdicts and the best reading over the shared name pairs and the
/// reverse-name vectors.
#[test]
fn names_golden() {
    let Some(pairs) = common::shared_text("data/names/pairs_dev.tsv") else {
        return;
    };
    let Some(reverse) = common::shared_text("data/romanization/reverse_names.tsv") else {
        return;
    };
    let mut out = String::from("a\tb\tkey_a\tkey_b\tsame\tscore\thangul_a\n");
    let rows = pairs
        .lines()
        .skip(1)
        .map(|l| (l, 0, 1))
        .chain(reverse.lines().skip(1).map(|l| (l, 0, 2)));
    for (line, a, b) in rows {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(a), Some(b)) = (f.get(a), f.get(b)) else {
            continue;
        };
        let v = names::compare(a, b);
        let best = names::hangul(a)
            .first()
            .map(|c| c.hangul.clone())
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{a}\t{b}\t{}\t{}\t{}\t{:.3}\t{best}",
            names::key(a),
            names::key(b),
            v.same,
            v.score
        );
    }
    common::golden("names.tsv", &out);
}
