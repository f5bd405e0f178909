import { sql } from "drizzle-orm";
import pkg from "../../../package.json";
import { createDb } from "../../db/client";

/** One dependency's answer: whether it works and how long finding out took. */
export interface Check {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

/** The ready answer: every dependency the Worker needs to serve, each with its own verdict. */
export interface Readiness {
  status: "ok" | "failing";
  version: string;
  failing: string[];
  checks: Record<"database" | "durableObject" | "queue" | "assets", Check>;
}

const ms = (started: number) => Math.round((performance.now() - started) * 10) / 10;

async function timed(probe: () => Promise<void>): Promise<Check> {
  const started = performance.now();
  try {
    await probe();
    return { ok: true, latencyMs: ms(started) };
  } catch (err) {
    return { ok: false, latencyMs: ms(started), error: err instanceof Error ? err.message : String(err) };
  }
}

function bound<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null) throw new Error(`${name} is not bound`);
  return value;
}

/**
 * Checks what a request may need, in parallel: a D1 round trip, a Durable Object round trip (the
 * event stream's `ping` on an object of its own), the webhook queue producer bound, and the static
 * assets answering the dashboard's index. Error texts name the failure, never a secret.
 */
export async function readiness(env: Partial<Env>): Promise<Readiness> {
  const [database, durableObject, queue, assets] = await Promise.all([
    timed(async () => {
      await createDb(bound(env.DB, "DB")).run(sql`select 1`);
    }),
    timed(async () => {
      const ns = bound(env.EVENTS, "EVENTS");
      const answer = await ns.get(ns.idFromName("health-probe")).ping();
      if (answer !== "pong") throw new Error("the Durable Object answered something else than pong");
    }),
    timed(async () => {
      if (typeof bound(env.WEBHOOK_DELIVERIES, "WEBHOOK_DELIVERIES").send !== "function") {
        throw new Error("WEBHOOK_DELIVERIES is not a queue producer");
      }
    }),
    timed(async () => {
      const res = await bound(env.ASSETS, "ASSETS").fetch("https://assets.invalid/");
      await res.body?.cancel();
      if (!res.ok) throw new Error(`the assets answered ${res.status} for /`);
    }),
  ]);
  const checks = { database, durableObject, queue, assets };
  const failing = Object.entries(checks)
    .filter(([, check]) => !check.ok)
    .map(([name]) => name);
  return { status: failing.length ? "failing" : "ok", version: pkg.version, failing, checks };
}
