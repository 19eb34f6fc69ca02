//! A minimal `icu_normalizer` NFC filter, stdin → stdout, line by line: the
//! baseline `canon` is timed against (`tests/speed.rs`, BENCHMARKS.md).
//!
//! `cargo build --release --example icu_nfc_filter`

use std::io::{self, BufRead, BufReader, BufWriter, Write};

fn main() -> io::Result<()> {
    let nfc = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    let mut input = BufReader::with_capacity(1 << 16, io::stdin().lock());
    let mut output = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut line = String::new();
    while input.read_line(&mut line)? > 0 {
        output.write_all(nfc.normalize(&line).as_bytes())?;
        line.clear();
    }
    output.flush()
}
