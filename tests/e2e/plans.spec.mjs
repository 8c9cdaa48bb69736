// Operations plans: create a plan, set a target, schedule shows from a phase's
// cadence, fill a lineup and see its warnings, tick a show's checklist and see
// its readiness on the calendar; move and copy shows; emergency plans one tap
// from the presenter; delete a plan and undo. The date is fixed so the calendar
// reads the same on any day the suite runs.
import { test, expect, shot } from "./fixtures.mjs";

const TODAY = new Date("2026-11-22T10:00:00+08:00");

async function newPlan(page, name) {
  await page.clock.setFixedTime(TODAY);
  await page.goto("/plans");
  await page.getByLabel("名称").fill(name);
  await page.getByLabel("平台").selectOption({ label: "快手" });
  await page.getByRole("button", { name: "创建" }).click();
  await expect(page.locator(".plan-page h1")).toHaveText(name);
}

/** Adds a stable phase over the first two weeks of December 2026 at 3 a week. */
async function addDecemberPhase(page) {
  await page.getByRole("link", { name: "阶段" }).click();
  await expect(page.getByText("还没有阶段")).toBeVisible();
  await page.getByRole("button", { name: "添加阶段" }).click();
  const phase = page.locator(".phase-card");
  await phase.getByLabel("开始").fill("2026-12-01");
  await phase.getByLabel("开始").dispatchEvent("change");
  await phase.getByLabel("结束").fill("2026-12-14");
  await phase.getByLabel("结束").dispatchEvent("change");
  await phase.getByLabel("每周场数").fill("3");
  await phase.getByLabel("每周场数").dispatchEvent("change");
  return phase;
}

test("a plan is created, shows come from its cadence, and readiness shows on the calendar", async ({ page }, testInfo) => {
  await newPlan(page, "双11 冲刺计划");
  await shot(page, testInfo, "plan-overview-zh");

  // A monthly target turns on the pace card.
  await expect(page.getByTestId("pace")).toContainText("设定月 GMV 目标");
  await page.getByLabel("月 GMV 目标（元）").fill("3,000,000");
  await page.getByLabel("月 GMV 目标（元）").press("Tab");
  await expect(page.getByTestId("pace")).toContainText("已完成 ¥0 / 目标 ¥3,000,000");
  // A rate typed in percent is kept as a fraction and shown back in percent.
  await page.getByLabel("商品点击率（%）").fill("5");
  await page.getByLabel("商品点击率（%）").press("Tab");
  await page.reload();
  await expect(page.getByLabel("商品点击率（%）")).toHaveValue("5");
  await expect(page.getByLabel("月 GMV 目标（元）")).toHaveValue("3000000");

  // Two weeks at 3 a week: Mon/Wed/Fri → 6 shows; scheduling twice adds nothing.
  const phase = await addDecemberPhase(page);
  await phase.getByRole("button", { name: "排入日历：新增 6 场" }).click();
  await expect(page.locator(".ok")).toHaveText("已新增 6 个场次。");
  await expect(phase.getByText("这个阶段的场次已全部排入日历。")).toBeVisible();
  await shot(page, testInfo, "plan-phases-zh");

  // The calendar's December holds them on the right days, none ready yet.
  await page.getByRole("link", { name: "日历" }).click();
  await page.getByRole("button", { name: "下个月" }).click();
  await expect(page.locator(".calendar-bar h2")).toHaveText("2026 年 12 月");
  const days = await page.locator(".day:has(.show-chip)").evaluateAll((cells) => cells.map((c) => c.dataset.date));
  expect(days).toEqual(["2026-12-02", "2026-12-04", "2026-12-07", "2026-12-09", "2026-12-11", "2026-12-14"]);
  const firstChip = page.locator('.day[data-date="2026-12-02"] .show-chip');
  await expect(firstChip).toContainText("20:00");
  await expect(firstChip).toHaveClass(/pending/);
  const total = Number((await firstChip.locator(".readiness").textContent()).match(/\/(\d+)/)[1]);
  expect(total).toBeGreaterThan(5);

  // Tick every item of that show's checklist on its page.
  await firstChip.getByRole("link").click();
  await expect(page.locator(".show-page")).toBeVisible();
  await expect(page.locator(".readiness-summary")).toHaveText(`准备 0/${total}`);
  const boxes = page.locator(".checklist input[type=checkbox]");
  await expect(boxes).toHaveCount(total);
  for (let i = 0; i < total; i++) {
    await boxes.nth(i).check();
    await expect(page.locator(".readiness-summary")).toHaveText(i + 1 === total ? "全部就绪" : `准备 ${i + 1}/${total}`);
  }
  await shot(page, testInfo, "plan-show-zh");

  // Back on the calendar the show reads ready, the others do not.
  await page.getByRole("link", { name: "返回日历" }).click();
  await page.getByRole("button", { name: "下个月" }).click();
  await expect(firstChip).toHaveClass(/ready/);
  await expect(firstChip).toContainText(`准备 ${total}/${total}`);
  await expect(page.locator('.day[data-date="2026-12-04"] .show-chip')).toContainText(`准备 0/${total}`);
  await shot(page, testInfo, "plan-calendar-zh");

  // The ticks survive a reload.
  await page.reload();
  await page.getByRole("button", { name: "下个月" }).click();
  await expect(firstChip).toHaveClass(/ready/);
});

