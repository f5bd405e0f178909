import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectFailure, expectStatus, ORIGIN } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { asPerson, insertUser, member, type Person, signIn } from "../people";

/** What a signed-in person reaches outside the tenant routes: the portfolio and live sockets. */
let a: Tenant;
let b: Tenant;
let viewer: Person;
let editor: Person;
let nobody: Person;
const drift: Record<string, string> = {};

async function insertDrift(projectId: string, title: string): Promise<string> {
  const id = `drf_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.prepare(
    "insert into drift_items (id, project_id, kind, key, title, details, first_seen_at) values (?, ?, 'hold_in_use', ?, ?, '{\"evidence\":[]}', ?)",
  )
    .bind(id, projectId, title.toLowerCase(), title, new Date().toISOString())
    .run();
  return id;
}

beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin, "reach-a");
  b = await createTenant(admin, "reach-b");
  await expectStatus(api(a.write).technologies.$post({ json: { title: "Reach Alpha", status: "integrated" } }), 201);
  await expectStatus(api(b.write).technologies.$post({ json: { title: "Reach Beta", status: "integrated" } }), 201);
  drift.a = await insertDrift(a.projectId, "Reach Alpha");
  drift.b = await insertDrift(b.projectId, "Reach Beta");
  viewer = await member(a.projectId, "viewer");
  editor = await member(a.projectId, "editor");
  nobody = await signIn(await insertUser());
});

describe("a member's portfolio", () => {
  it("covers only the projects the person belongs to", async () => {
    const radar = await expectStatus(api(undefined, asPerson(viewer)).portfolio.radar.$get({ query: {} }), 200);
    expect(radar.projects).toBe(1);
    const titles = radar.blips.map((blip) => blip.title);
    expect(titles).toContain("Reach Alpha");
    expect(titles).not.toContain("Reach Beta");
    const matrix = await expectStatus(api(undefined, asPerson(viewer)).portfolio.matrix.$get({ query: {} }), 200);
    expect(matrix.projects.map((p) => p.id)).toEqual([a.projectId]);
    const inbox = await expectStatus(api(undefined, asPerson(viewer)).portfolio.drift.$get({ query: {} }), 200);
    expect(inbox.data.map((item) => item.id)).toEqual([drift.a]);
  });

  it("answers 404 for another project's drift item and shows a person without projects nothing", async () => {
    await expectFailure(
      api(undefined, asPerson(viewer)).portfolio.drift[":id"].$get({ param: { id: drift.b ?? "" } }),
      404,
      "not_found",
    );
    const radar = await expectStatus(api(undefined, asPerson(nobody)).portfolio.radar.$get({ query: {} }), 200);
    expect(radar).toMatchObject({ projects: 0, blips: [] });
  });

  it("lets an editor act on a drift item of their project and refuses a viewer", async () => {
    const body = { reason: "known, tracked elsewhere" };
    const id = drift.a ?? "";
    await expectFailure(
      api(undefined, asPerson(viewer)).portfolio.drift[":id"].dismiss.$post({ param: { id }, json: body }),
      403,
      "forbidden",
    );
    const dismissed = await expectStatus(
      api(undefined, asPerson(editor)).portfolio.drift[":id"].dismiss.$post({ param: { id }, json: body }),
      200,
    );
    expect(dismissed.state).toBe("dismissed");
  });

  it("refuses a member the instance-wide 'same as' links", async () => {
    await expectFailure(
      api(undefined, asPerson(editor)).portfolio.links.$post({ json: { technology: "reach alpha", sameAs: "alpha" } }),
      403,
      "forbidden",
    );
  });
});

describe("a person's socket tickets", () => {
  const upgrade = { headers: { upgrade: "websocket" } };

  it("open the project's event stream while the session lives, and die with it", async () => {
    const person = await member(a.projectId, "viewer");
    const live = await expectStatus(api(undefined, asPerson(person, a.projectId)).events["ws-ticket"].$post(), 200);
    const res = await exports.default.fetch(new Request(`${ORIGIN}${live.url}`, upgrade));
    expect(res.status).toBe(101);
    res.webSocket?.accept();
    res.webSocket?.close();
    const unused = await expectStatus(api(undefined, asPerson(person, a.projectId)).events["ws-ticket"].$post(), 200);
    await expectStatus(api(undefined, asPerson(person)).auth["sign-out"].$post(), 204);
    const refused = await exports.default.fetch(new Request(`${ORIGIN}${unused.url}`, upgrade));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      error: { code: "unauthorized", message: "the session this ticket was issued to has ended" },
    });
  });

  it("are not issued for a project the person does not belong to", async () => {
    await expectFailure(api(undefined, asPerson(viewer, b.projectId)).events["ws-ticket"].$post(), 404, "not_found");
  });
});
