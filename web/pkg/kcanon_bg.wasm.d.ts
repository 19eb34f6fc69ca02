/* tslint:disable */
/* eslint-disable */
export const memory: WebAssembly.Memory;
export const canonicalize: (a: number, b: number, c: number) => [number, number, number, number];
export const compare: (a: number, b: number, c: number, d: number) => [number, number, number];
export const explain: (a: number, b: number, c: number) => [number, number, number];
export const hangul: (a: number, b: number) => [number, number, number];
export const key: (a: number, b: number) => [number, number];
export const pronounce: (a: number, b: number) => [number, number];
export const romanize: (a: number, b: number, c: any, d: number) => [number, number, number, number];
export const rules: () => [number, number, number];
export const systems: () => any;
export const variants: (a: number, b: number, c: number) => [number, number, number];
export const version: () => [number, number];
export const __wbindgen_malloc: (a: number, b: number) => number;
export const __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
export const __wbindgen_free: (a: number, b: number, c: number) => void;
export const __wbindgen_exn_store: (a: number) => void;
export const __externref_table_alloc: () => number;
export const __wbindgen_externrefs: WebAssembly.Table;
export const __externref_table_dealloc: (a: number) => void;
export const __wbindgen_start: () => void;
