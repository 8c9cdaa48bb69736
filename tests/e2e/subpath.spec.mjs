// The same build served under /livedesk/ (scripts/site/rebase.mjs): deep links,
// links, charts, the Excel worker's path and the offline cache all stay under
// the sub-path. Paths here are relative to the project's baseURL.
import { test, expect, shot } from "./fixtures.mjs";

test("deep links, navigation and charts work under /livedesk/, and nothing is fetched outside it", async ({ page }, testInfo) => {
  const outside = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith("http") && !url.pathname.startsWith("/livedesk/")) outside.push(url.pathname);
  });
  await page.goto("plans");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("工作计划");
  await expect(page).toHaveURL(/\/livedesk\/plans$/);
  for (const href of await page.getByRole("navigation").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")))) {
    expect(href).toMatch(/^\/livedesk\//);
  }

  await page.getByRole("navigation").getByRole("link", { name: "数据指标" }).click();
  await expect(page).toHaveURL(/\/livedesk\/kpi$/);
  await page.getByTestId("reviews").getByRole("link", { name: "复盘" }).first().click();
  await expect(page).toHaveURL(/\/livedesk\/kpi\/review\//);
  await page.reload();
  await expect(page.locator(".figures-card")).toBeVisible();
  const viewers = page.locator(".figures-card").getByLabel("观看人数", { exact: true });
  await viewers.fill("50000");
  await viewers.press("Tab");
  await expect(page.locator("#funnel-chart canvas")).toBeVisible();
  await shot(page, testInfo, "subpath-review");

  await page.goto("timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await expect(page.locator(".presenter")).toBeVisible();
  await page.reload();
  await expect(page.locator(".presenter")).toBeVisible();
  expect(outside).toEqual([]);
});

test("the service worker's scope is the sub-path, and it serves deep links offline", async ({ page, context }) => {
  await page.goto("scripts");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
  expect(new URL(scope).pathname).toBe("/livedesk/");
  await context.setOffline(true);
  await page.goto("data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据与设置");
  await context.setOffline(false);
});
