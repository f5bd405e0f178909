import { exports } from "cloudflare:workers";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { readFirstSheet } from "../../worker/features/imports/xlsx-read";
import { api, expectFailure, expectStatus, ORIGIN } from "../client";
import { fire } from "../durable-objects/job-harness";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { analyse, newRepo, packageJson } from "../portfolio/portfolio-helpers";

let admin: string;
let a: Tenant;
let b: Tenant;

/** Moment.js held in A and adopted in B, both in code (so A has drift); Kafka only in B. */
beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, "pexp-a");
  b = await createTenant(admin, "pexp-b");
  await expectStatus(api(a.write).technologies.$post({ json: { title: "Moment.js", status: "archived" } }), 201);
  await expectStatus(api(b.write).technologies.$post({ json: { title: "Moment.js", status: "integrated" } }), 201);
  await expectStatus(api(b.write).technologies.$post({ json: { title: "Kafka", domain: "data" } }), 201);
  await analyse(a.write, await newRepo(a.write, "web"), { "package.json": packageJson({ moment: "^2.29.4" }) });
}, 60_000);

type ExportBody = Parameters<ReturnType<typeof api>["exports"]["$post"]>[0]["json"];

/** Starts an export as `key` (acting on `project` when the key is instance-wide) and runs its job. */
async function exported(key: string, json: ExportBody, project?: string) {
  const as = api(key, project ? { project } : {});
  const started = await expectStatus(as.exports.$post({ json }), 202);
  if (!started.jobId) throw new Error("export has no job");
  await fire(started.jobId);
  const done = await expectStatus(as.exports[":id"].$get({ param: { id: started.id } }), 200);
  expect(done.status, done.error ?? "").toBe("completed");
  return done;
}

async function download(key: string, id: string, project?: string) {
  const headers: Record<string, string> = { authorization: `Bearer ${key}` };
  if (project) headers["x-project-id"] = project;
  const res = await exports.default.fetch(new Request(`${ORIGIN}/api/v1/exports/${id}/download`, { headers }));
  return {
    status: res.status,
    name: res.headers.get("content-disposition"),
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

const csvRows = (bytes: Uint8Array) =>
  new TextDecoder()
    .decode(bytes)
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));

describe("portfolio export", () => {
  it("writes the matrix as CSV for an instance key: a column per project, the ring in each cell", async () => {
    const done = await exported(admin, { format: "csv", subject: "portfolio" }, a.projectId);
    const file = await download(admin, done.id, a.projectId);
    expect(file.status).toBe(200);
    expect(file.name).toContain("all-projects-portfolio-");
    const [header, ...rows] = csvRows(file.bytes);
    expect(header).toEqual(["key", "title", "domain", "projects", "disagreement", "tests-pexp-a", "tests-pexp-b"]);
    expect(rows).toContainEqual(["momentjs", "Moment.js", "other", "2", "true", "hold", "adopt"]);
    expect(rows).toContainEqual(["kafka", "Kafka", "data", "1", "false", "", "assess"]);
  });

  it("filters the matrix by disagreement, and writes the drift inbox as the workbook's second sheet", async () => {
    const done = await exported(
      admin,
      { format: "xlsx", subject: "portfolio", filters: { disagreement: true } },
      a.projectId,
    );
    const file = await download(admin, done.id, a.projectId);
    const matrix = readFirstSheet(file.bytes).map((r) => r.cells);
    expect(matrix[0]?.slice(0, 5)).toEqual(["key", "title", "domain", "projects", "disagreement"]);
    expect(matrix.slice(1).map((r) => r[0])).toEqual(["momentjs"]);
    const sheets = new TextDecoder().decode(unzipSync(file.bytes)["xl/workbook.xml"]);
    expect(sheets).toMatch(/<sheet name="Matrix".*<sheet name="Drift"/);
    const drift = new TextDecoder().decode(unzipSync(file.bytes)["xl/worksheets/sheet2.xml"]);
    expect(drift).toContain("hold_in_use");
    expect(drift).toContain("web:package.json");
  });

  it("keeps an instance key's portfolio export from the project's own keys: not listed, 404 to read or download", async () => {
    const done = await exported(admin, { format: "csv", subject: "portfolio" }, a.projectId);
    const list = await expectStatus(api(a.admin).exports.$get({ query: { limit: "100" } }), 200);
    expect(list.data.map((x) => x.id)).not.toContain(done.id);
    await expectFailure(api(a.admin).exports[":id"].$get({ param: { id: done.id } }), 404, "not_found");
    expect((await download(a.admin, done.id)).status).toBe(404);
    await expectFailure(api(a.admin).exports[":id"].$delete({ param: { id: done.id } }), 404, "not_found");
    const mine = await expectStatus(
      api(admin, { project: a.projectId }).exports.$get({ query: { limit: "100" } }),
      200,
    );
    expect(mine.data.map((x) => x.id)).toContain(done.id);
  });

  it("gives a project key a portfolio export of its own project only", async () => {
    const done = await exported(a.write, { format: "csv", subject: "portfolio" });
    const file = await download(a.read, done.id);
    expect(file.name).toContain("tests-pexp-a-portfolio-");
    const text = new TextDecoder().decode(file.bytes);
    expect(csvRows(file.bytes)[0]).toEqual(["key", "title", "domain", "projects", "disagreement", "tests-pexp-a"]);
    expect(text).not.toContain("pexp-b");
    expect(text).not.toContain("kafka");
    expect(text).toContain("momentjs,Moment.js,other,1,false,hold");
  });

  it("refuses formats that do not render the portfolio (JSON, SARIF, reports)", async () => {
    for (const format of ["json", "sarif", "markdown", "byor-csv"] as const) {
      await expectFailure(
        api(a.write).exports.$post({ json: { format, subject: "portfolio" } }),
        400,
        "validation_failed",
      );
    }
  });
});
