// What the bench's measurements share: the release build served locally with
// a count of every byte sent, Debian's Chromium, a workspace seeded before the
// app starts, CPU throttling, and medians.
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { serveStatic } from "../e2e/serve.mjs";

/** The documented example workspace, its timers reset so every show starts ready. */
export const EXAMPLE = JSON.parse(readFileSync("docs/example.livedesk.json", "utf8"));
for (const show of EXAMPLE.data.shows) delete show.timer;
/** The example's first show: it has a six-segment script. */
export const SHOW_ID = "show-0705";

/** Serves dist/ on `port`; `served` lists [file, bytes] since the last `served.length = 0`. */
export async function startServer(port) {
  const served = [];
  const server = await serveStatic("dist", port, "/", (file, bytes) => served.push([file, bytes]));
  return { served, close: () => server.close(), url: (path) => `http://127.0.0.1:${port}${path}` };
}

export async function launch() {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--enable-precise-memory-info",
    ],
  });
}

/** A fresh context (nothing cached, no service worker unless allowed) whose
 * localStorage holds `document` before the app's first read. */
export async function seededContext(browser, document = EXAMPLE, { serviceWorkers = "block" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers });
  await context.addInitScript((text) => {
    if (!localStorage.getItem("livedesk.workspace")) localStorage.setItem("livedesk.workspace", text);
  }, JSON.stringify(document));
  return context;
}

export async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The durations (ms) of the app's User Timing measures named `name` (see clock::Span). */
export const measures = (page, name) =>
  page.evaluate((name) => performance.getEntriesByName(name, "measure").map((m) => m.duration), name);

/** A workspace document of about `bytes`: the example plus copies of its
 * first template whose segments carry lines, as a busy team's would. */
export function workspaceOfSize(bytes) {
  const document = structuredClone(EXAMPLE);
  const template = document.data.templates[0];
  const line = "今天直播间的福利：下单立减二十元，前一百名再送试用装，库存有限，拍完即止。".repeat(3);
  const copyOf = (n) => ({
    ...structuredClone(template),
    id: `tpl-bench-${n}`,
    name: `压测模板 ${n}`,
    segments: template.segments.map((segment) => ({
      ...structuredClone(segment),
      id: `${segment.id}-${n}`,
      lines: [line, line, line, line],
      notes: line,
    })),
  });
  const bytesOf = (value) => Buffer.byteLength(JSON.stringify(value));
  const copies = Math.max(0, Math.ceil((bytes - bytesOf(document)) / (bytesOf(copyOf(1)) + 1)));
  for (let n = 1; n <= copies; n++) document.data.templates.push(copyOf(n));
  return document;
}
