// The JS API suite: one set of tests for every runtime (Node: node.mjs,
// headless Chromium: browser.mjs). It reads the fixtures the Rust tests read
// (tests/fixtures/api.json, tests/golden/*, ../shared), never a copy.
//
// `k` is the initialized kcanon module; `load(path)` returns the text of a
// repository file, or of a ../shared file when the path starts "shared/".
// Returns { passed, failed: [messages] }.

export async function run(k, load) {
  const failed = [];
  let passed = 0;
  const check = (name, ok, detail = "") => {
    if (ok) passed++;
    else failed.push(`${name}${detail ? ": " + detail : ""}`);
  };
  const eq = (name, got, want) =>
    check(name, JSON.stringify(got) === JSON.stringify(want), `got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  const throws = (name, f, type, text) => {
    try {
      f();
      check(name, false, "did not throw");
    } catch (e) {
      check(name, e instanceof type && e.message.includes(text), `threw ${e && e.name}: ${e && e.message}`);
    }
  };
  const tsv = (text) => {
    const [head, ...rows] = text.split("\n").filter((l) => l !== "");
    const cols = head.split("\t");
    return rows.map((r) => Object.fromEntries(r.split("\t").map((v, i) => [cols[i], v])));
  };

  // 1. The hand-written cases of tests/fixtures/api.json.
  const f = JSON.parse(await load("tests/fixtures/api.json"));
  for (const c of f.canonicalize) eq(`canonicalize ${JSON.stringify(c.text)}`, k.canonicalize(c.text, c.options), c.output);
  for (const c of f.explain) {
    const e = k.explain(c.text, c.options);
    eq(`explain ${c.text} output`, e.output, c.output);
    eq(`explain ${c.text} changes`, e.changes.map(({ from, to, rule }) => ({ from, to, rule })), c.changes);
    for (const ch of e.changes) eq(`explain ${c.text} offsets`, c.text.slice(ch.start, ch.end), ch.from);
  }
  for (const c of f.variants) eq(`variants ${c.word}`, k.variants(c.word), c.variants);
  for (const c of f.romanize) eq(`romanize ${c.text} ${c.system}`, k.romanize(c.text, c.system, c.options), c.output);
  for (const c of f.pronounce) eq(`pronounce ${c.text}`, k.pronounce(c.text), c.output);
  for (const c of f.hangul) eq(`hangul ${c.name}`, k.hangul(c.name)[0]?.hangul ?? null, c.first);
  for (const c of f.key) {
    const keys = c.names.map((n) => k.key(n));
    eq(`key ${c.names.join(" / ")}`, keys.every((x) => x === keys[0]), c.same);
  }
  for (const c of f.compare) {
    const v = k.compare(c.a, c.b);
    eq(`compare ${c.a} / ${c.b}`, v.same, c.same);
    check(`compare ${c.a} / ${c.b} score`, v.score >= 0 && v.score <= 1, String(v.score));
  }

  // 2. The seed article, against the golden file the Rust test writes.
  const article = await load("shared/corpus/dprk/kcna_2023-01-30_nato_ko.txt");
  const golden = await load("tests/golden/kcna_2023-01-30_nato_rok.txt");
  check("seed article = tests/golden/kcna_2023-01-30_nato_rok.txt", k.canonicalize(article) === golden);
  const ex = k.explain(article);
  check("seed article: explain output = canonicalize", ex.output === golden);
  check(
    "seed article: every change's offsets hold",
    ex.changes.every((c) => article.slice(c.start, c.end) === c.from),
  );
  let rebuilt = "", at = 0;
  for (const c of ex.changes) {
    rebuilt += article.slice(at, c.start) + c.to;
    at = c.end;
  }
  check("seed article: the changes rebuild the output", rebuilt + article.slice(at) === golden);
  const ids = new Set(k.rules().map((r) => r.id));
  check("rules(): every rule of explain is listed", ex.changes.every((c) => ids.has(c.rule)));
  check("rules(): ids are unique", ids.size === k.rules().length);

  // 3. Every system over the shared romanization vectors (tests/golden/romanize.tsv).
  let bad = [];
  for (const r of tsv(await load("tests/golden/romanize.tsv"))) {
    const got = k.romanize(r.text, r.system, { kind: r.kind });
    if (got !== r.output) bad.push(`${r.text} ${r.system} ${r.kind}: ${got} != ${r.output}`);
  }
  check("romanize = tests/golden/romanize.tsv", bad.length === 0, bad.slice(0, 5).join("; "));

  // 4. Keys, verdicts, readings over the shared name pairs (tests/golden/names.tsv).
  bad = [];
  for (const r of tsv(await load("tests/golden/names.tsv"))) {
    const v = k.compare(r.a, r.b);
    const best = k.hangul(r.a)[0]?.hangul ?? "";
    const got = [k.key(r.a), k.key(r.b), String(v.same), best];
    const want = [r.key_a, r.key_b, r.same, r.hangul_a ?? ""];
    if (JSON.stringify(got) !== JSON.stringify(want) || Math.abs(v.score - Number(r.score)) > 0.0015)
      bad.push(`${r.a} / ${r.b}: ${got} ${v.score} != ${want} ${r.score}`);
  }
  check("names = tests/golden/names.tsv", bad.length === 0, bad.slice(0, 5).join("; "));

  // 5. Errors: JS exceptions with the library's message.
  throws("unknown system", () => k.romanize("가", "klingon"), RangeError, "unknown system 'klingon'");
  throws("system not a string", () => k.romanize("가", 7), TypeError, "system");
  throws("unknown option", () => k.canonicalize("가", { spaceing: false }), RangeError, "unknown option 'spaceing'");
  throws("option of the wrong type", () => k.canonicalize("가", { spacing: "no" }), TypeError, "options.spacing");
  throws("unknown target", () => k.canonicalize("가", { to: "kp" }), RangeError, "unknown value 'kp'");
  throws("options not an object", () => k.canonicalize("가", 5), TypeError, "options");
  throws("unknown romanize option", () => k.romanize("가", "rr", { kind: "poem" }), RangeError, "options.kind");
  eq("null options are no options", k.canonicalize("로동", null), "노동");

  // 6. Total on strange input: lone surrogates (replaced on the way in), NUL, long runs.
  for (const s of ["\uD800", "a\uDFFFb", "\u0000", "리".repeat(5000), "《".repeat(300), "Kim\u0301\u0301"]) {
    let ok = true;
    try {
      const out = k.canonicalize(s);
      ok = typeof out === "string" && k.canonicalize(out) === out;
      k.explain(s);
      k.variants(s);
      for (const sys of k.systems()) k.romanize(s, sys, { kind: "name" });
      k.pronounce(s);
      k.hangul(s);
      k.compare(s, s);
      k.key(s);
    } catch (e) {
      ok = false;
    }
    check(`total and idempotent on ${JSON.stringify(s.slice(0, 12))}`, ok);
  }
  check("version()", /^\d+\.\d+\.\d+/.test(k.version()));
  eq("systems()", k.systems(), ["rr", "rr-translit", "mr", "mr-ascii", "dprk", "kcna", "yale"]);

  return { passed, failed };
}
