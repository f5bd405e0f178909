import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { exportsTable, projects } from "../../db/schema";
import { sha256Bytes } from "../../lib/crypto";
import { type JobType, ownedBy, PermanentJobError } from "../jobs/registry";
import { exportKey } from "./artifacts";
import { loadDataset } from "./dataset";
import { portfolioTables } from "./portfolio-tables";
import { render, renderTables, renderZip } from "./render";

export const ExportParams = z.object({ exportId: z.string().min(1).max(64) }).strict();
export type ExportParams = z.infer<typeof ExportParams>;

/** `<project slug>-<subject>-<date>.<extension>`: what the download's Content-Disposition names. */
export const exportFileName = (slug: string, subject: string, at: string, extension: string) =>
  `${slug}-${subject}-${at.slice(0, 10)}.${extension}`;

type ExportRow = typeof exportsTable.$inferSelect;
type RunContext = Parameters<JobType<ExportParams>["run"]>[0];

/**
 * Reads the export's subject and renders it. A portfolio export reads the portfolio as the key
 * that asked saw it (every project for an instance-wide key, else this project) and renders
 * tables only; every other subject is one project's dataset.
 */
async function readAndRender(ctx: RunContext, row: ExportRow) {
  const { db, projectId } = ctx;
  if (row.subject === "portfolio") {
    const all = row.options.scope === "instance";
    const tables = await portfolioTables({ db, principal: { projectId: all ? null : projectId } }, row.filters);
    await ctx.log(`read ${tables.map((t) => `${t.rows.length} ${t.name.toLowerCase()} rows`).join(", ")}`);
    await ctx.checkpoint();
    await ctx.progress(40, `rendering ${row.format}`);
    const generatedAt = new Date().toISOString();
    const slug = all ? "all-projects" : ((await projectSlug(ctx)) ?? projectId);
    const base = `${slug}-${row.subject}-${generatedAt.slice(0, 10)}`;
    const rendered = renderTables(tables, row.format, row.options, base);
    return { rendered, slug, generatedAt };
  }
  const dataset = await loadDataset(db, projectId, row.subject, row.filters);
  await ctx.log(
    `read ${dataset.technologies.length} technologies, ${dataset.researchTasks.length} tasks, ${dataset.analyses.length} analyses`,
  );
  await ctx.checkpoint();
  await ctx.progress(40, `rendering ${row.format}`);
  const base = `${dataset.project.slug}-${row.subject}-${dataset.generatedAt.slice(0, 10)}`;
  const rendered =
    row.format === "zip"
      ? await renderZip(dataset, row.options.formats ?? [], row.options, base)
      : await render(dataset, row.format, row.options);
  return { rendered, slug: dataset.project.slug, generatedAt: dataset.generatedAt };
}

async function projectSlug({ db, projectId }: RunContext) {
  const project = await db.query.projects.findFirst({ where: eq(projects.id, projectId), columns: { slug: true } });
  return project?.slug;
}

/**
 * `export.generate`: reads the export's subject from D1, renders it, stores the file in the
 * ARTIFACTS bucket under the project's prefix and records its size and SHA-256 on the export row.
 * An export deleted while it ran leaves no file behind.
 */
export const exportJob: JobType<ExportParams> = {
  type: "export.generate",
  description: "Render an export (JSON, CSV, XLSX, SARIF, Markdown, HTML, BYOR) into the project's files",
  params: ExportParams,
  ids: { exportId: ownedBy(exportsTable, "export") },
  maxAttempts: 2,
  timeoutMs: 5 * 60_000,
  async run(ctx) {
    const { db, projectId, params } = ctx;
    const mine = and(eq(exportsTable.id, params.exportId), eq(exportsTable.projectId, projectId));
    const row = await db.query.exportsTable.findFirst({ where: mine });
    if (!row) throw new PermanentJobError(`export ${params.exportId} no longer exists`);
    try {
      await db.update(exportsTable).set({ status: "running", error: null }).where(mine);
      await ctx.progress(5, `reading ${row.subject}`);
      const { rendered, slug, generatedAt } = await readAndRender(ctx, row);
      await ctx.checkpoint();
      await ctx.progress(80, "storing");
      const fileName = exportFileName(slug, row.subject, generatedAt, rendered.extension);
      const key = exportKey(projectId, row.id, fileName);
      const sha256 = await sha256Bytes(rendered.bytes);
      await ctx.env.ARTIFACTS.put(key, rendered.bytes, {
        httpMetadata: { contentType: rendered.contentType },
        customMetadata: { projectId, exportId: row.id, sha256 },
        sha256,
      });
      const done = await db
        .update(exportsTable)
        .set({
          status: "completed",
          r2Key: key,
          fileName,
          contentType: rendered.contentType,
          size: rendered.bytes.byteLength,
          sha256,
          completedAt: new Date().toISOString(),
        })
        .where(mine)
        .returning({ id: exportsTable.id });
      if (!done.length) {
        await ctx.env.ARTIFACTS.delete(key);
        throw new PermanentJobError(`export ${row.id} was deleted while it ran`);
      }
      await ctx.log(`stored ${fileName} (${rendered.bytes.byteLength} bytes)`);
      return { exportId: row.id, fileName, size: rendered.bytes.byteLength, sha256 };
    } catch (err) {
      if (err instanceof PermanentJobError || ctx.attempt >= exportJob.maxAttempts) {
        const message = err instanceof PermanentJobError ? err.message : "rendering failed; see the job's log";
        await db.update(exportsTable).set({ status: "failed", error: message }).where(mine);
      }
      throw err;
    }
  },
};
