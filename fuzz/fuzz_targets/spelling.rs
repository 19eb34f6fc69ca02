//! The spelling layer: for a word of the lexicon, with a particle,
//! `--to dprk` then `--to rok` gives it back; around any text, both
//! directions are fixed points (see `tests/common/check.rs`).
#![no_main]

#[path = "../../tests/common/check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check::check_spelling(data);
});
