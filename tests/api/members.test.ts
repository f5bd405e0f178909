import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { addMember, asPerson, insertUser, member } from "../people";

const admin = await instanceAdmin();

describe("members", () => {
  it("lists the project's people with e-mail and role, for a project admin", async () => {
    const t = await createTenant(admin);
    const boss = await member(t.projectId, "admin");
    const dev = await member(t.projectId, "editor");
    const list = await expectStatus(api(undefined, asPerson(boss, t.projectId)).members.$get(), 200);
    expect(list.data.map((m) => [m.email, m.role]).sort()).toEqual(
      [
        [boss.email, "admin"],
        [dev.email, "editor"],
      ].sort(),
    );
  });

  it("gives each member's name and when they were last seen, null for someone never signed in", async () => {
    const t = await createTenant(admin);
    const boss = await member(t.projectId, "admin");
    const newcomer = await insertUser();
    await addMember(t.projectId, newcomer, "viewer");
    const before = new Date(Date.now() - 1000).toISOString();
    const list = () => expectStatus(api(undefined, asPerson(boss, t.projectId)).members.$get(), 200);
    const seen = await vi.waitFor(async () => {
      const row = (await list()).data.find((m) => m.userId === boss.userId);
      expect(row?.lastSeenAt).not.toBeNull();
      return row;
    });
    expect(seen?.name).toMatch(/^Person /);
    expect(Date.parse(seen?.lastSeenAt ?? "")).toBeGreaterThanOrEqual(Date.parse(before));
    const never = (await list()).data.find((m) => m.userId === newcomer);
    expect(never).toMatchObject({ role: "viewer", lastSeenAt: null });
  });

  it("changes a role, which applies from the next request, and audits who did it", async () => {
    const t = await createTenant(admin);
    const boss = await member(t.projectId, "admin");
    const dev = await member(t.projectId, "editor");
    const asDev = api(undefined, asPerson(dev, t.projectId));
    await expectStatus(asDev.technologies.$post({ json: { title: "before demotion" } }), 201);
    const changed = await expectStatus(
      api(undefined, asPerson(boss, t.projectId)).members[":id"].$patch({
        param: { id: dev.userId },
        json: { role: "viewer" },
      }),
      200,
    );
    expect(changed.role).toBe("viewer");
    await expectFailure(asDev.technologies.$post({ json: { title: "after demotion" } }), 403, "forbidden");
    const audit = await env.DB.prepare(
      "select user_id, before, after from audit_log where entity = 'membership' and entity_id = ?",
    )
      .bind(dev.userId)
      .first<{ user_id: string; before: string; after: string }>();
    expect(audit).toEqual({ user_id: boss.userId, before: '{"role":"editor"}', after: '{"role":"viewer"}' });
  });

  it("removes a member, who then gets 404 for the project", async () => {
    const t = await createTenant(admin);
    const boss = await member(t.projectId, "admin");
    const leaving = await member(t.projectId, "editor");
    const asLeaving = api(undefined, asPerson(leaving, t.projectId));
    await expectStatus(asLeaving.technologies.$get({ query: {} }), 200);
    const res = await api(undefined, asPerson(boss, t.projectId)).members[":id"].$delete({
      param: { id: leaving.userId },
    });
    expect(res.status).toBe(204);
    await expectFailure(asLeaving.technologies.$get({ query: {} }), 404, "not_found");
  });

  it("lets only an owner grant the owner role", async () => {
    const t = await createTenant(admin);
    const owner = await member(t.projectId, "owner");
    const boss = await member(t.projectId, "admin");
    const dev = await member(t.projectId, "editor");
    const promote = (as: typeof owner) =>
      api(undefined, asPerson(as, t.projectId)).members[":id"].$patch({
        param: { id: dev.userId },
        json: { role: "owner" },
      });
    await expectFailure(promote(boss), 403, "forbidden");
    await expectFailure(
      api(t.admin).members[":id"].$patch({ param: { id: dev.userId }, json: { role: "owner" } }),
      403,
      "forbidden",
    );
    expect((await expectStatus(promote(owner), 200)).role).toBe("owner");
  });

  it("keeps at least one owner", async () => {
    const t = await createTenant(admin);
    const owner = await member(t.projectId, "owner");
    const asOwner = api(undefined, asPerson(owner, t.projectId));
    await expectFailure(
      asOwner.members[":id"].$patch({ param: { id: owner.userId }, json: { role: "admin" } }),
      409,
      "conflict",
    );
    await expectFailure(asOwner.members[":id"].$delete({ param: { id: owner.userId } }), 409, "conflict");
  });

  it("answers 404 for someone who is not a member of this project", async () => {
    const t = await createTenant(admin);
    const other = await createTenant(admin);
    const stranger = await member(other.projectId, "editor");
    await expectFailure(api(t.admin).members[":id"].$delete({ param: { id: stranger.userId } }), 404, "not_found");
  });
});
