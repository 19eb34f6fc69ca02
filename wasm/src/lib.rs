//! kcanon for JavaScript: thin wasm-bindgen wrappers over the `kcanon` crate.
//!
//! Nothing here decides anything about Korean: every function reads its
//! options from a plain JS object, calls the library and hands the result
//! back as plain JS values. The TypeScript types of those values are the
//! `TS_TYPES` section below; `wasm-bindgen` writes them into `kcanon.d.ts`.
//!
//! Offsets differ between the two languages: the library counts UTF-8 bytes,
//! JavaScript strings count UTF-16 code units. [`explain`] converts, so a
//! change's `start`/`end` index the JS string directly (`text.slice(start, end)`).
#![forbid(unsafe_code)]

use js_sys::{Array, Object, Reflect};
use kcanon::names;
use kcanon::romanize::{Kind, Options as RomanizeOpts, SurnameStyle};
use kcanon::{Canonicalizer, Rule, System, Target};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** A romanization system, by its `canon --system` id. */
export type System = "rr" | "rr-translit" | "mr" | "mr-ascii" | "dprk" | "kcna" | "yale";

/** Options of `canonicalize`, `explain` and `variants`; every field is optional. */
export interface CanonicalizeOptions {
  /** The orthography to write: "rok" (default) or "dprk". */
  to?: "rok" | "dprk";
  /** The spelling layer as a whole (default true); false leaves only the Unicode folds. */
  spelling?: boolean;
  /** The 우리말샘 lexicon (default true). */
  lexicon?: boolean;
  /** Spacing of dependent nouns and auxiliary verbs (default true). */
  spacing?: boolean;
  /** 《》 → “” and the space after a comma (default true). */
  punctuation?: boolean;
  /** DPRK words replaced by different ROK words (default false). */
  vocabulary?: boolean;
  /** Political designations replaced, 남조선 → 한국 (default false). */
  designations?: boolean;
  /** The initial-sound rule on DPRK surnames too, 리설주 → 이설주 (default false). */
  rokSurnames?: boolean;
  /** Full- and half-width forms folded (default true). */
  foldWidth?: boolean;
  /** Space look-alikes made U+0020 (default true). */
  foldSpaces?: boolean;
  /** Invisible characters removed inside words (default true). */
  removeZeroWidth?: boolean;
  /** Apostrophe and breve look-alikes folded in Latin words (default true). */
  foldRomanizationMarks?: boolean;
}

/** One change. `start`/`end` are UTF-16 offsets into the input string. */
export interface Change {
  start: number;
  end: number;
  /** `input.slice(start, end)`. */
  from: string;
  /** What it became. */
  to: string;
  /** The rule's id, such as "spelling.dueum" (see `rules()`). */
  rule: string;
}

/** The canonical text and every change that made it, in input order. */
export interface Explanation {
  output: string;
  changes: Change[];
}

/** A rule of `explain`: its id and what it does. */
export interface RuleInfo {
  id: string;
  description: string;
}

/** Options of `romanize`; every field is optional. */
export interface RomanizeOptions {
  /** Running text (default), a personal name (surname first) or a place name. */
  kind?: "text" | "name" | "place";
  /** Hyphens where syllables would be misread and between given-name syllables. */
  hyphenate?: boolean;
  /** Capitalize each word (default: on for names and places). */
  capitalize?: boolean;
  /** Places: leave the administrative unit out (청주시 → Cheongju). */
  omitUnits?: boolean;
  /** Names: the system's own surname, the passport spelling, or the DPRK form. */
  surname?: "system" | "conventional" | "dprk";
}

/** A reading of a romanized name in Hangul; the scores of a list add up to 1. */
export interface Candidate {
  hangul: string;
  score: number;
}

/** Whether two spellings can be one name, with the overlap of their readings. */
export interface Verdict {
  same: boolean;
  score: number;
}
"#;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(typescript_type = "CanonicalizeOptions")]
    pub type CanonicalizeOptions;
    #[wasm_bindgen(typescript_type = "RomanizeOptions")]
    pub type RomanizeOptions;
    #[wasm_bindgen(typescript_type = "System")]
    pub type SystemId;
    #[wasm_bindgen(typescript_type = "Explanation")]
    pub type ExplanationJs;
    #[wasm_bindgen(typescript_type = "Candidate[]")]
    pub type Candidates;
    #[wasm_bindgen(typescript_type = "Verdict")]
    pub type VerdictJs;
    #[wasm_bindgen(typescript_type = "RuleInfo[]")]
    pub type RuleInfos;
    #[wasm_bindgen(typescript_type = "System[]")]
    pub type Systems;
    #[wasm_bindgen(typescript_type = "string[]")]
    pub type Strings;
}

/// The canonical form of `text` (ROK spelling unless `options.to` is "dprk").
#[wasm_bindgen]
pub fn canonicalize(text: &str, options: Option<CanonicalizeOptions>) -> Result<String, JsValue> {
    Ok(canonicalizer(options.as_deref())?.canonicalize(text).into_owned())
}

