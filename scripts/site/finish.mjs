// Trunk's post_build hook: turns the staged build into a static site that a
// strict Content-Security-Policy, a sub-path and an offline visit all accept.
//   1. Trunk's inline loader gives way to one hashed loader file, so the CSP
//      needs no 'unsafe-inline' and no hash for scripts, and a timer opened
//      directly loads the presenter's small wasm instead of the whole app.
//   2. <base href> gets the path the site is hosted under (LIVEDESK_BASE,
//      default "/"); every asset URL is relative to it, and the app reads its
//      router base from it, so one wasm serves any path (see rebase.mjs).
//   3. sw.js gets the list of every file of this build and a version made
//      from their contents, so a new build is a new service worker.
//   4. 404.html is a copy of index.html: static hosts answer deep links with it.
// Usage: node scripts/site/finish.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR)
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { setBase } from "./base.mjs";

const fail = (message) => {
  console.error(`finish.mjs: ${message}`);
  process.exit(1);
};
const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) fail("no directory (TRUNK_STAGING_DIR is not set)");
const hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);

// 1. The loader. Trunk writes an inline loader for the whole app and preloads
// it; the presenter alone (index.html) it builds without one. The page gets
// one loader file instead, which fetches only the app its address needs.
const indexPath = join(dir, "index.html");
let html = readFileSync(indexPath, "utf8");
const inline = /<script type="module"[^>]*>([\s\S]*?)<\/script>\s*/g;
const loaders = [...html.matchAll(inline)].filter((m) => !/\ssrc=/.test(m[0]));
if (loaders.length !== 1) fail(`expected Trunk's one inline loader in index.html, found ${loaders.length}`);
const js = loaders[0][1].match(/from '\.\/([^']+\.js)'/)?.[1];
const wasm = loaders[0][1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
if (!js || !wasm) fail(`Trunk's loader is not of the expected form:\n${loaders[0][1]}`);
const apps = { app: { js, wasm }, presenter: { js: "presenter.js", wasm: "presenter_bg.wasm" } };
for (const file of Object.values(apps.presenter)) {
  if (!existsSync(join(dir, file))) fail(`the presenter's ${file} is missing`);
}
// The other screens' styles (style/<name>.css): the loader adds them for the
// whole app and starts it once they apply; the presenter alone loads none.
const screenStyles = ["pages", "scripts", "plans", "kpi"];
const styleTag = new RegExp(
  `<link rel="stylesheet" href="\\./((?:${screenStyles.join("|")})-[0-9a-f]+\\.css)"(?: integrity="([^"]+)")?\\s*/?>\\s*`,
  "g",
);
apps.app.styles = [...html.matchAll(styleTag)].map(([, href, integrity]) => ({ href, integrity }));
apps.presenter.styles = [];
if (apps.app.styles.length !== screenStyles.length) {
  fail(`expected the styles ${screenStyles.join(", ")} in index.html, found ${apps.app.styles.length}`);
}
html = html.replace(styleTag, "");
html = html.replace(loaders[0][0], "");
const preload = new RegExp(`<link rel="(modulepreload|preload)" href="\\./(${js}|${wasm})"[^>]*>\\s*`, "g");
html = html.replace(preload, "");
const loader = `// Written by scripts/site/finish.mjs. Loads the presenter alone for
// <base>timer/<show>, the whole app for every other address, and for that
// one too with ?app (the presenter's hand-over when it cannot start alone).
const base = new URL(document.baseURI).pathname;
const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : "";
// Exactly the presenter's route: an address it does not match would reload
// into the whole app, and one it matched here but not there would loop.
const presenter = /^timer\\/[^/]+$/.test(path) && !new URLSearchParams(location.search).has("app");
const app = presenter ? ${JSON.stringify(apps.presenter)} : ${JSON.stringify(apps.app)};
// This script is async: it runs as soon as it arrives, without waiting for the
// page's styles, so the wasm downloads and compiles while they load and while
// its glue loads. A server that does not send application/wasm makes
// compileStreaming refuse; the glue's own loader then fetches it again.
const url = \`./\${app.wasm}\`;
const compiled = WebAssembly.compileStreaming(fetch(url)).catch(() => fetch(url));
const styled = Promise.all(
  app.styles.map(({ href, integrity }) => {
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: \`./\${href}\` });
    if (integrity) link.integrity = integrity;
    const applied = new Promise((resolve) => {
      link.addEventListener("load", resolve);
      link.addEventListener("error", resolve);
    });
    document.head.append(link);
    return applied;
  }),
);
const bindings = await import(\`./\${app.js}\`);
await styled;
// The app mounts on <body>: start it only once the page is parsed.
if (document.readyState === "loading") {
  await new Promise((resolve) => addEventListener("DOMContentLoaded", resolve, { once: true }));
}
const wasm = await bindings.default({ module_or_path: await compiled });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
`;
const bootName = `boot-${hash(loader)}.js`;
writeFileSync(join(dir, bootName), loader);
// First of the page's requests, ahead of the style sheets: the wasm it
// fetches is the longest download, and the CSP above it already applies.
const firstStyle = html.indexOf('<link rel="stylesheet"');
if (firstStyle < 0) fail("index.html has no style sheet to put the loader before");
html = `${html.slice(0, firstStyle)}<script type="module" async src="./${bootName}"></script>\n    ${html.slice(firstStyle)}`;
if (/<script(?![^>]*\ssrc=)[^>]*>/.test(html)) fail("index.html still has an inline script, which the CSP would block");
if (/(modulepreload|preload)[^>]*(livedesk|presenter)-/.test(html)) fail("index.html still preloads an app");

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
if (!placeholders.every((p) => sw.includes(p))) fail("sw.js lacks its placeholders");
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
