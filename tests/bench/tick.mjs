// Measures the presenter screen's tick cost: main-thread scripting time while
// the timer runs, at 4x CPU throttle, in Debian's Chromium against dist/.
// Usage: node tests/bench/tick.mjs [port]   (serves dist/ itself)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const port = process.argv[2] ?? "4180";
const server = spawn("node", ["tests/e2e/serve.mjs", "dist", port], { stdio: "ignore" });
await new Promise((resolve) => setTimeout(resolve, 500));

const SECONDS = 10;
const RUNS = 5;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(`http://127.0.0.1:${port}/timer`);
    await page.locator(".tiles a").first().click();
    await page.locator(".presenter").waitFor();
    await page.keyboard.press("Space");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await cdp.send("Performance.enable");
    const metric = async () => {
      const { metrics } = await cdp.send("Performance.getMetrics");
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { script: get("ScriptDuration"), task: get("TaskDuration"), layout: get("LayoutDuration"), style: get("RecalcStyleDuration") };
    };
    const before = await metric();
    await page.waitForTimeout(SECONDS * 1000);
    const after = await metric();
    const perSecond = (key) => ((after[key] - before[key]) * 1000) / SECONDS;
    results.push({ script: perSecond("script"), task: perSecond("task"), layout: perSecond("layout"), style: perSecond("style") });
    await page.close();
  }
} finally {
  await browser.close();
  server.kill();
}
const median = (key) => {
  const sorted = results.map((r) => r[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ticksPerSecond = 1; // the presenter wakes once per displayed second (clock::ticking_now)
console.log(`tick cost at 4x CPU throttle, median of ${RUNS} runs of ${SECONDS} s (1 tick/s):`);
console.log(`  scripting ${median("script").toFixed(2)} ms/s = ${(median("script") / ticksPerSecond).toFixed(3)} ms per tick (budget 1 ms)`);
console.log(`  style ${median("style").toFixed(2)} ms/s, layout ${median("layout").toFixed(2)} ms/s, all main-thread tasks ${median("task").toFixed(2)} ms/s`);
