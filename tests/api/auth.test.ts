import { describe, expect, it } from "vitest";
import { api, expectAnswer, expectFailure, expectStatus } from "../client";
import { call, createTechnology, createTenant, expectError, insertKey, instanceAdmin } from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

/** The typed client sending exactly this Authorization header. */
const withAuthorization = (authorization: string) => api(undefined, { headers: { authorization } });

describe("authentication", () => {
  it("answers 401 without an Authorization header", async () => {
    const body = await expectFailure(api().technologies.$get({ query: {} }), 401, "unauthorized");
    expect(body.error.message).toContain("Authorization");
  });

  it.each([
    ["a non-Bearer scheme", `Basic ${btoa("user:pass")}`],
    ["a token that is not a key", "Bearer not-a-key"],
    ["a key with a short secret", "Bearer cc_abcdefgh_tooshort"],
    ["an empty bearer", "Bearer "],
  ])("answers 401 for %s", async (_label, header) => {
    await expectFailure(withAuthorization(header).technologies.$get({ query: {} }), 401, "unauthorized");
  });

  it("answers 401 for a well-formed key that was never issued", async () => {
    const body = await expectFailure(
      api(`cc_abcdefgh_${"A".repeat(43)}`).technologies.$get({ query: {} }),
      401,
      "unauthorized",
    );
    expect(body.error.message).toContain("unknown");
  });

  it("accepts the scheme in any case", async () => {
    await expectStatus(withAuthorization(`bearer ${t.read}`).technologies.$get({ query: {} }), 200);
  });

  it("answers 401 for a key once it is revoked, and 200 before", async () => {
    const created = await expectStatus(
      api(t.admin).keys.$post({ json: { name: "soon revoked", scopes: ["read"] } }),
      201,
    );
    await expectStatus(api(created.secret).technologies.$get({ query: {} }), 200);
    await expectStatus(api(t.admin).keys[":id"].revoke.$post({ param: { id: created.key.id } }), 200);
    const body = await expectFailure(api(created.secret).technologies.$get({ query: {} }), 401, "unauthorized");
    expect(body.error.message).toContain("revoked");
  });
});

describe("scopes", () => {
  it("lets a read-only key list and get, and refuses it POST, PATCH and DELETE with 403", async () => {
    const tech = await createTechnology(t.write);
    const reader = api(t.read);
    const param = { id: tech.id };
    await expectStatus(reader.technologies.$get({ query: {} }), 200);
    await expectStatus(reader.technologies[":id"].$get({ param }), 200);
    const attempts = [
      reader.technologies.$post({ json: { title: "nope" } }),
      reader.technologies[":id"].$patch({ param, json: { priority: 1 } }),
      reader.technologies[":id"].$delete({ param }),
      reader.repositories.$post({ json: { owner: "o", name: "n" } }),
      reader["research-tasks"].$post({ json: { title: "n" } }),
      reader.knowledge.entries.$post({ json: { title: "n" } }),
    ];
    for (const res of attempts) {
      expect((await expectFailure(res, 403, "forbidden")).error.message).toContain("write");
    }
    expect(await expectStatus(reader.technologies[":id"].$get({ param }), 200)).toEqual(tech);
  });

  it("refuses a read-only key before validating its body (a body without its title, sent raw)", async () => {
    const res = await call("POST", "/api/v1/technologies", { key: t.read, body: { priority: 99 } });
    expectError(res, 403, "forbidden");
  });

  it("lets an admin key write, since scopes nest", async () => {
    await expectStatus(api(t.admin).technologies.$post({ json: { title: "by admin" } }), 201);
  });

  it("refuses the audit log and key management to write and read keys", async () => {
    for (const key of [t.write, t.read]) {
      await expectFailure(api(key).audit.$get({ query: {} }), 403, "forbidden");
      await expectFailure(api(key).keys.$get({ query: {} }), 403, "forbidden");
      await expectFailure(api(key).keys.$post({ json: { name: "x", scopes: ["read"] } }), 403, "forbidden");
    }
  });

  it("refuses project creation to a project admin key with 403", async () => {
    await expectFailure(api(t.admin).projects.$post({ json: { name: "sneaky", owner: "me" } }), 403, "forbidden");
    const list = await expectStatus(api(admin).projects.$get({ query: { q: "sneaky" } }), 200);
    expect(list.total).toBe(0);
  });

  it("refuses project creation to an instance-wide key without the admin scope", async () => {
    const writer = await insertKey(null, ["read", "write"]);
    await expectFailure(api(writer).projects.$post({ json: { name: "nope", owner: "me" } }), 403, "forbidden");
  });

  it("refuses an instance-wide key to a project admin key with 403", async () => {
    await expectFailure(
      api(t.admin).keys.$post({ json: { name: "escalate", scopes: ["admin"], projectId: null } }),
      403,
      "forbidden",
    );
  });
});

