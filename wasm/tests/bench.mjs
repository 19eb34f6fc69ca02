// Throughput of the WASM package in Node, on the inputs of
// benches/canonicalize.rs (the native criterion bench), for BENCHMARKS.md.
// `node tests/bench.mjs [--quick]`.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import init, { canonicalize, romanize } from "../../web/pkg/kcanon.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(root, "../shared");
const quick = process.argv.includes("--quick");
const text = (rel) => readFile(path.join(shared, rel), "utf8");
const dir = async (rel) => {
  const files = (await readdir(path.join(shared, rel))).filter((f) => f.endsWith(".txt")).sort();
  return (await Promise.all(files.map((f) => text(path.join(rel, f))))).join("");
};

await init({ module_or_path: await readFile(path.join(root, "web/pkg/kcanon_bg.wasm")) });
const inputs = [
  ["dprk_kcna_article", await text("corpus/dprk/kcna_2023-01-30_nato_ko.txt")],
  ["dprk_new_year_addresses", await dir("corpus/dprk/new_year_addresses")],
  ["rok_constitution_and_bills", (await text("corpus/rok/constitution.txt")) + (await dir("corpus/rok/bills"))],
  ["english_news", await text("corpus/seeds/002_83b45d750b659e22.txt")],
];

// The median of `runs` timings, each of enough calls to take about 20 ms.
function time(f, runs = quick ? 5 : 31) {
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    if (performance.now() - t0 > 20) break;
    n *= 2;
  }
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) f();
    samples.push((performance.now() - t0) / n);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`);
console.log(`node ${process.version}, kcanon WASM (web/pkg)`);
console.log("| input | bytes | canonicalize | MB/s | romanize rr | MB/s |");
console.log("|---|---|---|---|---|---|");
canonicalize("로동"); // builds the index once, outside the timings
for (const [name, s] of inputs) {
  const bytes = Buffer.byteLength(s);
  const c = time(() => canonicalize(s));
  const r = time(() => romanize(s, "rr"));
  const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log(`| \`${name}\` | ${bytes} | ${fmt(c)} | ${mbs(c)} | ${fmt(r)} | ${mbs(r)} |`);
}