test("a lineup warns until it has a traffic driver, a profit product and the stock for a show", async ({ page }, testInfo) => {
  await newPlan(page, "选品测试");
  await page.getByRole("link", { name: "选品" }).click();
  const warnings = page.getByTestId("lineup-warnings");
  await expect(warnings).toContainText("选品为空");

  // One product from the catalogue joins as a profit product: no traffic driver yet.
  const picker = page.getByLabel("加入选品");
  const options = await picker.locator("option").allTextContents();
  await picker.selectOption({ label: options[1] });
  await expect(warnings).toContainText("没有引流款");
  await expect(warnings).not.toContainText("没有利润款");

  // A new product made a traffic driver clears it.
  await page.getByRole("button", { name: "新建商品" }).click();
  const row = page.locator(".lineup-row").last();
  await row.getByLabel("商品").fill("9.9 元试用装");
  await row.getByLabel("商品").press("Tab");
  await row.getByLabel("层级").selectOption({ label: "引流款" });
  await expect(warnings).toContainText("选品结构完整");

  // Expecting to sell more than the stock warns with the product's name.
  await row.getByLabel("库存").fill("50");
  await row.getByLabel("库存").press("Tab");
  await row.getByLabel("每场预计销量").fill("200");
  await row.getByLabel("每场预计销量").press("Tab");
  await expect(warnings).toContainText("“9.9 元试用装”库存 50 件，少于一场预计销量 200 件。");
  await shot(page, testInfo, "plan-lineup-zh");
  await row.getByLabel("库存").fill("5,000");
  await row.getByLabel("库存").press("Tab");
  await expect(warnings).toContainText("选品结构完整");

  // A value that is not a number is refused with a reason, and nothing changes.
  await row.getByLabel("直播价").fill("九块九");
  await row.getByLabel("直播价").press("Tab");
  await expect(page.locator(".error")).toHaveText("请输入数字。");
});

test("shows move by drag and by date, copy to another day, and delete with undo", async ({ page }) => {
  await newPlan(page, "改期测试");
  const phase = await addDecemberPhase(page);
  await phase.getByRole("button", { name: /排入日历/ }).click();
  await page.getByRole("link", { name: "日历" }).click();
  await page.getByRole("button", { name: "下个月" }).click();

  // Drag the 4 December show to the 5th.
  const chip = page.locator('.day[data-date="2026-12-04"] .show-chip');
  await chip.scrollIntoViewIfNeeded();
  await chip.dragTo(page.locator('.day[data-date="2026-12-05"]'));
  await expect(page.locator(".ok")).toHaveText("已改到 12 月 5 日。");
  await expect(page.locator('.day[data-date="2026-12-04"] .show-chip')).toHaveCount(0);
  await expect(page.locator('.day[data-date="2026-12-05"] .show-chip')).toHaveCount(1);

  // "+" adds one more show on a day.
  await page.getByRole("button", { name: "在 12 月 16 日加一场" }).click();
  await expect(page.locator('.day[data-date="2026-12-16"] .show-chip')).toHaveCount(1);

  // On its page: rename, change the date, copy it a week later.
  await page.locator('.day[data-date="2026-12-16"] .show-chip a').click();
  await page.getByLabel("标题").fill("加场：年货节预热");
  await page.getByLabel("标题").press("Tab");
  await expect(page.locator(".show-page h1")).toHaveText("加场：年货节预热");
  await page.getByLabel("日期").fill("2026-12-17");
  await page.getByLabel("日期").dispatchEvent("change");
  await page.getByRole("button", { name: "复制场次" }).click();
  await expect(page.locator(".ok")).toHaveText("已复制到 12 月 24 日。");
  await page.getByRole("link", { name: "打开副本" }).click();
  await expect(page.getByLabel("日期")).toHaveValue("2026-12-24");
  await page.getByRole("link", { name: "返回日历" }).click();
  await page.getByRole("button", { name: "下个月" }).click();
  await expect(page.locator('.day[data-date="2026-12-17"] .show-chip')).toContainText("年货节预热");
  await expect(page.locator('.day[data-date="2026-12-24"] .show-chip')).toContainText("年货节预热");

  // Delete from its page, then undo.
  await page.locator('.day[data-date="2026-12-24"] .show-chip a').click();
  await page.getByRole("button", { name: "删除场次" }).click();
  await expect(page.getByText("这个场次已不存在")).toBeVisible();
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(page.locator(".show-page h1")).toHaveText("加场：年货节预热");
});

