import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE, launch, newProject, openPage, screenshot, signIn } from "./support";

/** The `standard` plan's requests per minute (worker/lib/rate-limits.ts), which `newProject`'s key has. */
const STANDARD_PER_MINUTE = 600;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * `wrangler dev`'s limiter counts in windows aligned to the minute: with less than `needed` ms of
 * this one left, wait for the next so the key is still refused when the browser asks.
 */
async function startOfAWindow(needed: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needed) await new Promise((resolve) => setTimeout(resolve, left + 200));
}

/** Sends keyed requests, 50 at a time, until the limiter refuses one; returns how many went through. */
async function exhaust(key: string, project: string): Promise<number> {
  let allowed = 0;
  for (let sent = 0; sent <= 2 * STANDARD_PER_MINUTE; sent += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, () =>
        fetch(`${BASE}/api/v1/job-types`, { headers: { authorization: `Bearer ${key}`, "x-project-id": project } }),
      ),
    );
    for (const res of batch) {
      await res.body?.cancel();
      if (res.status === 200) allowed++;
    }
    if (batch.some((res) => res.status === 429)) return allowed;
  }
  throw new Error(`no 429 after ${2 * STANDARD_PER_MINUTE + 1} requests`);
}

describe("rate limits in the dashboard", () => {
  it("shows the 429 as a readable message with the seconds to wait when the key's real limiter refuses", async () => {
    const project = await newProject("Rate limit");
    const { context, page } = await openPage(browser);
    await signIn(page, project.key);

    await startOfAWindow(45_000);
    const allowed = await exhaust(project.key, project.id);
    expect(allowed).toBeGreaterThanOrEqual(STANDARD_PER_MINUTE - 10);
    const clickedAt = Date.now();
    await page.getByRole("link", { name: "Technologies", exact: true }).click();

    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = (await alert.textContent()) ?? "";
    expect(text).toMatch(
      new RegExp(
        `^Too many requests \\(this API key made more than ${STANDARD_PER_MINUTE} requests in 60 s\\)\\. Wait (\\d+) s, then try again\\.$`,
      ),
    );
    // Retry-After is the time left in the limiter's window (to the next full minute), not the period.
    const seconds = Number(/Wait (\d+) s/.exec(text)?.[1]);
    const toNextMinute = Math.ceil((60_000 - (clickedAt % 60_000)) / 1000);
    expect(seconds).toBeLessThanOrEqual(toNextMinute);
    expect(seconds).toBeGreaterThanOrEqual(toNextMinute - 5);
    await screenshot(page, "rate-limit-429");
    await context.close();
  });
});
