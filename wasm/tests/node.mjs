// The JS API suite under Node, against web/pkg (built by wasm/build.sh).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import path from "node:path";
import init, * as kcanon from "../../web/pkg/kcanon.js";
import { run } from "./suite.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(root, "../shared");
if (!existsSync(shared)) {
  console.error(`${shared} is missing: the suite needs ../shared beside the repository`);
  process.exit(1);
}
await init({ module_or_path: await readFile(path.join(root, "web/pkg/kcanon_bg.wasm")) });
const load = (p) =>
  readFile(p.startsWith("shared/") ? path.join(shared, p.slice(7)) : path.join(root, p), "utf8");
const { passed, failed } = await run(kcanon, load);
for (const f of failed) console.error(`FAIL ${f}`);
console.log(`node ${process.version}: ${passed} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
