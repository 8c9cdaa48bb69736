// The presenter screen during a show: start, advance with clicker keys, reload
// mid-segment and find the true remaining time, pause/resume, overtime.
// Playwright's clock makes "15 minutes later" exact and instant.
import { readFileSync } from "node:fs";
import { test, expect, shot } from "./fixtures.mjs";

const SHOW_START = new Date("2026-11-25T20:00:00+08:00");

/** Seconds shown on the countdown ("-1:05" → -65). */
async function shownSeconds(page) {
  const text = (await page.locator(".countdown").textContent()).trim();
  const negative = text.startsWith("-");
  const parts = text.replace("-", "").split(":").map(Number);
  const seconds = parts.reduce((acc, part) => acc * 60 + part, 0);
  return negative ? -seconds : seconds;
}

/** The fake clock, stopped at the show's start: time moves only by runFor, so
 * a slow reload on a busy machine cannot shift what the countdown shows. */
async function stopClockAtShowStart(page) {
  await page.clock.install({ time: new Date(SHOW_START.getTime() - 1000) });
  await page.clock.pauseAt(SHOW_START);
}

async function openPresenter(page) {
  await stopClockAtShowStart(page);
  await page.goto("/timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await expect(page.locator(".presenter")).toBeVisible();
}

/** The tablet's storage is full: every write throws, as a real quota does,
 * until the page puts back `window.__roomySetItem`. */
async function fillStorage(page) {
  await page.evaluate(() => {
    window.__roomySetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
}

test("a show runs from the keyboard and survives a reload at the true time", async ({ page }, testInfo) => {
  await openPresenter(page);
  await expect(page.locator(".countdown")).toHaveText("15:00");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");
  await shot(page, testInfo, "timer-ready-zh");

  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  await page.clock.runFor(90_000);
  await expect(page.locator(".countdown")).toHaveText("13:30");
  await expect(page.locator(".cue-now")).toBeVisible();
  await shot(page, testInfo, "timer-running-zh");

  // A clicker's PageDown moves on; the new segment starts full.
  await page.keyboard.press("PageDown");
  await expect(page.locator(".segment-of")).toContainText("第 2 /");
  await expect(page.locator(".countdown")).toHaveText("15:00");
  await page.clock.runFor(5 * 60_000 + 20_000);
  await expect(page.locator(".countdown")).toHaveText("9:40");

  // Reload mid-segment: the remaining time is recomputed from the saved timestamps.
  await page.reload();
  await expect(page.locator(".segment-of")).toContainText("第 2 /");
  expect(await shownSeconds(page)).toBe(580);

  // PageUp goes back to the first segment.
  await page.keyboard.press("PageUp");
  await expect(page.locator(".segment-of")).toContainText("第 1 /");
});

test("pause holds the time, also across a reload, and resume continues", async ({ page }) => {
  await openPresenter(page);
  await page.getByRole("button", { name: "开始" }).click();
  await page.clock.runFor(60_000);
  await page.getByRole("button", { name: "暂停" }).click();
  await expect(page.locator(".timer-status")).toHaveText("已暂停");
  await page.clock.runFor(30 * 60_000);
  await expect(page.locator(".countdown")).toHaveText("14:00");
  await page.reload();
  await expect(page.locator(".countdown")).toHaveText("14:00");
  await page.getByRole("button", { name: "继续" }).click();
  await page.clock.runFor(10_000);
  await expect(page.locator(".countdown")).toHaveText("13:50");
});

test("phases change colour and overtime counts below zero", async ({ page }, testInfo) => {
  await openPresenter(page);
  await page.keyboard.press("Space");
  const presenter = page.locator(".presenter");
  await page.clock.runFor(13 * 60_000 + 1_000);
  await expect(presenter).toHaveAttribute("data-phase", "warning");
  await page.clock.runFor(60_000);
  await expect(presenter).toHaveAttribute("data-phase", "danger");
  await page.clock.runFor(90_000);
  await expect(presenter).toHaveAttribute("data-phase", "overtime");
  await expect(page.locator(".countdown")).toHaveText("-0:31");
  await expect(page.locator(".pace .behind")).toBeVisible();
  await shot(page, testInfo, "timer-overtime-zh");

  // +1 minute brings it back from overtime.
  await page.keyboard.press("+");
  await expect(page.locator(".countdown")).toHaveText("0:29");
});

test("controls can be hidden for presenter mode and the help lists the keys", async ({ page }, testInfo) => {
  await openPresenter(page);
  await page.keyboard.press("?");
  const help = page.getByRole("dialog");
  await expect(help).toContainText("PageDown");
  await shot(page, testInfo, "timer-help-zh");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("b");
  await expect(page.locator(".controls")).toBeHidden();
  await expect(page.locator(".countdown")).toBeVisible();
  await shot(page, testInfo, "timer-presenter-mode-zh");
  await page.getByRole("button", { name: "显示控制" }).click();
  await expect(page.locator(".controls")).toBeVisible();
});

test("the timer area fits the screen and its buttons are finger-sized", async ({ page }, testInfo) => {
  await openPresenter(page);
  const viewport = page.viewportSize();
  for (const selector of [".countdown", ".controls", ".next-up", ".cue"]) {
    const box = await page.locator(selector).boundingBox();
    expect(box.y + box.height, `${selector} inside the viewport`).toBeLessThanOrEqual(viewport.height);
  }
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
  for (const button of await page.locator(".controls button").all()) {
    expect((await button.boundingBox()).height).toBeGreaterThanOrEqual(48);
  }
  await page.evaluate(() => localStorage.setItem("livedesk.prefs", '{"lang":"en"}'));
  await page.reload();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await page.keyboard.press("Space");
  await page.clock.runFor(125_000);
  await shot(page, testInfo, "timer-running-en");
});

test("the warning threshold comes from the team's settings", async ({ page }) => {
  await stopClockAtShowStart(page);
  await page.goto("/data");
  const warning = page.locator(".timer-settings input[type=number]").first();
  await warning.fill("300");
  await warning.press("Tab");
  await expect(warning).toHaveValue("300");
  await page.goto("/timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await page.keyboard.press("Space");
  await page.clock.runFor(9 * 60_000 + 58_000);
  await expect(page.locator(".presenter")).toHaveAttribute("data-phase", "normal");
  await page.clock.runFor(3_000);
  await expect(page.locator(".presenter")).toHaveAttribute("data-phase", "warning");
});

test("a timer opened directly loads the presenter's small wasm alone; leaving it loads the whole app", async ({ page }, testInfo) => {
  await page.goto("/timer");
  const href = await page.getByRole("link", { name: /打开计时器/ }).first().getAttribute("href");
  const wasm = [];
  page.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(new URL(request.url()).pathname));

  // The tablet's bookmark: the presenter, nothing else.
  await page.goto(href);
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  expect(wasm).toEqual(["/presenter_bg.wasm"]);
  // None of the other screens' styles either.
  const sheets = () => page.evaluate(() => [...document.styleSheets].map((s) => s.href.split("/").pop().split("-")[0]).sort());
  expect(await sheets()).toEqual(["base", "components", "presenter", "shell"]);
  await shot(page, testInfo, "timer-presenter-alone");
  // It read the show's plan too: the emergency plans are one tap away.
  await page.getByRole("button", { name: "应急预案" }).click();
  await expect(page.getByRole("dialog")).toContainText("断网");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  // Its exit is an address the presenter alone does not have: the whole app
  // loads there, and the show is still running in it.
  await page.locator(".presenter-bar").getByRole("link", { name: /退出/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("分段计时");
  await expect(page.locator(".tiles")).toContainText("进行中");
  expect(wasm).toHaveLength(2);
  expect(wasm[1]).toMatch(/^\/livedesk-[0-9a-f]+_bg\.wasm$/);
  expect(await sheets()).toEqual(["base", "components", "kpi", "pages", "plans", "presenter", "scripts", "shell"]);
});

test("a timer opened directly hands over to the whole app when the presenter cannot start alone", async ({ page }) => {
  const wasm = [];
  page.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(new URL(request.url()).pathname));
  const appLoaded = () => expect.poll(() => wasm.some((path) => /^\/livedesk-[0-9a-f]+_bg\.wasm$/.test(path))).toBe(true);

  // A first visit: nothing stored. The whole app seeds the samples and says
  // the bookmarked show is not among them.
  await page.goto("/timer/show-from-another-tablet");
  await expect(page.locator(".empty-state")).toHaveText("找不到这场直播。");
  await appLoaded();
  expect(wasm[0]).toBe("/presenter_bg.wasm");
  expect(new URL(page.url()).search).toBe("?app");
  await expect(page.locator(".shell-nav")).toBeVisible();

  // A stored copy of an older schema: the whole app migrates it and
  // runs the show from it.
  const v1 = readFileSync("crates/core/tests/fixtures/v1/workspace.livedesk.json", "utf8");
  await page.evaluate((text) => localStorage.setItem("livedesk.workspace", text), v1);
  wasm.length = 0;
  await page.goto("/timer/show-0705");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");
  await appLoaded();
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")));
  expect(stored.schema).toBe(3);

  // A copy from a newer LiveDesk: the whole app says so and leaves it as it was.
  const newer = v1.replace('"schema": 1', '"schema": 7');
  await page.evaluate((text) => localStorage.setItem("livedesk.workspace", text), newer);
  await page.goto("/timer/show-0705");
  await expect(page.locator(".notice").filter({ hasText: "更新版本" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("livedesk.workspace"))).toBe(newer);
});

test("a timer opened directly hands over to the whole app when its show is deleted in another tab", async ({ page, context }) => {
  await page.goto("/timer");
  const href = await page.getByRole("link", { name: /打开计时器/ }).first().getAttribute("href");
  const showId = href.split("/").pop();
  await page.goto(href);
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");

  // Another tab saves a workspace without the show: this one adopts it.
  const other = await context.newPage();
  await other.goto("/data");
  await other.evaluate((id) => {
    const stored = JSON.parse(localStorage.getItem("livedesk.workspace"));
    stored.data.shows = stored.data.shows.filter((show) => show.id !== id);
    localStorage.setItem("livedesk.workspace", JSON.stringify(stored));
  }, showId);
  await other.close();

  // The whole app, with its styles, says the show is gone and offers the way out.
  await expect.poll(() => new URL(page.url()).search).toBe("?app");
  await expect(page.locator(".empty-state")).toHaveText("找不到这场直播。");
  await expect(page.locator(".shell-nav")).toBeVisible();
  expect(await page.locator(".empty-state").evaluate((node) => getComputedStyle(node).display)).toBe("flex");
});

test("a timer opened directly saves only its show's timer, over whatever else was stored meanwhile", async ({ page }) => {
  await page.goto("/timer");
  const href = await page.getByRole("link", { name: /打开计时器/ }).first().getAttribute("href");
  const showId = href.split("/").pop();
  await page.goto(href);
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");

  // Another tab's save that this one has not heard of yet (a write from this
  // page itself fires no storage event here): a template renamed, a show added.
  const edited = await page.evaluate(() => {
    const stored = JSON.parse(localStorage.getItem("livedesk.workspace"));
    stored.data.templates[0].name = "另一个标签页刚改的模板名";
    stored.data.shows.push({ ...stored.data.shows[0], id: "show-added-elsewhere", title: "别处新建的直播" });
    localStorage.setItem("livedesk.workspace", JSON.stringify(stored));
    return stored.data;
  });

  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")).data);
  expect(saved.shows.find((s) => s.id === showId).timer.status).toBe("running");
  // Everything else is as the other save left it.
  expect(saved.templates).toEqual(edited.templates);
  expect(saved.shows.filter((s) => s.id !== showId)).toEqual(edited.shows.filter((s) => s.id !== showId));
  expect(saved.plans).toEqual(edited.plans);
  expect(saved.products).toEqual(edited.products);
});

test("when a save fails during a show, the presenter says so until one succeeds", async ({ page }, testInfo) => {
  await page.goto("/timer");
  const href = await page.getByRole("link", { name: /打开计时器/ }).first().getAttribute("href");
  await page.goto(href);
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "ready");
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  await expect(page.locator(".save-state")).toHaveCount(0);

  // The tablet's storage fills up: the next control action cannot be saved.
  await fillStorage(page);
  await page.keyboard.press("PageDown");
  await expect(page.locator(".save-state")).toHaveText("未能保存：请勿刷新");
  await shot(page, testInfo, "timer-not-saved");

  // Room again: the next action saves, and the warning goes.
  await page.evaluate(() => (Storage.prototype.setItem = window.__roomySetItem));
  await page.keyboard.press("PageDown");
  await expect(page.locator(".save-state")).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")));
  expect(stored.data.shows.find((s) => href.endsWith(s.id)).timer.current).toBe(2);

  // The same warning in English.
  await page.evaluate(() => localStorage.setItem("livedesk.prefs", '{"lang":"en"}'));
  await page.reload();
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  await fillStorage(page);
  await page.keyboard.press("PageUp");
  await expect(page.locator(".save-state")).toHaveText("Not saved: do not reload");
  await shot(page, testInfo, "timer-not-saved-en");
});
