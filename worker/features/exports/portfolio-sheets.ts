import { DRIFT_LABELS } from "../../../shared/portfolio";
import type { listDrift } from "../portfolio/drift/drift.service";
import type { portfolioMatrix } from "../portfolio/radar.service";
import type { ProjectLabel } from "../portfolio/visibility";
import type { Cell, Table } from "./render/csv";

/** A row of the adoption matrix as the portfolio service answers it. */
export type MatrixRow = Awaited<ReturnType<typeof portfolioMatrix>>["data"][number];
/** A drift item as the portfolio service answers it. */
export type DriftRow = Awaited<ReturnType<typeof listDrift>>["data"][number];

/** The matrix as a table: a row per technology key, a column per project (its slug), the ring in each cell. */
export function matrixTable(rows: MatrixRow[], projects: ProjectLabel[]): Table {
  const fixed = ["key", "title", "domain", "projects", "disagreement"];
  return {
    name: "Matrix",
    header: [...fixed, ...projects.map((p) => p.slug)],
    kinds: ["text", "text", "text", "number", "boolean", ...projects.map(() => "text" as const)],
    rows: rows.map((r): Cell[] => {
      const rings = new Map(r.cells.map((c) => [c.projectId, c.ring]));
      return [r.key, r.title, r.domain, r.projects, r.disagreement, ...projects.map((p) => rings.get(p.id) ?? null)];
    }),
  };
}

/** Drift items as a table: what, where (project, evidence as repository:file:line) and since when. */
export function driftTable(items: DriftRow[]): Table {
  return {
    name: "Drift",
    header: ["id", "project", "kind", "what", "technology", "firstSeenAt", "evidence", "researchTaskId"],
    kinds: ["text", "text", "text", "text", "text", "date", "text", "text"],
    rows: items.map((d) => [
      d.id,
      d.project.slug,
      d.kind,
      DRIFT_LABELS[d.kind],
      d.title,
      d.firstSeenAt,
      d.details.evidence.map((e) => `${e.repository}:${e.file}${e.line ? `:${e.line}` : ""}`).join("; "),
      d.researchTaskId,
    ]),
  };
}
