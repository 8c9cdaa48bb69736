// Copies a finished build to serve it under another path, without rebuilding:
// only <base href> in index.html and 404.html changes; the wasm, the service
// worker and the manifest are path-independent.
// Usage: node scripts/site/rebase.mjs <from> <to> <base>, e.g. dist dist-livedesk /livedesk/
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setBase } from "./base.mjs";

const [from, to, base] = process.argv.slice(2);
if (!from || !to || !base) {
  console.error("usage: node scripts/site/rebase.mjs <from> <to> <base>");
  process.exit(2);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
for (const page of ["index.html", "404.html"]) {
  const path = join(to, page);
  writeFileSync(path, setBase(readFileSync(path, "utf8"), base));
}
console.log(`rebase.mjs: ${to} serves at ${base}`);