describe("choosing the project", () => {
  it("answers 400 when an instance-wide key names no project on a tenant route", async () => {
    const body = await expectFailure(api(admin).technologies.$get({ query: {} }), 400, "bad_request");
    expect(body.error.message).toContain("X-Project-Id");
  });

  it("accepts the project id or its slug in X-Project-Id", async () => {
    const tech = await createTechnology(t.write);
    for (const project of [t.projectId, t.slug]) {
      const read = await expectStatus(
        api(admin, { project }).technologies[":id"].$get({ param: { id: tech.id } }),
        200,
      );
      expect(read.id).toBe(tech.id);
    }
  });

  it("creates rows in the project X-Project-Id names", async () => {
    const created = await expectStatus(
      api(admin, { project: t.slug }).technologies.$post({ json: { title: "via slug" } }),
      201,
    );
    expect(created.projectId).toBe(t.projectId);
  });

  it("answers 404 for an X-Project-Id that names no project", async () => {
    await expectFailure(api(admin, { project: "no-such-project" }).technologies.$get({ query: {} }), 404, "not_found");
  });

  it("lets a project key name its own project by id or slug", async () => {
    for (const project of [t.projectId, t.slug]) {
      await expectStatus(api(t.read, { project }).technologies.$get({ query: {} }), 200);
    }
  });

  it("answers 404 when a project key names another project by id or slug", async () => {
    const other = await createTenant(admin);
    for (const project of [other.projectId, other.slug]) {
      await expectFailure(api(t.read, { project }).technologies.$get({ query: {} }), 404, "not_found");
    }
  });
});

describe("error envelope and request ids", () => {
  it("answers errors with exactly error and requestId, and the same id in X-Request-Id", async () => {
    const body = await expectFailure(
      api(t.write).technologies.$post({ json: { title: "x", priority: 7 } }),
      400,
      "validation_failed",
    );
    expect(Object.keys(body).sort()).toEqual(["error", "requestId"]);
    expect(Object.keys(body.error).sort()).toEqual(["code", "details", "message"]);
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves details out when there are none", async () => {
    const body = await expectFailure(api().technologies.$get({ query: {} }), 401, "unauthorized");
    expect(Object.keys(body.error).sort()).toEqual(["code", "message"]);
  });

  it("echoes a caller's X-Request-Id unchanged on success and on error", async () => {
    const withId = (key: string | undefined, id: string) => api(key, { headers: { "x-request-id": id } });
    const ok = await expectAnswer(withId(t.read, "client-req:42").technologies.$get({ query: {} }), 200);
    expect(ok.headers.get("x-request-id")).toBe("client-req:42");
    const denied = await expectFailure(
      withId(undefined, "client-req.43").technologies.$get({ query: {} }),
      401,
      "unauthorized",
    );
    expect(denied.requestId).toBe("client-req.43");
  });

  it("echoes a caller's X-Request-Id on a path that does not exist (sent raw: no typed route)", async () => {
    const missing = await call("GET", "/api/v1/nowhere", { key: t.read, headers: { "x-request-id": "client_44" } });
    expect(missing.headers.get("x-request-id")).toBe("client_44");
  });

  it("replaces an unsafe X-Request-Id with a generated one", async () => {
    for (const unsafe of ["has spaces", "x".repeat(129), "<script>"]) {
      const sent = api(t.read, { headers: { "x-request-id": unsafe } }).technologies.$get({ query: {} });
      const echoed = (await expectAnswer(sent, 200)).headers.get("x-request-id");
      expect(echoed).not.toBe(unsafe);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("treats q as text, never as SQL", async () => {
    const other = await createTenant(admin);
    await createTechnology(other.write, { title: "only row" });
    const page = await expectStatus(api(other.read).technologies.$get({ query: { q: "' or 1=1 --" } }), 200);
    expect(page.total).toBe(0);
  });
});
