import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTarGz } from "./fixture-archive";
import { launch, newProject, openPage, signIn } from "./support";

/** What the analyser finds in tests/fixtures/repos/npm (see tests/analysis/technologies.test.ts). */
const EXPECTED = ["Next.js", "PostgreSQL", "React", "TypeScript", "Vitest"];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  const project = await newProject("Upload");
  ({ page } = await openPage(browser));
  await signIn(page, project.key);
});
afterAll(async () => {
  await browser?.close();
});

describe("repository archive upload", () => {
  it("adds a repository, uploads a .tar.gz, follows the progress bar to 100% and lists what was detected", async () => {
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Repositories" }).click();
    await page.getByLabel("or a name, to upload archives").fill("e2e/shop-web");
    await page.getByRole("button", { name: "Add repository" }).click();
    await page.getByRole("status").getByText("Added.").waitFor();
    await page.getByRole("link", { name: "e2e/shop-web" }).click();
    await page.getByRole("heading", { level: 1, name: /e2e\/shop-web/ }).waitFor();

    // Record every value the bar shows, to see it move live rather than jump in on a reload.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const value = document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow");
        if (value && seen.at(-1) !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByLabel(/Upload a \.tar\.gz or \.zip/).setInputFiles({
      name: "shop-web.tar.gz",
      mimeType: "application/gzip",
      buffer: await fixtureTarGz("npm"),
    });

    const bar = page.getByRole("progressbar", { name: "Analysis progress" });
    await bar.waitFor();
    await expect.poll(() => bar.getAttribute("aria-valuenow"), { timeout: 60_000 }).toBe("100");
    await page.locator(".job-live").getByText("completed").waitFor();
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.map(Number));
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));

    const detected = page.getByRole("region", { name: /^Technologies \(\d+\)$/ });
    await detected.waitFor();
    const titles = await detected.locator("li strong").allTextContents();
    expect(titles).toEqual(expect.arrayContaining(EXPECTED));
    await page
      .getByRole("region", { name: /^Languages \(\d+ files, [\d.]+ (B|KiB|MiB|GiB) of code\)$/ })
      .getByText("TypeScript")
      .waitFor();
    await page
      .getByRole("region", { name: /^Dependencies/ })
      .getByRole("cell", { name: "next", exact: true })
      .first()
      .waitFor();

    await nav.getByRole("link", { name: "Technologies" }).click();
    await page.getByRole("heading", { level: 1, name: "Technologies" }).waitFor();
    for (const title of EXPECTED) await page.getByRole("link", { name: title, exact: true }).waitFor();

    await page.getByRole("link", { name: "Next.js", exact: true }).click();
    const evidence = page.getByRole("region", { name: "Evidence from analyses" });
    await evidence.getByText("package.json").first().waitFor();
  });

  it("sends a .tar.gz over 25 MiB in parts, showing upload progress, and the analysis reads it", async () => {
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "Repositories" }).click();
    await page.getByLabel("or a name, to upload archives").fill("e2e/big-upload");
    await page.getByRole("button", { name: "Add repository" }).click();
    await page.getByRole("status").getByText("Added.").waitFor();
    await page.getByRole("link", { name: "e2e/big-upload" }).click();
    await page.getByRole("heading", { level: 1, name: /e2e\/big-upload/ }).waitFor();
    await page.evaluate(() => {
      const flags = { uploadBar: false };
      (window as unknown as { flags: typeof flags }).flags = flags;
      new MutationObserver(() => {
        if (document.querySelector('[role="progressbar"][aria-label="Upload progress"]')) flags.uploadBar = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const noise = new Uint8Array(randomBytes(30 * 1024 * 1024));
    const manifest = new TextEncoder().encode('{"dependencies":{"react":"19.0.0"}}\n');
    const tar = await packTar([
      { header: { name: "big/package.json", size: manifest.length, type: "file" }, body: manifest },
      { header: { name: "big/assets/noise.bin", size: noise.length, type: "file" }, body: noise },
    ]);
    const dir = mkdtempSync(join(os.tmpdir(), "cc-e2e-big-"));
    const file = join(dir, "big.tar.gz");
    writeFileSync(file, gzipSync(tar, { level: 1 }));
    await page.getByLabel(/Upload a \.tar\.gz or \.zip/).setInputFiles(file);

    await page.locator(".job-live").getByText("completed").waitFor({ timeout: 120_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(await page.evaluate(() => (window as unknown as { flags: { uploadBar: boolean } }).flags.uploadBar)).toBe(
      true,
    );
    const detected = page.getByRole("region", { name: /^Technologies \(\d+\)$/ });
    await detected.waitFor();
    expect(await detected.locator("li strong").allTextContents()).toContain("React");
  }, 180_000);
});
