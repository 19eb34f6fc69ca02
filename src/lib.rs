//! # kcanon — canonical forms for Korean text
//!
//! One Korean name or word reaches readers in many spellings: two orthographies
//! (North and South), at least five romanizations, and many ways to encode
//! the same letters in Unicode. kcanon maps them onto canonical forms so that
//! tools can search, match and deduplicate across the divide.
//!
//! - [`Canonicalizer`] folds every Unicode encoding of the same Korean text
//!   into one form (see the [`unicode`] module for exactly what is folded
//!   where), then brings DPRK spelling to ROK spelling (로씨야 → 러시아,
//!   로동 → 노동, 되였다 → 되었다; or back with [`Target::Dprk`]), borrowing
//!   when nothing changes and explaining every change with its [`Rule`].
//!   [`Canonicalizer::variants`] lists every spelling of a word for search.
//! - [`pronounce`] gives the standard pronunciation (표준 발음법), and
//!   [`romanize`](romanize()) writes Hangul in RR, MR, the DPRK system, KCNA
//!   practice and Yale (the [`romanize`](mod@romanize) module).
//! - [`names`] reads romanized personal names back into ranked Hangul, gives
//!   every spelling of a name one key, and says whether two spellings can be
//!   one name.
//!
//! ```
//! use kcanon::{Canonicalizer, Rule};
//!
//! let c = Canonicalizer::new();
//! assert_eq!(c.canonicalize("Kim Tong-myǒng\u{A0}김동명"), "Kim Tong-myŏng 김동명");
//!
//! let e = c.explain("Ｐ’yŏngyang");
//! assert_eq!(e.output, "P'yŏngyang");
//! let rules: Vec<Rule> = e.changes.iter().map(|ch| ch.rule).collect();
//! assert_eq!(rules, [Rule::Width, Rule::Apostrophe]);
//!
//! assert_eq!(c.canonicalize("《로씨야》와 래일"), "“러시아”와 내일");
//! assert_eq!(c.variants("이용"), ["이용", "리용"]);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod canonicalize;

/// Sorts a short slice by `key`, stably, by insertion: for the few items
/// its callers sort (a name's readings, a run of combining marks), in a
/// tenth of the code the library's sort compiles to in the WASM package.
pub(crate) fn sort_short_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

mod hangul;
pub mod names;
mod pron;
pub mod romanize;
mod spelling;
mod tables;
pub mod unicode;

pub use pron::pronounce;
pub use romanize::{romanize, System};

pub use canonicalize::{Canonicalizer, CanonicalizerBuilder, Change, Explanation, Rule};
pub use spelling::Target;

/// The steps the spelling layer took on this thread since the last call
/// (counted only when built with `--cfg fuzzing`, for the fuzz target's
/// linear-time check).
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn spelling_steps() -> u64 {
    spelling::steps::take()
}

/// The version of this crate, as `Cargo.toml` gives it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
