import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { buildTarGz } from "../analysis/archive-builders";
import { fixtureRepo } from "../analysis/fixtures";
import { api, expectStatus, ORIGIN } from "../client";
import { fire, jobOf } from "../durable-objects/job-harness";
import { createTask, createTechnology, type Tenant } from "../helpers";

type ExportBody = Parameters<ReturnType<typeof api>["exports"]["$post"]>[0]["json"];

/** Starts an export, runs its job to the end and answers the finished export; fails unless it completed. */
export async function runExport(key: string, json: ExportBody) {
  const started = await expectStatus(api(key).exports.$post({ json }), 202);
  expect(started.status).toBe("pending");
  if (!started.jobId) throw new Error("export has no job");
  await fire(started.jobId);
  const job = await jobOf(key, started.jobId);
  expect(job.status, job.error ?? "").toBe("completed");
  return expectStatus(api(key).exports[":id"].$get({ param: { id: started.id } }), 200);
}

/** The export's file as the download route answers it. */
export async function download(key: string, id: string) {
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/exports/${id}/download`, { headers: { authorization: `Bearer ${key}` } }),
  );
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

/**
 * A project with something in every part an export covers: technologies in every ring (one on
 * Hold, one whose description looks like a formula), research tasks, and an analysis of an uploaded
 * archive with a manifest that fails to parse and a skipped symlink. PostgreSQL is removed from the
 * radar after the analysis found it, so the analysis names a technology absent from the radar.
 */
export async function fixtureProject(t: Tenant) {
  const kafka = await createTechnology(t.write, {
    title: "Kafka",
    domain: "data",
    status: "integrated",
    description: "Event backbone",
    tags: ["streaming"],
  });
  await createTechnology(t.write, { title: "Deno", domain: "languages-frameworks", status: "implementation" });
  await createTechnology(t.write, {
    title: "Formula Tool",
    domain: "tools",
    status: "evaluation",
    priority: 1,
    description: '=HYPERLINK("http://evil.example","x")',
  });
  await createTask(t.write, { title: "Review Kafka", technologyId: kafka.id, dueDate: "2026-12-31" });
  const repo = await expectStatus(
    api(t.write).repositories.$post({ json: { provider: "upload", owner: "acme", name: "shop-web" } }),
    201,
  );
  const archive = await buildTarGz([
    ...fixtureRepo("npm").map((f) => ({ name: `shop-web/${f.path}`, body: f.content })),
    { name: "shop-web/services/api/package.json", body: "{ not json" },
    { name: "shop-web/current", type: "symlink", linkname: "../etc/passwd" },
  ]);
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/repositories/${repo.id}/snapshots`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.write}`, "content-type": "application/gzip" },
      body: archive,
    }),
  );
  const job = (await res.json()) as { id: string };
  expect(res.status).toBe(202);
  await fire(job.id);
  const done = await jobOf(t.read, job.id);
  expect(done.status, done.error ?? "").toBe("completed");
  const analysisId = String(done.result?.analysisId);
  const techs = await expectStatus(api(t.read).technologies.$get({ query: { limit: "100" } }), 200);
  const byTitle = (title: string) => {
    const found = techs.data.find((x) => x.title === title);
    if (!found) throw new Error(`${title} was not detected`);
    return found;
  };
  await expectStatus(
    api(t.write).technologies[":id"].$patch({ param: { id: byTitle("React").id }, json: { status: "archived" } }),
    200,
  );
  await expectStatus(api(t.write).technologies[":id"].$delete({ param: { id: byTitle("PostgreSQL").id } }), 204);
  return { analysisId, repositoryId: repo.id };
}
