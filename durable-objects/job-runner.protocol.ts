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
export type JsonValue = string | number | boolean | null | JsonArray | JsonObject;
/** Interfaces rather than type aliases: the RPC stub types then check them without deep recursion. */
export interface JsonArray extends Array<JsonValue> {}
export interface JsonObject {
  [key: string]: JsonValue;
}

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

/** What the REST layer asks the job's Durable Object to create. */
export interface CreateJob {
  id: string;
  projectId: string;
  type: string;
  params: JsonObject;
  /** Start no earlier than this time (ms since the epoch); null for now. */
  runAt: number | null;
  /** Or start this long after the object's own now (ms); wins over `runAt`. */
  delayMs?: number;
  parentId: string | null;
  createdBy: string | null;
  input?: Uint8Array;
}

/** What a cancel or retry did: the job after it, or null when it was refused in `status`. */
export interface JobChange {
  job: JobView | null;
  status: JobStatus;
}

/**
 * The job Durable Object's RPC surface, the only contract the Worker uses: `JobRunner` implements
 * it, and the Worker types its namespace with it, so callers never see the class.
 */
export interface JobRunnerRpc {
  /** Creates the job and arms its alarm; the caller has already checked type and params. */
  create(spec: CreateJob): Promise<JobView>;
  /** The job as the API shows it, or null if this id holds no job. */
  get(): Promise<JobView | null>;
  /** Cancels a waiting job at once, a running one at its next step boundary. */
  cancel(): Promise<JobChange>;
  /** Starts a new attempt of a failed, cancelled or timed-out job. */
  retry(): Promise<JobChange>;
  /** Forgets a finished job: storage, alarm and D1 row. */
  destroy(): Promise<void>;
  /** A single-use WebSocket ticket for browsers. */
  issueTicket(keyId: string): Promise<{ ticket: string; expiresAt: string }>;
  /** Consumes a ticket: the id of the key it was issued to, or null when unknown or expired. */
  redeemTicket(ticket: string): Promise<string | null>;
  /** The WebSocket upgrade of `GET /api/v1/jobs/:id/ws`. */
  fetch(request: Request): Promise<Response>;
}
