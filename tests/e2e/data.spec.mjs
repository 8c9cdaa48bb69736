// The data page as a user meets it: a first visit starts from the sample
// workspace; a backup exported and imported back (as a copy, then replacing)
// round-trips; a broken file changes nothing; unreadable stored data is moved
// aside with a banner; a second tab follows the first.
import { test, expect, shot as fixtureShot } from "./fixtures.mjs";
import { readFileSync, writeFileSync } from "node:fs";

const shot = (page, testInfo, name) => fixtureShot(page, testInfo, name, { fullPage: true });

const counts = (page) => page.locator(".data-counts");
const planCount = async (page) => Number((await counts(page).textContent()).match(/(\d+)/)[1]);

async function exportBackup(page, testInfo) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载完整备份" }).click(),
  ]);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename() };
}

test("export a backup, import it as a copy, then replace with it", async ({ page }, testInfo) => {
  await page.goto("/data");
  await expect(counts(page)).toContainText("个计划");
  const plansBefore = await planCount(page);
  expect(plansBefore).toBeGreaterThan(0);
  await shot(page, testInfo, "data-zh");

  const backup = await exportBackup(page, testInfo);
  expect(backup.name).toMatch(/^livedesk-backup-\d{4}-\d{2}-\d{2}\.livedesk\.json$/);
  const file = JSON.parse(readFileSync(backup.path, "utf8"));
  expect(file).toMatchObject({ format: "livedesk", kind: "workspace", schema: 3 });
  // The revision is the browser's own copy's, never an exported file's.
  expect(file.revision).toBeUndefined();
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem("livedesk.workspace"))).revision.id).toBeTruthy();
  expect(file.data.plans).toHaveLength(plansBefore);

  // As a copy: the preview says what will happen, nothing changes before confirming.
  await page.locator("input[type=file]").setInputFiles(backup.path);
  const preview = page.getByRole("region", { name: "导入预览" });
  await expect(preview).toBeVisible();
  await expect(preview.locator(".count-after")).toContainText(`${plansBefore * 2} 个计划`);
  expect(await planCount(page)).toBe(plansBefore);
  await shot(page, testInfo, "data-import-preview-zh");
  await preview.getByRole("button", { name: "确认导入" }).click();
  await expect(page.getByRole("status").filter({ hasText: "导入完成" })).toBeVisible();
  expect(await planCount(page)).toBe(plansBefore * 2);

  // Replacing: the preview lists what goes, and a backup appears.
  await page.locator("input[type=file]").setInputFiles(backup.path);
  await preview.getByText("替换", { exact: true }).click();
  await expect(preview.locator(".replaced-list li").first()).toBeVisible();
  await preview.getByRole("button", { name: "确认替换" }).click();
  await expect.poll(() => planCount(page)).toBe(plansBefore);
  await expect(page.locator(".backups li")).toHaveCount(2);

  // The stored copy survives a reload.
  await page.reload();
  expect(await planCount(page)).toBe(plansBefore);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")));
  expect(stored.data.plans.map((p) => p.name)).toEqual(file.data.plans.map((p) => p.name));
});

test("a restore from a backup goes through the same preview", async ({ page }, testInfo) => {
  await page.goto("/data");
  const plansBefore = await planCount(page);
  const backup = await exportBackup(page, testInfo);
  await page.locator("input[type=file]").setInputFiles(backup.path);
  await page.getByRole("button", { name: "确认导入" }).click();
  expect(await planCount(page)).toBe(plansBefore * 2);

  await page.locator(".backups li").first().getByRole("button", { name: "恢复此备份" }).click();
  const preview = page.getByRole("region", { name: "导入预览" });
  await expect(preview.locator(".count-after")).toContainText(`${plansBefore} 个计划`);
  await preview.getByRole("button", { name: "确认替换" }).click();
  await expect.poll(() => planCount(page)).toBe(plansBefore);
});

