import { and, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { type ExportFormat, type ExportStatus, FORMAT_SUBJECTS } from "../../../shared/exports";
import { analyses, exportsTable, jobs } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { createJob } from "../jobs/create-job";
import { cancelJob, type JobDeps } from "../jobs/jobs.service";
import { deleteExportFile, exportTtlMs, projectPrefix } from "./artifacts";
import { exportJob } from "./export.job";
import type { BatchExportCreateInput, ExportCreateInput, ExportView } from "./exports.schema";

type ExportRow = typeof exportsTable.$inferSelect;

/**
 * Who reads the exports: `instanceWide` when the key is instance-wide. A portfolio export an
 * instance-wide key asked for covers every project, so keys of the project it is filed under do
 * not see it (absent means a project key: the safe default).
 */
export interface ExportViewer {
  instanceWide?: boolean;
}

/** The rows a viewer may see besides the project filter: none of the instance-wide ones for a project key. */
const viewable = (viewer: ExportViewer): SQL | undefined =>
  viewer.instanceWide ? undefined : sql`coalesce(json_extract(${exportsTable.options}, '$.scope'), '') <> 'instance'`;
type JobRow = { id: string; status: string; progress: number; step: string | null; error: string | null };

const FAILED_JOB = ["failed", "cancelled", "timed_out"];

/** The export as the API shows it: its own state once the file is stored, the job's until then. */
function view(row: ExportRow, job: JobRow | undefined): ExportView {
  let status: ExportStatus = row.status;
  let error = row.error;
  if (status === "pending" || status === "running") {
    if (job && FAILED_JOB.includes(job.status)) {
      status = "failed";
      error = job.error ?? `the export job was ${job.status.replace("_", " ")}`;
    } else if (job?.status === "running") status = "running";
  }
  const done = status === "completed";
  return {
    id: row.id,
    jobId: row.jobId,
    format: row.format,
    subject: row.subject,
    filters: { ...row.filters },
    status,
    progress: done ? 100 : (job?.progress ?? 0),
    step: done ? "done" : (job?.step ?? null),
    error,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    downloadUrl: done ? `/api/v1/exports/${row.id}/download` : null,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    completedAt: row.completedAt,
  };
}

async function jobsOf({ db, projectId }: TenantDeps, rows: ExportRow[]) {
  const ids = rows.flatMap((r) => (r.jobId ? [r.jobId] : []));
  if (!ids.length) return new Map<string, JobRow>();
  const found = await db
    .select({ id: jobs.id, status: jobs.status, progress: jobs.progress, step: jobs.step, error: jobs.error })
    .from(jobs)
    .where(and(eq(jobs.projectId, projectId), inArray(jobs.id, ids)));
  return new Map(found.map((j) => [j.id, j]));
}

async function findRow(deps: TenantDeps & ExportViewer, id: string): Promise<ExportRow> {
  const row = await deps.db.query.exportsTable.findFirst({
    where: and(eq(exportsTable.id, id), eq(exportsTable.projectId, deps.projectId), viewable(deps)),
  });
  if (!row) throw notFound("export", id);
  return row;
}

async function start(
  deps: JobDeps & ExportViewer,
  format: ExportFormat | "zip",
  input: Omit<ExportCreateInput, "format">,
  extra: { formats?: ExportFormat[]; origin: string },
): Promise<ExportView> {
  const filters = input.filters ?? {};
  if (input.subject === "analysis" && !filters.analysisId)
    throw new AppError("validation_failed", "the analysis subject needs filters.analysisId", [
      { path: "filters.analysisId", message: "required for the analysis subject" },
    ]);
  // Checked for every subject: the project subject reads it too, and a missing analysis must not make an empty file.
  if (filters.analysisId) {
    const found = await deps.db
      .select({ id: analyses.id })
      .from(analyses)
      .where(and(eq(analyses.id, filters.analysisId), eq(analyses.projectId, deps.projectId)));
    if (!found.length) throw notFound("analysis", filters.analysisId);
  }
  const id = newId("exp");
  const now = Date.now();
  const values = {
    id,
    projectId: deps.projectId,
    format,
    subject: input.subject,
    filters,
    options: {
      ...input.options,
      formats: extra.formats,
      origin: extra.origin,
      ...(input.subject === "portfolio" && deps.instanceWide ? { scope: "instance" as const } : {}),
    },
    expiresAt: new Date(now + exportTtlMs(deps.env)).toISOString(),
    createdBy: deps.actor.keyId,
    createdAt: new Date(now).toISOString(),
  };
  const audit = { projectId: deps.projectId, actor: deps.actor, entity: "export", entityId: id } as const;
  await deps.db.batch([
    deps.db.insert(exportsTable).values(values),
    ...changeLog(deps.db, { ...audit, action: "create", before: null, after: values }),
  ]);
  try {
    const job = await createJob(deps, exportJob, { exportId: id });
    const [row] = await deps.db.update(exportsTable).set({ jobId: job.id }).where(eq(exportsTable.id, id)).returning();
    if (!row) throw notFound("export", id);
    return view(row, job);
  } catch (err) {
    await deps.db.delete(exportsTable).where(eq(exportsTable.id, id));
    throw err;
  }
}

/** Starts an export job; a format that cannot render the subject is refused before anything is written. */
export function createExport(
  deps: JobDeps & ExportViewer,
  input: ExportCreateInput,
  origin: string,
): Promise<ExportView> {
  const allowed = FORMAT_SUBJECTS[input.format];
  if (!allowed.includes(input.subject))
    throw new AppError(
      "validation_failed",
      `${input.format} exports cover ${allowed.join(", ")}, not ${input.subject}`,
      [{ path: "subject", message: `expected one of ${allowed.join(", ")}` }],
    );
  const { format, ...rest } = input;
  return start(deps, format, rest, { origin });
}

/** Starts one job rendering several formats of one subject into a zip. */
export function createBatchExport(deps: JobDeps & ExportViewer, input: BatchExportCreateInput, origin: string) {
  const { formats, ...rest } = input;
  const usable = formats.filter((f) => FORMAT_SUBJECTS[f].includes(input.subject));
  if (!usable.length)
    throw new AppError("validation_failed", `none of ${formats.join(", ")} covers ${input.subject}`, [
      { path: "formats", message: `no format covers ${input.subject}` },
    ]);
  return start(deps, "zip", rest, { formats: [...new Set(formats)], origin });
}

export async function listExports(deps: TenantDeps & ExportViewer, page: { page: number; limit: number }) {
  const { db, projectId } = deps;
  const mine = and(eq(exportsTable.projectId, projectId), viewable(deps));
  const [rows, total] = await db.batch([
    db
      .select()
      .from(exportsTable)
      .where(mine)
      .orderBy(desc(exportsTable.createdAt), desc(exportsTable.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    db.select({ n: count() }).from(exportsTable).where(mine),
  ]);
  const byId = await jobsOf(deps, rows);
  return { data: rows.map((r) => view(r, r.jobId ? byId.get(r.jobId) : undefined)), ...page, total: total[0]?.n ?? 0 };
}

export async function getExport(deps: TenantDeps & ExportViewer, id: string): Promise<ExportView> {
  const row = await findRow(deps, id);
  const byId = await jobsOf(deps, [row]);
  return view(row, row.jobId ? byId.get(row.jobId) : undefined);
}

/**
 * The stored file of a completed export of this project. The key must lie under the project's
 * prefix, so a row can never hand out another project's object.
 */
export async function openExport(deps: JobDeps & ExportViewer, id: string) {
  const row = await findRow(deps, id);
  if (row.status !== "completed" || !row.r2Key)
    throw new AppError("conflict", `export ${id} has no file yet (${row.status})`);
  if (!row.r2Key.startsWith(projectPrefix(deps.projectId))) throw notFound("export", id);
  const object = await deps.env.ARTIFACTS.get(row.r2Key);
  if (!object) throw notFound("export file", id);
  return { row, object };
}

/** Deletes an export: its running job is cancelled, its file and row removed. */
export async function deleteExport(deps: JobDeps & ExportViewer, id: string): Promise<void> {
  const row = await findRow(deps, id);
  await deps.db.batch([
    deps.db.delete(exportsTable).where(and(eq(exportsTable.id, id), eq(exportsTable.projectId, deps.projectId))),
    ...changeLog(
      deps.db,
      {
        projectId: deps.projectId,
        actor: deps.actor,
        action: "delete",
        entity: "export",
        entityId: id,
        before: row,
        after: null,
      },
      "ifChanged",
    ),
  ]);
  await deleteExportFile(deps.env, row);
  if (row.jobId && row.status !== "completed") await cancelJob(deps, row.jobId).catch(() => undefined);
}
