import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminKey,
  api,
  describeViolations,
  launch,
  newProject,
  openPage,
  screenshot,
  seriousViolations,
  signIn,
  WIDTHS,
  waitForJob,
} from "./support";

let browser: Browser;
const suffix = Date.now().toString(36);

/** An archive with one package.json declaring these dependencies. */
async function archive(dependencies: Record<string, string>): Promise<Uint8Array> {
  const body = new TextEncoder().encode(JSON.stringify({ name: "app", dependencies }));
  return new Uint8Array(
    gzipSync(await packTar([{ header: { name: "app-main/package.json", size: body.length, type: "file" }, body }])),
  );
}

/** A project with technologies at these statuses and one analysed repository using `dependencies`. */
async function project(name: string, techs: [string, string][], dependencies: Record<string, string>) {
  const p = await newProject(`${name} ${suffix}`);
  const as = { project: p.id, key: p.key };
  for (const [title, status] of techs) await api("POST", "/technologies", { ...as, body: { title, status } });
  const repo = await api<{ id: string }>("POST", "/repositories", {
    ...as,
    body: { provider: "upload", owner: "acme", name },
  });
  const job = await api<{ id: string }>("POST", `/repositories/${repo.id}/snapshots`, {
    ...as,
    body: await archive(dependencies),
    type: "application/gzip",
  });
  expect((await waitForJob(job.id, p.id, p.key)).status).toBe("completed");
  return p;
}

beforeAll(async () => {
  browser = await launch();
  await project(
    "Shop",
    [
      ["React", "integrated"],
      ["Moment.js", "archived"],
      ["Kafka", "implementation"],
    ],
    {
      react: "^18.2.0",
      moment: "^2.29.4",
    },
  );
  await project(
    "Billing",
    [
      ["React", "archived"],
      ["Express", "integrated"],
      ["Kafka", "integrated"],
    ],
    {
      react: "^17.0.2",
      express: "^4.19.0",
    },
  );
}, 240_000);
afterAll(async () => {
  await browser?.close();
});

describe("the Portfolio section", () => {
  it("shows the portfolio radar with numbered lists, names on hover and focus, at 1280 and 375 px", async () => {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      const { context, page } = await openPage(browser, viewport);
      await signIn(page, adminKey());
      await page.goto("/portfolio");
      await page.getByRole("heading", { level: 1, name: "Portfolio" }).waitFor();
      const lists = page.locator(".radar-lists");
      await lists.getByRole("heading", { name: "Languages & frameworks" }).waitFor();
      const entry = lists.getByRole("button").filter({ hasText: /^\d+\. React\b/ });
      await entry.waitFor();
      const number = (await entry.textContent())?.match(/^(\d+)\./)?.[1];
      const blip = page.getByRole("button", { name: /^\d+\. React: \w+, \d+ projects, disagree/ });
      await blip.hover();
      await page.locator(".tooltip").getByText(`${number}. React`).waitFor();
      await page.mouse.move(0, 0);
      await blip.focus();
      await page.locator(".tooltip").getByText(`${number}. React`).waitFor();
      if (width === "mobile") {
        const drawing = await page.locator(".radar").boundingBox();
        const listBox = await lists.boundingBox();
        expect(listBox && drawing && listBox.y >= drawing.y + drawing.height - 1).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      }
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      await screenshot(page, `portfolio-radar-${viewport.width}`);
      await context.close();
    }
  });

  it("shows the adoption matrix with rings per project and filters it to disagreements", async () => {
    for (const viewport of Object.values(WIDTHS)) {
      const { context, page } = await openPage(browser, viewport);
      await signIn(page, adminKey());
      await page.goto("/portfolio?view=matrix");
      await page.getByLabel("Projects").selectOption("true");
      const row = page.getByRole("row", { name: /React/ });
      await row.waitFor();
      expect(await row.getByRole("cell").allTextContents()).toEqual(expect.arrayContaining(["Adopt", "Hold"]));
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      await screenshot(page, `portfolio-matrix-${viewport.width}`);
      await context.close();
    }
  });

  it("lists drift with its evidence and dismisses an item with a reason", async () => {
    for (const viewport of Object.values(WIDTHS)) {
      const { context, page } = await openPage(browser, viewport);
      await signIn(page, adminKey());
      await page.goto("/portfolio?view=drift");
      const item = page
        .getByRole("listitem")
        .filter({ hasText: `Moment.js` })
        .filter({ hasText: `Shop ${suffix}` });
      await item.getByText("On hold but still in use").waitFor();
      await item
        .getByText(/package\.json/)
        .first()
        .waitFor();
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      await screenshot(page, `portfolio-drift-${viewport.width}`);
      await context.close();
    }
    const { context, page } = await openPage(browser);
    await signIn(page, adminKey());
    await page.goto("/portfolio?view=drift");
    const item = page
      .getByRole("listitem")
      .filter({ hasText: "Moment.js" })
      .filter({ hasText: `Shop ${suffix}` });
    await item.getByLabel("Reason").fill("legacy report, removal planned");
    await item.getByRole("button", { name: "Dismiss" }).click();
    await item.waitFor({ state: "detached" });
    await page.getByLabel("State").selectOption("dismissed");
    await page.getByText("Dismissed: legacy report, removal planned").first().waitFor();
    await context.close();
  });
});
