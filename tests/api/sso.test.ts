import { beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus, ORIGIN } from "../client";
import { fetchWithEnv } from "../env-override";
import { createTenant, instanceAdmin } from "../helpers";
import { addMember, insertUser, sessionCookieOf } from "../people";
import { FakeProviders, type IdTokenClaims } from "../sso-fake";

let fake: FakeProviders;
beforeAll(async () => {
  fake = await FakeProviders.install();
});

type Provider = "testidp" | "github";

/** The sign-in page's button: the URL to open and the state cookie the answer set. */
async function start(provider: Provider) {
  const call = api(undefined, { headers: { origin: ORIGIN } }).auth.sso[":provider"].start.$post({
    param: { provider },
  });
  const { body, headers } = await expectAnswer(call, 200);
  const set = headers.getSetCookie().find((h) => h.startsWith("cc_sso_state="));
  expect(set).toMatch(/HttpOnly/);
  const stateCookie = set?.split(";")[0] ?? "";
  const state = new URL(body.authorizationUrl).searchParams.get("state") ?? "";
  return { url: body.authorizationUrl, state, stateCookie };
}

/** The browser coming back from the provider with a code and state, carrying its cookies. */
function callback(provider: Provider, query: { code: string; state: string }, cookie: string) {
  return api(undefined, { headers: { cookie } }).auth.sso[":provider"].callback.$get(
    { param: { provider }, query },
    { init: { redirect: "manual" } },
  );
}

/** A full OIDC round trip with the ID token's claims as given; returns the callback's answer. */
async function oidcSignIn(claims: IdTokenClaims = {}) {
  const { url, state, stateCookie } = await start("testidp");
  return callback("testidp", { code: fake.authorize(url, claims), state }, stateCookie);
}

