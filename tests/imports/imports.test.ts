import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type Domain, quadrantOf } from "../../shared/vocabulary";
import type { ImportJson, ImportReport } from "../../worker/features/imports/imports.schema";
import { api, expectStatus, ORIGIN } from "../client";
import { download, fixtureProject, runExport } from "../exports/export-helpers";
import byorCsv from "../fixtures/byor/radar.csv?raw";
import byorJson from "../fixtures/byor/radar.json?raw";
import { call, createTechnology, createTenant, expectError, instanceAdmin, type Tenant } from "../helpers";

let admin: string;
let a: Tenant;
beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin);
});

type Report = z.infer<typeof ImportReport>;
/**
 * POST /imports with a JSON body. The route takes JSON or multipart, which hc types as needing
 * both (as for knowledge documents), so it is sent through `call`, typed by the route's schemas.
 */
async function importJson(key: string, body: z.input<typeof ImportJson>, status = 200) {
  const res = await call<Report>("POST", "/api/v1/imports", { key, body });
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
}
const techsOf = async (key: string) =>
  (await expectStatus(api(key).technologies.$get({ query: { limit: "100" } }), 200)).data;
const radarOf = async (key: string) =>
  (await expectStatus(api(key).technologies.radar.$get({ query: {} }), 200)).blips
    .map((b) => `${b.title}|${b.ring}|${b.domain}`)
    .sort();

/** Sends a file as multipart, the way the dashboard and the CLI upload one. */
async function upload(key: string, bytes: Uint8Array, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([bytes], name));
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/imports`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}` },
      body: form,
    }),
  );
  return {
    status: res.status,
    body: (await res.json()) as {
      totals: Record<string, number>;
      rows: { row: number; title: string; outcome: string; reason?: string }[];
    },
  };
}

