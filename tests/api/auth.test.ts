import { describe, expect, it } from "vitest";
import {
  call,
  createTechnology,
  createTenant,
  type ErrorEnvelope,
  expectError,
  insertKey,
  instanceAdmin,
  type Page,
  type Row,
} from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

describe("authentication", () => {
  it("answers 401 without an Authorization header", async () => {
    const res = await call("GET", "/api/v1/technologies");
    expect(expectError(res, 401, "unauthorized").error.message).toContain("Authorization");
  });

  it.each([
    ["a non-Bearer scheme", `Basic ${btoa("user:pass")}`],
    ["a token that is not a key", "Bearer not-a-key"],
    ["a key with a short secret", "Bearer cc_abcdefgh_tooshort"],
    ["an empty bearer", "Bearer "],
  ])("answers 401 for %s", async (_label, header) => {
    const res = await call("GET", "/api/v1/technologies", { headers: { authorization: header } });
    expectError(res, 401, "unauthorized");
  });

  it("answers 401 for a well-formed key that was never issued", async () => {
    const res = await call("GET", "/api/v1/technologies", { key: `cc_abcdefgh_${"A".repeat(43)}` });
    expect(expectError(res, 401, "unauthorized").error.message).toContain("unknown");
  });

  it("accepts the scheme in any case", async () => {
    const res = await call("GET", "/api/v1/technologies", { headers: { authorization: `bearer ${t.read}` } });
    expect(res.status).toBe(200);
  });

  it("answers 401 for a key once it is revoked, and 200 before", async () => {
    const created = await call<{ key: { id: string }; secret: string }>("POST", "/api/v1/keys", {
      key: t.admin,
      body: { name: "soon revoked", scopes: ["read"] },
    });
    expect((await call("GET", "/api/v1/technologies", { key: created.body.secret })).status).toBe(200);
    const revoked = await call("POST", `/api/v1/keys/${created.body.key.id}/revoke`, { key: t.admin });
    expect(revoked.status).toBe(200);
    const res = await call("GET", "/api/v1/technologies", { key: created.body.secret });
    expect(expectError(res, 401, "unauthorized").error.message).toContain("revoked");
  });
});

