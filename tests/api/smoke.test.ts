import { describe, expect, it } from "vitest";
import { call, createTenant, instanceAdmin } from "../helpers";

describe("smoke", () => {
  it("creates and lists a technology", async () => {
    const admin = await instanceAdmin();
    const t = await createTenant(admin);
    const created = await call("POST", "/api/v1/technologies", {
      key: t.write,
      body: { title: "Hono", domain: "languages-frameworks", tags: ["edge"] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const list = await call<{ total: number }>("GET", "/api/v1/technologies?tag=edge", { key: t.read });
    expect(list.body.total).toBe(1);
    const patched = await call("PATCH", `/api/v1/technologies/${created.body.id}`, {
      key: t.write,
      body: { status: "integrated", note: "done" },
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const hist = await call<{ data: { kind: string }[] }>("GET", `/api/v1/technologies/${created.body.id}/history`, {
      key: t.read,
    });
    expect(hist.body.data.map((e) => e.kind)).toEqual(expect.arrayContaining(["created", "status", "ring"]));
  });
});