describe("OpenID Connect sign-in", () => {
  it("lists the configured providers for the sign-in page, without secrets", async () => {
    const body = await expectStatus(api().auth.providers.$get(), 200);
    expect(body.providers).toEqual([
      { id: "testidp", name: "Test IdP", type: "oidc" },
      { id: "github", name: "GitHub", type: "github" },
    ]);
    expect(JSON.stringify(body)).not.toContain("secret");
  });

  it("sends the browser to the issuer with the code flow, PKCE S256, state and nonce", async () => {
    const { url } = await start("testidp");
    const q = new URL(url).searchParams;
    expect(url.startsWith("https://idp.example.test/authorize?")).toBe(true);
    expect(q.get("response_type")).toBe("code");
    expect(q.get("code_challenge_method")).toBe("S256");
    expect(q.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(q.get("nonce")).toMatch(/^[\w-]{43}$/);
    expect(q.get("redirect_uri")).toBe(`${ORIGIN}/api/v1/auth/sso/testidp/callback`);
    expect(q.get("scope")).toBe("openid email profile");
  });

  it("signs in the person with the verified e-mail, as a member sees only their projects", async () => {
    const email = `member-${crypto.randomUUID()}@example.com`;
    const userId = await insertUser({ email });
    const mine = await createTenant(await instanceAdmin());
    await createTenant(await instanceAdmin());
    await addMember(mine.projectId, userId, "viewer");
    const { headers } = await expectAnswer(oidcSignIn({ email: email.toUpperCase() }), 303);
    expect(headers.get("location")).toBe("/signin");
    const cookie = sessionCookieOf(headers);
    const me = await expectStatus(api(undefined, { headers: { cookie } }).auth.session.$get(), 200);
    expect(me.user.id).toBe(userId);
    const projects = await expectStatus(api(undefined, { headers: { cookie } }).projects.$get({ query: {} }), 200);
    expect(projects.data.map((p) => p.id)).toEqual([mine.projectId]);
  });

  it("creates a new person with no projects and the provider's name, asking userinfo for the e-mail", async () => {
    const email = `new-${crypto.randomUUID()}@example.com`;
    const { headers } = await expectAnswer(oidcSignIn({ email, emailOnlyInUserinfo: true }), 303);
    const me = await expectStatus(
      api(undefined, { headers: { cookie: sessionCookieOf(headers) } }).auth.session.$get(),
      200,
    );
    expect(me.user).toMatchObject({ email, name: "Ada Lovelace", instanceAdmin: false });
    expect(me.memberships).toEqual([]);
  });

  it("refuses a tampered state and signs nobody in", async () => {
    const { url, state, stateCookie } = await start("testidp");
    const code = fake.authorize(url);
    const tampered = `${state.slice(0, -2)}xx`;
    const res = await callback("testidp", { code, state: tampered }, stateCookie);
    expect(res.headers.getSetCookie().some((h) => h.startsWith("cc_session="))).toBe(false);
    expect((await expectFailure(res, 401, "unauthorized")).error.message).toContain("state");
  });

  it("refuses a state this browser did not start (no state cookie: login CSRF)", async () => {
    const { url, state } = await start("testidp");
    await expectFailure(callback("testidp", { code: fake.authorize(url), state }, ""), 401, "unauthorized");
  });

  it("refuses a replayed callback: the state and its code are spent by the first use", async () => {
    const { url, state, stateCookie } = await start("testidp");
    const code = fake.authorize(url);
    await expectStatus(callback("testidp", { code, state }, stateCookie), 303);
    const again = await expectFailure(callback("testidp", { code, state }, stateCookie), 401, "unauthorized");
    expect(again.error.message).toContain("already used");
  });

  it("refuses a replayed code under a fresh state (the issuer answers invalid_grant)", async () => {
    const first = await start("testidp");
    const code = fake.authorize(first.url);
    await expectStatus(callback("testidp", { code, state: first.state }, first.stateCookie), 303);
    const second = await start("testidp");
    const body = await expectFailure(
      callback("testidp", { code, state: second.state }, second.stateCookie),
      401,
      "unauthorized",
    );
    expect(body.error.message).toContain("token endpoint answered 400");
  });

  it("refuses a response that names another issuer in iss (mix-up, RFC 9207)", async () => {
    const { url, state, stateCookie } = await start("testidp");
    const query = { code: fake.authorize(url), state, iss: "https://evil.example.test" };
    const res = api(undefined, { headers: { cookie: stateCookie } }).auth.sso[":provider"].callback.$get(
      { param: { provider: "testidp" }, query },
      { init: { redirect: "manual" } },
    );
    expect((await expectFailure(res, 401, "unauthorized")).error.message).toContain("another issuer");
  });

  it.each([
    ["with the wrong nonce", { nonce: "someone-elses-nonce" }, "wrong nonce"],
    ["for another client (wrong audience)", { aud: "another-client" }, "wrong aud"],
    ["from another issuer", { iss: "https://evil.example.test" }, "wrong iss"],
    ["that has expired", { exp: Math.floor(Date.now() / 1000) - 600 }, "expired"],
    ["signed by a key the issuer does not publish", { stranger: true }, "not signed by the issuer"],
    ["with an unverified e-mail address", { email_verified: false }, "not verified"],
  ])("refuses an ID token %s", async (_label, claims, message) => {
    const body = await expectFailure(oidcSignIn(claims), 401, "unauthorized");
    expect(body.error.message).toContain(message);
  });

  it("refuses a start posted from another site and an unknown provider", async () => {
    const foreign = api(undefined, { headers: { origin: "https://evil.example" } });
    await expectFailure(
      foreign.auth.sso[":provider"].start.$post({ param: { provider: "testidp" } }),
      403,
      "forbidden",
    );
    await expectFailure(api().auth.sso[":provider"].start.$post({ param: { provider: "nope" } }), 404, "not_found");
  });

  it("tells the person when the provider refused", async () => {
    const { state, stateCookie } = await start("testidp");
    const res = await api(undefined, { headers: { cookie: stateCookie } }).auth.sso[":provider"].callback.$get({
      param: { provider: "testidp" },
      query: { error: "access_denied", state },
    });
    expect((await expectFailure(res, 401, "unauthorized")).error.message).toContain("access_denied");
  });
});

describe("identity providers under the outbound policy", () => {
  const production = (issuer: string) => ({
    ENVIRONMENT: "production",
    ALLOW_PRIVATE_WEBHOOK_TARGETS: "false",
    OIDC_PROVIDERS: JSON.stringify([{ id: "corp", issuer, clientId: "c", clientSecret: "s" }]),
  });
  const startAt = async (issuer: string) => {
    const res = await fetchWithEnv("/api/v1/auth/sso/corp/start", production(issuer), { method: "POST" });
    return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
  };

  it.each([
    ["a loopback issuer", "https://127.0.0.1:8895", "loopback"],
    ["a plain-http issuer", "http://idp.example.test", "https"],
  ])("refuses %s in production before any request leaves", async (_label, issuer, message) => {
    const calls = vi.mocked(globalThis.fetch).mock.calls.length;
    const { status, body } = await startAt(issuer);
    expect(status).toBe(401);
    expect(body.error?.message).toContain(message);
    expect(vi.mocked(globalThis.fetch).mock.calls.length).toBe(calls);
  });

  it("answers 500 naming the setting, not its content, when OIDC_PROVIDERS is malformed", async () => {
    const res = await fetchWithEnv("/api/v1/auth/providers", {
      OIDC_PROVIDERS: '[{"id":"x","clientSecret":"s3cret"}]',
    });
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).toContain("OIDC_PROVIDERS");
    expect(text).not.toContain("s3cret");
  });
});

describe("GitHub sign-in", () => {
  async function gitHubSignIn(emails: { email: string; primary: boolean; verified: boolean }[]) {
    const { url, state, stateCookie } = await start("github");
    expect(new URL(url).searchParams.get("code_challenge_method")).toBe("S256");
    return callback("github", { code: fake.authorizeGitHub(url, emails), state }, stateCookie);
  }

  it("signs in with the account's verified primary e-mail address", async () => {
    const email = `octo-${crypto.randomUUID()}@example.com`;
    const res = gitHubSignIn([
      { email: "other@example.com", primary: false, verified: true },
      { email, primary: true, verified: true },
    ]);
    const { headers } = await expectAnswer(res, 303);
    const me = await expectStatus(
      api(undefined, { headers: { cookie: sessionCookieOf(headers) } }).auth.session.$get(),
      200,
    );
    expect(me.user).toMatchObject({ email, name: "Octo Test", avatarUrl: "https://avatars.example.test/1" });
  });

  it("refuses an account whose primary e-mail address is not verified, even with a verified secondary", async () => {
    const body = await expectFailure(
      gitHubSignIn([
        { email: `unverified-${crypto.randomUUID()}@example.com`, primary: true, verified: false },
        { email: "verified-secondary@example.com", primary: false, verified: true },
      ]),
      401,
      "unauthorized",
    );
    expect(body.error.message).toContain("not verified");
  });
});
