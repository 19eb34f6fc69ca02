//! Lists the `rok_spelling_of_same_word` rows of the shared lexicon that the
//! canonicalizer does not bring to their ROK form:
//! `cargo run --release --example lexicon_misses -- ../shared/data/spelling/nk_urimalsaem_pairs.tsv`.

fn main() {
    let path = std::env::args().nth(1).expect("the lexicon TSV");
    let text = std::fs::read_to_string(path).expect("read");
    let c = kcanon::Canonicalizer::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 || !f[2].starts_with("rok_spelling_of_same_word") || f[0] == f[1] {
            continue;
        }
        let out = c.canonicalize(f[0]);
        if out != f[1] {
            println!("{}\t{}\t{}\t{}", f[0], out, f[1], f[2]);
        }
    }
}
