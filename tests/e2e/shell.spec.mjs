// The app shell as a new user meets it: Chinese first, every section reachable,
// English one tap away and remembered, deep links and unknown paths handled.
import { test, expect, shot } from "./fixtures.mjs";

const sections = [
  { path: "/plans", zh: "工作计划", en: "Plans" },
  { path: "/scripts", zh: "直播脚本", en: "Scripts" },
  { path: "/timer", zh: "分段计时", en: "Segment timer", enNav: "Timer" },
  { path: "/kpi", zh: "数据指标", en: "KPIs" },
  { path: "/data", zh: "数据与设置", en: "Data & settings" },
];

let consoleErrors;
test.beforeEach(async ({ page }) => {
  consoleErrors = [];
  page.on("console", (msg) => {
    // A deep link is answered by the host's 404.html (status 404), which the
    // browser logs; that is how static hosts serve SPAs, not an app error.
    const deepLink404 = msg.text().includes("status of 404") && msg.location().url === page.url();
    if (msg.type() === "error" && !deepLink404) consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
});
test.afterEach(() => expect(consoleErrors).toEqual([]));

const nav = (page) => page.getByRole("navigation");

test("opens in Chinese and reaches every section from the navigation", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("直播运营台");
  await expect(page).toHaveTitle("直播运营台");
  await shot(page, testInfo, "home-zh");

  for (const section of sections) {
    await nav(page).getByRole("link", { name: section.zh }).click();
    await expect(page).toHaveURL(section.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.zh);
    await expect(nav(page).getByRole("link", { name: section.zh })).toHaveAttribute("aria-current", "page");
    await shot(page, testInfo, `${section.path.slice(1)}-zh`);
  }
});

test("switches to English, renders every section in English, and remembers it", async ({ page }, testInfo) => {
  await page.goto("/plans");
  await page.getByRole("button", { name: "切换界面语言为英文" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plans");

  for (const section of sections) {
    await nav(page).getByRole("link", { name: section.enNav ?? section.en }).click();
    await expect(page).toHaveURL(section.path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.en);
    await shot(page, testInfo, `${section.path.slice(1)}-en`);
  }

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data & settings");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByRole("button", { name: "Switch the interface to Chinese" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据与设置");
});

test("a deep link boots straight into its section", async ({ page }) => {
  await page.goto("/kpi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据指标");
  await expect(nav(page).getByRole("link", { name: "数据指标" })).toHaveAttribute("aria-current", "page");
});

test("an unknown address shows a way back home", async ({ page }, testInfo) => {
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
  await shot(page, testInfo, "not-found-zh");
  await page.getByRole("main").getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL("/");
});

test("navigation targets are big enough to hit with a finger", async ({ page }) => {
  await page.goto("/");
  for (const link of await nav(page).getByRole("link").all()) {
    const box = await link.boundingBox();
    expect(box.height).toBeGreaterThanOrEqual(48);
  }
  const lang = await page.locator(".lang-switch").boundingBox();
  expect(lang.height).toBeGreaterThanOrEqual(48);
});
