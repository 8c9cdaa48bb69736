// The presenter screen: how soon its start button works on a first visit at
// 4x CPU throttle, what one tick costs, whether the shown time drifts over 3
// hours, and the memory after a 15-minute run.
import { EXAMPLE, SHOW_ID, median, seededContext, throttle } from "./lib.mjs";

// Playwright's waitForFunction would first inject its own script, which at 4x
// costs ~150 ms of main thread in the middle of the start-up it measures (seen
// in a trace). So the page times itself: a few lines added before the app,
// checking at the start of each frame. A frame's start is not yet what the
// user sees: that frame's style, layout and paint of the new DOM follow (160 ms
// at 4x in a trace), and a tap waits for them. So the time taken is that of
// the first task after the frame in which `condition` held.
const MARK = "livedesk-bench:first";

/** Resolves with the page's performance.now() once the first frame at which
 * `condition` (run in the page) held has been rendered, on each load from now on. */
async function timeEachLoad(page, condition) {
  const check = (mark, holds) => {
    const afterFrame = new MessageChannel();
    afterFrame.port1.onmessage = () => console.debug(`${mark} ${performance.now()}`);
    const next = () => (holds() ? afterFrame.port2.postMessage(null) : requestAnimationFrame(next));
    requestAnimationFrame(next);
  };
  // As source text: the page's CSP allows no eval to rebuild `condition`.
  await page.addInitScript({ content: `(${check})(${JSON.stringify(MARK)}, ${condition});` });
  return () =>
    new Promise((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`${MARK}: not within 30 s`)), 30_000);
      const listen = (message) => {
        const [mark, time] = message.text().split(" ");
        if (mark !== MARK) return;
        clearTimeout(timeout);
        page.off("console", listen);
        resolve(Number(time));
      };
      page.on("console", listen);
    });
}

const startButtonWorks = () => {
  const button = document.querySelector(".presenter .toggle");
  return Boolean(button && !button.disabled);
};

/** ms from navigation start until the frame that shows the enabled start
 * button has been rendered, with `document` (the example) stored. */
export async function startupMs(browser, server, { runs, rate, document = EXAMPLE }) {
  const cold = [];
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const context = await seededContext(browser, document, { serviceWorkers: "allow" });
    const page = await context.newPage();
    const nextLoad = await timeEachLoad(page, startButtonWorks);
    await throttle(page, rate);
    let ready = nextLoad();
    await page.goto(server.url(`/timer/${SHOW_ID}`), { waitUntil: "commit" });
    cold.push(await ready);
    // Again, now that the service worker and the HTTP cache hold the app.
    await page.evaluate(() => navigator.serviceWorker.ready);
    ready = nextLoad();
    await page.reload({ waitUntil: "commit" });
    warm.push(await ready);
    await context.close();
  }
  return { cold: median(cold), warm: median(warm), coldRuns: cold };
}

/** The floor under startupMs on this machine: ms from navigation start to the
 * first frame of the same address with the loader cut out of its page, so the
 * HTML and styles load and render and no app starts. */
export async function pageAloneMs(browser, server, { runs, rate, document = EXAMPLE }) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const context = await seededContext(browser, document);
    const page = await context.newPage();
    await page.route(/\/timer\//, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/<script type="module"[^>]*><\/script>/, "");
      await route.fulfill({ response, body: html });
    });
    const nextLoad = await timeEachLoad(page, () => document.readyState !== "loading");
    await throttle(page, rate);
    const frame = nextLoad();
    await page.goto(server.url(`/timer/${SHOW_ID}`), { waitUntil: "commit" });
    times.push(await frame);
    await context.close();
  }
  return median(times);
}

async function runningPresenter(browser, server, { fakeClock = false } = {}) {
  const context = await seededContext(browser);
  const page = await context.newPage();
  await page.addInitScript(() =>
    addEventListener("TrunkApplicationStarted", (event) => (window.__wasmMemory = event.detail.wasm.memory)),
  );
  if (fakeClock) await page.clock.install({ time: new Date("2026-12-04T20:00:00+08:00") });
  await page.goto(server.url(`/timer/${SHOW_ID}`));
  await page.locator(".presenter .toggle").waitFor();
  await page.keyboard.press("Space");
  await page.locator('.presenter[data-status="running"]').waitFor();
  return { context, page };
}

/** Main-thread scripting per displayed second while the timer runs, and how
 * many DOM changes each tick makes (the face's text, nothing else). */
export async function tickCost(browser, server, { runs, seconds, rate }) {
  const script = [];
  const style = [];
  const mutations = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await runningPresenter(browser, server);
    const cdp = await throttle(page, rate);
    await cdp.send("Performance.enable");
    const metric = async (name) => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === name).value;
    const [s0, r0] = [await metric("ScriptDuration"), await metric("RecalcStyleDuration")];
    await page.waitForTimeout(seconds * 1000);
    const [s1, r1] = [await metric("ScriptDuration"), await metric("RecalcStyleDuration")];
    // One tick per displayed second (clock::use_display_clock).
    script.push(((s1 - s0) * 1000) / seconds);
    style.push(((r1 - r0) * 1000) / seconds);
    // Then, apart (the observer costs script time of its own), what a tick changes.
    await page.evaluate(() => {
      window.__mutations = 0;
      new MutationObserver((records) => (window.__mutations += records.length)).observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    await page.waitForTimeout(5000);
    mutations.push((await page.evaluate(() => window.__mutations)) / 5);
    await context.close();
  }
  return { scriptMs: median(script), styleMs: median(style), mutations: median(mutations) };
}

/** Shown remaining time minus the true remaining time after 3 fake hours. */
export async function driftMs(browser, server) {
  const { context, page } = await runningPresenter(browser, server, { fakeClock: true });
  const hours = 3;
  await page.clock.runFor(hours * 3600 * 1000);
  const text = (await page.locator(".countdown").textContent()).trim();
  const shown = text.replace("-", "").split(":").map(Number).reduce((acc, part) => acc * 60 + part, 0) * (text.startsWith("-") ? -1 : 1);
  const planned = EXAMPLE.data.shows.find((s) => s.id === SHOW_ID).script.segments[0].planned_seconds;
  await context.close();
  return { drift: (shown - (planned - hours * 3600)) * 1000, text };
}

/** JS heap (after a GC) and wasm memory at the start and after 15 minutes. */
export async function memoryAfterRun(browser, server, { minutes }) {
  const { context, page } = await runningPresenter(browser, server, { fakeClock: true });
  const cdp = await page.context().newCDPSession(page);
  const sample = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    return { heap: usedSize, wasm, nodes };
  };
  const before = await sample();
  // Every second's tick fires, as in a real run.
  await page.clock.runFor(minutes * 60 * 1000);
  const after = await sample();
  await context.close();
  return { before, after };
}
