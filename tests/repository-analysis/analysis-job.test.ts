import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTarGz, buildZip } from "../analysis/archive-builders";
import { fixtureRepo } from "../analysis/fixtures";
import { api, expectFailure, expectStatus } from "../client";
import { fire, jobOf } from "../durable-objects/job-harness";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

async function newRepo(key: string, name: string) {
  const repo = await expectStatus(
    api(key).repositories.$post({ json: { provider: "upload", owner: "acme", name } }),
    201,
  );
  return repo.id;
}

const analysesOf = (key: string, id: string) =>
  expectStatus(api(key).repositories[":id"].analyses.$get({ param: { id }, query: {} }), 200);
const detected = (key: string) =>
  expectStatus(api(key).technologies.$get({ query: { tag: "detected", limit: "100" } }), 200);

async function upload(key: string, repoId: string, bytes: Uint8Array, type = "application/gzip") {
  const res = await exports.default.fetch(
    new Request(`http://commandcenter.test/api/v1/repositories/${repoId}/snapshots`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": type },
      body: bytes,
    }),
  );
  return { status: res.status, body: (await res.json()) as { id: string; error?: { code: string; message: string } } };
}

const npmArchive = () =>
  buildTarGz(fixtureRepo("npm").map((f) => ({ name: `shop-web-main/${f.path}`, body: f.content })));

describe("repository analysis job", () => {
  it("analyses an uploaded archive, stores the analysis and puts what it found on the radar with evidence", async () => {
    const repoId = await newRepo(a.write, "shop-web");
    const started = await upload(a.write, repoId, await npmArchive());
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    await fire(started.body.id);
    const job = await jobOf(a.read, started.body.id);
    expect(job.status, job.error ?? "").toBe("completed");
    expect(job.result).toMatchObject({ added: expect.arrayContaining(["React", "PostgreSQL"]) });

    const analyses = await analysesOf(a.read, repoId);
    expect(analyses.data).toHaveLength(1);
    expect(analyses.data[0]?.technologies).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ title: "React" }),
        expect.objectContaining({ title: "Next.js" }),
      ]),
    );

    const react = (await detected(a.read)).data.find((t) => t.title === "React");
    expect(react).toMatchObject({ status: "discovery" });
    const evidence = await expectStatus(
      api(a.read).technologies[":id"].evidence.$get({ param: { id: react?.id ?? "" } }),
      200,
    );
    expect(evidence.data).toContainEqual(
      expect.objectContaining({
        file: "package.json",
        line: 8,
        dependency: "react",
        version: "^18.3.1",
        repositoryId: repoId,
        repository: "acme/shop-web",
      }),
    );
    const repo = await expectStatus(api(a.read).repositories[":id"].$get({ param: { id: repoId } }), 200);
    expect(repo.lastAnalysedAt).not.toBeNull();

    const events = await expectStatus(
      api(a.read).events.$get({ query: { correlationId: started.body.id, limit: "500" } }),
      200,
    );
    expect(events.data.map((e) => e.subject)).toEqual(expect.arrayContaining(["analysis.completed", "job.completed"]));
  });

  it("gives existing technologies evidence from a second repository instead of duplicating them", async () => {
    const second = await newRepo(a.write, "shop-admin");
    const started = await upload(a.write, second, await npmArchive());
    await fire(started.body.id);
    expect((await jobOf(a.read, started.body.id)).status).toBe("completed");
    const reacts = await expectStatus(api(a.read).technologies.$get({ query: { q: "React", limit: "100" } }), 200);
    expect(reacts.data.length).toBeGreaterThan(0);
    const radar = await detected(a.read);
    const id = radar.data.find((t) => t.title === "React")?.id ?? "";
    const history = await expectStatus(api(a.read).technologies[":id"].history.$get({ param: { id }, query: {} }), 200);
    expect(history.data.find((e) => e.kind === "evidence")?.note).toMatch(/used in 2 repositories/);
    expect(radar.data.filter((t) => t.title === "React")).toHaveLength(1);
  });

  it("adds no history row when a re-analysis finds what the repository already evidenced", async () => {
    const repoId = await newRepo(a.write, "shop-again");
    for (let run = 0; run < 2; run++) {
      const started = await upload(a.write, repoId, await npmArchive());
      await fire(started.body.id);
      expect((await jobOf(a.read, started.body.id)).status).toBe("completed");
    }
    const id = (await detected(a.read)).data.find((t) => t.title === "React")?.id ?? "";
    const history = await expectStatus(api(a.read).technologies[":id"].history.$get({ param: { id }, query: {} }), 200);
    const rows = history.data.filter((e) => e.kind === "evidence" && e.note?.includes("acme/shop-again"));
    expect(rows).toHaveLength(1);
  });

  it("fails clearly on a corrupt archive and writes no analysis", async () => {
    const repoId = await newRepo(a.write, "broken");
    const bytes = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8]);
    const started = await upload(a.write, repoId, bytes);
    expect(started.status).toBe(202);
    await fire(started.body.id);
    const job = await jobOf(a.read, started.body.id);
    expect(job.status).toBe("failed");
    expect(job.error).toMatch(/gzip|archive/i);
    expect((await analysesOf(a.read, repoId)).total).toBe(0);
  });

  it("accepts a zip, refuses a file that is no archive with 415, and an empty body with 400", async () => {
    const repoId = await newRepo(a.write, "zipped");
    const zip = buildZip(fixtureRepo("go").map((f) => ({ name: f.path, body: f.content })));
    const started = await upload(a.write, repoId, zip, "application/zip");
    expect(started.status).toBe(202);
    await fire(started.body.id);
    expect((await jobOf(a.read, started.body.id)).status).toBe("completed");
    const text = await upload(a.write, repoId, new TextEncoder().encode("just some text"), "application/octet-stream");
    expect(text.status).toBe(415);
    const empty = await upload(a.write, repoId, new Uint8Array());
    expect(empty.status).toBe(400);
  });

  it("answers 404 for another project's repository on upload and analyses, and 403 for a read-only key", async () => {
    const repoId = await newRepo(a.write, "private");
    expect((await upload(b.write, repoId, await npmArchive())).status).toBe(404);
    await expectFailure(
      api(b.read).repositories[":id"].analyses.$get({ param: { id: repoId }, query: {} }),
      404,
      "not_found",
    );
    expect((await upload(a.read, repoId, await npmArchive())).status).toBe(403);
    const count = await env.DB.prepare("select count(*) as n from jobs where project_id = ?")
      .bind(b.projectId)
      .first<{ n: number }>();
    expect(count?.n).toBe(0);
  });
});
