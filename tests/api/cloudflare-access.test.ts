import { env } from "cloudflare:workers";
import { importJWK, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { ACCESS_TEST_CONFIG, ACCESS_TEST_KEYS as keys } from "../access-keys";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { call, expectError } from "../helpers";
import { sessionCookieOf } from "../people";

const ISSUER = ACCESS_TEST_CONFIG.CF_ACCESS_TEAM_DOMAIN;
const AUDIENCE = ACCESS_TEST_CONFIG.CF_ACCESS_AUD;

/** An Access token as Cloudflare would sign it, with any claim overridden. */
async function accessToken(
  claims: { email?: string; aud?: string; iss?: string; exp?: number } = {},
  key: "access" | "stranger" = "access",
): Promise<string> {
  const jwk = keys[key];
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email: "email" in claims ? claims.email : `ada-${crypto.randomUUID()}@example.com` })
    .setProtectedHeader({ alg: "RS256", kid: jwk.kid })
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt(now - 60)
    .setExpirationTime(claims.exp ?? now + 600)
    .sign(await importJWK(jwk, "RS256"));
}

const signIn = (token: string) =>
  api(undefined, { headers: { "cf-access-jwt-assertion": token } }).auth["cloudflare-access"].$post();

describe("Cloudflare Access sign-in", () => {
  it("signs in a person whose token the team's keys signed, creating the account with no projects", async () => {
    const email = `grace-${crypto.randomUUID()}@example.com`;
    const { body, headers } = await expectAnswer(signIn(await accessToken({ email })), 200);
    expect(body.user.email).toBe(email);
    expect(body.user.instanceAdmin).toBe(false);
    expect(body.memberships).toEqual([]);
    const cookie = sessionCookieOf(headers);
    const me = await expectStatus(api(undefined, { headers: { cookie } }).auth.session.$get(), 200);
    expect(me.user.id).toBe(body.user.id);
    const projects = await expectStatus(api(undefined, { headers: { cookie } }).projects.$get({ query: {} }), 200);
    expect(projects.total).toBe(0);
  });

  it("signs the same e-mail address in as the same person", async () => {
    const email = `same-${crypto.randomUUID()}@example.com`;
    const first = await expectStatus(signIn(await accessToken({ email })), 200);
    const second = await expectStatus(signIn(await accessToken({ email: email.toUpperCase() })), 200);
    expect(second.user.id).toBe(first.user.id);
  });

  it.each([
    ["for another application (wrong audience)", { aud: "someone-elses-app" }, "wrong aud"],
    ["from another team (wrong issuer)", { iss: "https://other.cloudflareaccess.com" }, "wrong iss"],
    ["that has expired", { exp: Math.floor(Date.now() / 1000) - 120 }, "expired"],
    ["without an e-mail address", { email: undefined }, "no e-mail"],
  ])("refuses a token %s", async (_label, claims, message) => {
    const body = await expectFailure(signIn(await accessToken(claims)), 401, "unauthorized");
    expect(body.error.message).toContain(message);
  });

  it("refuses a token signed by a key the team does not hold", async () => {
    const body = await expectFailure(signIn(await accessToken({}, "stranger")), 401, "unauthorized");
    expect(body.error.message).toContain("not signed");
  });

  it("refuses a request without the header, and one that is not a token", async () => {
    await expectFailure(api().auth["cloudflare-access"].$post(), 401, "unauthorized");
    await expectFailure(signIn("not.a.token"), 401, "unauthorized");
  });

  it("refuses a disabled account", async () => {
    const email = `gone-${crypto.randomUUID()}@example.com`;
    await expectStatus(signIn(await accessToken({ email })), 200);
    await env.DB.prepare("update users set disabled_at = ? where email = ?")
      .bind(new Date().toISOString(), email)
      .run();
    await expectFailure(signIn(await accessToken({ email })), 401, "unauthorized");
  });

  it("refuses a sign-in posted from another site", async () => {
    const res = await call("POST", "/api/v1/auth/cloudflare-access", {
      headers: { "cf-access-jwt-assertion": await accessToken(), origin: "https://evil.example" },
    });
    expectError(res, 403, "forbidden");
  });
});
