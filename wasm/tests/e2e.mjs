// End to end: headless Chromium drives the real page (web/index.html) as a
// user would, and saves a screenshot to target/e2e/page.png.
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(root, "../shared");
const article = await readFile(path.join(shared, "corpus/dprk/kcna_2023-01-30_nato_ko.txt"), "utf8");
const golden = await readFile(path.join(root, "tests/golden/kcna_2023-01-30_nato_rok.txt"), "utf8");

const failures = [];
const check = (name, ok, detail = "") => {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
  if (!ok) failures.push(name);
};

const server = await serve(root, shared);
const browser = await launch();
await browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on("pageerror", (e) => failures.push(`page error: ${e.message}`));

  // Loading: both WASM instances (page and worker) ready.
  await page.goto(`${server.url}/web/`);
  await page.waitForSelector("html[data-ready]");
  // The moment the page became ready, from the start of the navigation, as
  // the page recorded it (not when this harness's polling saw it: that
  // adds 100–300 ms on a small machine).
  const loadMs = await page.evaluate(() => Number(document.documentElement.dataset.readyAt));
  check("the page loads in under a second", loadMs < 1000, `${Math.round(loadMs)} ms to ready`);

  // Paste text as a user does (clipboard, select all, Ctrl+V) and wait for
  // the worker's answer to be drawn.
  const paste = async (text) => {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.evaluate(() => {
      delete document.getElementById("canon-out").dataset.input; // no answer to an earlier paste counts
      document.getElementById("canon-in").select();
    });
    await page.keyboard.press("Control+V");
    const pasted = await page.evaluate(() => document.getElementById("canon-in").value);
    if (pasted !== text) throw new Error(`the paste gave ${pasted.length} characters, not ${text.length}`);
    await page.waitForFunction(
      (n) => {
        const out = document.getElementById("canon-out");
        return out.dataset.input === String(n) && !out.hasAttribute("aria-busy");
      },
      text.length,
      { timeout: 60_000 },
    );
  };

  // The seed article comes out as the golden file says.
  await paste(article);
  const out = await page.textContent("#canon-out");
  const at = [...out].findIndex((c, i) => c !== [...golden][i]);
  check(
    "the seed article comes out in ROK spelling (tests/golden)",
    out === golden,
    out === golden ? "" : `differs at ${at}: ${JSON.stringify(out.slice(at - 20, at + 20))} vs ${JSON.stringify(golden.slice(at - 20, at + 20))}`,
  );

  // A 50-page document: worked off the main thread, drawn in slices.
  const pages50 = Array(50).fill(article).join("\n");
  await page.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    const tick = (t) => {
      window.__gaps.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const t50 = Date.now();
  await paste(pages50);
  const ms50 = Date.now() - t50;
  const worst = await page.evaluate(() => {
    window.__stop = true;
    return Math.max(...window.__gaps.slice(1));
  });
  const marks = await page.locator("#canon-out mark").count();
  check(
    "a 50-page document does not freeze the page",
    worst < 400,
    `${pages50.length} characters, ${marks} marks, ${ms50} ms, longest frame ${Math.round(worst)} ms`,
  );

  // 로씨야 → 러시아, highlighted, with its rule.
  await paste("로씨야와 뽈스까의 로동자들이 《평화》를 위하여 투쟁하는것은 당연한 일이였다.");
  const mark = page.locator("#canon-out mark", { hasText: "러시아" });
  check("러시아 is shown for 로씨야, highlighted", (await mark.count()) === 1);
  check("its rule is on the mark", (await mark.getAttribute("data-rule")) === "spelling.foreign-name");
  check("and in its tooltip", (await mark.getAttribute("title"))?.includes("로씨야 → 러시아"));
  await mark.hover();

  // Keyboard: the marks are reachable with Tab.
  await page.focus("#canon-out");
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.tagName);
  check("Tab moves from the output to its first change", focused === "MARK", focused);

  // --to dprk through the option.
  await page.selectOption("#opt-to", "dprk");
  await page.waitForFunction(() => document.getElementById("canon-out").textContent.includes("로동자"));
  check("the DPRK option writes DPRK spelling", (await page.textContent("#canon-out")).includes("로씨야"));
  await page.selectOption("#opt-to", "rok");
  await page.waitForFunction(() => document.getElementById("canon-out").textContent.includes("러시아"));

  // Romanization: 김동명 in every system; mr-ascii as a name.
  await page.fill("#roman-in", "김동명");
  const mrAscii = await page.textContent('#roman-table tr[data-system="mr-ascii"] td.name');
  check("김동명 is Kim Tong-myong in the mr-ascii row", mrAscii === "Kim Tong-myong", mrAscii);
  const rows = await page.locator("#roman-table tbody tr").count();
  check("every system has a row", rows === 7, String(rows));

  // Names: the verdict and the readings behind it.
  await page.fill("#name-a", "Kim Dongmyeong");
  await page.fill("#name-b", "KIM Tong Myong");
  const verdict = await page.getAttribute("#verdict", "data-verdict");
  check("Kim Dongmyeong vs KIM Tong Myong: same", verdict === "same", verdict);
  check("the readings behind it", (await page.textContent("#cands-a")).includes("김동명"));

  await mark.hover();
  const shot = path.join(root, "target/e2e/page.png");
  await mkdir(path.dirname(shot), { recursive: true });
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`screenshot: ${path.relative(root, shot)}`);
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`e2e: ${failures.length} failed: ${failures.join("; ")}`);
  process.exit(1);
}
console.log("e2e: all passed");
