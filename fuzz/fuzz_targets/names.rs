//! Names: no panic on any input; `compare` symmetric and `compare(x, x)`
//! the same name, and `Name::compare` of the read names the same verdict;
//! `key` stable under Unicode folding, case and hyphens; `hangul`'s scores
//! a distribution (see `tests/common/check.rs`).
#![no_main]

#[path = "../../tests/common/check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    check::check_names(data);
});
