// How fast this machine is, on the scale Chrome DevTools calibrates its CPU
// throttling presets with (Lighthouse's BenchmarkIndex: about 1,000 for a
// mid-tier phone, 264 for a low-tier one). It tells what "4x CPU" emulates
// here: the throttle slows this virtual machine by more than its rate.
import { median } from "./lib.mjs";

/** Lighthouse's method, written out: the mean of two loops' rates (builds of
 * a 10,000-character string per second, copies of a 100,000-element array per
 * second), each divided by 10. Run in the page, so the throttle applies. */
function benchmarkIndex() {
  const perSecond = (work) => {
    const start = Date.now();
    let rounds = 0;
    while (rounds % 10 !== 0 || Date.now() - start < 500) {
      work(rounds);
      rounds += 1;
    }
    return Math.round(rounds / 10 / ((Date.now() - start) / 1000));
  };
  const strings = perSecond(() => {
    let text = "";
    for (let i = 0; i < 10000; i++) text += "a";
    // Uses the result, so the loop cannot be optimised away.
    if (text.length === 1) throw new Error("unreachable");
  });
  const a = Array.from({ length: 100000 }, (_, i) => i);
  const b = [...a];
  const arrays = perSecond((round) => {
    const [from, to] = round % 2 === 0 ? [a, b] : [b, a];
    for (let i = 0; i < from.length; i++) to[i] = from[i];
  });
  return (strings + arrays) / 2;
}

/** The median index over `runs` runs at CPU throttle `rate`, after one warm-up run. */
export async function benchmarkIndexAt(browser, { rate, runs }) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  const scores = [];
  for (let run = 0; run <= runs; run++) scores.push(await page.evaluate(benchmarkIndex));
  await page.close();
  return median(scores.slice(1));
}
