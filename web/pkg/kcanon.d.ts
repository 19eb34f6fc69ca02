/* tslint:disable */
/* eslint-disable */

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



/**
 * The canonical form of `text` (ROK spelling unless `options.to` is "dprk").
 */
export function canonicalize(text: string, options?: CanonicalizeOptions | null): string;

/**
 * Whether two spellings can be one name.
 */
export function compare(a: string, b: string): Verdict;

/**
 * The canonical form of `text` with every change and its rule.
 */
export function explain(text: string, options?: CanonicalizeOptions | null): Explanation;

/**
 * The readings of a romanized name in Hangul, best first (at most 10).
 */
export function hangul(name: string): Candidate[];

/**
 * The match key of a name: equal for every spelling of one Hangul name.
 */
export function key(name: string): string;

/**
 * The standard pronunciation of `text` in Hangul (표준 발음법).
 */
export function pronounce(text: string): string;

/**
 * `text` romanized in `system`.
 */
export function romanize(text: string, system: System, options?: RomanizeOptions | null): string;

/**
 * The rules `explain` names, with what each does.
 */
export function rules(): RuleInfo[];

/**
 * The ids of every romanization system, in the order the README lists them.
 */
export function systems(): System[];

/**
 * Every spelling of `word` for search, the canonical one first
 * (`variants("노동")` is `["노동", "로동"]`).
 */
export function variants(word: string, options?: CanonicalizeOptions | null): string[];

/**
 * The version of the kcanon crate inside the package.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly canonicalize: (a: number, b: number, c: number) => [number, number, number, number];
    readonly compare: (a: number, b: number, c: number, d: number) => [number, number, number];
    readonly explain: (a: number, b: number, c: number) => [number, number, number];
    readonly hangul: (a: number, b: number) => [number, number, number];
    readonly key: (a: number, b: number) => [number, number];
    readonly pronounce: (a: number, b: number) => [number, number];
    readonly romanize: (a: number, b: number, c: any, d: number) => [number, number, number, number];
    readonly rules: () => [number, number, number];
    readonly systems: () => any;
    readonly variants: (a: number, b: number, c: number) => [number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
