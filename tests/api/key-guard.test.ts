import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { GuardedD1 } from "../../worker/db/guarded-d1";
import { RequestGuard, requestGuards } from "../../worker/lib/request-guard";
import { api, expectFailure, expectStatus } from "../client";
import { createTechnology, createTenant, instanceAdmin } from "../helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);
const other = await createTenant(admin);

/** A read key of `t` that has been used (so this isolate knows it), then revoked. */
async function usedThenRevoked() {
  const created = await expectStatus(
    api(t.admin).keys.$post({ json: { name: "revoked later", scopes: ["read"] } }),
    201,
  );
  await expectStatus(api(created.secret).technologies.$get({ query: {} }), 200);
  await expectStatus(api(t.admin).keys[":id"].revoke.$post({ param: { id: created.key.id } }), 200);
  return created.secret;
}

describe("a key this isolate has seen before", () => {
  it("answers 401 on a list once revoked (the check rides in the list's batch)", async () => {
    const secret = await usedThenRevoked();
    const body = await expectFailure(api(secret).technologies.$get({ query: {} }), 401, "unauthorized");
    expect(body.error.message).toContain("revoked");
  });

  it("answers 401 on a technology read by id once revoked (the check rides in its batch of one)", async () => {
    const tech = await createTechnology(t.write, { title: "Guarded" });
    const secret = await usedThenRevoked();
    const param = { id: tech.id };
    await expectFailure(api(secret).technologies[":id"].$get({ param }), 401, "unauthorized");
  });

  it("answers 401 on a read that sends no batch once revoked (the check runs on its own)", async () => {
    const task = await expectStatus(api(t.write)["research-tasks"].$post({ json: { title: "Guarded task" } }), 201);
    const secret = await usedThenRevoked();
    const param = { id: task.id };
    await expectFailure(api(secret)["research-tasks"][":id"].$get({ param }), 401, "unauthorized");
  });

  it("answers 401, not 404, for another project's id once revoked", async () => {
    const theirs = await createTechnology(other.write, { title: "Theirs" });
    const secret = await usedThenRevoked();
    await expectFailure(api(secret).technologies[":id"].$get({ param: { id: theirs.id } }), 401, "unauthorized");
  });

  it("keeps answering reads while it is valid", async () => {
    for (let i = 0; i < 3; i++) await expectStatus(api(t.read).technologies.$get({ query: {} }), 200);
  });
});

describe("GuardedD1", () => {
  const db = new GuardedD1(env.DB);
  /** A guard over a query that counts its runs, refusing or passing. */
  const guardThat = (passes: boolean) => {
    const runs = { queries: 0, verdicts: 0 };
    const guard = new RequestGuard(
      () => {
        runs.queries++;
        return env.DB.prepare("select 1 as ok");
      },
      (row) => {
        runs.verdicts++;
        expect(row).toEqual({ ok: 1 });
        if (!passes) throw new Error("refused");
      },
    );
    return { guard, runs };
  };
  const marker = () => `guard-${crypto.randomUUID()}`;
  const countOf = async (id: string) =>
    (await env.DB.prepare("select count(*) as n from projects where id = ?").bind(id).first<{ n: number }>())?.n;
  const insert = (id: string) =>
    db.prepare("insert into projects (id, slug, name, owner) values (?, ?, ?, 'tests')").bind(id, id, id);

  it("sends the guard's query inside the first read batch and not again", async () => {
    const { guard, runs } = guardThat(true);
    const results = await requestGuards.run(guard, async () => {
      const first = await db.batch<{ two: number }>([db.prepare("select 2 as two")]);
      await db.batch([db.prepare("select 3 as three")]);
      await guard.ensure();
      return first;
    });
    expect(results.map((r: D1Result<{ two: number }>) => r.results)).toEqual([[{ two: 2 }]]);
    expect(runs).toEqual({ queries: 1, verdicts: 1 });
  });

  it("does not run a write statement or a write batch when the guard refuses", async () => {
    const { guard } = guardThat(false);
    const [a, b] = [marker(), marker()];
    await requestGuards.run(guard, async () => {
      await expect(insert(a).run()).rejects.toThrow("refused");
      await expect(db.batch([insert(b)])).rejects.toThrow("refused");
    });
    expect([await countOf(a), await countOf(b)]).toEqual([0, 0]);
  });

  it("runs writes after the guard passes, and is the plain binding outside a guarded request", async () => {
    const { guard, runs } = guardThat(true);
    const [a, b] = [marker(), marker()];
    await requestGuards.run(guard, () => insert(a).run());
    await insert(b).run();
    expect([await countOf(a), await countOf(b)]).toEqual([1, 1]);
    expect(runs).toEqual({ queries: 1, verdicts: 1 });
  });
});
