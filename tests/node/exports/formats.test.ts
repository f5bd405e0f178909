import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { exportV1JsonSchema } from "../../../worker/features/exports/export-v1";
import { render } from "../../../worker/features/exports/render";
import { readFirstSheet } from "../../../worker/features/imports/xlsx-read";
import { fixtureDataset } from "./dataset-fixture";

const require = createRequire(import.meta.url);
const OUT = join(tmpdir(), `cc-export-formats-${process.pid}`);
mkdirSync(OUT, { recursive: true });
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const options = { origin: "https://cc.example.test" };

describe("JSON export", () => {
  it("validates against the JSON Schema the API publishes, checked by ajv", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(exportV1JsonSchema("https://cc.example.test"));
    for (const subject of ["technologies", "analysis", "research-tasks", "project"] as const) {
      const file = await render(fixtureDataset(subject), "json", options);
      const ok = validate(JSON.parse(text(file.bytes)));
      expect(validate.errors ?? [], subject).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("is refused by that schema when a field breaks it, so the check can fail", () => {
    const validate = new Ajv2020({ strict: false }).compile(exportV1JsonSchema("https://cc.example.test"));
    const broken = { ...fixtureDataset(), schemaVersion: 2 };
    expect(validate(broken)).toBe(false);
  });
});

describe("SARIF export", () => {
  const schema = JSON.parse(
    readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
  );
  // The OASIS schema has a language-tag pattern that is not valid with the `u` flag.
  const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it("validates against the OASIS SARIF 2.1.0 schema with rules, locations and fingerprints", async () => {
    const sarif = JSON.parse(text((await render(fixtureDataset("analysis"), "sarif", options)).bytes));
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const run = sarif.runs[0];
    expect(
      run.tool.driver.rules.every((r: { helpUri: string }) => r.helpUri.startsWith("https://cc.example.test/")),
    ).toBe(true);
    const rules = run.results.map((r: { ruleId: string }) => r.ruleId);
    expect(rules).toEqual(["CC1001", "CC1002", "CC1003", "CC1004"]);
    const first = run.results[0];
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "package.json", uriBaseId: "%SRCROOT%" },
      region: { startLine: 7 },
    });
    expect(run.results[1].locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(first.partialFingerprints["commandcenter/v1"]).toMatch(/^[0-9a-f]{64}$/);
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe("current%20link");
  });

  it("gives the same fingerprints on a second render, so re-uploads deduplicate", async () => {
    const prints = async () =>
      JSON.parse(text((await render(fixtureDataset("analysis"), "sarif", options)).bytes)).runs[0].results.map(
        (r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["commandcenter/v1"],
      );
    expect(await prints()).toEqual(await prints());
  });
});

describe("XLSX export", () => {
  it("reads back in openpyxl with typed cells, a bold frozen header and an autofilter on every sheet", async () => {
    const file = await render(fixtureDataset("project"), "xlsx", options);
    const path = join(OUT, "project.xlsx");
    writeFileSync(path, file.bytes);
    const script = join(import.meta.dirname, "xlsx-read.py");
    const book = JSON.parse(execFileSync("/usr/bin/python3", [script, path], { encoding: "utf8" }));
    expect(Object.keys(book)).toEqual(["Technologies", "Research tasks", "Changes", "Dependencies", "Problems"]);
    const techs = book.Technologies;
    expect(techs.freeze).toBe("A2");
    expect(techs.filter).toBe("A1:P6");
    expect(techs.bold).toBe(true);
    const kafka = techs.rows[0];
    const col = (name: string) => techs.header.indexOf(name);
    expect(kafka[col("title")]).toEqual({ type: "str", value: "Kafka" });
    expect(kafka[col("priority")]).toEqual({ type: "int", value: 2 });
    expect(kafka[col("isNew")]).toEqual({ type: "bool", value: true });
    expect(kafka[col("createdAt")]).toEqual({ type: "datetime", value: "2026-01-05T10:00:00" });
    expect(techs.rows[2][col("title")].value).toBe("Formula <Tool>");
    expect(book["Research tasks"].rows[0][5]).toEqual({ type: "datetime", value: "2026-12-31T00:00:00" });
  });
});

describe("XLSX import reader", () => {
  it("reads a workbook openpyxl wrote: shared strings, numbers and dates, with sheet row numbers", () => {
    const path = join(OUT, "inventory.xlsx");
    execFileSync("/usr/bin/python3", [join(import.meta.dirname, "xlsx-write.py"), path]);
    const rows = readFirstSheet(new Uint8Array(readFileSync(path)));
    expect(rows[0]).toEqual({ row: 1, cells: ["Title", "Domain", "Status", "Priority", "Tags", "Reviewed"] });
    expect(rows[1]).toEqual({
      row: 2,
      cells: ["Kafka", "Data", "Integrated", "2", "streaming;queue", "2026-03-01T12:00:00.000Z"],
    });
    expect(rows[2]?.cells.slice(0, 4)).toEqual(["Elm", "Languages & Frameworks", "research", "4"]);
  });
});

describe("CSV export", () => {
  it("neutralises every formula-like start (= + - @ tab CR) and leaves numbers alone", async () => {
    const d = fixtureDataset("technologies");
    const starts = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"];
    d.technologies = starts.map((description, i) => ({
      ...d.technologies[0],
      id: `t${i}`,
      description,
    })) as typeof d.technologies;
    const csv = text((await render(d, "csv", options)).bytes);
    const lines = csv.split("\r\n");
    expect(lines[1]).toContain(",'=1+1,");
    expect(lines[2]).toContain(",'+cmd,");
    expect(lines[3]).toContain(",'-2+3,");
    expect(lines[4]).toContain(",'@SUM(A1),");
    expect(lines[5]).toContain(",'\tx,");
    expect(csv).toContain(`"'\rx"`);
    expect(lines[1]).toContain(",2,50,");
  });
});
