import type { ExportFilters } from "../../db/schema";
import { listDrift } from "../portfolio/drift/drift.service";
import { portfolioMatrix } from "../portfolio/radar.service";
import type { PortfolioViewer, ProjectLabel } from "../portfolio/visibility";
import { type DriftRow, driftTable, type MatrixRow, matrixTable } from "./portfolio-sheets";

/** Matrix rows one export holds at most (the portfolio bench has 2,000 keys). */
const MAX_KEYS = 20_000;
/** Open drift items one export holds at most. */
const MAX_DRIFT = 20_000;
const PAGE = 100;

/** Every page of the matrix under the export's filters, and the projects that have a cell in it. */
async function wholeMatrix(viewer: PortfolioViewer, f: ExportFilters) {
  const rows: MatrixRow[] = [];
  const columns = new Map<string, ProjectLabel>();
  let cursor: string | undefined;
  do {
    const query = { limit: PAGE, cursor, domain: f.domain, ring: f.ring, disagreement: f.disagreement };
    const page = await portfolioMatrix(viewer, query, false);
    rows.push(...page.data);
    for (const p of page.projects) columns.set(p.id, p);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < MAX_KEYS);
  const projects = [...columns.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { rows, projects };
}

async function openDrift(viewer: PortfolioViewer): Promise<DriftRow[]> {
  const items: DriftRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await listDrift(viewer, { state: ["open"], limit: PAGE, cursor }, false);
    items.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && items.length < MAX_DRIFT);
  return items;
}

/**
 * The portfolio as an export shows it, seen as the key that asked for it saw it: the adoption
 * matrix (a row per technology key, a column per project holding any of them, the ring in each
 * cell; filtered by the export's domain, ring and disagreement filters) and the open drift inbox.
 */
export async function portfolioTables(viewer: PortfolioViewer, filters: ExportFilters) {
  const { rows, projects } = await wholeMatrix(viewer, filters);
  return [matrixTable(rows, projects), driftTable(await openDrift(viewer))];
}