test("broken and foreign files are refused with a clear message and change nothing", async ({ page }, testInfo) => {
  await page.goto("/data");
  const before = await counts(page).textContent();
  const backup = await exportBackup(page, testInfo);
  const text = readFileSync(backup.path, "utf8");

  const cases = [
    ["truncated.livedesk.json", text.slice(0, text.length / 2), "不是有效的 JSON"],
    ["newer.livedesk.json", text.replace(/"schema": \d+/, '"schema": 7'), "更新版本"],
    ["foreign.json", JSON.stringify({ hello: "world" }), "不是直播运营台的文件"],
    ["negative.livedesk.json", text.replace(/"price": [0-9.]+/, '"price": -5'), "不能为负数"],
    ["html.livedesk.json", text.replace(/"name": "[^"]*"/, '"name": "<img src=x onerror=alert(1)>", "__proto__": 1'), "未知字段"],
  ];
  for (const [name, body, expected] of cases) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, body);
    await page.locator("input[type=file]").setInputFiles(path);
    const alert = page.getByRole("alert").filter({ hasText: "无法导入" });
    await expect(alert).toContainText(expected);
    await expect(counts(page)).toHaveText(before);
  }
  await shot(page, testInfo, "data-import-error-zh");
});

/** The exported backup with its shows replaced by `count` plain shows of its first plan. */
function backupWithShows(text, count) {
  const file = JSON.parse(text);
  const plan = file.data.plans[0];
  file.data.shows = Array.from({ length: count }, (_, i) => ({
    id: `bulk-${i}`,
    plan_id: plan.id,
    title: `第 ${i + 1} 场`,
    platform: "douyin",
    starts_at: new Date(Date.UTC(2027, 0, 1 + (i % 3650), 20)).toISOString().slice(0, 19),
    planned_minutes: 120,
  }));
  return JSON.stringify(file);
}

test("a 5,000-show backup too large to add as a copy is restored by replacing", async ({ page }, testInfo) => {
  await page.goto("/data");
  await expect(counts(page)).toContainText("场直播");
  const showsBefore = Number((await counts(page).textContent()).match(/(\d+) 场直播/)[1]);
  expect(showsBefore).toBeGreaterThan(0);
  const backup = await exportBackup(page, testInfo);
  const path = testInfo.outputPath("5000-shows.livedesk.json");
  writeFileSync(path, backupWithShows(readFileSync(backup.path, "utf8"), 5000));

  await page.locator("input[type=file]").setInputFiles(path);
  const preview = page.getByRole("region", { name: "导入预览" });
  // The default, a copy, would exceed the limit: the result is at fault, not the file.
  const alert = preview.getByRole("alert");
  await expect(alert).toContainText("文件本身没有问题");
  await expect(alert).toContainText(`导入后工作区将有 ${(showsBefore + 5000).toLocaleString("en-US")} 场直播，最多 5,000 场直播`);
  await expect(alert).not.toContainText("data.shows[");
  // The choice stays, so the file can still be restored.
  const copy = preview.getByRole("radio", { name: /作为副本添加/ });
  const replace = preview.getByRole("radio", { name: /^替换/ });
  await expect(copy).toBeChecked();
  await expect(replace).toBeVisible();
  await shot(page, testInfo, "data-import-too-large-zh");
  await replace.check();
  await expect(preview.locator(".count-after")).toContainText("5000 场直播");
  await expect(alert).toHaveCount(0);
  await preview.getByRole("button", { name: "确认替换" }).click();
  await expect(page.getByRole("status").filter({ hasText: "导入完成" })).toBeVisible();
  await expect(counts(page)).toContainText("5000 场直播");

  await page.reload();
  await expect(counts(page)).toContainText("5000 场直播");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")).data.shows.length);
  expect(stored).toBe(5000);
});

