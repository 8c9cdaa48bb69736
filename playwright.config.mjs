// End-to-end tests against the release build in dist/, served on 127.0.0.1 the
// way a static host serves it, in Debian's Chromium at both tablet sizes; the
// same build rebased to /livedesk/ (scripts/site/rebase.mjs) for sub-path
// hosting, and a copy the update test changes on disk.
import { defineConfig } from "@playwright/test";

const PORT = 4173;
export const SUBPATH_PORT = 4174;
export const UPDATE_PORT = 4175;
const serve = (dir, port, base = "/") => ({
  command: `node tests/e2e/serve.mjs ${dir} ${port} ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  reuseExistingServer: false,
});

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.spec.mjs",
  outputDir: "test-results/artifacts",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
    trace: "retain-on-failure",
    // The teams work in China: dates and the expected end read in Beijing time.
    timezoneId: "Asia/Shanghai",
  },
  projects: [
    { name: "landscape-1024x768", testIgnore: "subpath.spec.mjs", use: { viewport: { width: 1024, height: 768 }, hasTouch: true } },
    { name: "portrait-800x1280", testIgnore: "subpath.spec.mjs", use: { viewport: { width: 800, height: 1280 }, hasTouch: true } },
    {
      name: "subpath-1024x768",
      testMatch: "subpath.spec.mjs",
      use: { viewport: { width: 1024, height: 768 }, hasTouch: true, baseURL: `http://127.0.0.1:${SUBPATH_PORT}/livedesk/` },
    },
  ],
  webServer: [
    serve("dist", PORT),
    {
      ...serve("test-results/site-livedesk", SUBPATH_PORT, "/livedesk/"),
      command: `node scripts/site/rebase.mjs dist test-results/site-livedesk /livedesk/ && node tests/e2e/serve.mjs test-results/site-livedesk ${SUBPATH_PORT} /livedesk/`,
    },
    {
      ...serve("test-results/site-update", UPDATE_PORT),
      command: `node scripts/site/rebase.mjs dist test-results/site-update / && node tests/e2e/serve.mjs test-results/site-update ${UPDATE_PORT}`,
    },
  ],
});
