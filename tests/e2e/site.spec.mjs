// The static site as a host serves it: a strict Content-Security-Policy that
// the app runs under with 0 violations (every test checks, see fixtures.mjs),
// imported markup that stays text, an installable PWA that works with the
// network off after the first visit, and a new version that is offered, never
// forced, and never while a timer runs.
import { chromium } from "@playwright/test";
import { test, expect, shot } from "./fixtures.mjs";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { UPDATE_PORT } from "../../playwright.config.mjs";

/** Waits until the service worker has cached the app and controls the page. */
async function controlledBySw(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("the page has no inline script, and the policy refuses one", async ({ page, cspViolations }) => {
  const response = await page.goto("/");
  const html = await response.text();
  expect(html).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(html, "every script is a file").not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("直播运营台");

  // What an injection would try: an inline script and an inline handler.
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.head.append(script);
    const img = document.createElement("img");
    img.setAttribute("onerror", "window.__handlerRan = true");
    img.src = "data:,not-an-image";
    document.body.append(img);
  });
  await expect.poll(() => cspViolations.length).toBe(2);
  expect(await page.evaluate(() => [window.__inlineRan, window.__handlerRan])).toEqual([undefined, undefined]);
  // Both were this test's own doing: the fixture checks the rest of the run.
  cspViolations.length = 0;
});

test("imported markup and javascript: text show as text and run nothing", async ({ page }, testInfo) => {
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  const attack = '<img src=x onerror="window.__pwned=1">';
  const link = "javascript:window.__pwned=2";
  const file = JSON.parse(readFileSync("docs/example.livedesk.json", "utf8"));
  file.data.plans[0].name = `${attack} ${link}`;
  file.data.templates[0].name = attack;
  file.data.templates[0].segments[0].title = link;
  file.data.templates[0].segments[0].cues[0].label = `<script>window.__pwned=3</script>${attack}`;
  file.data.products[0].name = `<a href="${link}">${attack}</a>`;
  const path = testInfo.outputPath("attack.livedesk.json");
  writeFileSync(path, JSON.stringify(file));

  await page.goto("/data");
  await page.locator("input[type=file]").setInputFiles(path);
  await page.getByRole("region", { name: "导入预览" }).getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status").filter({ hasText: "导入完成" })).toBeVisible();

  await page.goto("/plans");
  await expect(page.getByText(`${attack} ${link}`).first()).toBeVisible();
  await page.getByRole("link", { name: `${attack} ${link}` }).first().click();
  await page.goto("/scripts");
  await page.getByRole("link", { name: attack }).first().click();
  await expect(page.getByText(link).first()).toBeVisible();
  await shot(page, testInfo, "imported-markup-as-text");
  expect(await page.locator("img[src=x], a[href^='javascript:']").count()).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("installable: the manifest and its icons load, Chromium finds no installability error", async ({}, testInfo) => {
  // Playwright's contexts are incognito, where nothing installs: use a profile.
  const context = await chromium.launchPersistentContext(testInfo.outputPath("profile"), {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/");
  await controlledBySw(page);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    return (await fetch(href)).json();
  });
  expect(manifest).toMatchObject({ display: "standalone", start_url: "./", scope: "./" });
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toBe(icon.type);
  }
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  expect(installabilityErrors).toEqual([]);
  await context.close();
});

test("after the first visit the app works with the network off, deep links included", async ({ page, context }, testInfo) => {
  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("工作计划");
  await controlledBySw(page);
  const planHref = await page.locator(".plan-list a, table a").first().getAttribute("href");

  await context.setOffline(true);
  await page.goto(planHref);
  await expect(page.locator("h1")).toBeVisible();
  await page.goto("/timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await expect(page.locator(".presenter")).toBeVisible();
  await page.reload();
  await expect(page.locator(".presenter")).toBeVisible();
  await shot(page, testInfo, "offline-presenter");
  await context.setOffline(false);
});

test("the data page shows whether the browser keeps the data, with the reminder to export", async ({ page }) => {
  await page.goto("/data");
  const card = page.getByTestId("persistence");
  await expect(card).toHaveAttribute("data-state", /^(persistent|best-effort)$/);
  await expect(card).toContainText("备份");
});

test("a new version is offered, waits while a timer runs, and reloads only when asked", async ({ page }, testInfo) => {
  const site = `http://127.0.0.1:${UPDATE_PORT}`;
  await page.goto(`${site}/timer`);
  await controlledBySw(page);
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");

  // A new build is deployed: its service worker differs.
  appendFileSync("test-results/site-update/sw.js", `\n// deployed again at ${Date.now()}\n`);
  await page.evaluate(() => (window.__sameDocument = true));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(async () => (await navigator.serviceWorker.getRegistration()).waiting !== null);

  // On air: no offer, on the presenter or anywhere else.
  const offer = page.locator(".update-offer");
  await expect(offer).toBeHidden();
  const exit = () => page.locator(".presenter-bar").getByRole("link", { name: /退出/ }).click();
  await exit();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("分段计时");
  await expect(offer).toBeHidden();

  // The show ends: now it is offered, and nothing reloaded by itself.
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "结束直播" }).click();
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "finished");
  await exit();
  await expect(offer).toBeVisible();
  await shot(page, testInfo, "update-offered");
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);

  // "Later" puts it away; taking it reloads into the new version.
  await offer.getByRole("button", { name: "稍后" }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(offer).toBeVisible();
  await Promise.all([page.waitForEvent("load"), offer.getByRole("button", { name: "立即更新" }).click()]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("分段计时");
  await expect(offer).toBeHidden();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting)).toBeNull();
});
