// Trunk's post_build hook: turns the staged build into a static site that a
// strict Content-Security-Policy, a sub-path and an offline visit all accept.
//   1. Trunk's inline module loader moves to its own hashed file, so the CSP
//      needs no 'unsafe-inline' and no hash for scripts.
//   2. <base href> gets the path the site is hosted under (LIVEDESK_BASE,
//      default "/"); every asset URL is relative to it, and the app reads its
//      router base from it, so one wasm serves any path (see rebase.mjs).
//   3. sw.js gets the list of every file of this build and a version made
//      from their contents, so a new build is a new service worker.
//   4. 404.html is a copy of index.html: static hosts answer deep links with it.
// Usage: node scripts/site/finish.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { setBase } from "./base.mjs";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("finish.mjs: no directory (TRUNK_STAGING_DIR is not set)");
  process.exit(1);
}
const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);

// 1. The loader script.
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>/g;
const loaders = [...html.matchAll(inline)].filter((m) => !/\ssrc=/.test(m[0]));
if (loaders.length !== 1) {
  console.error(`finish.mjs: expected Trunk's one inline loader in index.html, found ${loaders.length}`);
  process.exit(1);
}
const loader = loaders[0][1].trim() + "\n";
const bootName = `boot-${hash(loader)}.js`;
writeFileSync(join(dir, bootName), loader);
html = html.replace(loaders[0][0], `<script type="module" src="./${bootName}"></script>`);
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) {
  console.error("finish.mjs: index.html still has an inline script, which the CSP would block");
  process.exit(1);
}

// 2. The base path.
html = setBase(html, process.env.LIVEDESK_BASE ?? "/");
writeFileSync(indexPath, html);

// 3. The service worker's lists. Installing caches the shell: everything but
// the worker itself, the 404 copy (navigations are answered with index.html)
// and the parts loaded on first use (ECharts, the Excel reader), which it
// caches when the app first asks for them, so a first visit to the timer
// transfers no chart code.
const files = [];
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dir, path).split(sep).join("/"));
  }
};
walk(dir);
const built = files.filter((f) => f !== "sw.js" && f !== "404.html").sort();
const onFirstUse = (f) => /^(echarts-|sheet_worker)/.test(f);
const version = hash(built.map((f) => `${f}\n${hash(readFileSync(join(dir, f)))}`).join("\n"));
const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8");
const placeholders = ["__LIVEDESK_VERSION__", "__LIVEDESK_SHELL__", "__LIVEDESK_ON_FIRST_USE__"];
if (!placeholders.every((p) => sw.includes(p))) {
  console.error("finish.mjs: sw.js lacks its placeholders");
  process.exit(1);
}
writeFileSync(
  swPath,
  sw
    .replace("__LIVEDESK_VERSION__", version)
    .replace("__LIVEDESK_SHELL__", JSON.stringify(built.filter((f) => !onFirstUse(f))))
    .replace("__LIVEDESK_ON_FIRST_USE__", JSON.stringify(built.filter(onFirstUse))),
);

// 4. Deep links on static hosts.
writeFileSync(join(dir, "404.html"), html);
console.log(`finish.mjs: ${bootName}; sw.js version ${version}, ${built.length} files`);
