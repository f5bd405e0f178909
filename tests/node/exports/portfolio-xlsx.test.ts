import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type DriftRow,
  driftTable,
  type MatrixRow,
  matrixTable,
} from "../../../worker/features/exports/portfolio-sheets";
import { renderTables } from "../../../worker/features/exports/render";

const OUT = join(tmpdir(), `cc-portfolio-xlsx-${process.pid}`);
mkdirSync(OUT, { recursive: true });

const projects = [
  { id: "prj_a", slug: "web", name: "Web" },
  { id: "prj_b", slug: "shop", name: "Shop" },
];
const rows: MatrixRow[] = [
  {
    key: "momentjs",
    title: "Moment.js",
    domain: "other",
    projects: 2,
    disagreement: true,
    cells: [
      { projectId: "prj_a", ring: "hold" },
      { projectId: "prj_b", ring: "adopt" },
    ],
  },
  {
    key: "kafka",
    title: "Kafka",
    domain: "data",
    projects: 1,
    disagreement: false,
    cells: [{ projectId: "prj_b", ring: "assess" }],
  },
];
const drift: DriftRow[] = [
  {
    id: "drift_1",
    projectId: "prj_a",
    project: { slug: "web", name: "Web" },
    kind: "hold_in_use",
    key: "momentjs",
    title: "Moment.js",
    technologyId: "tech_1",
    details: {
      evidence: [
        {
          repositoryId: "repo_1",
          repository: "acme/web",
          file: "package.json",
          line: 7,
          kind: "dependency",
          dependency: "moment",
          version: "^2.29.4",
        },
      ],
    },
    state: "open",
    firstSeenAt: "2026-11-30T09:15:00.000Z",
    resolvedAt: null,
    dismissedAt: null,
    dismissReason: null,
    researchTaskId: null,
  },
];

describe("portfolio workbook", () => {
  it("reads back in openpyxl: the matrix with a column per project and typed cells, then the drift inbox", () => {
    const file = renderTables([matrixTable(rows, projects), driftTable(drift)], "xlsx", {}, "all-projects-portfolio");
    expect(file.extension).toBe("xlsx");
    const path = join(OUT, "portfolio.xlsx");
    writeFileSync(path, file.bytes);
    const script = join(import.meta.dirname, "xlsx-read.py");
    const book = JSON.parse(execFileSync("/usr/bin/python3", [script, path], { encoding: "utf8" }));
    expect(Object.keys(book)).toEqual(["Matrix", "Drift"]);
    const matrix = book.Matrix;
    expect(matrix.header).toEqual(["key", "title", "domain", "projects", "disagreement", "web", "shop"]);
    expect(matrix.freeze).toBe("A2");
    expect(matrix.filter).toBe("A1:G3");
    expect(matrix.bold).toBe(true);
    expect(matrix.rows[0]).toEqual([
      { type: "str", value: "momentjs" },
      { type: "str", value: "Moment.js" },
      { type: "str", value: "other" },
      { type: "int", value: 2 },
      { type: "bool", value: true },
      { type: "str", value: "hold" },
      { type: "str", value: "adopt" },
    ]);
    expect(matrix.rows[1].slice(3)).toEqual([
      { type: "int", value: 1 },
      { type: "bool", value: false },
      { type: "NoneType", value: null },
      { type: "str", value: "assess" },
    ]);
    const sheet = book.Drift;
    const col = (name: string) => sheet.header.indexOf(name);
    expect(sheet.rows[0][col("kind")]).toEqual({ type: "str", value: "hold_in_use" });
    expect(sheet.rows[0][col("what")]).toEqual({ type: "str", value: "On hold but still in use" });
    expect(sheet.rows[0][col("firstSeenAt")]).toEqual({ type: "datetime", value: "2026-11-30T09:15:00" });
    expect(sheet.rows[0][col("evidence")]).toEqual({ type: "str", value: "acme/web:package.json:7" });
  });

  it("writes the matrix alone as CSV, an empty cell where a project does not use the technology", () => {
    const file = renderTables([matrixTable(rows, projects), driftTable(drift)], "csv", {}, "x");
    expect(new TextDecoder().decode(file.bytes).split("\r\n")).toEqual([
      "key,title,domain,projects,disagreement,web,shop",
      "momentjs,Moment.js,other,2,true,hold,adopt",
      "kafka,Kafka,data,1,false,,assess",
      "",
    ]);
  });
});
