import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { type EXPORT_SUBJECTS, type ExportFormat, FORMAT_SUBJECTS } from "../../shared/exports";
import { ExportV1 } from "../../worker/features/exports/export-v1";
import worker from "../../worker/index";
import { sha256Bytes } from "../../worker/lib/crypto";
import { fixtureRepo } from "../analysis/fixtures";
import { api, expectFailure, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { download, fixtureProject, runExport } from "./export-helpers";

let a: Tenant;
let b: Tenant;
let analysisId: string;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
  ({ analysisId } = await fixtureProject(a));
});

const text = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true, fatal: false }).decode(bytes);
const CASES = (Object.entries(FORMAT_SUBJECTS) as [ExportFormat, readonly string[]][]).flatMap(([format, subjects]) =>
  subjects.map((subject) => [format, subject] as const),
);

describe("exports", () => {
  it.each(CASES)(
    "renders %s of %s, stores it and serves it with its type, name, size and sha256",
    async (format, subject) => {
      const filters = subject === "analysis" ? { analysisId } : undefined;
      const done = await runExport(a.write, { format, subject: subject as (typeof EXPORT_SUBJECTS)[number], filters });
      expect(done).toMatchObject({
        status: "completed",
        progress: 100,
        downloadUrl: `/api/v1/exports/${done.id}/download`,
      });
      const file = await download(a.read, done.id);
      expect(file.status).toBe(200);
      expect(file.headers.get("content-type")).toBe(done.contentType);
      expect(file.headers.get("content-disposition")).toContain(`filename="${done.fileName}"`);
      expect(file.bytes.byteLength).toBe(done.size);
      expect(await sha256Bytes(file.bytes)).toBe(done.sha256);
      expect(file.bytes.byteLength).toBeGreaterThan(50);
    },
  );

  it("writes JSON that its own published schema (zod source) accepts, with the subject's lists filled", async () => {
    const done = await runExport(a.write, { format: "json", subject: "project" });
    const parsed = ExportV1.parse(JSON.parse(text((await download(a.read, done.id)).bytes)));
    expect(parsed.technologies.map((t) => t.title)).toEqual(expect.arrayContaining(["Kafka", "React", "Formula Tool"]));
    expect(parsed.researchTasks[0]).toMatchObject({ title: "Review Kafka", technologyTitle: "Kafka" });
    expect(parsed.analyses[0]?.problems[0]?.path).toBe("services/api/package.json");
    expect(parsed.changes.some((c) => c.title === "React" && c.to === "archived")).toBe(true);
  });

  it("neutralises cells that start like a formula in CSV and quotes per RFC 4180, with a BOM when asked", async () => {
    const done = await runExport(a.write, { format: "csv", subject: "technologies", options: { bom: true } });
    const csv = text((await download(a.read, done.id)).bytes);
    expect(csv.startsWith("\uFEFFid,title,")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv.split("\r\n").length).toBeGreaterThan(3);
  });

  it("writes BYOR CSV with the technology's description, not its priority", async () => {
    const done = await runExport(a.write, { format: "byor-csv", subject: "technologies" });
    const lines = text((await download(a.read, done.id)).bytes).split("\r\n");
    expect(lines[0]).toBe("name,ring,quadrant,isNew,description");
    expect(lines).toContain("Kafka,adopt,Data & AI,TRUE,Event backbone");
  });

  it("reports in SARIF the dependency on Hold, the technology absent from the radar, the broken manifest and the skipped file", async () => {
    const done = await runExport(a.write, { format: "sarif", subject: "analysis", filters: { analysisId } });
    const sarif = JSON.parse(text((await download(a.read, done.id)).bytes));
    const results = sarif.runs[0].results as { ruleId: string; message: { text: string } }[];
    const byRule = (id: string) => results.filter((r) => r.ruleId === id).map((r) => r.message.text);
    expect(byRule("CC1001").join()).toContain("React");
    expect(byRule("CC1002").join()).toContain("PostgreSQL");
    expect(byRule("CC1003").join()).toContain("services/api/package.json");
    expect(byRule("CC1004").join()).toContain("current");
  });

  it("points SARIF results at the manifest line the analysis found the dependency on", async () => {
    const done = await runExport(a.write, { format: "sarif", subject: "analysis", filters: { analysisId } });
    const sarif = JSON.parse(text((await download(a.read, done.id)).bytes));
    type Result = { ruleId: string; message: { text: string }; locations: { physicalLocation: Location }[] };
    type Location = { artifactLocation: { uri: string }; region: { startLine: number } };
    const react = (sarif.runs[0].results as Result[]).find(
      (r) =>
        r.ruleId === "CC1001" &&
        r.message.text.includes("React") &&
        r.locations[0]?.physicalLocation.artifactLocation.uri === "package.json",
    );
    const manifest = fixtureRepo("npm").find((f) => f.path === "package.json")?.content ?? "";
    const line = manifest.split("\n").findIndex((l) => l.includes('"react"')) + 1;
    expect(line).toBeGreaterThan(1);
    expect(react?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "package.json", uriBaseId: "%SRCROOT%" },
      region: { startLine: line },
    });
  });

  it("zips several formats of one subject in one batch export", async () => {
    const started = await expectStatus(
      api(a.write).batch.exports.$post({ json: { formats: ["json", "csv", "sarif"], subject: "technologies" } }),
      202,
    );
    const { fire } = await import("../durable-objects/job-harness");
    await fire(started.jobId ?? "");
    const done = await expectStatus(api(a.read).exports[":id"].$get({ param: { id: started.id } }), 200);
    expect(done.status).toBe("completed");
    const files = unzipSync((await download(a.read, done.id)).bytes);
    const names = Object.keys(files).sort();
    expect(names.some((n) => n.endsWith(".json"))).toBe(true);
    expect(names.some((n) => n.endsWith(".csv"))).toBe(true);
    expect(strFromU8(files["skipped.txt"] ?? new Uint8Array())).toContain("sarif");
  });

  it("refuses a format that cannot render the subject, and an analysis export without an analysis", async () => {
    await expectFailure(
      api(a.write).exports.$post({ json: { format: "sarif", subject: "research-tasks" } }),
      400,
      "validation_failed",
    );
    await expectFailure(
      api(a.write).exports.$post({ json: { format: "json", subject: "analysis" } }),
      400,
      "validation_failed",
    );
  });

  it("answers 404 for a project export naming an analysis that is missing or another project's, and writes no export", async () => {
    const before = await expectStatus(api(a.read).exports.$get({ query: {} }), 200);
    for (const id of ["ana_doesnotexist", (await fixtureProject(b)).analysisId]) {
      const filters = { analysisId: id };
      await expectFailure(
        api(a.write).exports.$post({ json: { format: "json", subject: "project", filters } }),
        404,
        "not_found",
      );
      await expectFailure(
        api(a.write).batch.exports.$post({ json: { formats: ["json"], subject: "project", filters } }),
        404,
        "not_found",
      );
    }
    expect((await expectStatus(api(a.read).exports.$get({ query: {} }), 200)).total).toBe(before.total);
  });

  it("lists exports newest first with their expiry seven days out", async () => {
    const page = await expectStatus(api(a.read).exports.$get({ query: {} }), 200);
    expect(page.total).toBeGreaterThan(3);
    const first = page.data[0];
    if (!first) throw new Error("no exports listed");
    const days = (Date.parse(first.expiresAt) - Date.parse(first.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);
  });

  it("answers 404 to another project's key for the export and its file", async () => {
    const done = await runExport(a.write, { format: "json", subject: "technologies" });
    await expectFailure(api(b.read).exports[":id"].$get({ param: { id: done.id } }), 404, "not_found");
    expect((await download(b.read, done.id)).status).toBe(404);
  });

  it("deletes an export with its file", async () => {
    const done = await runExport(a.write, { format: "markdown", subject: "project" });
    const key = (
      await env.DB.prepare("select r2_key as k from exports where id = ?").bind(done.id).first<{ k: string }>()
    )?.k;
    expect(await env.ARTIFACTS.head(key ?? "")).not.toBeNull();
    await expectStatus(api(a.write).exports[":id"].$delete({ param: { id: done.id } }), 204);
    expect(await env.ARTIFACTS.head(key ?? "")).toBeNull();
    await expectFailure(api(a.read).exports[":id"].$get({ param: { id: done.id } }), 404, "not_found");
  });

  it("removes expired exports and their files on the minute cron", async () => {
    const done = await runExport(a.write, { format: "html", subject: "project" });
    const key = `projects/${a.projectId}/exports/${done.id}/${done.fileName}`;
    expect(await env.ARTIFACTS.head(key)).not.toBeNull();
    await env.DB.prepare("update exports set expires_at = ? where id = ?")
      .bind("2000-01-01T00:00:00.000Z", done.id)
      .run();
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now(), cron: "* * * * *" }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await env.ARTIFACTS.head(key)).toBeNull();
    await expectFailure(api(a.read).exports[":id"].$get({ param: { id: done.id } }), 404, "not_found");
  });
});
