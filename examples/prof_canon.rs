// Temporary profiling driver (not committed).
fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let n: usize = std::env::args().nth(2).map_or(1, |s| s.parse().unwrap());
    let c = kcanon::Canonicalizer::new();
    let mut acc = 0;
    for _ in 0..n {
        acc += c.canonicalize(&text).len();
    }
    println!("{acc}");
}
