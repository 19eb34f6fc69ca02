// The page: wires the inputs to the kcanon WASM package. No build step.
import init, { compare, hangul, key, pronounce, romanize, rules, systems, version } from "./pkg/kcanon.js";

const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};

const SYSTEM_NAMES = {
  rr: "Revised Romanization",
  "rr-translit": "RR transliteration",
  mr: "McCune–Reischauer",
  "mr-ascii": "MR, as the press types it",
  dprk: "DPRK system",
  kcna: "KCNA practice",
  yale: "Yale",
};

// --- Canonicalize (in a worker) -------------------------------------------
const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
const workerReady = new Promise((ok) => {
  worker.addEventListener("message", function first({ data }) {
    if (data.ready) {
      worker.removeEventListener("message", first);
      ok();
    }
  });
});
let describe = new Map();
// The latest request, and the text it sent: the answer is drawn against that
// text, not against what the input holds when the answer comes.
let latest = 0;
let sent = "";

function options() {
  const o = { to: $("opt-to").value };
  for (const name of ["spelling", "lexicon", "spacing", "punctuation", "vocabulary", "designations", "rokSurnames"])
    o[name] = $(`opt-${name}`).checked;
  return o;
}

function canonicalizeNow() {
  const id = ++latest;
  const text = $("canon-in").value;
  sent = text;
  $("canon-out").setAttribute("aria-busy", "true");
  worker.postMessage({ id, text, options: options() });
}

worker.addEventListener("message", async ({ data }) => {
  if (data.ready || data.id !== latest) return;
  if (data.error) {
    $("canon-out").textContent = `Error: ${data.error}`;
    return;
  }
  await render(sent, data, data.id);
});

// Renders the output with each change marked, a slice of changes per task so
// that thousands of marks never block input.
async function render(input, { output, changes, ms }, id) {
  const out = $("canon-out");
  delete out.dataset.input;
  const counts = new Map();
  const parts = document.createDocumentFragment();
  out.replaceChildren();
  let at = 0;
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    parts.append(input.slice(at, c.start));
    const mark = el("mark", { tabIndex: 0, className: c.to === "" ? "removed" : "" }, c.to);
    const why = `${c.rule}: ${describe.get(c.rule) ?? ""} (${c.from} → ${c.to || "nothing"})`;
    mark.title = why;
    mark.dataset.rule = c.rule;
    mark.setAttribute("aria-label", `${c.to || "removed"}, was ${c.from}, ${c.rule}`);
    parts.append(mark);
    at = c.end;
    counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
    if (i % 2000 === 1999) {
      out.append(parts);
      await new Promise((ok) => setTimeout(ok));
      if (id !== latest) return;
    }
  }
  parts.append(input.slice(at));
  out.append(parts);
  out.removeAttribute("aria-busy");
  out.dataset.input = input.length;
  const n = changes.length;
  $("canon-count").textContent = `— ${n} change${n === 1 ? "" : "s"} in ${ms.toFixed(1)} ms`;
  $("canon-summary").replaceChildren(
    ...[...counts].sort((a, b) => b[1] - a[1]).map(([rule, count]) =>
      el("li", {}, el("code", {}, rule), ` × ${count} — ${describe.get(rule) ?? ""}`)),
  );
}

// --- Romanize -----------------------------------------------------------------
function romanizeNow() {
  const text = $("roman-in").value;
  const row = (s) => {
    const tr = el("tr", { className: "system" },
      el("th", { scope: "row", title: SYSTEM_NAMES[s] ?? s }, el("code", {}, s), el("span", { className: "sub" }, SYSTEM_NAMES[s] ?? "")),
      el("td", { className: "text" }, romanize(text, s)),
      el("td", { className: "name" }, romanize(text, s, { kind: "name" })));
    tr.dataset.system = s;
    return tr;
  };
  $("roman-table").tBodies[0].replaceChildren(...systems().map(row));
  $("roman-pron").textContent = pronounce(text);
}

// --- Names --------------------------------------------------------------------
function namesNow() {
  const a = $("name-a").value, b = $("name-b").value;
  const v = compare(a, b);
  $("verdict").replaceChildren(
    el("strong", { className: v.same ? "same" : "different" }, v.same ? "same" : "different"),
    ` — overlap of the readings ${v.score.toFixed(3)}`,
  );
  $("verdict").dataset.verdict = v.same ? "same" : "different";
  for (const [side, name] of [["a", a], ["b", b]]) {
    $(`cands-${side}`).replaceChildren(
      ...hangul(name).slice(0, 5).map((c) => el("li", {}, c.hangul, el("span", { className: "sub" }, ` ${(c.score * 100).toFixed(1)}%`))),
    );
    $(`key-${side}`).textContent = key(name);
  }
}

// --- Start ----------------------------------------------------------------------
const debounce = (f, ms) => {
  let t;
  return () => {
    clearTimeout(t);
    t = setTimeout(f, ms);
  };
};

const t0 = performance.now();
await Promise.all([init(), workerReady]);
describe = new Map(rules().map((r) => [r.id, r.description]));
$("version").textContent = version();
$("canon-in").addEventListener("input", debounce(canonicalizeNow, 150));
for (const o of document.querySelectorAll(".options select, .options input")) o.addEventListener("change", canonicalizeNow);
$("roman-in").addEventListener("input", romanizeNow);
$("name-a").addEventListener("input", namesNow);
$("name-b").addEventListener("input", namesNow);
canonicalizeNow();
romanizeNow();
namesNow();
const loadMs = performance.now() - t0;
$("status").textContent = `Ready in ${Math.round(loadMs)} ms.`;
// When the page became ready, from the start of its navigation (what a
// reader waits), and how long its own start took.
document.documentElement.dataset.readyAt = String(Math.round(performance.now()));
document.documentElement.dataset.ready = String(Math.round(loadMs));
