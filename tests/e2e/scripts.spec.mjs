// Script templates and show scripts: start from a template, edit and reorder
// segments, watch a check fire and clear, apply a template to a show, import
// a CSV and an Excel run sheet (the Excel one through the lazily loaded worker),
// and open the printable run sheet.
import { test, expect, shot } from "./fixtures.mjs";
import { readFileSync } from "node:fs";

const FIXTURES = "crates/core/tests/fixtures/sheets";

/** The titles of the editor's segments, in order. */
const titles = (page) => page.locator(".segment-card .card-title").allTextContents();

test("a template is copied, edited, reordered and checked", async ({ page }, testInfo) => {
  await page.goto("/scripts");
  await expect(page.locator(".script-page, .scripts-page")).toBeVisible();
  await shot(page, testInfo, "scripts-library-zh");

  // Start from a built-in template: it joins "my templates" as a copy.
  const before = await page.locator(".scripts-page .card").first().locator(".script-item").count();
  await page.getByRole("button", { name: "添加到我的模板" }).nth(1).click();
  await expect(page.locator(".ok")).toContainText("服装");
  const mine = page.locator(".scripts-page .card").first().locator(".script-item");
  await expect(mine).toHaveCount(before + 1);
  await mine.last().getByRole("link", { name: "编辑" }).click();
  await expect(page.locator(".script-editor")).toBeVisible();
  await expect(page.locator(".checks-ok")).toBeVisible();

  // Rename the template.
  await page.locator(".template-name").fill("我的服装专场");
  await page.locator(".template-name").press("Tab");

  // Reorder by keyboard buttons: the second segment moves up.
  const original = await titles(page);
  await page.getByRole("button", { name: "下移 #1" }).click();
  await expect.poll(() => titles(page)).toEqual([original[1], original[0], ...original.slice(2)]);
  // Focus stays on the moved segment's button, so pressing again keeps moving it.
  await expect(page.getByRole("button", { name: "下移 #2" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect.poll(() => titles(page)).toEqual([original[1], original[2], original[0], ...original.slice(3)]);

  // Reorder by drag: the third segment dragged onto the first. Both are in
  // view first: a scroll during the drag would pick up another card.
  const cards = page.locator(".segment-card");
  await cards.nth(0).scrollIntoViewIfNeeded();
  const third = (await titles(page))[2];
  await cards.nth(2).locator(".drag-handle").dragTo(cards.nth(0));
  await expect.poll(async () => (await titles(page))[0]).toBe(third);

  // A check fires: a segment longer than 15 minutes; and clears when shortened.
  const card = cards.nth(1);
  await card.getByRole("button", { name: "展开" }).click();
  const minutes = card.locator(".segment-minutes-input");
  await minutes.fill("20");
  await minutes.press("Tab");
  await expect(card.locator(".segment-findings")).toContainText("超过 15 分钟");
  await expect(page.locator(".checks .findings")).toContainText("#2");
  await shot(page, testInfo, "script-editor-check-zh");
  await minutes.fill("15");
  await minutes.press("Tab");
  await expect(card.locator(".segment-findings")).toHaveCount(0);
  await expect(page.locator(".checks-ok")).toBeVisible();

  // Edit lines; they survive a reload.
  await card.locator(".segment-lines-input").fill("第一句\n第二句");
  await card.locator(".segment-lines-input").press("Tab");
  await page.waitForTimeout(600);
  await page.reload();
  await page.locator(".segment-card").nth(1).getByRole("button", { name: "展开" }).click();
  await expect(page.locator(".segment-card").nth(1).locator(".segment-lines-input")).toHaveValue("第一句\n第二句");
  await expect(page.locator(".template-name")).toHaveValue("我的服装专场");

  // Delete a segment, then undo.
  const n = await page.locator(".segment-card").count();
  await page.getByRole("button", { name: "删除环节 #1" }).click();
  await expect(page.locator(".segment-card")).toHaveCount(n - 1);
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(page.locator(".segment-card")).toHaveCount(n);

  // Add a segment at the end.
  await page.getByRole("button", { name: "添加环节" }).click();
  await expect(page.locator(".segment-card")).toHaveCount(n + 1);
  await expect(page.locator(".segment-card.open .segment-title-input")).toBeVisible();
  await shot(page, testInfo, "script-editor-form-zh");
});

test("a show's script: times of day, lineup checks, apply a template, print", async ({ page }, testInfo) => {
  await page.goto("/scripts");
  await page.getByRole("link", { name: "编辑本场脚本" }).first().click();
  await expect(page.locator(".script-editor")).toBeVisible();
  // The sample show starts at 20:00: slots read as times of day.
  await expect(page.locator(".card-time").first()).toHaveText("20:00–20:15");
  await expect(page.locator(".script-total")).toContainText("2:00");
  await shot(page, testInfo, "show-script-zh");

  // Apply the clothing template: asks first, since the show has segments.
  await page.locator(".apply-template select").selectOption({ index: 1 });
  await page.locator(".apply-template").getByRole("button", { name: "套用" }).click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.getByRole("alertdialog").getByRole("button", { name: "套用" }).click();
  await expect(page.locator(".ok")).toContainText("已套用");
  // The clothing show is 90 minutes: the checks say the show is 30 minutes longer.
  await expect(page.locator(".checks .findings")).toContainText("少 30 分钟");
  await expect(page.locator(".card-time").last()).toHaveText("21:15–21:30");

  // The run sheet for printing.
  await page.getByRole("link", { name: "打印" }).click();
  await expect(page.locator(".run-sheet-table tbody tr")).toHaveCount(6);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".shell-header")).toBeHidden();
  await shot(page, testInfo, "run-sheet-print-zh");
  await page.emulateMedia({ media: "screen" });
});

for (const file of ["run-sheet.csv", "run-sheet.xlsx"]) {
  test(`a run sheet imports from ${file}`, async ({ page }, testInfo) => {
    const workerRequests = [];
    page.on("request", (r) => r.url().includes("sheet_worker") && workerRequests.push(r.url()));
    await page.goto("/scripts");
    expect(workerRequests, "the Excel reader is not loaded up front").toEqual([]);
    await page.locator(".script-import input[type=file]").setInputFiles(`${FIXTURES}/${file}`);
    const mapping = page.locator(".sheet-mapping");
    await expect(mapping).toBeVisible();
    await expect(mapping.locator("select[data-field=Lines]")).toHaveValue("5");
    await expect(mapping.locator(".sheet-preview tbody tr")).toHaveCount(6);
    await expect(mapping.locator("h3").nth(1)).toHaveText("预览：6 个环节");

    // Map the time slot to the offers column: no row has a time slot there.
    await mapping.locator("select[data-field=TimeSlot]").selectOption("6");
    await expect(mapping.locator(".sheet-errors li")).toHaveCount(6);
    await expect(mapping.locator(".sheet-errors li").first()).toContainText("第 3 行 G 列（时间段）");
    await expect(mapping.getByRole("button", { name: "导入为新模板" })).toBeDisabled();
    await mapping.locator(".sheet-errors").scrollIntoViewIfNeeded();
    await shot(page, testInfo, `sheet-mapping-error-${file.split(".")[1]}`);
    await mapping.locator("select[data-field=TimeSlot]").selectOption("1");
    await expect(mapping.locator(".sheet-errors")).toHaveCount(0);

    await mapping.locator(".import-name").fill(`导入的脚本 ${file}`);
    await mapping.getByRole("button", { name: "导入为新模板" }).click();
    await expect(page.locator(".script-editor")).toBeVisible();
    await expect(page.locator(".template-name")).toHaveValue(`导入的脚本 ${file}`);
    await expect(page.locator(".segment-card")).toHaveCount(6);
    await expect(page.locator(".card-time").nth(1)).toHaveText("0:10–0:18");
    if (file.endsWith(".xlsx")) {
      expect(workerRequests.some((u) => u.endsWith("sheet_worker_loader.js"))).toBe(true);
    }
  });
}

test("a bad spreadsheet file is refused with its reason", async ({ page }) => {
  await page.goto("/scripts");
  await page.locator(".script-import input[type=file]").setInputFiles({
    name: "broken.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("this is not a zip file"),
  });
  await expect(page.locator(".scripts-page > .error")).toContainText("无法作为 Excel（.xlsx）工作簿读取");
  await page.locator(".script-import input[type=file]").setInputFiles({
    name: "empty.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(",,\n,,\n"),
  });
  await expect(page.locator(".scripts-page > .error")).toContainText("表格是空的");
  // A quote left open would swallow the rest of the file into one cell.
  await page.locator(".script-import input[type=file]").setInputFiles({
    name: "open-quote.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("环节,话术\r\n开场,欢迎\r\n讲解,\"面霜\r\n逼单,上链接\r\n"),
  });
  await expect(page.locator(".scripts-page > .error")).toContainText("第 3 行有一个引号");
  await expect(page.locator(".sheet-preview")).toHaveCount(0);
});

