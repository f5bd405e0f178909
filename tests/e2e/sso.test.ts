import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, BASE, launch, newProject, openPage } from "./support";

const ISSUER = process.env.CC_E2E_OIDC_ISSUER ?? "";
const LOGIN = process.env.CC_E2E_OIDC_LOGIN ?? "";
const EMAIL = process.env.CC_E2E_OIDC_EMAIL ?? "";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("signing in through an OpenID Connect provider", () => {
  it("signs in at the provider, lands in the dashboard, and sees only the project it was invited to", async () => {
    expect(ISSUER, "scripts/e2e.mjs starts the provider and passes CC_E2E_OIDC_ISSUER").not.toBe("");
    const mine = await newProject("SSO mine");
    const other = await newProject("SSO other");
    const invitation = await api<{ url: string }>("POST", "/invitations", {
      project: mine.id,
      body: { email: EMAIL, role: "editor" },
    });

    const { context, page } = await openPage(browser);
    // Only the two loopback servers: the provider's page asks for a web font it must not get.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    await page.goto("/signin");
    await page.getByRole("button", { name: "Sign in with E2E IdP" }).click();

    await page.waitForURL(`${ISSUER}/**`);
    await page.locator("input[name=login]").fill(LOGIN);
    await page.locator("input[name=password]").fill("any password: development interactions");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("button", { name: "Continue" }).click();

    await page.waitForURL(`${BASE}/`);
    await page.getByText("You are not a member of any project yet").waitFor();
    const cookie = (await context.cookies(BASE)).find((c) => c.name === "cc_session");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    const before = await page.evaluate(async () => (await (await fetch("/api/v1/auth/session")).json()) as unknown);
    expect(before).toMatchObject({ user: { email: EMAIL, name: "Sso Person" }, memberships: [] });

    await page.goto(invitation.url);
    await page.getByRole("button", { name: "Accept invitation" }).click();
    await page.waitForURL(`${BASE}/`);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Overview" }).waitFor();
    const listed = await page.evaluate(async () => {
      const body = (await (await fetch("/api/v1/projects?limit=100")).json()) as { data: { id: string }[] };
      return body.data.map((p) => p.id);
    });
    expect(listed).toEqual([mine.id]);
    const switcher = page.getByLabel("Project");
    await expect
      .poll(() => switcher.locator("option").evaluateAll((o) => o.map((e) => e.getAttribute("value"))), {
        timeout: 15_000,
      })
      .toEqual([mine.id]);
    const foreign = await page.evaluate(async (id) => (await fetch(`/api/v1/projects/${id}`)).status, other.id);
    expect(foreign).toBe(404);
    await context.close();
  });

  it("refuses a callback whose state this browser did not start", async () => {
    const { context, page } = await openPage(browser);
    const res = await page.request.get(`/api/v1/auth/sso/e2eidp/callback?code=forged&state=forged-state-value`, {
      maxRedirects: 0,
    });
    expect(res.status()).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain("state");
    await context.close();
  });
});
