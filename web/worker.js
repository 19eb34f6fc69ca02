// Canonicalization off the main thread: a 50-page paste never freezes the page.
import init, { explain } from "./pkg/kcanon.js";

const ready = init();
self.onmessage = async ({ data: { id, text, options } }) => {
  await ready;
  try {
    const t0 = performance.now();
    const { output, changes } = explain(text, options);
    self.postMessage({ id, output, changes, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: String(e && e.message ? e.message : e) });
  }
};
self.postMessage({ ready: true });
