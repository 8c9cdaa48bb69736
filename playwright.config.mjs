// End-to-end tests against the release build in dist/, served on 127.0.0.1 the
// way a static host serves it, in Debian's Chromium at both tablet sizes.
import { defineConfig } from "@playwright/test";

const PORT = 4173;

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
    { name: "landscape-1024x768", use: { viewport: { width: 1024, height: 768 }, hasTouch: true } },
    { name: "portrait-800x1280", use: { viewport: { width: 800, height: 1280 }, hasTouch: true } },
  ],
  webServer: {
    command: `node tests/e2e/serve.mjs dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
  },
});
