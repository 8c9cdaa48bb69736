// Many windows on one workspace: no edit is lost. Two windows editing one
// plan within the save delay, the presenter's Start beside a rename in the
// whole app, the same field changed in both (the banner names what was
// replaced and puts it back), and a recovered workspace that survives a reload.
import { test, expect, shot } from "./fixtures.mjs";

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem("livedesk.workspace")).data);

/** Commits a field's typed value (its `change` event) at once, or at the
 * wall-clock time `when` (ms) so that two windows act together whatever the
 * test driver's latency; returns when it happened. */
const commit = (locator, when = 0) =>
  locator.evaluate(
    (input, when) =>
      new Promise((done) =>
        setTimeout(() => {
          input.dispatchEvent(new Event("change", { bubbles: true }));
          done(Date.now());
        }, Math.max(0, when - Date.now())),
      ),
    when,
  );

/** A moment shortly ahead, for actions in two windows at once. */
const soon = () => Date.now() + 300;

/** Two windows on the first plan's overview; the plan's id. */
async function twoWindowsOnAPlan(page, context) {
  await page.goto("/plans");
  await expect(page.locator(".shell-nav")).toBeVisible();
  const planId = (await stored(page)).plans[0].id;
  const other = await context.newPage();
  await page.goto(`/plans/${planId}`);
  await other.goto(`/plans/${planId}`);
  await expect(page.getByLabel("名称")).toBeVisible();
  await expect(other.getByLabel("名称")).toBeVisible();
  return { other, planId };
}

test("two windows editing different fields of one plan within 50 ms both keep their edit", async ({ page, context }, testInfo) => {
  const { other, planId } = await twoWindowsOnAPlan(page, context);
  await page.getByLabel("名称").fill("一月计划");
  await other.getByLabel("备注").fill("备注：开播前先测灯光");
  const when = soon();
  const [a, b] = await Promise.all([commit(page.getByLabel("名称"), when), commit(other.getByLabel("备注"), when)]);
  expect(Math.abs(a - b)).toBeLessThan(50);

  // Both saves land; each window merges the other's; nothing is lost.
  await expect.poll(async () => {
    const plan = (await stored(page)).plans.find((p) => p.id === planId);
    return [plan.name, plan.notes];
  }).toEqual(["一月计划", "备注：开播前先测灯光"]);
  for (const window of [page, other]) {
    await expect(window.getByLabel("名称")).toHaveValue("一月计划");
    await expect(window.getByLabel("备注")).toHaveValue("备注：开播前先测灯光");
  }
  // A clean merge needs no banner.
  await expect(other.locator(".notice")).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("备注")).toHaveValue("备注：开播前先测灯光");
  await shot(other, testInfo, "windows-merged-plan");
  await other.close();
});

test("the presenter's Start in one window and a rename in another within 100 ms both survive", async ({ page, context }) => {
  await page.goto("/plans");
  await expect(page.locator(".shell-nav")).toBeVisible();
  const { plans, shows } = await stored(page);
  const show = shows.find((s) => s.plan_id === plans[0].id && s.script);
  const presenter = await context.newPage();
  await presenter.goto(`/timer/${show.id}`);
  await expect(presenter.locator(".presenter")).toHaveAttribute("data-status", "ready");
  await page.goto(`/plans/${plans[0].id}`);
  await page.getByLabel("名称").fill("改过名的计划");

  // The clicker's Space, sent at the same moment as the rename's commit.
  const when = soon();
  const [renamed, started] = await Promise.all([
    commit(page.getByLabel("名称"), when),
    presenter.evaluate(
      (when) =>
        new Promise((done) =>
          setTimeout(() => {
            window.dispatchEvent(new KeyboardEvent("keydown", { key: " ", code: "Space", bubbles: true }));
            done(Date.now());
          }, Math.max(0, when - Date.now())),
        ),
      when,
    ),
  ]);
  expect(Math.abs(started - renamed)).toBeLessThan(100);

  await expect(presenter.locator(".presenter")).toHaveAttribute("data-status", "running");
  await expect.poll(async () => {
    const data = await stored(page);
    return [data.plans[0].name, data.shows.find((s) => s.id === show.id).timer?.status];
  }).toEqual(["改过名的计划", "running"]);
  // Still so once both windows have heard each other, and after a reload.
  await page.waitForTimeout(600);
  const data = await stored(page);
  expect(data.plans[0].name).toBe("改过名的计划");
  expect(data.shows.find((s) => s.id === show.id).timer.status).toBe("running");
  await page.reload();
  await expect(page.getByLabel("名称")).toHaveValue("改过名的计划");
  await presenter.close();
});

test("the same field changed in two windows keeps the later save and can put the other back", async ({ page, context }, testInfo) => {
  const { other, planId } = await twoWindowsOnAPlan(page, context);
  await page.getByLabel("名称").fill("甲改的名字");
  await other.getByLabel("名称").fill("乙改的名字");
  // The first window commits (and so saves) first; the second hears that
  // save while its own edit still waits for the save delay.
  await commit(page.getByLabel("名称"));
  await commit(other.getByLabel("名称"));

  const banner = other.getByRole("status").filter({ hasText: "另一个窗口同时修改了相同的内容" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText("工作计划「甲改的名字」 › 名称: 你的 «乙改的名字» → 保留 «甲改的名字»");
  await expect(other.getByLabel("名称")).toHaveValue("甲改的名字");
  await shot(other, testInfo, "windows-conflict");

  // "Put mine back" restores it, saves it, and the first window follows.
  await banner.getByRole("button", { name: "恢复我的" }).click();
  await expect(other.getByLabel("名称")).toHaveValue("乙改的名字");
  await expect(banner).toHaveCount(0);
  await expect(page.getByLabel("名称")).toHaveValue("乙改的名字");
  await expect.poll(async () => (await stored(page)).plans.find((p) => p.id === planId).name).toBe("乙改的名字");

  // The same banner in English.
  await page.getByLabel("名称").fill("Name from window A");
  await other.getByRole("button", { name: "切换界面语言为英文" }).click();
  await other.getByLabel("Name").fill("Name from window B");
  await commit(page.getByLabel("名称"));
  await commit(other.getByLabel("Name"));
  const english = other.getByRole("status").filter({ hasText: "Another window changed the same things" });
  await expect(english).toContainText("plan “Name from window A” › name: yours «Name from window B» → kept «Name from window A»");
  await expect(english.getByRole("button", { name: "Put mine back" })).toBeVisible();
  await shot(other, testInfo, "windows-conflict-en");
  await other.close();
});

test("a recovered workspace is saved, so a reload still shows it", async ({ page }) => {
  await page.goto("/plans");
  await expect(page.locator(".shell-nav")).toBeVisible();
  // The last backup holds a plan of its own; then the stored copy breaks.
  await page.evaluate(() => {
    const text = localStorage.getItem("livedesk.workspace");
    const backup = JSON.parse(text);
    backup.data.plans[0].name = "备份里的计划";
    localStorage.setItem("livedesk.backup.1", JSON.stringify(backup));
    localStorage.setItem("livedesk.workspace", '{"format":"livedesk","kind":');
  });
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "已从最近一次可用的备份恢复" })).toBeVisible();
  await expect(page.getByRole("link", { name: /备份里的计划/ })).toBeVisible();
  // Stored as the workspace at once: a reload with no edit shows it again.
  expect((await stored(page)).plans[0].name).toBe("备份里的计划");
  await page.reload();
  await expect(page.getByRole("link", { name: /备份里的计划/ })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  // The unreadable text is still kept aside.
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith("livedesk.recovery."))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual(['{"format":"livedesk","kind":']);
});