test("the scripts pages read in English", async ({ page }, testInfo) => {
  await page.goto("/scripts");
  await page.getByRole("button", { name: "切换界面语言为英文" }).click();
  await expect(page.getByRole("heading", { name: "My templates" })).toBeVisible();
  await shot(page, testInfo, "scripts-library-en");
  await page.getByRole("link", { name: "Edit this show's script" }).first().click();
  await page.locator(".segment-card").first().getByRole("button", { name: "Open" }).click();
  await expect(page.locator(".segment-card.open")).toContainText("Lines (one per line)");
  await shot(page, testInfo, "show-script-en");
});

test("a CSV saved by Chinese Excel (GB18030) reads right", async ({ page }) => {
  await page.goto("/scripts");
  // "环节,产品\n开场,\n讲解,修护面霜\n" in GBK, as Excel's "CSV" writes it on Chinese Windows.
  const gbk = Buffer.from(
    "bbb7bdda2cb2fac6b70abfaab3a12c0abdb2bde22cd0debba4c3e6cbaa0a",
    "hex",
  );
  await page.locator(".script-import input[type=file]").setInputFiles({ name: "gbk.csv", mimeType: "text/csv", buffer: gbk });
  const rows = page.locator(".sheet-preview tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("开场");
  await expect(rows.nth(1)).toContainText("修护面霜 50g");
});

test("a template exported as a file imports back as a copy", async ({ page }, testInfo) => {
  await page.goto("/scripts");
  const mine = page.locator(".scripts-page .card").first().locator(".script-item");
  // count() does not wait: before the app has rendered it would read 0.
  await expect(mine.first()).toBeVisible();
  const before = await mine.count();
  const download = page.waitForEvent("download");
  await mine.first().getByRole("button", { name: "导出" }).click();
  const file = testInfo.outputPath("template.livedesk.json");
  await (await download).saveAs(file);
  await page.locator(".script-import input[type=file]").setInputFiles(file);
  await expect(page.locator(".scripts-page > .ok")).toContainText("已导入模板");
  await expect(mine).toHaveCount(before + 1);
  // The same file with a BOM or in UTF-16 reads as the data page reads it.
  const text = readFileSync(file, "utf8");
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const encoded = [
    ["bom.livedesk.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ["utf16le.livedesk.json", utf16le],
    ["utf16be.livedesk.json", Buffer.from(utf16le).swap16()],
  ];
  for (const [i, [name, buffer]] of encoded.entries()) {
    await page.locator(".script-import input[type=file]").setInputFiles({ name, mimeType: "application/json", buffer });
    await expect(mine, name).toHaveCount(before + 2 + i);
  }
});

test("once the show's timer runs, its segments keep their order", async ({ page }) => {
  await page.goto("/timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  await page.goto("/scripts");
  await page.getByRole("link", { name: "编辑本场脚本" }).first().click();
  await expect(page.getByRole("note")).toContainText("本场计时已开始");
  await expect(page.getByRole("button", { name: "下移 #1" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "添加环节" })).toBeDisabled();
  await expect(page.locator(".apply-template").getByRole("button", { name: "套用" })).toBeDisabled();
  // Words may still change.
  await page.locator(".segment-card").first().getByRole("button", { name: "展开" }).click();
  await page.locator(".segment-card.open .segment-title-input").fill("开场（改）");
  await page.locator(".segment-card.open .segment-title-input").press("Tab");
  await expect(page.locator(".segment-card").first().locator(".card-title")).toHaveText("开场（改）");
});
