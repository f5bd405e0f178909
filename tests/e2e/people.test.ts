import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, launch, newProject, openPage, signIn } from "./support";

const LINK = process.env.CC_E2E_SIGN_IN_LINK ?? "";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in as a person", () => {
  it("spends the local owner's one-time link for an HttpOnly session, picks it up in a new tab, and signs out", async () => {
    expect(LINK, "scripts/e2e.mjs passes the link in CC_E2E_SIGN_IN_LINK").not.toBe("");
    const project = await newProject("People");
    const title = `Made by the owner ${Date.now()}`;
    const { context, page } = await openPage(browser);
    await page.goto(`/signin#link=${LINK}`);
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    expect(page.url()).not.toContain(LINK);
    expect(await page.evaluate(() => document.cookie)).not.toContain("cc_session");
    expect(await page.evaluate(() => sessionStorage.getItem("cc.apiKey"))).toBeNull();
    const cookie = (await context.cookies()).find((c) => c.name === "cc_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");

    // A write from the dashboard carries the CSRF token and lands in the audit log under the owner.
    await page.getByLabel("Project").selectOption(project.id);
    const created = await page.evaluate(
      async ({ project, title }) => {
        const res = await fetch("/api/v1/technologies", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-project-id": project,
            "x-csrf-token": sessionStorage.getItem("cc.csrf") ?? "",
          },
          body: JSON.stringify({ title }),
        });
        return { status: res.status, id: ((await res.json()) as { id?: string }).id };
      },
      { project: project.id, title },
    );
    expect(created.status).toBe(201);
    const audit = await api<{ data: { userId: string | null; entity: string }[] }>(
      "GET",
      `/audit?projectId=${project.id}&entity=technology`,
    );
    expect(audit.data[0]?.userId).toBe("usr_localowner");
    await page.goto(`/technologies/${created.id}`);
    const history = page.getByRole("region", { name: "History" }).getByRole("listitem").first();
    await expect.poll(() => history.textContent(), { timeout: 15_000 }).toContain("by Local owner");

    const second = await context.newPage();
    await second.goto("/technologies");
    await second.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    expect(await second.evaluate(() => sessionStorage.getItem("cc.csrf"))).not.toBeNull();
    await second.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/signin");
    const after = await page.evaluate(async () => (await fetch("/api/v1/auth/session")).status);
    expect(after).toBe(401);
    await context.close();
  });

  it("refuses the same link a second time and stays on the sign-in page", async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`/signin#link=${LINK}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("already used");
    expect(new URL(page.url()).pathname).toBe("/signin");
    await context.close();
  });

  it("invites by e-mail from Settings, shows the link once, lists and withdraws the pending invitation", async () => {
    const project = await newProject("Members");
    const email = `invitee-${Date.now()}@example.com`;
    const { context, page } = await openPage(browser);
    await signIn(page, project.key);
    await page.getByRole("link", { name: "Settings", exact: true }).click();
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("viewer");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("/invitations#token=");
    const pending = page
      .getByRole("region", { name: "Pending invitations" })
      .or(page.getByLabel("Pending invitations"));
    await pending.getByText(email).waitFor();
    await pending.getByRole("button", { name: "Withdraw" }).click();
    await expect.poll(() => pending.getByText(email).count()).toBe(0);
    await context.close();
  });

  it("tells a visitor who is not signed in to sign in before accepting an invitation", async () => {
    const { context, page } = await openPage(browser);
    await page.goto("/invitations#token=not-signed-in-yet");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Sign in first");
    await context.close();
  });
});