/// The canonical form of `text` with every change and its rule.
#[wasm_bindgen]
pub fn explain(text: &str, options: Option<CanonicalizeOptions>) -> Result<ExplanationJs, JsValue> {
    let explanation = canonicalizer(options.as_deref())?.explain(text);
    let changes = Array::new();
    let mut offsets = Utf16Offsets::new(text);
    for change in &explanation.changes {
        let item = Object::new();
        set(&item, "start", offsets.at(change.start).into())?;
        set(&item, "end", offsets.at(change.end).into())?;
        set(&item, "from", change.from.as_str().into())?;
        set(&item, "to", change.to.as_str().into())?;
        set(&item, "rule", change.rule.id().into())?;
        changes.push(&item);
    }
    let out = Object::new();
    set(&out, "output", explanation.output.as_str().into())?;
    set(&out, "changes", changes.into())?;
    Ok(out.unchecked_into())
}

/// Every spelling of `word` for search, the canonical one first
/// (`variants("노동")` is `["노동", "로동"]`).
#[wasm_bindgen]
pub fn variants(word: &str, options: Option<CanonicalizeOptions>) -> Result<Strings, JsValue> {
    let list = canonicalizer(options.as_deref())?.variants(word);
    Ok(strings(list.iter().map(String::as_str)).unchecked_into())
}

/// The rules `explain` names, with what each does.
#[wasm_bindgen]
pub fn rules() -> Result<RuleInfos, JsValue> {
    let list = Array::new();
    for rule in Rule::ALL {
        let item = Object::new();
        set(&item, "id", rule.id().into())?;
        set(&item, "description", rule.description().into())?;
        list.push(&item);
    }
    Ok(list.unchecked_into())
}

/// `text` romanized in `system`.
#[wasm_bindgen]
pub fn romanize(text: &str, system: SystemId, options: Option<RomanizeOptions>) -> Result<String, JsValue> {
    let id = system
        .as_string()
        .ok_or_else(|| type_error("system: expected a string such as \"rr\""))?;
    let system = System::from_id(&id).ok_or_else(|| {
        range_error(&format!(
            "system: unknown system '{id}' (known: {})",
            System::ALL.map(System::id).join(", ")
        ))
    })?;
    let options = romanize_options(options.as_deref())?;
    Ok(kcanon::romanize::romanize_with(text, system, &options))
}

/// The ids of every romanization system, in the order the README lists them.
#[wasm_bindgen]
pub fn systems() -> Systems {
    strings(System::ALL.iter().map(|s| s.id())).unchecked_into()
}

/// The standard pronunciation of `text` in Hangul (표준 발음법).
#[wasm_bindgen]
pub fn pronounce(text: &str) -> String {
    kcanon::pronounce(text)
}

/// The readings of a romanized name in Hangul, best first (at most 10).
#[wasm_bindgen]
pub fn hangul(name: &str) -> Result<Candidates, JsValue> {
    let list = Array::new();
    for candidate in names::hangul(name) {
        let item = Object::new();
        set(&item, "hangul", candidate.hangul.as_str().into())?;
        set(&item, "score", candidate.score.into())?;
        list.push(&item);
    }
    Ok(list.unchecked_into())
}

/// The match key of a name: equal for every spelling of one Hangul name.
#[wasm_bindgen]
pub fn key(name: &str) -> String {
    names::key(name)
}

/// Whether two spellings can be one name.
#[wasm_bindgen]
pub fn compare(a: &str, b: &str) -> Result<VerdictJs, JsValue> {
    let verdict = names::compare(a, b);
    let out = Object::new();
    set(&out, "same", verdict.same.into())?;
    set(&out, "score", verdict.score.into())?;
    Ok(out.unchecked_into())
}

/// The version of the kcanon crate inside the package.
#[wasm_bindgen]
pub fn version() -> String {
    kcanon::VERSION.to_owned()
}

fn canonicalizer(options: Option<&JsValue>) -> Result<Canonicalizer, JsValue> {
    let mut b = Canonicalizer::builder();
    let Some(options) = object(options, "options")? else {
        return Ok(b.build());
    };
    for name in fields(&options) {
        let value = Reflect::get(&options, &JsValue::from_str(&name))?;
        if value.is_undefined() {
            continue;
        }
        b = match name.as_str() {
            "to" => b.target(match enum_field(&value, "to", &["rok", "dprk"])? {
                0 => Target::Rok,
                _ => Target::Dprk,
            }),
            "spelling" => b.spelling(flag(&value, &name)?),
            "lexicon" => b.lexicon(flag(&value, &name)?),
            "spacing" => b.spacing(flag(&value, &name)?),
            "punctuation" => b.punctuation(flag(&value, &name)?),
            "vocabulary" => b.vocabulary(flag(&value, &name)?),
            "designations" => b.designations(flag(&value, &name)?),
            "rokSurnames" => b.rok_surnames(flag(&value, &name)?),
            "foldWidth" => b.fold_width(flag(&value, &name)?),
            "foldSpaces" => b.fold_spaces(flag(&value, &name)?),
            "removeZeroWidth" => b.remove_zero_width(flag(&value, &name)?),
            "foldRomanizationMarks" => b.fold_romanization_marks(flag(&value, &name)?),
            _ => {
                return Err(range_error(&format!(
                    "options: unknown option '{name}' (known: to, spelling, lexicon, spacing, \
                     punctuation, vocabulary, designations, rokSurnames, foldWidth, foldSpaces, \
                     removeZeroWidth, foldRomanizationMarks)"
                )))
            }
        };
    }
    Ok(b.build())
}

