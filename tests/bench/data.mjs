// The data path: reading and validating a 5 MB backup file in the browser,
// and saving a typical 200 KB workspace to localStorage (clock::Span measures).
import { writeFileSync } from "node:fs";
import { SHOW_ID, measures, median, seededContext, workspaceOfSize } from "./lib.mjs";

export async function importMs(browser, server, { runs, megabytes }) {
  const file = "test-results/bench-import.livedesk.json";
  const document = workspaceOfSize(megabytes * 1024 * 1024);
  writeFileSync(file, JSON.stringify(document));
  const context = await seededContext(browser);
  const page = await context.newPage();
  const read = [];
  const shown = [];
  for (let run = 0; run < runs; run++) {
    await page.goto(server.url("/data"));
    const input = page.locator(".data-page input[type=file]");
    await input.waitFor({ state: "attached" });
    await input.evaluate((el) => el.addEventListener("change", () => (window.__chosenAt = performance.now()), { capture: true }));
    await input.setInputFiles(file);
    const preview = await page.waitForFunction(
      () => document.querySelector(".import-panel .preview") && performance.now(),
      null,
      { polling: "raf", timeout: 30_000 },
    );
    shown.push((await preview.jsonValue()) - (await page.evaluate(() => window.__chosenAt)));
    read.push((await measures(page, "livedesk:import-read")).at(-1));
  }
  await context.close();
  return { readMs: median(read), shownMs: median(shown), templates: document.data.templates.length };
}

/** Saves of a workspace of about `kilobytes`, each a timer action. In the
 * whole app (`?app`) a save writes the whole workspace, as every page's does;
 * in the presenter alone it writes the show's timer into the stored copy. */
export async function saveMs(browser, server, { saves, kilobytes, wholeApp }) {
  const document = workspaceOfSize(kilobytes * 1024);
  const context = await seededContext(browser, document);
  const page = await context.newPage();
  await page.goto(server.url(`/timer/${SHOW_ID}${wholeApp ? "?app" : ""}`));
  await page.locator(".presenter .toggle").waitFor();
  // Every timer action saves at once (AppState::update_and_save).
  await page.keyboard.press("Space");
  for (let i = 0; i < saves; i++) await page.keyboard.press(i % 2 ? "+" : "-");
  await page.waitForFunction((n) => performance.getEntriesByName("livedesk:save", "measure").length >= n, saves + 1);
  const durations = await measures(page, "livedesk:save");
  const stored = await page.evaluate(() => new Blob([localStorage.getItem("livedesk.workspace")]).size);
  await context.close();
  return { saveMs: median(durations), count: durations.length, storedBytes: stored };
}

/** Three-way merges of two windows' saves of a workspace of about
 * `kilobytes`: each round, both windows commit an edit to one plan at the
 * same moment (one its name, the other its notes), so the later save meets
 * the other's unsaved edit and merges (clock::Span `livedesk:merge`). Also
 * checks that the last round's two edits are both stored. */
export async function mergeMs(browser, server, { rounds, kilobytes }) {
  const document = workspaceOfSize(kilobytes * 1024);
  const planId = document.data.plans[0].id;
  const context = await seededContext(browser, document);
  const windows = [await context.newPage(), await context.newPage()];
  for (const page of windows) {
    await page.goto(server.url(`/plans/${planId}`));
    await page.getByLabel("备注").waitFor();
  }
  const commit = (page, label, value, when) =>
    page.getByLabel(label).evaluate(
      (input, [value, when]) =>
        new Promise((done) =>
          setTimeout(() => {
            input.value = value;
            input.dispatchEvent(new Event("change", { bubbles: true }));
            done();
          }, Math.max(0, when - Date.now())),
        ),
      [value, when],
    );
  for (let round = 0; round < rounds; round++) {
    const when = Date.now() + 200;
    await Promise.all([
      commit(windows[0], "名称", `合并压测 ${round}`, when),
      commit(windows[1], "备注", `合并压测备注 ${round}`, when),
    ]);
    // Both debounced saves (400 ms) and the merges they cause.
    await windows[0].waitForTimeout(1200);
  }
  const durations = (await Promise.all(windows.map((page) => measures(page, "livedesk:merge")))).flat();
  const plan = await windows[0].evaluate(
    (id) => JSON.parse(localStorage.getItem("livedesk.workspace")).data.plans.find((p) => p.id === id),
    planId,
  );
  const kept = plan.name === `合并压测 ${rounds - 1}` && plan.notes === `合并压测备注 ${rounds - 1}`;
  const storedBytes = await windows[0].evaluate(() => new Blob([localStorage.getItem("livedesk.workspace")]).size);
  await context.close();
  return { mergeMs: median(durations), maxMs: Math.max(...durations), count: durations.length, kept, storedBytes };
}
