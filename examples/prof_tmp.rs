fn main() {
    let t = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let mut n = 0;
    for _ in 0..3 {
        n += kcanon::romanize(&t, kcanon::System::Rr).len();
    }
    println!("{n}");
}