fn romanize_options(options: Option<&JsValue>) -> Result<RomanizeOpts, JsValue> {
    let mut o = RomanizeOpts::default();
    let Some(options) = object(options, "options")? else {
        return Ok(o);
    };
    // `kind` first: it sets the defaults the other fields change.
    let kind = Reflect::get(&options, &JsValue::from_str("kind"))?;
    if !kind.is_undefined() {
        let kind = match enum_field(&kind, "kind", &["text", "name", "place"])? {
            0 => Kind::Text,
            1 => Kind::Name,
            _ => Kind::Place,
        };
        o = RomanizeOpts { kind, ..o };
    }
    for name in fields(&options) {
        let value = Reflect::get(&options, &JsValue::from_str(&name))?;
        if value.is_undefined() {
            continue;
        }
        match name.as_str() {
            "kind" => {}
            "hyphenate" => o.hyphenate = Some(flag(&value, &name)?),
            "capitalize" => o.capitalize = Some(flag(&value, &name)?),
            "omitUnits" => o.omit_units = flag(&value, &name)?,
            "surname" => {
                o.surname = match enum_field(&value, "surname", &["system", "conventional", "dprk"])? {
                    0 => SurnameStyle::System,
                    1 => SurnameStyle::Conventional,
                    _ => SurnameStyle::Dprk,
                }
            }
            _ => {
                return Err(range_error(&format!(
                    "options: unknown option '{name}' (known: kind, hyphenate, capitalize, \
                     omitUnits, surname)"
                )))
            }
        }
    }
    Ok(o)
}

/// `value` as an object, or `None` for `undefined` and `null`.
fn object(value: Option<&JsValue>, what: &str) -> Result<Option<Object>, JsValue> {
    match value {
        None => Ok(None),
        Some(v) if v.is_undefined() || v.is_null() => Ok(None),
        Some(v) if v.is_object() && !Array::is_array(v) => Ok(Some(v.clone().unchecked_into())),
        Some(_) => Err(type_error(&format!("{what}: expected an object"))),
    }
}

fn fields(object: &Object) -> Vec<String> {
    Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
        .collect()
}

fn flag(value: &JsValue, name: &str) -> Result<bool, JsValue> {
    value
        .as_bool()
        .ok_or_else(|| type_error(&format!("options.{name}: expected true or false")))
}

/// The index of `value` in `known`.
fn enum_field(value: &JsValue, name: &str, known: &[&str]) -> Result<usize, JsValue> {
    let s = value
        .as_string()
        .ok_or_else(|| type_error(&format!("options.{name}: expected one of {}", known.join(", "))))?;
    known.iter().position(|k| *k == s).ok_or_else(|| {
        range_error(&format!(
            "options.{name}: unknown value '{s}' (known: {})",
            known.join(", ")
        ))
    })
}

fn set(object: &Object, name: &str, value: JsValue) -> Result<(), JsValue> {
    Reflect::set(object, &JsValue::from_str(name), &value).map(drop)
}

fn strings<'a>(items: impl Iterator<Item = &'a str>) -> Array {
    items.map(JsValue::from_str).collect()
}

fn type_error(message: &str) -> JsValue {
    js_sys::TypeError::new(message).into()
}

fn range_error(message: &str) -> JsValue {
    js_sys::RangeError::new(message).into()
}

/// UTF-8 byte offsets of one string turned into UTF-16 offsets, for
/// increasing byte offsets (a single forward walk).
struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    fn new(text: &'a str) -> Self {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    fn at(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            // Not increasing: start over (never the case for `explain`).
            *self = Utf16Offsets::new(self.text);
        }
        let end = byte.min(self.text.len());
        if let Some(skipped) = self.text.get(self.byte..end) {
            self.unit += skipped.chars().map(char::len_utf16).sum::<usize>();
            self.byte = end;
        }
        self.unit as u32
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16Offsets;

    #[test]
    fn offsets_count_utf16_units() {
        let text = "a로😀b";
        let mut o = Utf16Offsets::new(text);
        assert_eq!(o.at(0), 0);
        assert_eq!(o.at(1), 1);
        assert_eq!(o.at(4), 2);
        assert_eq!(o.at(8), 4);
        assert_eq!(o.at(9), 5);
        assert_eq!(o.at(1), 1);
    }
}
