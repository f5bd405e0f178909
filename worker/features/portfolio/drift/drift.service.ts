import { and, desc, eq, inArray, isNull, lt, ne, type SQL } from "drizzle-orm";
import type { DriftKind, DriftState } from "../../../../shared/portfolio";
import type { TechStatus } from "../../../../shared/vocabulary";
import { driftItems, projects } from "../../../db/schema";
import { changeLog } from "../../../lib/audit";
import type { TenantDeps } from "../../../lib/context";
import { AppError, notFound } from "../../../lib/errors";
import { createResearchTask } from "../../research-tasks/research-tasks.service";
import { createTechnology, updateTechnology } from "../../technologies/technologies.service";
import { versionedAnswers, versionStatement } from "../answer-cache";
import { assertMayAct, type PortfolioDeps, type PortfolioScope, type PortfolioViewer, scopeOf } from "../visibility";
import { scanAndPublish } from "./run";

export interface DriftListQuery {
  state: DriftState[];
  kind?: DriftKind[];
  projectId?: string;
  cursor?: string;
  limit: number;
}

const columns = {
  id: driftItems.id,
  projectId: driftItems.projectId,
  project: { slug: projects.slug, name: projects.name },
  kind: driftItems.kind,
  key: driftItems.key,
  title: driftItems.title,
  technologyId: driftItems.technologyId,
  details: driftItems.details,
  state: driftItems.state,
  firstSeenAt: driftItems.firstSeenAt,
  resolvedAt: driftItems.resolvedAt,
  dismissedAt: driftItems.dismissedAt,
  dismissReason: driftItems.dismissReason,
  researchTaskId: driftItems.researchTaskId,
};

/**
 * Which drift items the caller sees: every project's for an instance key; for a project key its
 * own project's, without ring conflicts (they name other projects and their rings).
 */
async function visibility(deps: PortfolioViewer): Promise<SQL | undefined> {
  return visibleIn(await scopeOf(deps));
}

function visibleIn(scope: PortfolioScope): SQL | undefined {
  if (scope === "all") return undefined;
  return and(inArray(driftItems.projectId, scope), ne(driftItems.kind, "ring_conflict"));
}

/** The drift pages this isolate has read, per caller scope and query (see `versionedAnswers`). */
const pages = versionedAnswers<Awaited<ReturnType<typeof readDrift>>["value"]>(64);

/**
 * Drift items newest first, filtered by state, kind and project, paged by `cursor` (the last id
 * seen). Remembered per portfolio data version (drift items move it, migration 0101), caller scope
 * and query; the key's revocation check rides in the same D1 round trip. `remember` false for a
 * one-off walk over every page (an export).
 */
export async function listDrift(deps: PortfolioViewer, q: DriftListQuery, remember = true) {
  const scope = await scopeOf(deps);
  const key = JSON.stringify([scope, q.state, q.kind ?? null, q.projectId ?? null, q.cursor ?? null, q.limit]);
  return pages.remembered(deps.db, key, () => readDrift(deps, q, visibleIn(scope)), remember);
}

async function readDrift(deps: PortfolioViewer, q: DriftListQuery, filter: SQL | undefined) {
  const query = deps.db
    .select(columns)
    .from(driftItems)
    .innerJoin(projects, eq(projects.id, driftItems.projectId))
    .where(
      and(
        filter,
        inArray(driftItems.state, q.state),
        q.kind ? inArray(driftItems.kind, q.kind) : undefined,
        q.projectId ? eq(driftItems.projectId, q.projectId) : undefined,
        q.cursor ? lt(driftItems.id, q.cursor) : undefined,
      ),
    )
    .orderBy(desc(driftItems.id))
    .limit(q.limit + 1);
  const [[read], rows] = await deps.db.batch([versionStatement(deps.db), query]);
  const page = rows.slice(0, q.limit);
  return {
    version: read?.version,
    value: { data: page, nextCursor: rows.length > q.limit ? (page.at(-1)?.id ?? null) : null },
  };
}

/** One drift item the caller may see, or 404 (also for another project's). */
export async function getDrift(deps: PortfolioViewer, id: string) {
  const [row] = await deps.db
    .select(columns)
    .from(driftItems)
    .innerJoin(projects, eq(projects.id, driftItems.projectId))
    .where(and(eq(driftItems.id, id), await visibility(deps)));
  if (!row) throw notFound("drift item", id);
  return row;
}

type DriftView = Awaited<ReturnType<typeof getDrift>>;

async function openItem(deps: PortfolioDeps, id: string): Promise<DriftView> {
  const row = await getDrift(deps, id);
  await assertMayAct(deps, row.projectId, "write");
  if (row.state !== "open") throw new AppError("conflict", `drift item ${id} is ${row.state}, not open`);
  return row;
}

const tenantOf = (deps: PortfolioDeps, row: DriftView): TenantDeps => ({
  db: deps.db,
  actor: deps.actor,
  projectId: row.projectId,
});

/** Sets an open item aside with a reason; the audit log keeps who and why (`drift.dismissed`). */
export async function dismissDrift(deps: PortfolioDeps, id: string, reason: string) {
  const row = await openItem(deps, id);
  const now = new Date().toISOString();
  const after = { state: "dismissed" as const, dismissedAt: now, dismissReason: reason, dismissedBy: deps.actor.keyId };
  await deps.db.batch([
    deps.db
      .update(driftItems)
      .set(after)
      .where(and(eq(driftItems.id, id), eq(driftItems.state, "open"), isNull(driftItems.resolvedAt))),
    ...changeLog(
      deps.db,
      {
        projectId: row.projectId,
        actor: deps.actor,
        action: "update",
        entity: "drift",
        entityId: id,
        before: { state: row.state },
        after: { ...after, kind: row.kind, title: row.title },
        subject: "drift.dismissed",
      },
      "ifChanged",
    ),
  ]);
  return getDrift(deps, id);
}

/**
 * Moves the item's technology to `status` (for a technology not on the radar, adds it there at
 * that status), then scans the project again so the answer says whether that resolved it.
 */
export async function moveDrift(
  deps: PortfolioDeps & { env: Env },
  id: string,
  input: { status: TechStatus; note?: string },
) {
  const row = await openItem(deps, id);
  const tenant = tenantOf(deps, row);
  if (row.technologyId) {
    await updateTechnology(
      tenant,
      row.technologyId,
      { status: input.status, note: input.note ?? `drift: ${row.kind}` },
      undefined,
    );
  } else {
    await createTechnology(tenant, { title: row.title, status: input.status, tags: ["detected"] });
  }
  await scanAndPublish({ env: deps.env, db: deps.db }, row.projectId, deps.actor.requestId ?? id);
  return getDrift(deps, id);
}

/** Opens a research task about the item's technology in its project and links it to the item. */
export async function researchDrift(deps: PortfolioDeps, id: string, input: { title?: string; assignee?: string }) {
  const row = await getDrift(deps, id);
  await assertMayAct(deps, row.projectId, "write");
  if (row.resolvedAt) throw new AppError("conflict", `drift item ${id} is resolved`);
  const task = await createResearchTask(tenantOf(deps, row), {
    title: input.title ?? `Review ${row.title}: ${row.kind.replaceAll("_", " ")}`,
    description: `Opened from drift item ${row.id}.`,
    ...(row.technologyId ? { technologyId: row.technologyId } : {}),
    ...(input.assignee ? { assignee: input.assignee } : {}),
  });
  await deps.db.update(driftItems).set({ researchTaskId: task.id }).where(eq(driftItems.id, id));
  return { item: await getDrift(deps, id), task };
}
