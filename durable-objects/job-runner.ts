import { DurableObject } from "cloudflare:workers";

/**
 * One instance per job id. It owns the job's state while the job lives, drives its WebSocket
 * clients and uses its alarm for everything time-based. The job runtime lands with the jobs work;
 * until then the class exists so the binding, its SQLite storage and its migration tag are real.
 */
export class JobRunner extends DurableObject<Env> {
  /** The job's stored state, or null when this id has never been used. */
  async snapshot(): Promise<Record<string, unknown> | null> {
    return (await this.ctx.storage.get<Record<string, unknown>>("job")) ?? null;
  }
}