test("the presenter opens the plan's emergency plans in one tap; a show on air keeps its date", async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto("/timer");
  await page.getByRole("link", { name: /打开计时器/ }).first().click();
  await page.getByRole("button", { name: "应急预案" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("断网");
  await expect(dialog).toContainText("助播马上用备用手机开播");
  await shot(page, testInfo, "presenter-emergency-zh");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  // Once its timer has started, the show's page no longer lets its date change.
  await page.keyboard.press("Space");
  await expect(page.locator(".presenter")).toHaveAttribute("data-status", "running");
  await page.goto("/plans");
  await page.getByRole("link", { name: /抖音直播运营计划/ }).click();
  await page.getByRole("link", { name: "日历" }).click();
  await page.locator(".show-chip a").first().click();
  await expect(page.getByLabel("日期")).toBeDisabled();
  await expect(page.getByText("本场已开播")).toBeVisible();
  await expect(page.getByLabel("标题")).toBeEnabled();
});

test("the sample plan's budget adds up and deleting a plan can be undone", async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto("/plans");
  await page.getByRole("link", { name: /抖音直播运营计划/ }).click();
  await page.getByRole("link", { name: "预算" }).click();
  const total = page.locator(".figures tr.total");
  await expect(total).toContainText("¥413,000");
  await expect(page.locator(".budget-summary")).toContainText("按 1 个场次计，每场预算 ¥413,000");
  // Spending over a line's plan flags the category.
  const line = page.locator(".budget-row").nth(6);
  await expect(line.getByLabel("项目")).toHaveValue("付费推广");
  await line.getByLabel("已花费").fill("210000");
  await line.getByLabel("已花费").press("Tab");
  await expect(page.locator(".figures tr.over")).toContainText("流量");
  await shot(page, testInfo, "plan-budget-zh");

  // The sample show is three days away, so its warm-up items are due today.
  await page.getByRole("link", { name: "日历" }).click();
  await expect(page.locator(".show-chip.overdue")).toContainText("项逾期");

  await page.getByRole("link", { name: "全部计划" }).click();
  await page.getByRole("button", { name: "删除" }).first().click();
  await expect(page.locator(".undo-bar")).toContainText("及其 1 个场次");
  await expect(page.locator(".plan-row")).toHaveCount(0);
  await page.getByRole("button", { name: "撤销" }).click();
  await expect(page.locator(".plan-row")).toHaveCount(1);
});

test("the plan pages read in English", async ({ page }, testInfo) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto("/plans");
  await page.locator(".lang-switch").click();
  await page.getByRole("link", { name: /Douyin live operations plan|抖音直播运营计划/ }).click();
  await page.getByRole("link", { name: "Calendar" }).click();
  await expect(page.locator(".calendar-bar h2")).toHaveText("November 2026");
  await expect(page.locator(".show-chip")).toContainText("Ready 0/");
  await shot(page, testInfo, "plan-calendar-en");
  await page.getByRole("link", { name: "Overview & targets" }).click();
  await expect(page.getByTestId("pace")).toContainText("of ¥5,000,000 so far");
  await shot(page, testInfo, "plan-overview-en");
});
