// The JS API suite in headless Chromium: the same suite.mjs as under Node,
// loaded by tests/browser.html from a local static server.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const server = await serve(root, path.resolve(root, "../shared"));
const browser = await launch();
let code = 1;
try {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  await page.goto(`${server.url}/wasm/tests/browser.html`);
  await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 120_000 });
  const { passed, failed } = await page.evaluate(() => window.__result);
  const version = browser.browser()?.version() ?? "";
  for (const f of failed) console.error(`FAIL ${f}`);
  console.log(`chromium ${version}: ${passed} passed, ${failed.length} failed`);
  code = failed.length || passed === 0 ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
process.exit(code);
