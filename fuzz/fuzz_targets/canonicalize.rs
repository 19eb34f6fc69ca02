//! Canonicalization: no panic on any input, and the properties of
//! `tests/common/check.rs` (all API paths agree, NFC output, idempotence,
//! `explain`'s changes rebuild the output), under every set of options.
#![no_main]

#[path = "../../tests/common/check.rs"]
mod check;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&bits, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    check::check_canonicalize(&kcanon::Canonicalizer::new(), &text);
    let c = check::canonicalizer_from_bits(bits);
    check::check_canonicalize(&c, &text);
});
