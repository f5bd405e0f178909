import { statSync } from "node:fs";
import { basename, resolve } from "node:path";
import { ringOf } from "../../shared/vocabulary";
import { type Api, type Connection, ok, rawRequest } from "./api";
import { CliError, EXIT } from "./errors";
import { followJob, type JobListener } from "./follow";
import { MAX_UPLOAD_BYTES, type Packed, packDirectory } from "./pack";
import { allPages } from "./resolve";
import { uploadInParts } from "./upload";

/** What to analyse: a local directory (packed and uploaded) or a GitHub repository (read by the server). */
export type AnalysisTarget =
  | { kind: "dir"; path: string; owner: string; name: string; provider?: "upload" | "github" }
  | { kind: "github"; owner: string; name: string; ref?: string };

/** The result of one analysis as `analyze --json` prints it (documented in the README). */
export interface AnalysisSummary {
  repository: { id: string; provider: string; owner: string; name: string };
  jobId: string;
  analysisId: string;
  files: number;
  /** Bytes of the files with a language. */
  bytes: number;
  /** Files and bytes per language, biggest first; `share` is the fraction (0-1) of `bytes`. */
  languages: { language: string; files: number; bytes: number; share: number }[];
  /** Every technology the analysis saw, with its evidence count and where it stands on the radar. */
  technologies: { title: string; domain: string; evidence: number; status: string | null; ring: string | null }[];
  /** Technologies this analysis added to the radar (new to the project). */
  added: string[];
  /** Evidence entries in total (manifest lines, config files, ... that showed a technology). */
  evidence: number;
  /** Technologies in use that the radar has on Hold (status archived). */
  hold: string[];
  problems: { path: string; message: string }[];
  skipped: number;
  /** What the directory upload sent; `partial` says why only part of its files went in with their content. */
  upload: { files: number; bytes: number; archiveBytes: number; partial: string | null } | null;
  durationMs: number;
}

/** Parses `github:owner/repo[@ref]` or a path, naming the repository after the directory by default. */
export function parseTarget(arg: string | undefined, repo?: string): AnalysisTarget {
  const gh = /^github:([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)(?:@(.+))?$/.exec(arg ?? "");
  if (gh?.[1] && gh[2]) return { kind: "github", owner: gh[1], name: gh[2], ...(gh[3] ? { ref: gh[3] } : {}) };
  if (arg?.startsWith("github:")) throw new CliError("expected github:owner/repo[@ref]", EXIT.usage);
  const path = resolve(arg ?? ".");
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new CliError(`no directory at ${path}`, EXIT.usage);
  const [owner, name] = repo ? repo.split("/") : ["local", basename(path).replace(/[^A-Za-z0-9_.-]/g, "-")];
  if (!owner || !name) throw new CliError("--repo must be owner/name", EXIT.usage);
  return { kind: "dir", path, owner, name };
}

/** The registered repository for a target, registering it on first use. */
export async function ensureRepository(api: Api, target: AnalysisTarget) {
  const provider = target.kind === "github" ? "github" : (target.provider ?? "upload");
  const page = await ok(api.repositories.$get({ query: { q: target.name, limit: "100" } }));
  const found = page.data.find((r) => r.owner === target.owner && r.name === target.name && r.provider === provider);
  if (found) return found;
  return ok(api.repositories.$post({ json: { provider, owner: target.owner, name: target.name } }));
}

/** Hooks for the caller's display while the analysis runs. */
export interface AnalysisHooks extends JobListener {
  packing?(files: number): void;
  packed?(packed: Packed): void;
  uploading?(sent: number, total: number): void;
  started?(jobId: string): void;
}

/**
 * Runs one analysis end to end: registers the repository if needed, packs and uploads the
 * directory (or asks the server to read GitHub), follows the job live, then reads the analysis
 * and the radar to say what is new and what is on Hold. The CLI's `analyze` and the Action share it.
 */
export async function runAnalysis(
  conn: Connection,
  api: Api,
  target: AnalysisTarget,
  hooks: AnalysisHooks = {},
): Promise<AnalysisSummary> {
  const started = Date.now();
  const repo = await ensureRepository(api, target);
  let upload: AnalysisSummary["upload"] = null;
  let jobId: string;
  if (target.kind === "dir") {
    const packed = await packDirectory(target.path, hooks.packing);
    hooks.packed?.(packed);
    upload = { files: packed.files, bytes: packed.bytes, archiveBytes: packed.archive.length, partial: packed.partial };
    const onSent = (sent: number) => hooks.uploading?.(sent, packed.archive.length);
    if (packed.archive.length > MAX_UPLOAD_BYTES) {
      jobId = await uploadInParts(conn, api, repo.id, packed.archive, onSent);
    } else {
      const res = await rawRequest(conn, `/repositories/${repo.id}/snapshots`, {
        method: "POST",
        headers: { "content-type": "application/gzip", "content-length": String(packed.archive.length) },
        ...streamed(packed.archive, onSent),
      });
      jobId = ((await res.json()) as { id: string }).id;
    }
  } else {
    const json = target.ref ? { ref: target.ref } : {};
    jobId = (await ok(api.repositories[":id"].analyse.$post({ param: { id: repo.id }, json }))).id;
  }
  hooks.started?.(jobId);
  const end = await followJob(conn, jobId, hooks);
  if (end.status !== "completed") {
    throw new CliError(`analysis ${end.status}: ${end.error ?? "no reason given"} (job ${jobId})`, EXIT.failed);
  }
  const analysisId = String(end.result?.analysisId ?? "");
  const added = Array.isArray(end.result?.added) ? end.result.added.map(String) : [];
  const analysis = await ok(api.analyses[":id"].$get({ param: { id: analysisId } }));
  const radar = await allPages((page) => ok(api.technologies.$get({ query: { page: String(page), limit: "100" } })));
  const byTitle = new Map(radar.map((t) => [t.title.toLowerCase(), t]));
  const technologies = analysis.technologies.map((t) => {
    const onRadar = byTitle.get(t.title.toLowerCase());
    return {
      title: t.title,
      domain: t.domain,
      evidence: t.evidence.length,
      status: onRadar?.status ?? null,
      ring: onRadar ? ringOf(onRadar.status) : null,
    };
  });
  return {
    repository: { id: repo.id, provider: repo.provider, owner: repo.owner, name: repo.name },
    jobId,
    analysisId,
    files: analysis.fileCount,
    bytes: analysis.totalBytes,
    languages: analysis.languages,
    technologies,
    added,
    evidence: technologies.reduce((n, t) => n + t.evidence, 0),
    hold: technologies.filter((t) => t.ring === "hold").map((t) => t.title),
    problems: analysis.problems,
    skipped: analysis.skipped.length,
    upload,
    durationMs: Date.now() - started,
  };
}

const UPLOAD_CHUNK = 64 * 1024;

/** A request body that reports how much of it has been handed to the socket. */
function streamed(bytes: Uint8Array<ArrayBuffer>, onSent: (sent: number) => void): RequestInit {
  let offset = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const chunk = bytes.subarray(offset, offset + UPLOAD_CHUNK);
      offset += chunk.length;
      controller.enqueue(chunk);
      onSent(offset);
    },
  });
  // Node's fetch streams a body only when told the request is half-duplex.
  return { body, duplex: "half" } as RequestInit;
}
