import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, describeViolations, launch, newProject, openPage, seriousViolations, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const suffix = Date.now().toString(36);
const SOURCE = [
  { title: `Hono ${suffix}`, domain: "languages-frameworks", status: "integrated", priority: 5 },
  { title: `Workers ${suffix}`, domain: "platforms", status: "implementation", priority: 3 },
  { title: `Old ORM, v1 ${suffix}`, domain: "data", status: "archived", priority: 1 },
] as const;

async function openRadar(page: Page, shown: number) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Radar", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Technology radar" }).waitFor();
  await page.getByText(`${shown} of ${shown} technologies shown.`).waitFor();
}

describe("radar BYOR CSV", () => {
  it("exports a project's radar as BYOR CSV and imports it into another project after a dry-run report, skipping titles it has and reporting bad rows", async () => {
    const source = await newProject("Radar export");
    for (const t of SOURCE) await api("POST", "/technologies", { project: source.id, key: source.key, body: t });
    const a = await openPage(browser);
    await signIn(a.page, source.key);
    await openRadar(a.page, SOURCE.length);
    // The export is a server job: the Exports page follows it and downloads the file.
    await a.page.getByRole("button", { name: "Export BYOR CSV" }).click();
    await a.page.getByRole("heading", { level: 1, name: "Exports" }).waitFor();
    const downloadButton = a.page.getByRole("button", { name: "Download" }).first();
    await downloadButton.waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([a.page.waitForEvent("download"), downloadButton.click()]);
    expect(download.suggestedFilename()).toMatch(/-technologies-\d{4}-\d{2}-\d{2}\.byor\.csv$/);
    const exported = readFileSync((await download.path()) ?? "", "utf8");
    const lines = exported.split("\r\n");
    expect(lines[0]).toBe("name,ring,quadrant,isNew,description");
    expect(lines).toContain(`"Old ORM, v1 ${suffix}",hold,Data & AI,TRUE,`);
    await a.context.close();

    // The target already has one of the titles, and the file gains a Thoughtworks-style row and a bad one.
    const target = await newProject("Radar import");
    await api("POST", "/technologies", {
      project: target.id,
      key: target.key,
      body: { title: SOURCE[1].title, domain: "platforms", status: "research" },
    });
    const pairing = `Pair programming ${suffix}`;
    const csv = `${exported}${pairing},Trial,Techniques,TRUE,Two people at one keyboard\r\nMystery ${suffix},sometime,Tools,false,\r\n`;

    const b = await openPage(browser);
    await signIn(b.page, target.key);
    await openRadar(b.page, 1);
    await b.page.getByText("Import technologies (BYOR CSV/JSON, export, inventory)").click();
    await b.page
      .getByLabel("File")
      .setInputFiles({ name: "radar.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await b.page.getByRole("button", { name: "Preview (dry run)" }).click();
    await b.page
      .getByRole("status")
      .getByText("Dry run: 3 created, 0 updated, 0 unchanged, 1 skipped, 1 failed.")
      .waitFor();
    const report = b.page.getByLabel("Import report");
    await report.getByRole("row", { name: new RegExp(`6 Mystery ${suffix} failed unknown ring 'sometime'`) }).waitFor();
    await b.page.getByText("1 of 1 technologies shown.").waitFor();
    await b.page.getByRole("button", { name: "Apply import" }).click();
    await b.page
      .getByRole("status")
      .getByText("Imported: 3 created, 0 updated, 0 unchanged, 1 skipped, 1 failed.")
      .waitFor();
    await b.page.getByText("4 of 4 technologies shown.").waitFor();
    for (const [title, ring] of [
      [SOURCE[0].title, "adopt"],
      [SOURCE[2].title, "hold"],
      [pairing, "trial"],
      [SOURCE[1].title, "assess"],
    ]) {
      await b.page.getByRole("button", { name: new RegExp(`^\\d+\\. ${title}: ${ring}, priority \\d`) }).waitFor();
    }
    expect(describeViolations(await seriousViolations(b.page))).toEqual([]);

    const imported = await api<{
      data: { title: string; domain: string; status: string; description: string | null }[];
    }>("GET", "/technologies?limit=100", { project: target.id });
    const byTitle = Object.fromEntries(imported.data.map((t) => [t.title, t]));
    expect(byTitle[SOURCE[0].title]).toMatchObject({ domain: "languages-frameworks", status: "integrated" });
    expect(byTitle[SOURCE[2].title]).toMatchObject({ domain: "data", status: "archived", description: "" });
    expect(byTitle[pairing]).toMatchObject({
      domain: "other",
      status: "implementation",
      description: "Two people at one keyboard",
    });
    // Skipped, not overwritten.
    expect(byTitle[SOURCE[1].title]).toMatchObject({ status: "research" });
    await b.context.close();
  });
});
