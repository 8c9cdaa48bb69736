// What a first visit to each screen transfers, counted by the server (so the
// service worker's own downloads count too), raw and as a static host would
// compress it: gzip -9 and brotli q11.
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { SHOW_ID, seededContext } from "./lib.mjs";

export const ROUTES = ["/", `/timer/${SHOW_ID}`, "/plans", "/scripts", "/kpi", `/kpi/review/${SHOW_ID}`, "/data"];

const compressed = new Map();
function sizes(file) {
  if (!compressed.has(file)) {
    const body = readFileSync(file);
    compressed.set(file, {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return compressed.get(file);
}

/** Sums what the server sent for one first visit to `route`. */
async function visit(browser, server, route, serviceWorkers) {
  const context = await seededContext(browser, undefined, { serviceWorkers });
  const page = await context.newPage();
  server.served.length = 0;
  await page.goto(server.url(route), { waitUntil: "networkidle" });
  if (route.startsWith("/kpi/review")) {
    // Charts load ECharts when the first one is on screen.
    await page.locator("canvas").first().waitFor({ timeout: 10_000 }).catch(() => {});
    await page.waitForLoadState("networkidle");
  }
  if (serviceWorkers === "allow") {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState("networkidle");
  }
  // A 304 (the service worker revalidating what the page just loaded) sends no body.
  const sent = server.served.filter(([, bytes]) => bytes > 0);
  const total = { raw: 0, gzip: 0, brotli: 0, files: sent.length, notModified: server.served.length - sent.length };
  for (const [file] of sent) {
    const s = sizes(file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  await context.close();
  return total;
}

export async function transferPerRoute(browser, server) {
  const rows = [];
  for (const route of ROUTES) rows.push({ route, ...(await visit(browser, server, route, "block")) });
  // The timer again with the service worker caching the app for offline use.
  const withSw = await visit(browser, server, `/timer/${SHOW_ID}`, "allow");
  return { rows, withSw };
}
