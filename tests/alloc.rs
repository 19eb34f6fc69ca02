//! Canonical text costs no allocation: a counting allocator proves that
//! `canonicalize` borrows and allocates nothing over already-canonical corpora.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::cell::Cell;

struct Counting;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

// SAFETY: forwards to the system allocator unchanged; only counts calls.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|a| a.set(a.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.with(|a| a.set(a.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Allocations made on this thread while `f` runs.
fn allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATIONS.with(Cell::get);
    let value = f();
    (value, ALLOCATIONS.with(Cell::get) - before)
}

fn assert_borrowed_without_allocating(name: &str, text: &str) {
    let c = kcanon::Canonicalizer::new();
    let (out, count) = allocations(|| matches!(c.canonicalize(text), Cow::Borrowed(_)));
    assert!(out, "{name}: not borrowed");
    assert_eq!(count, 0, "{name}: {count} allocations");
}

#[test]
fn canonical_text_is_borrowed_with_zero_allocations() {
    // The spelling layer builds its index and syllable classes on first
    // use (once per process); build them before counting.
    let _ = kcanon::Canonicalizer::new().canonicalize("로씨야의 로동자");
    // The counter itself works:
    let (_, n) = allocations(|| kcanon::Canonicalizer::new().canonicalize("ＫＣＮＡ").into_owned());
    assert!(n >= 1);

    assert_borrowed_without_allocating(
        "mixed",
        "대한민국은 민주공화국이다. “노동신문” ‘국민’ ’09. ㅋㅋ 漢字 ① □ — café P'yŏngyang `x`",
    );
    // Every corpus, once canonical: the canonical form is borrowed again.
    let canonical = |text: &str| kcanon::Canonicalizer::new().canonicalize(text).into_owned();
    if let Some(kcna) = common::shared_text("corpus/dprk/kcna_2023-01-30_nato_ko.txt") {
        assert_borrowed_without_allocating("kcna", &canonical(&kcna));
    }
    if let Some(constitution) = common::shared_text("corpus/rok/constitution.txt") {
        assert_borrowed_without_allocating("constitution", &canonical(&constitution));
    }
    for (name, text) in common::shared_texts("corpus/rok/bills").unwrap_or_default() {
        assert_borrowed_without_allocating(&name, &canonical(&text));
    }
    for (name, text) in common::shared_texts("corpus/dprk/new_year_addresses").unwrap_or_default() {
        assert_borrowed_without_allocating(&name, &canonical(&text));
    }
}
