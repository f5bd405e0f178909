import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, launch, newProject, openPage, WIDTHS } from "./support";

interface Focused {
  tag: string;
  type: string;
  id: string;
  name: string;
  outline: string;
}

/** The focused element, named as a user would hear it, and whether its focus ring is visible. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase() ?? "",
      type: el?.getAttribute("type") ?? "",
      id: el?.id ?? "",
      name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim(),
      outline: style && style.outlineStyle !== "none" ? style.outlineWidth : "none",
    };
  });
}

/**
 * Presses Tab (or Shift+Tab with `back`) until `wanted` holds for the focused element; every stop
 * on the way must show a focus ring.
 */
async function tabTo(
  page: Page,
  wanted: (f: Focused) => boolean,
  { max = 25, back = false }: { max?: number; back?: boolean } = {},
): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const f = await focused(page);
    path.push(`${f.tag} "${f.name.slice(0, 40)}"`);
    // Past either end of the page focus visits the browser's own controls: the body is active then.
    if (f.tag === "body") continue;
    // A date input's last stop is Chrome's own calendar button inside it, which draws its own ring.
    if (f.type === "date" && f.outline === "none") continue;
    expect(f.outline, `focus ring on ${path.at(-1)}`).not.toBe("none");
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached the element; focus went through: ${path.join(" → ")}`);
}

let browser: Browser;
let project: { id: string; key: string };
let title: string;
beforeAll(async () => {
  browser = await launch();
  project = await newProject("Keyboard");
  title = `Keyboard Blip ${Date.now().toString(36)}`;
  await api("POST", "/technologies", {
    project: project.id,
    body: { title, domain: "platforms", status: "implementation", priority: 5 },
  });
});
afterAll(async () => {
  await browser?.close();
});

async function signInByKeyboard(page: Page) {
  await page.goto("/signin");
  await page.getByLabel("API key").waitFor();
  const input = await tabTo(page, (f) => f.id === "key");
  expect(input.tag).toBe("input");
  await page.keyboard.type(project.key);
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
}

describe("keyboard-only navigation", () => {
  it("signs in, skips to content, moves between pages by the nav links and opens a technology from a radar blip", async () => {
    const { context, page } = await openPage(browser);
    await signInByKeyboard(page);

    await page.getByRole("region", { name: "Recently moved" }).getByRole("link", { name: title }).waitFor();
    const skip = await tabTo(page, () => true, { max: 1 });
    expect(skip.name).toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused(page)).id).toBe("main");

    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("main")?.id)).toBe("main");
    await tabTo(page, (f) => f.tag === "a" && f.name === "Technologies", { back: true });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Technologies" }).waitFor();
    await page.getByRole("link", { name: title }).waitFor();

    await tabTo(page, (f) => f.tag === "a" && f.name === "Radar", { back: true });
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Technology radar" }).waitFor();
    await page.getByRole("button", { name: new RegExp(`^\\d+\\. ${title}:`) }).waitFor();

    const blip = await tabTo(page, (f) => new RegExp(`^\\d+\\. ${title}:`).test(f.name), { max: 40 });
    expect(blip.name).toMatch(new RegExp(`^\\d+\\. ${title}: trial, priority 5, new$`));
    await page.locator(".tooltip").getByText(`${title} · trial`).waitFor();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: new RegExp(title) }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/technologies\/tech_/);
    await context.close();
  });

  it("opens the menu on a 375 px screen from the keyboard and reaches every main page", async () => {
    const { context, page } = await openPage(browser, WIDTHS.mobile);
    await signInByKeyboard(page);
    for (const [link, heading] of [
      ["Jobs", "Jobs"],
      ["Repositories", "Repositories"],
      ["Settings", "Settings"],
      ["Overview", "Overview"],
    ] as const) {
      // The link just used hides with the menu; the menu button is behind wherever focus now is.
      const menu = await tabTo(page, (f) => f.name === "Menu", { max: 60, back: true });
      expect(menu.tag).toBe("button");
      await page.keyboard.press("Enter");
      await tabTo(page, (f) => f.tag === "a" && f.name === link);
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    }
    await context.close();
  });
});
