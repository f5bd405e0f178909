/**
 * The WebSocket protocol of a job: what the job's Durable Object sends to every watcher. The
 * dashboard and the CLI import these types; the Worker never sends anything else on a job socket.
 * Every message carries `seq`, increasing by one per change, so a client that reconnects with
 * `?since=<seq>` gets exactly what it missed.
 */

export const JOB_STATUSES = [
  "pending",
  "scheduled",
  "running",
  "completed",
  "failed",
  "cancelled",
  "timed_out",
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Statuses a job never leaves except by an explicit retry. */
export const FINISHED_STATUSES = [
  "completed",
  "failed",
  "cancelled",
  "timed_out",
] as const satisfies readonly JobStatus[];

/** JSON values, spelled out so they cross Durable Object RPC with their types intact. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export interface LogLine {
  at: string;
  level: "info" | "warn" | "error";
  message: string;
}

/** A job as watchers and the REST API see it. */
export interface JobView {
  id: string;
  projectId: string;
  type: string;
  params: JsonObject;
  status: JobStatus;
  progress: number;
  step: string | null;
  result: JsonObject | null;
  error: string | null;
  attempt: number;
  maxAttempts: number;
  parentId: string | null;
  runAt: string | null;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type JobMessage =
  /** Sent first on every connection (unless a resume can be served from `since`). */
  | { type: "snapshot"; seq: number; job: JobView; log: LogLine[] }
  /** `at` is the server time (ms since epoch) the update was sent. */
  | { type: "progress"; seq: number; progress: number; step: string | null; at: number }
  | { type: "log"; seq: number; line: LogLine }
  | { type: "status"; seq: number; status: JobStatus; attempt: number; error: string | null; runAt: string | null }
  /** The last message: the job finished; the server closes the socket after it. */
  | { type: "end"; seq: number; status: JobStatus; result: JsonObject | null; error: string | null };

export const isFinished = (status: JobStatus): boolean => (FINISHED_STATUSES as readonly JobStatus[]).includes(status);
