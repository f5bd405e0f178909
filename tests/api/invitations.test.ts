import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";
import { asPerson, insertUser, member, type Person, signIn } from "../people";

const admin = await instanceAdmin();
const t = await createTenant(admin);
const boss = await member(t.projectId, "admin");
const asBoss = api(undefined, asPerson(boss, t.projectId));

/** A new person signed in with this e-mail address. */
async function personWith(email: string): Promise<Person> {
  return signIn(await insertUser({ email }));
}

const invite = async (email: string, role: "viewer" | "editor" | "owner" = "editor", expiresInHours = 72) =>
  expectStatus(asBoss.invitations.$post({ json: { email, role, expiresInHours } }), 201);
const accept = (p: Person, token: string) =>
  api(undefined, asPerson(p)).auth.invitations.accept.$post({ json: { token } });

describe("invitations", () => {
  it("makes the invited person a member with the role once they accept, and lists it as pending before", async () => {
    const email = `ada-${crypto.randomUUID()}@example.com`;
    const created = await invite(email);
    expect(created.url).toContain(`/invitations#token=${created.token}`);
    const pending = await expectStatus(asBoss.invitations.$get(), 200);
    expect(pending.data.map((i) => i.email)).toContain(email);

    const ada = await personWith(email);
    await expectFailure(api(undefined, asPerson(ada, t.projectId)).technologies.$get({ query: {} }), 404, "not_found");
    expect(await expectStatus(accept(ada, created.token), 200)).toEqual({ projectId: t.projectId, role: "editor" });
    await expectStatus(
      api(undefined, asPerson(ada, t.projectId)).technologies.$post({ json: { title: "by ada" } }),
      201,
    );
    const after = await expectStatus(asBoss.invitations.$get(), 200);
    expect(after.data.map((i) => i.email)).not.toContain(email);
  });

  it("refuses the same link a second time, even to its own person", async () => {
    const email = `twice-${crypto.randomUUID()}@example.com`;
    const { token } = await invite(email);
    const p = await personWith(email);
    await expectStatus(accept(p, token), 200);
    await expectFailure(accept(p, token), 404, "not_found");
  });

  it("refuses an expired invitation", async () => {
    const email = `late-${crypto.randomUUID()}@example.com`;
    const { token, invitation } = await invite(email);
    await env.DB.prepare("update invitations set expires_at = ? where id = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), invitation.id)
      .run();
    const body = await expectFailure(accept(await personWith(email), token), 404, "not_found");
    expect(body.error.message).toContain("expired");
  });

  it("refuses a person signed in with another e-mail address, and leaves the link usable", async () => {
    const email = `right-${crypto.randomUUID()}@example.com`;
    const { token } = await invite(email);
    await expectFailure(accept(await personWith(`wrong-${crypto.randomUUID()}@example.com`), token), 403, "forbidden");
    await expectStatus(accept(await personWith(email), token), 200);
  });

  it("stops a withdrawn invitation from working", async () => {
    const email = `withdrawn-${crypto.randomUUID()}@example.com`;
    const { token, invitation } = await invite(email);
    const res = await asBoss.invitations[":id"].$delete({ param: { id: invitation.id } });
    expect(res.status).toBe(204);
    await expectFailure(accept(await personWith(email), token), 404, "not_found");
  });

  it("lets only an owner invite an owner", async () => {
    await expectFailure(
      asBoss.invitations.$post({ json: { email: "owner@example.com", role: "owner", expiresInHours: 1 } }),
      403,
      "forbidden",
    );
  });

  it("stores only a hash of the token", async () => {
    const { token, invitation } = await invite(`hash-${crypto.randomUUID()}@example.com`);
    const row = await env.DB.prepare("select * from invitations where id = ?").bind(invitation.id).first();
    expect(JSON.stringify(row)).not.toContain(token);
  });
});
