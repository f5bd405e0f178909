import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminKey, api, launch, newProject, openPage, signIn } from "./support";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("sign-in", () => {
  it("shows the API's message for an unknown key and keeps the user on the sign-in page", async () => {
    const { context, page } = await openPage(browser);
    await page.goto("/signin");
    await page.getByLabel("API key").fill(`cc_e2e00000_${"A".repeat(43)}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("unknown API key");
    expect(new URL(page.url()).pathname).toBe("/signin");
    expect(await page.evaluate(() => sessionStorage.getItem("cc.apiKey"))).toBeNull();
    await context.close();
  });

  it("sends a visitor without a key to the sign-in page", async () => {
    const { context, page } = await openPage(browser);
    await page.goto("/technologies");
    await page.waitForURL("**/signin");
    await page.getByLabel("API key").waitFor();
    await context.close();
  });

  it("keeps a valid key in sessionStorage only, opens the overview and signs out again", async () => {
    const project = await newProject("Sign-in");
    const { context, page } = await openPage(browser);
    await signIn(page, project.key);
    expect(page.url()).not.toContain(project.key);
    expect(await page.evaluate(() => sessionStorage.getItem("cc.apiKey"))).toBe(project.key);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(project.key);
    await expect.poll(() => page.getByLabel("Project").inputValue()).toBe(project.id);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/signin");
    expect(await page.evaluate(() => sessionStorage.getItem("cc.apiKey"))).toBeNull();
    await context.close();
  });

  it("lets an admin key switch projects, and the pages then show the chosen project's data", async () => {
    const first = await newProject("Switch A");
    const second = await newProject("Switch B");
    const title = `Only in B ${Date.now()}`;
    await api("POST", "/technologies", { project: second.id, body: { title, domain: "tools", status: "research" } });

    const { context, page } = await openPage(browser);
    await signIn(page, adminKey());
    const switcher = page.getByLabel("Project");
    await switcher.selectOption(first.id);
    await page.getByRole("link", { name: "Technologies", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Technologies" }).waitFor();
    await page.getByText("0 total").waitFor();
    expect(await page.getByRole("link", { name: title }).count()).toBe(0);

    await switcher.selectOption(second.id);
    await page.getByRole("link", { name: title }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem("cc.projectId"))).toBe(second.id);
    await context.close();
  });
});