test("a failed replace preview keeps the mode choice, and a copy still works", async ({ page }, testInfo) => {
  await page.goto("/data");
  const plansBefore = await planCount(page);
  const backup = JSON.parse(readFileSync((await exportBackup(page, testInfo)).path, "utf8"));
  const [plan] = backup.data.plans;
  const taken = backup.data.shows.find((s) => s.plan_id === plan.id);
  // A plan file under a new id whose show reuses the id of a show the
  // workspace keeps: replacing (adding it under its own ids) cannot work.
  const file = {
    ...backup,
    kind: "plan",
    data: { plan: { ...plan, id: "plan-from-elsewhere" }, shows: [{ ...taken, plan_id: "plan-from-elsewhere" }], products: [] },
  };
  const path = testInfo.outputPath("plan.livedesk.json");
  writeFileSync(path, JSON.stringify(file));

  await page.locator("input[type=file]").setInputFiles(path);
  const preview = page.getByRole("region", { name: "导入预览" });
  await expect(preview.locator(".count-after")).toContainText(`${plansBefore + 1} 个计划`);
  await preview.getByRole("radio", { name: /^替换/ }).check();
  const alert = preview.getByRole("alert");
  await expect(alert).toContainText("文件本身没有问题");
  await expect(alert).toContainText(`文件中的 data.shows[0]：编号 “${taken.id}” 已被工作区里的另一个直播使用`);
  await preview.getByRole("radio", { name: /作为副本添加/ }).check();
  await expect(alert).toHaveCount(0);
  await preview.getByRole("button", { name: "确认导入" }).click();
  await expect.poll(() => planCount(page)).toBe(plansBefore + 1);
});

test("a backup saved with a BOM or as UTF-16 reads like any other", async ({ page }, testInfo) => {
  await page.goto("/data");
  const plansBefore = await planCount(page);
  const text = readFileSync((await exportBackup(page, testInfo)).path, "utf8");
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const utf16be = Buffer.from(utf16le);
  utf16be.swap16();
  const files = {
    "bom.livedesk.json": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    "utf16le.livedesk.json": utf16le,
    "utf16be.livedesk.json": utf16be,
  };
  for (const [name, buffer] of Object.entries(files)) {
    await page.locator("input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer });
    const preview = page.getByRole("region", { name: "导入预览" });
    await expect(preview.locator(".count-after"), name).toContainText(`${plansBefore * 2} 个计划`);
    await preview.getByRole("button", { name: "取消" }).click();
  }
});

test("unreadable stored data is moved to a recovery copy and announced", async ({ page }, testInfo) => {
  await page.goto("/data");
  // Once the app is up (its first-run save done), so nothing writes over the broken copy.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => localStorage.setItem("livedesk.workspace", '{"format":"livedesk","kind":'));
  await page.reload();
  const banner = page.getByRole("alert").filter({ hasText: "本地保存的数据无法读取" });
  await expect(banner).toContainText("恢复副本");
  const recovery = page.locator(".recovery li");
  await expect(recovery).toHaveCount(1);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    recovery.getByRole("button", { name: "下载" }).click(),
  ]);
  const path = testInfo.outputPath("recovery.json");
  await download.saveAs(path);
  expect(readFileSync(path, "utf8")).toBe('{"format":"livedesk","kind":');
  await shot(page, testInfo, "data-recovery-zh");
});

test("a second tab follows what the first one saved", async ({ page, context }, testInfo) => {
  await page.goto("/data");
  const plansBefore = await planCount(page);
  const other = await context.newPage();
  await other.goto("/data");
  await expect(counts(other)).toContainText("个计划");

  const backup = await exportBackup(page, testInfo);
  await page.locator("input[type=file]").setInputFiles(backup.path);
  await page.getByRole("button", { name: "确认导入" }).click();

  await expect.poll(() => planCount(other)).toBe(plansBefore * 2);
  // Nothing of the second tab's was changed, so nothing needs a banner.
  await expect(other.locator(".notice")).toHaveCount(0);
  await other.close();
});
