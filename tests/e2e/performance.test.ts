import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, launch, newProject, openPage, ROOT, WIDTHS } from "./support";

const CLIENT = join(ROOT, "build/client");
const BUDGET_GZIP_BYTES = 250 * 1024;
const RUNS = 5;

const gzipBytes = (asset: string) => gzipSync(readFileSync(join(CLIENT, asset)), { level: 9 }).length;
const sum = (assets: Iterable<string>) => [...assets].reduce((n, a) => n + gzipBytes(a), 0);

/** The JavaScript build/client/index.html loads by itself: modulepreloads, script sources and module imports. */
function indexHtmlScripts(): Set<string> {
  const html = readFileSync(join(CLIENT, "index.html"), "utf8");
  const found = new Set<string>();
  const patterns = [
    /<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
    /<script[^>]+src="([^"]+\.js)"/g,
    /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+\.js)["']/g,
    /\bimport\(\s*["']([^"']+\.js)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of html.matchAll(pattern)) if (m[1]) found.add(m[1]);
  return found;
}

interface ManifestRoute {
  module: string;
  imports?: string[];
}

/** Adds what React Router fetches for the overview on top of index.html: the shell and overview route modules. */
function overviewScripts(initial: Set<string>): Set<string> {
  const file = readdirSync(join(CLIENT, "assets")).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("build/client/assets has no React Router manifest");
  const text = readFileSync(join(CLIENT, "assets", file), "utf8");
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as {
    routes: Record<string, ManifestRoute>;
  };
  const all = new Set(initial);
  for (const id of ["routes/shell", "routes/overview"]) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`the manifest has no route ${id}`);
    for (const asset of [route.module, ...(route.imports ?? [])]) all.add(asset);
  }
  return all;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

let browser: Browser;

/**
 * Opens the overview in a fresh context (empty cache, as a user arriving) already signed in, and
 * returns when, after navigation start, the card first showed and when its counts arrived.
 */
async function firstRender(project: { id: string; key: string }): Promise<{ cardMs: number; countsMs: number }> {
  const { context, page } = await openPage(browser, WIDTHS.desktop);
  await page.addInitScript(
    ([key, id]) => {
      sessionStorage.setItem("cc.apiKey", key);
      sessionStorage.setItem("cc.projectId", id);
      const marks: { card?: number; counts?: number } = {};
      (window as unknown as { firstRender: typeof marks }).firstRender = marks;
      const observer = new MutationObserver(() => {
        const heading = [...document.querySelectorAll("h2")].find((h) => h.textContent === "Technologies by status");
        const card = heading?.closest("section");
        if (!card || card.getBoundingClientRect().height === 0) return;
        marks.card ??= performance.now();
        if ([...card.querySelectorAll("strong")].some((s) => Number(s.textContent) > 0)) {
          marks.counts ??= performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    },
    [project.key, project.id] as const,
  );
  await page.goto("/");
  await page.waitForFunction(() => (window as unknown as { firstRender: { counts?: number } }).firstRender.counts);
  const marks = await page.evaluate(
    () => (window as unknown as { firstRender: { card: number; counts: number } }).firstRender,
  );
  await context.close();
  return { cardMs: Math.round(marks.card), countsMs: Math.round(marks.counts) };
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("dashboard budgets", () => {
  it("keeps the initial route's JavaScript within 250 KB gzip and records the overview's first render", async () => {
    const initial = indexHtmlScripts();
    expect(initial.size).toBeGreaterThan(0);
    const initialBytes = sum(initial);
    const overviewBytes = sum(overviewScripts(initial));

    const project = await newProject("Performance");
    for (const [i, status] of ["integrated", "implementation", "evaluation", "research", "discovery"].entries()) {
      await api("POST", "/technologies", {
        project: project.id,
        body: { title: `Measured ${i}`, domain: "tools", status, priority: 3 },
      });
    }
    const runs: { cardMs: number; countsMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await firstRender(project));

    const report = {
      name: "dashboard",
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) },
      firstRender: {
        what: "navigation start → 'Technologies by status' card visible (cardMs) and showing its counts (countsMs); overview at 1280 px, signed in, fresh browser context (empty HTTP cache) per run, wrangler dev on loopback",
        targetMs: 1000,
        medianCardMs: median(runs.map((r) => r.cardMs)),
        medianCountsMs: median(runs.map((r) => r.countsMs)),
        runs,
      },
      javascript: {
        budgetGzipBytes: BUDGET_GZIP_BYTES,
        initialRouteGzipBytes: initialBytes,
        initialRouteFiles: [...initial].sort(),
        withOverviewRouteGzipBytes: overviewBytes,
      },
    };
    const dir = join(ROOT, "bench/results");
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    writeFileSync(join(dir, "dashboard-latest.json"), json);
    writeFileSync(join(dir, `dashboard-${report.at.replaceAll(":", "-")}.json`), json);
    console.log(
      `first render of the overview: card ${report.firstRender.medianCardMs} ms, counts ${report.firstRender.medianCountsMs} ms (median of ${RUNS}); ` +
        `initial JS ${(initialBytes / 1024).toFixed(1)} KB gzip, with the overview route ${(overviewBytes / 1024).toFixed(1)} KB`,
    );
    expect(initialBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
    expect(overviewBytes).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
