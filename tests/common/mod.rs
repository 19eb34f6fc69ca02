//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared` beside the repository, where the corpora and vectors live.
///
/// Missing is an error under `CI=true`; elsewhere the caller skips, saying so.
pub fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    if dir.join("corpus").is_dir() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "{} is missing: CI needs ../shared beside the repository",
            dir.display()
        );
    }
    eprintln!("skipped: {} is missing", dir.display());
    None
}

/// Reads a file under `../shared`, or `None` (see [`shared`]).
pub fn shared_text(rel: &str) -> Option<String> {
    let path = shared()?.join(rel);
    Some(std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// Every `.txt` file under a directory of `../shared`, sorted by name.
pub fn shared_texts(rel: &str) -> Option<Vec<(String, String)>> {
    let dir = shared()?.join(rel);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    Some(
        files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                (p.file_name().unwrap().to_string_lossy().into_owned(), text)
            })
            .collect(),
    )
}

/// Compares `got` with the golden file `name`, or writes it under
/// `KCANON_BLESS`.
pub fn golden(name: &str, got: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("KCANON_BLESS").is_ok() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(got.lines().count().min(want.lines().count()));
        panic!(
            "{} differs at line {}: got {:?}, want {:?} (KCANON_BLESS=1 rewrites it)",
            path.display(),
            line + 1,
            got.lines().nth(line),
            want.lines().nth(line)
        );
    }
}
