import type { z } from "@hono/zod-openapi";
import type { AnySQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { JsonObject } from "../../../durable-objects/job-runner.protocol";
import type { Db } from "../../db/client";

/** Thrown at a step boundary when someone cancelled the job; the runtime records `cancelled`. */
export class JobCancelledError extends Error {
  constructor() {
    super("job was cancelled");
    this.name = "JobCancelledError";
  }
}

/**
 * A failure that retrying cannot fix (bad input, a missing repository): the job fails at once
 * instead of burning its remaining attempts. The message is shown to users as is.
 */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PermanentJobError";
  }
}

/**
 * Asks the runtime to run the job again at `at` (ms epoch) without counting an attempt, e.g. when
 * an upstream API is rate limited until then. The alarm carries the wait.
 */
export class JobDeferredError extends Error {
  readonly at: number;
  constructor(at: number, reason: string) {
    super(reason);
    this.name = "JobDeferredError";
    this.at = at;
  }
}

/** What a handler gets: its parameters, storage and the one small interface to report through. */
export interface JobContext<P> {
  jobId: string;
  projectId: string;
  params: P;
  attempt: number;
  /** The API key that created the job, for audit rows the job writes. */
  createdBy: string | null;
  env: Env;
  db: Db;
  /** Reports progress (0-100) and the current step; cheap to call often. */
  progress(percent: number, step?: string): Promise<void>;
  /** Appends a line to the job's bounded log. */
  log(message: string, level?: "info" | "warn" | "error"): Promise<void>;
  /** A step boundary: throws JobCancelledError if the job was cancelled or timed out. */
  checkpoint(): Promise<void>;
  /** Input bytes attached to the job when it was created (an uploaded archive), if any. */
  input(): Promise<Uint8Array | null>;
}

/** A tenant table whose rows a job parameter names: an id column and the owning project column. */
export interface OwnedTable {
  /** How errors name a row of it: "repository", "knowledge feed". */
  noun: string;
  table: SQLiteTable;
  id: AnySQLiteColumn;
  projectId: AnySQLiteColumn;
}

/** A table with `id` and `projectId` columns, named `noun` in errors, for a job type's `ids`. */
export const ownedBy = (
  table: SQLiteTable & { id: AnySQLiteColumn; projectId: AnySQLiteColumn },
  noun: string,
): OwnedTable => ({ noun, table, id: table.id, projectId: table.projectId });

/** A kind of job: how its parameters look, how often and how long it may run, and what it does. */
export interface JobType<P = unknown> {
  type: string;
  description: string;
  params: z.ZodType<P>;
  /**
   * Parameters that hold ids of tenant rows: when the job is created each one given must name a
   * row of the caller's project, or the request is answered 404 and no job is created.
   */
  ids?: { readonly [K in keyof P]?: OwnedTable };
  maxAttempts: number;
  timeoutMs: number;
  run(ctx: JobContext<P>): Promise<JsonObject>;
}

const registry = new Map<string, JobType<unknown>>();

/**
 * Adds job types to the registry the Worker and the job Durable Object look names up in. The
 * composition root (worker/job-types.ts) registers the product's types when the bundle loads.
 */
export function registerJobTypes(jobTypes: readonly JobType<unknown>[]): void {
  for (const jobType of jobTypes) registry.set(jobType.type, jobType);
}

/** The job type named `type`, or undefined. */
export function getJobType(type: string): JobType<unknown> | undefined {
  return registry.get(type);
}

/** Every registered job type. */
export function listJobTypes(): JobType<unknown>[] {
  return [...registry.values()];
}
