//! Prints every spelling change the canonicalizer makes to the files given,
//! with context: `cargo run --release --example spelling_changes -- FILE...`.

fn main() {
    let c = kcanon::Canonicalizer::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("read");
        for ch in c.explain(&text).changes {
            let mut a = ch.start.saturating_sub(15);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (ch.end + 12).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            println!("{path}\t{}\t{} → {}\t{:?}", ch.rule, ch.from, ch.to, &text[a..b]);
        }
    }
}