describe("scopes", () => {
  it("lets a read-only key list and get, and refuses it POST, PATCH and DELETE with 403", async () => {
    const tech = await createTechnology(t.write);
    expect((await call("GET", "/api/v1/technologies", { key: t.read })).status).toBe(200);
    expect((await call("GET", `/api/v1/technologies/${tech.id}`, { key: t.read })).status).toBe(200);
    const attempts = [
      call("POST", "/api/v1/technologies", { key: t.read, body: { title: "nope" } }),
      call("PATCH", `/api/v1/technologies/${tech.id}`, { key: t.read, body: { priority: 1 } }),
      call("DELETE", `/api/v1/technologies/${tech.id}`, { key: t.read }),
      call("POST", "/api/v1/repositories", { key: t.read, body: { owner: "o", name: "n" } }),
      call("POST", "/api/v1/research-tasks", { key: t.read, body: { title: "n" } }),
      call("POST", "/api/v1/knowledge/entries", { key: t.read, body: { title: "n" } }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(expectError(res, 403, "forbidden").error.message).toContain("write");
    }
    expect((await call<Row>("GET", `/api/v1/technologies/${tech.id}`, { key: t.read })).body).toEqual(tech);
  });

  it("refuses a read-only key before validating its body", async () => {
    const res = await call("POST", "/api/v1/technologies", { key: t.read, body: { priority: 99 } });
    expectError(res, 403, "forbidden");
  });

  it("lets an admin key write, since scopes nest", async () => {
    const res = await call("POST", "/api/v1/technologies", { key: t.admin, body: { title: "by admin" } });
    expect(res.status).toBe(201);
  });

  it("refuses the audit log and key management to write and read keys", async () => {
    for (const key of [t.write, t.read]) {
      expectError(await call("GET", "/api/v1/audit", { key }), 403, "forbidden");
      expectError(await call("GET", "/api/v1/keys", { key }), 403, "forbidden");
      expectError(await call("POST", "/api/v1/keys", { key, body: { name: "x", scopes: ["read"] } }), 403, "forbidden");
    }
  });

  it("refuses project creation to a project admin key with 403", async () => {
    const res = await call("POST", "/api/v1/projects", { key: t.admin, body: { name: "sneaky", owner: "me" } });
    expectError(res, 403, "forbidden");
    const list = await call<Page>("GET", "/api/v1/projects?q=sneaky", { key: admin });
    expect(list.body.total).toBe(0);
  });

  it("refuses project creation to an instance-wide key without the admin scope", async () => {
    const writer = await insertKey(null, ["read", "write"]);
    const res = await call("POST", "/api/v1/projects", { key: writer, body: { name: "nope", owner: "me" } });
    expectError(res, 403, "forbidden");
  });

  it("refuses an instance-wide key to a project admin key with 403", async () => {
    const res = await call("POST", "/api/v1/keys", {
      key: t.admin,
      body: { name: "escalate", scopes: ["admin"], projectId: null },
    });
    expectError(res, 403, "forbidden");
  });
});

describe("choosing the project", () => {
  it("answers 400 when an instance-wide key names no project on a tenant route", async () => {
    const res = await call("GET", "/api/v1/technologies", { key: admin });
    expect(expectError(res, 400, "bad_request").error.message).toContain("X-Project-Id");
  });

  it("accepts the project id or its slug in X-Project-Id", async () => {
    const tech = await createTechnology(t.write);
    for (const ref of [t.projectId, t.slug]) {
      const res = await call<Row>("GET", `/api/v1/technologies/${tech.id}`, {
        key: admin,
        headers: { "x-project-id": ref },
      });
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(tech.id);
    }
  });

  it("creates rows in the project X-Project-Id names", async () => {
    const res = await call<Row>("POST", "/api/v1/technologies", {
      key: admin,
      headers: { "x-project-id": t.slug },
      body: { title: "via slug" },
    });
    expect(res.status).toBe(201);
    expect(res.body.projectId).toBe(t.projectId);
  });

  it("answers 404 for an X-Project-Id that names no project", async () => {
    const res = await call("GET", "/api/v1/technologies", {
      key: admin,
      headers: { "x-project-id": "no-such-project" },
    });
    expectError(res, 404, "not_found");
  });

  it("lets a project key name its own project by id or slug", async () => {
    for (const ref of [t.projectId, t.slug]) {
      const res = await call("GET", "/api/v1/technologies", { key: t.read, headers: { "x-project-id": ref } });
      expect(res.status).toBe(200);
    }
  });

  it("answers 404 when a project key names another project by id or slug", async () => {
    const other = await createTenant(admin);
    for (const ref of [other.projectId, other.slug]) {
      const res = await call("GET", "/api/v1/technologies", { key: t.read, headers: { "x-project-id": ref } });
      expectError(res, 404, "not_found");
    }
  });
});

describe("error envelope and request ids", () => {
  it("answers errors with exactly error and requestId, and the same id in X-Request-Id", async () => {
    const res = await call<ErrorEnvelope>("POST", "/api/v1/technologies", { key: t.write, body: { priority: 7 } });
    expect(Object.keys(res.body).sort()).toEqual(["error", "requestId"]);
    expect(Object.keys(res.body.error).sort()).toEqual(["code", "details", "message"]);
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("x-request-id")).toBe(res.body.requestId);
  });

  it("leaves details out when there are none", async () => {
    const res = await call<ErrorEnvelope>("GET", "/api/v1/technologies");
    expect(Object.keys(res.body.error).sort()).toEqual(["code", "message"]);
  });

  it("echoes a caller's X-Request-Id unchanged on success and on error", async () => {
    const ok = await call("GET", "/api/v1/technologies", { key: t.read, headers: { "x-request-id": "client-req:42" } });
    expect(ok.headers.get("x-request-id")).toBe("client-req:42");
    const denied = await call("GET", "/api/v1/technologies", { headers: { "x-request-id": "client-req.43" } });
    expect(denied.headers.get("x-request-id")).toBe("client-req.43");
    expect(expectError(denied, 401, "unauthorized").requestId).toBe("client-req.43");
    const missing = await call("GET", "/api/v1/nowhere", { key: t.read, headers: { "x-request-id": "client_44" } });
    expect(missing.headers.get("x-request-id")).toBe("client_44");
  });

  it("replaces an unsafe X-Request-Id with a generated one", async () => {
    for (const unsafe of ["has spaces", "x".repeat(129), "<script>"]) {
      const res = await call("GET", "/api/v1/technologies", { key: t.read, headers: { "x-request-id": unsafe } });
      const echoed = res.headers.get("x-request-id");
      expect(echoed).not.toBe(unsafe);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("treats q as text, never as SQL", async () => {
    const other = await createTenant(admin);
    await createTechnology(other.write, { title: "only row" });
    const res = await call<Page>("GET", `/api/v1/technologies?q=${encodeURIComponent("' or 1=1 --")}`, {
      key: other.read,
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
  });
});
