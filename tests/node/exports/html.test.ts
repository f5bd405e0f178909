import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { render } from "../../../worker/features/exports/render";
import { fixtureDataset } from "./dataset-fixture";

const ROOT = join(import.meta.dirname, "../../../");
const SHOTS = join(ROOT, "test-results/screenshots");

describe("HTML export", () => {
  it("opens offline in Chromium with no request made and shows the radar with a blip per technology", async () => {
    const file = await render(fixtureDataset("project"), "html", { origin: "https://cc.example.test" });
    mkdirSync(SHOTS, { recursive: true });
    const path = join(SHOTS, "export-report.html");
    writeFileSync(path, file.bytes);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    });
    try {
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 1400 } });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file://")) requests.push(r.url());
      });
      await page.goto(`file://${path}`);
      const radar = page.locator("svg#radar");
      await expect(radar.isVisible()).resolves.toBe(true);
      const box = await radar.boundingBox();
      expect(box?.width).toBeGreaterThan(500);
      expect(await page.locator("svg#radar g.blip").count()).toBe(5);
      expect(await page.locator("svg#radar").textContent()).toContain("Data & AI");
      expect(await page.locator("table").first().textContent()).toContain("Formula <Tool>");
      await page.screenshot({ path: join(SHOTS, "export-report.png"), fullPage: true });
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
