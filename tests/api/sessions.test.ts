import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus, ORIGIN } from "../client";
import { call, createTenant, expectError, instanceAdmin } from "../helpers";
import { asPerson, insertUser, member, type Person, sessionCookieOf, signIn, signInLink } from "../people";

const admin = await instanceAdmin();
const t = await createTenant(admin);

const session = (p: Person) => api(undefined, { headers: { cookie: p.cookie } }).auth.session.$get();

describe("sign-in links", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie that signs the person in", async () => {
    const userId = await insertUser();
    const token = await signInLink(userId);
    const { body, headers } = await expectAnswer(api().auth["sign-in-link"].$post({ json: { token } }), 200);
    const set = headers.getSetCookie().find((h) => h.startsWith("cc_session=")) ?? "";
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=Lax/i);
    expect(set).not.toMatch(/Secure/i);
    expect(body.user.id).toBe(userId);
    const me = await expectStatus(session({ userId, email: "", cookie: sessionCookieOf(headers), csrf: "" }), 200);
    expect(me.user.id).toBe(userId);
    expect(me.csrfToken).toBe(body.csrfToken);
  });

  it("marks the cookie Secure when served over https", async () => {
    const token = await signInLink(await insertUser());
    const res = await exports.default.fetch(
      new Request("https://commandcenter.test/api/v1/auth/sign-in-link", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token }),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().join("\n")).toMatch(/cc_session=[^;]+;.*Secure/i);
  });

  it("stores only a hash of the session token", async () => {
    const person = await signIn(await insertUser());
    const token = person.cookie.split("=")[1] ?? "";
    const rows = await env.DB.prepare("select * from sessions where user_id = ?").bind(person.userId).all();
    expect(rows.results).toHaveLength(1);
    expect(JSON.stringify(rows.results)).not.toContain(token);
  });

  it("refuses a link used twice, an expired link and an unknown one", async () => {
    const userId = await insertUser();
    const token = await signInLink(userId);
    await expectStatus(api().auth["sign-in-link"].$post({ json: { token } }), 200);
    await expectFailure(api().auth["sign-in-link"].$post({ json: { token } }), 401, "unauthorized");
    const expired = await signInLink(userId, -1000);
    await expectFailure(api().auth["sign-in-link"].$post({ json: { token: expired } }), 401, "unauthorized");
    await expectFailure(api().auth["sign-in-link"].$post({ json: { token: "x".repeat(43) } }), 401, "unauthorized");
  });

  it("refuses a disabled account", async () => {
    const userId = await insertUser();
    const token = await signInLink(userId);
    await env.DB.prepare("update users set disabled_at = ? where id = ?").bind(new Date().toISOString(), userId).run();
    await expectFailure(api().auth["sign-in-link"].$post({ json: { token } }), 401, "unauthorized");
  });

  it("refuses a sign-in posted from another site", async () => {
    const token = await signInLink(await insertUser());
    const res = await call("POST", "/api/v1/auth/sign-in-link", {
      body: { token },
      headers: { origin: "https://evil.example" },
    });
    expectError(res, 403, "forbidden");
  });

  it("rotates the session on sign-in: the cookie the browser came with stops working", async () => {
    const userId = await insertUser();
    const first = await signIn(userId);
    const token = await signInLink(userId);
    const { headers } = await expectAnswer(
      api(undefined, { headers: { cookie: first.cookie } }).auth["sign-in-link"].$post({ json: { token } }),
      200,
    );
    const second = sessionCookieOf(headers);
    expect(second).not.toBe(first.cookie);
    await expectFailure(session(first), 401, "unauthorized");
    await expectStatus(session({ ...first, cookie: second }), 200);
  });
});

describe("sessions", () => {
  it("answers 401 for an expired session", async () => {
    const person = await signIn(await insertUser());
    await env.DB.prepare("update sessions set expires_at = ? where user_id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), person.userId)
      .run();
    await expectFailure(session(person), 401, "unauthorized");
  });

  it("signs out: the cookie is cleared and no longer works", async () => {
    const person = await signIn(await insertUser());
    const res = await api(undefined, asPerson(person)).auth["sign-out"].$post();
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie().join("\n")).toMatch(/cc_session=;/);
    await expectFailure(session(person), 401, "unauthorized");
  });

  it("signs out everywhere: every session of the person ends, others' do not", async () => {
    const userId = await insertUser();
    const laptop = await signIn(userId);
    const phone = await signIn(userId);
    const someoneElse = await signIn(await insertUser());
    const body = await expectStatus(api(undefined, asPerson(laptop)).auth["sign-out-everywhere"].$post(), 200);
    expect(body.ended).toBe(2);
    await expectFailure(session(laptop), 401, "unauthorized");
    await expectFailure(session(phone), 401, "unauthorized");
    await expectStatus(session(someoneElse), 200);
  });

  it("lets an API key win over a cookie on the same request", async () => {
    const person = await signIn(await insertUser());
    const res = await api(t.read, { headers: { cookie: person.cookie } }).auth.session.$get();
    await expectFailure(res, 400, "bad_request");
  });
});

describe("CSRF", () => {
  const newTech = { title: "csrf probe" };

  it("refuses a cross-site form post carrying the session cookie, and writes nothing", async () => {
    const editor = await member(t.projectId, "editor");
    const before = await env.DB.prepare("select count(*) as n from technologies where project_id = ?")
      .bind(t.projectId)
      .first<{ n: number }>();
    const res = await call("POST", "/api/v1/technologies", {
      rawBody: "title=csrf",
      headers: {
        cookie: editor.cookie,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
        "content-type": "application/x-www-form-urlencoded",
        "x-project-id": t.projectId,
      },
    });
    expectError(res, 403, "forbidden");
    const after = await env.DB.prepare("select count(*) as n from technologies where project_id = ?")
      .bind(t.projectId)
      .first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });

  it("refuses a same-origin write without the CSRF token, and one with another session's token", async () => {
    const editor = await member(t.projectId, "editor");
    const other = await signIn(await insertUser());
    const headers = { cookie: editor.cookie, origin: ORIGIN };
    await expectFailure(
      api(undefined, { headers, project: t.projectId }).technologies.$post({ json: newTech }),
      403,
      "forbidden",
    );
    const wrong = { ...headers, "x-csrf-token": other.csrf };
    await expectFailure(
      api(undefined, { headers: wrong, project: t.projectId }).technologies.$post({ json: newTech }),
      403,
      "forbidden",
    );
  });

  it("accepts a write with the cookie, the token and this origin, and the audit row names the person", async () => {
    const editor = await member(t.projectId, "editor");
    const tech = await expectStatus(
      api(undefined, asPerson(editor, t.projectId)).technologies.$post({ json: newTech }),
      201,
    );
    const audit = await env.DB.prepare("select user_id, key_id from audit_log where entity_id = ?")
      .bind(tech.id)
      .first<{ user_id: string | null; key_id: string | null }>();
    expect(audit).toEqual({ user_id: editor.userId, key_id: null });
  });

  it("lets reads through without a token", async () => {
    const viewer = await member(t.projectId, "viewer");
    await expectStatus(
      api(undefined, { headers: { cookie: viewer.cookie }, project: t.projectId }).technologies.$get({ query: {} }),
      200,
    );
  });
});