describe("imports", () => {
  it("dry-runs the BYOR sample: every row's outcome with its row number and nothing written", async () => {
    const t = await createTenant(admin);
    const report = await importJson(t.write, { content: byorCsv, fileName: "radar.csv", dryRun: true });
    expect(report).toMatchObject({ format: "csv", dryRun: true, totals: { created: 5, failed: 2 } });
    expect(report.rows).toContainEqual({
      row: 7,
      title: "Bad Ring",
      outcome: "failed",
      reason: expect.stringContaining("unknown ring 'sometimes'"),
    });
    expect(report.rows).toContainEqual({ row: 8, title: "", outcome: "failed", reason: "name is empty" });
    expect(await techsOf(t.read)).toEqual([]);
  });

  it("matches quadrants and rings leniently: languages-and-frameworks and Languages & Frameworks land in the same quadrant", async () => {
    const t = await createTenant(admin);
    await importJson(t.write, { content: byorCsv });
    const techs = await techsOf(t.read);
    const of = (title: string) => techs.find((x) => x.title === title);
    expect(of("JSF")).toMatchObject({ domain: "languages-frameworks", status: "archived" });
    expect(of("Elm")).toMatchObject({ domain: "languages-frameworks", status: "implementation" });
    expect(of("Canary builds")).toMatchObject({ domain: "other", status: "implementation" });
    expect(of("Composer")?.description).toContain("Composer brings it to PHP");
    const json = await importJson(t.write, { data: JSON.parse(byorJson), dryRun: true });
    expect(json.rows.map((r) => r.outcome)).toEqual(["skipped", "created", "created"]);
  });

  it("applies skip, overwrite and merge to a name that exists, with history for a status move", async () => {
    const t = await createTenant(admin);
    const kafka = await createTechnology(t.write, {
      title: "Kafka",
      status: "research",
      tags: ["queue"],
      description: "",
    });
    const csv = "title,status,tags,description,priority\nkafka,integrated,streaming,Event backbone,1\n";
    const skip = await importJson(t.write, { content: csv, strategy: "skip" });
    expect(skip.rows[0]).toMatchObject({ row: 2, outcome: "skipped", id: kafka.id });

    const merged = await importJson(t.write, { content: csv, strategy: "merge" });
    expect(merged.rows[0]).toMatchObject({ outcome: "updated", id: kafka.id });
    const afterMerge = await expectStatus(api(t.read).technologies[":id"].$get({ param: { id: kafka.id } }), 200);
    expect(afterMerge).toMatchObject({
      status: "integrated",
      tags: ["queue", "streaming"],
      description: "Event backbone",
      priority: 3,
    });
    const history = await expectStatus(
      api(t.read).technologies[":id"].history.$get({ param: { id: kafka.id }, query: {} }),
      200,
    );
    expect(history.data).toContainEqual(
      expect.objectContaining({ kind: "status", fromValue: "research", toValue: "integrated", note: "imported" }),
    );
    expect((await importJson(t.write, { content: csv, strategy: "merge" })).rows[0]?.outcome).toBe("unchanged");

    const over = await importJson(t.write, { content: "title,tags,priority\nKafka,bus,1\n", strategy: "overwrite" });
    expect(over.rows[0]?.outcome).toBe("updated");
    const afterOverwrite = await expectStatus(api(t.read).technologies[":id"].$get({ param: { id: kafka.id } }), 200);
    expect(afterOverwrite).toMatchObject({ tags: ["bus"], priority: 1, status: "integrated" });
  });

  it("keeps a formula-like description exactly across a CSV export and import", async () => {
    const source = await createTenant(admin);
    await createTechnology(source.write, { title: "Sheet", description: "=1+1" });
    const done = await runExport(source.write, { format: "csv", subject: "technologies" });
    const target = await createTenant(admin);
    await upload(target.write, (await download(source.read, done.id)).bytes, "inventory.csv");
    expect((await techsOf(target.read))[0]?.description).toBe("=1+1");
  });

  it("writes one batch per chunk: a failing chunk fails its rows and leaves none of them", async () => {
    const t = await createTenant(admin);
    const rows = Array.from({ length: 120 }, (_, i) => `Tech ${i},assess,tools,FALSE,`).join("\n");
    // A trigger makes the 75th row's insert fail inside the second chunk (rows 51-100).
    await env.DB.exec(
      "CREATE TRIGGER IF NOT EXISTS import_test_fail BEFORE INSERT ON technologies WHEN NEW.title = 'Tech 74' BEGIN SELECT RAISE(ABORT, 'test failure'); END",
    );
    try {
      const report = await importJson(t.write, { content: `name,ring,quadrant,isNew,description\n${rows}` });
      expect(report.totals).toMatchObject({ created: 70, failed: 50 });
      expect(report.rows.filter((r) => r.outcome === "failed").map((r) => r.row)).toEqual(
        Array.from({ length: 50 }, (_, i) => i + 52),
      );
    } finally {
      await env.DB.exec("DROP TRIGGER import_test_fail");
    }
    const count = await env.DB.prepare("select count(*) as n from technologies where project_id = ?")
      .bind(t.projectId)
      .first<{ n: number }>();
    expect(count?.n).toBe(70);
  });

  it("refuses a file it cannot read, an unknown format and a missing file", async () => {
    const broken = await call("POST", "/api/v1/imports", {
      key: a.write,
      body: { content: "{broken", format: "json" },
    });
    expectError(broken, 400, "bad_request");
    const headless = await call("POST", "/api/v1/imports", { key: a.write, body: { content: "a,b\n1,2\n" } });
    expectError(headless, 400, "bad_request");
    const unknown = await call("POST", "/api/v1/imports", { key: a.write, body: { content: "x", format: "toml" } });
    expectError(unknown, 400, "validation_failed");
    const noFile = await call("POST", "/api/v1/imports", { key: a.write, body: { strategy: "skip" } });
    expectError(noFile, 400, "validation_failed");
    const res = await upload(a.write, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), "x.xlsx");
    expect(res.status).toBe(400);
  });
});

describe("round trips", () => {
  let source: Tenant;
  beforeAll(async () => {
    source = await createTenant(admin);
    await fixtureProject(source);
  });

  /** BYOR knows quadrants, not domains: compare the quadrant each blip is drawn in. */
  const drawn = (rows: string[]) =>
    rows.map((r) => {
      const [title, ring, domain] = r.split("|");
      return `${title}|${ring}|${quadrantOf(domain as Domain)}`;
    });

  it.each(["byor-csv", "byor-json", "json", "xlsx", "csv"] as const)(
    "imports a %s export into another project and draws the same radar",
    async (format) => {
      const target = await createTenant(admin);
      const done = await runExport(source.write, { format, subject: "technologies" });
      const file = await download(source.read, done.id);
      const res = await upload(target.write, file.bytes, done.fileName ?? "export");
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.totals.failed).toBe(0);
      const [expected, got] = [await radarOf(source.read), await radarOf(target.read)];
      if (format.startsWith("byor")) expect(drawn(got)).toEqual(drawn(expected));
      else expect(got).toEqual(expected);
    },
  );
});
