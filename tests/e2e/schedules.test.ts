import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, launch, newProject, openPage, seriousViolations, signIn } from "./support";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  const project = await newProject("Schedules");
  ({ page } = await openPage(browser));
  await signIn(page, project.key);
});
afterAll(async () => {
  await browser?.close();
});

const FIVE_MINUTES = 5 * 60_000;

/** A UTC instant as the preview shows it: the wall-clock minute in Berlin ("2026-03-29 03:05"). */
function berlin(ms: number): string {
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Europe/Berlin",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(ms);
}

/** The ten runs of `*\/5 * * * *` starting from the 5-minute boundary `first`, as the preview lists them. */
const runsFrom = (first: number) =>
  Array.from({ length: 10 }, (_, i) => `${berlin(first + i * FIVE_MINUTES)} (Europe/Berlin)`);

describe("schedules", () => {
  it("describes a cron expression in words with its next 10 runs in the chosen timezone while typing, creates it and runs it now", async () => {
    const name = `Every five ${Date.now().toString(36)}`;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Schedules" }).click();
    await page.getByRole("heading", { level: 1, name: "Schedules" }).waitFor();

    const form = page.locator("form", { has: page.getByRole("button", { name: "Create schedule" }) });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Frequency").selectOption("cron");
    await form.getByLabel("Timezone").fill("Europe/Berlin");
    const cron = form.getByLabel("Cron expression");
    const preview = page.locator("#s-preview");

    // Another expression first: the preview follows what is typed.
    await cron.fill("0 9 * * 1");
    await expect.poll(() => preview.locator("strong").textContent()).toBe("At 09:00, only on Monday (Europe/Berlin)");
    await cron.fill("");
    await cron.pressSequentially("*/5 * * * *");
    await expect.poll(() => preview.locator("strong").textContent()).toBe("Every 5 minutes (Europe/Berlin)");
    await expect.poll(() => preview.getByRole("listitem").count()).toBe(10);
    const runs = await preview.getByRole("listitem").allTextContents();
    // The first run is the next 5-minute boundary (give or take one, for the time the preview took).
    const boundary = Math.ceil(Date.now() / FIVE_MINUTES) * FIVE_MINUTES;
    const candidates = [boundary - FIVE_MINUTES, boundary, boundary + FIVE_MINUTES].map(runsFrom);
    expect(candidates, `preview listed ${JSON.stringify(runs)}`).toContainEqual(runs);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);

    await form.getByRole("button", { name: "Create schedule" }).click();
    const row = page.getByRole("row", { name: new RegExp(name) });
    await row.waitFor();
    const cells = row.getByRole("cell");
    expect(await cells.nth(1).textContent()).toBe("*/5 * * * * Europe/Berlin");
    // "Next run" is a date in the dashboard's locale, not the placeholder.
    await expect.poll(() => cells.nth(2).textContent()).toMatch(/\d/);
    expect(await cells.nth(4).textContent()).toBe("0");
    expect(await row.getByRole("link", { name: "job" }).count()).toBe(0);

    await row.getByRole("button", { name: "Run now" }).click();
    const job = row.getByRole("link", { name: "job" });
    await job.waitFor();
    expect(await job.getAttribute("href")).toMatch(/^\/jobs\/[\w-]+$/);
    await expect.poll(() => cells.nth(4).textContent()).toBe("1");
    expect(describeViolations(await seriousViolations(page))).toEqual([]);

    await job.click();
    await page.getByRole("progressbar", { name: "Job progress" }).waitFor();
  });
});
