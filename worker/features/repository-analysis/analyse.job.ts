import { z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { repositories, snapshotUploads } from "../../db/schema";
import {
  AnalysisInputError,
  analyzeFiles,
  fetchGitHubRepository,
  RateLimitedError,
  readArchive,
  readArchiveStream,
} from "../analysis";
import type { JobContext } from "../jobs/registry";
import { JobDeferredError, type JobType, ownedBy, PermanentJobError } from "../jobs/registry";
import { count, flushMetrics } from "../metrics/recorder";
import { FAMILIES } from "../metrics/registry";
import { enqueueDeliveries } from "../webhooks/enqueue";
import { saveAnalysis } from "./save-analysis";

export const AnalyseParams = z.object({
  repositoryId: z.string().min(1).max(64),
  source: z.enum(["snapshot", "github", "upload"]).default("github"),
  uploadId: z.string().min(1).max(64).optional(),
  archiveKind: z.enum(["tar.gz", "zip"]).optional(),
  ref: z.string().min(1).max(255).optional(),
});
export type AnalyseParams = z.infer<typeof AnalyseParams>;

/**
 * `repository.analyse`: reads a repository (an uploaded archive attached to the job, an archive
 * uploaded in parts and streamed back from R2, or GitHub's REST API), detects languages, dependencies and technologies, and feeds the radar. Phases report
 * progress: fetching, scanning, parsing manifests, matching, saving.
 */
export const analyseRepositoryJob: JobType<AnalyseParams> = {
  type: "repository.analyse",
  description: "Analyse a repository (uploaded archive or GitHub) and feed the radar with what it uses",
  params: AnalyseParams,
  ids: { repositoryId: ownedBy(repositories, "repository"), uploadId: ownedBy(snapshotUploads, "upload") },
  maxAttempts: 3,
  timeoutMs: 10 * 60_000,
  async run(ctx) {
    const { db, projectId, params } = ctx;
    const repo = await db.query.repositories.findFirst({
      where: and(eq(repositories.id, params.repositoryId), eq(repositories.projectId, projectId)),
    });
    if (!repo) throw new PermanentJobError(`repository ${params.repositoryId} not found`);
    await ctx.progress(2, "fetching");
    let fetched: Awaited<ReturnType<typeof readArchive>>;
    try {
      if (params.source === "snapshot") {
        const bytes = await ctx.input();
        if (!bytes) throw new PermanentJobError("no archive was uploaded with this job");
        fetched = await readArchive(bytes, params.archiveKind ?? "tar.gz");
      } else if (params.source === "upload") {
        fetched = await streamUpload(ctx, params.uploadId);
      } else {
        if (repo.provider !== "github") {
          throw new PermanentJobError(`${repo.provider} repositories can only be analysed from an uploaded archive`);
        }
        fetched = await fetchGitHubRepository({
          owner: repo.owner,
          repo: repo.name,
          ref: params.ref ?? repo.defaultBranch,
          token: ctx.env.GITHUB_TOKEN,
        });
      }
    } catch (err) {
      if (err instanceof RateLimitedError) throw new JobDeferredError(err.resetAt, "GitHub rate limit reached");
      if (err instanceof AnalysisInputError) throw new PermanentJobError(err.message);
      throw err;
    }
    await ctx.log(
      `counted ${fetched.entries.length} files, read ${fetched.files.length} manifest and config files (${fetched.skipped.length} skipped)`,
    );
    if (fetched.coverage) await ctx.log(`partial analysis: ${fetched.coverage.reason}`, "warn");
    await ctx.checkpoint();
    const phaseStart = { scanning: 10, parsing: 40, matching: 70 } as const;
    const phaseSpan = { scanning: 30, parsing: 30, matching: 15 } as const;
    let lastReported = 0;
    const analysisStarted = performance.now();
    const result = await analyzeFiles(
      fetched.files,
      async (phase, done, total) => {
        const now = Date.now();
        if (done !== total && now - lastReported < 100) return;
        lastReported = now;
        await ctx.checkpoint();
        const label =
          phase === "scanning" ? `scanning ${total} files` : phase === "parsing" ? "parsing manifests" : "matching";
        await ctx.progress(phaseStart[phase] + (total ? (done / total) * phaseSpan[phase] : phaseSpan[phase]), label);
      },
      fetched,
    );
    count(FAMILIES.analysisFiles, {}, result.fileCount);
    count(FAMILIES.analysisSeconds, {}, (performance.now() - analysisStarted) / 1000);
    await flushMetrics(ctx.env.DB);
    for (const p of result.problems.slice(0, 20)) await ctx.log(`skipped ${p.path}: ${p.message}`, "warn");
    await ctx.checkpoint();
    await ctx.progress(90, "saving");
    const saved = await saveAnalysis(db, {
      projectId,
      repository: repo,
      jobId: ctx.jobId,
      source: params.source === "github" ? "github" : "snapshot",
      result,
      skipped: fetched.skipped,
      actor: { keyId: ctx.createdBy, requestId: ctx.jobId },
    });
    await enqueueDeliveries(ctx.env, { correlationId: ctx.jobId, projectId });
    await ctx.log(`added ${saved.added.length} technologies to the radar; ${saved.evidenced.length} gained evidence`);
    return {
      analysisId: saved.analysisId,
      files: result.fileCount,
      bytes: result.totalBytes,
      languages: result.languages.length,
      dependencies: result.dependencies.length,
      technologies: result.technologies.length,
      lowConfidence: result.technologies.filter((t) => t.confidence === "low").length,
      partial: result.partial?.reason ?? null,
      added: saved.added,
      problems: result.problems.length,
      skipped: fetched.skipped.length,
    };
  },
};

/**
 * How much an archive uploaded in parts may decompress to. Streaming keeps memory flat whatever the
 * size, so the bound is the time to inflate it (a 500 MiB archive of source is 2-3 GiB of tar).
 */
const UPLOAD_SCAN_BYTES = 4 * 1024 ** 3;

/**
 * Reads an archive uploaded in parts straight from R2: the body streams through the gunzip and
 * tar reader, so the job never holds the archive; fetching progress follows the bytes read.
 */
async function streamUpload(ctx: JobContext<AnalyseParams>, uploadId: string | undefined) {
  if (!uploadId) throw new PermanentJobError("an upload analysis needs its uploadId");
  const upload = await ctx.db.query.snapshotUploads.findFirst({
    where: and(eq(snapshotUploads.id, uploadId), eq(snapshotUploads.projectId, ctx.projectId)),
  });
  if (upload?.status !== "completed" || upload.repositoryId !== ctx.params.repositoryId)
    throw new PermanentJobError(`upload ${uploadId} is not a completed upload of this repository`);
  const object = await ctx.env.ARTIFACTS.get(upload.r2Key);
  if (!object) throw new PermanentJobError(`the archive of upload ${uploadId} is gone (uploads are kept 24 hours)`);
  await ctx.log(`reading a ${(object.size / 1024 / 1024).toFixed(1)} MiB archive from storage`);
  let reported = 0;
  return readArchiveStream(object.body, { maxScanBytes: UPLOAD_SCAN_BYTES }, async (read) => {
    const now = Date.now();
    if (read !== object.size && now - reported < 500) return;
    reported = now;
    await ctx.checkpoint();
    await ctx.progress(
      2 + (8 * read) / Math.max(object.size, 1),
      `reading archive (${Math.round(read / 1024 / 1024)} MiB)`,
    );
  });
}
