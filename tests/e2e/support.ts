import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AxeResults, Result } from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** The repository root, for fixtures, build output and artifacts. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SCREENSHOTS = join(ROOT, "test-results/screenshots");

/** Set by scripts/e2e.mjs, which starts the server these tests drive. */
export const BASE = process.env.CC_E2E_BASE_URL ?? "";
const ADMIN_KEY = process.env.CC_E2E_ADMIN_KEY ?? "";
if (!BASE || !ADMIN_KEY) throw new Error("run the end-to-end suite with `npm run test:e2e`, which starts its server");

export const WIDTHS = { desktop: { width: 1280, height: 900 }, mobile: { width: 375, height: 812 } } as const;

/** Debian's Chromium, headless, with nothing that talks to the network behind the test's back. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh context (its own sessionStorage) at a viewport, in the light theme unless asked. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = WIDTHS.desktop,
  colorScheme: "light" | "dark" = "light",
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, colorScheme, baseURL: BASE });
  const page = await context.newPage();
  return { context, page };
}

/** Calls the API as the instance admin (or with `key`), failing loudly on any error answer. */
export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  { body, project, key = ADMIN_KEY, type }: { body?: unknown; project?: string; key?: string; type?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (project) headers["x-project-id"] = project;
  if (body !== undefined) headers["content-type"] = type ?? "application/json";
  const res = await fetch(`${BASE}/api/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : body instanceof Uint8Array ? new Uint8Array(body) : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A project of its own for one spec file, and a project admin key that sees only it. */
export async function newProject(name: string): Promise<{ id: string; key: string }> {
  const unique = `${name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const project = await api<{ id: string }>("POST", "/projects", { body: { name: unique, owner: "e2e" } });
  const created = await api<{ secret: string }>("POST", "/keys", {
    body: { name: `e2e ${name}`, scopes: ["admin"], projectId: project.id },
  });
  return { id: project.id, key: created.secret };
}

/** The admin key, for specs that need the instance-wide view (every project in the switcher). */
export const adminKey = () => ADMIN_KEY;

/** Signs in through the form and waits for the overview. */
export async function signIn(page: Page, key: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
}

/** axe-core's source, evaluated in the page rather than added as a script tag: the dashboard's CSP
 * (rightly) refuses inline scripts, and the suite must see the pages under the CSP they ship with. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Injects axe-core into the page and returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Result[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ["violations"],
    }),
  );
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** One line per violation and node, readable in a failed assertion. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} — ${n.failureSummary?.split("\n").join(" ")}`),
  );
}

/** Writes a full-page screenshot to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Polls the API until a job ends; returns its final state. */
export async function waitForJob(
  jobId: string,
  project: string,
  key: string,
): Promise<{ status: string; progress: number }> {
  for (let i = 0; i < 600; i++) {
    const job = await api<{ status: string; progress: number }>("GET", `/jobs/${jobId}`, { project, key });
    if (["completed", "failed", "cancelled", "timed_out"].includes(job.status)) return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${jobId} did not end`);
}
