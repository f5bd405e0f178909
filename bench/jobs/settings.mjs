// Settings of `npm run bench:jobs`, read once from the environment; bench/jobs.mjs lists them.
import { fdNeeded } from "../lib/watcher.mjs";

export const PORT = Number(process.env.BENCH_PORT ?? 8791);
export const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1000);
export const STEPS = Number(process.env.BENCH_STEPS ?? 100);
export const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 200);
/** Seconds between creating the probe job and its start; null: measured on a first 100 clients. */
export const DELAY_S = process.env.BENCH_DELAY_S ? Number(process.env.BENCH_DELAY_S) : null;
export const CONNECT_CONCURRENCY = Number(process.env.BENCH_CONNECT_CONCURRENCY ?? 50);
export const FILES = Number(process.env.BENCH_FILES ?? 5000);
export const PARTS = new Set((process.env.BENCH_PARTS ?? "ws,analysis").split(",").map((s) => s.trim()));
export const DEFLATE = (process.env.BENCH_DEFLATE ?? "1") !== "0";
export const LOG_LEVEL = process.env.BENCH_LOG_LEVEL;
/** The targets: p99 under 100 ms to all 1,000 clients; the 5,000-file analysis under 10 s. */
export const TARGET = { clients: 1000, updates: 100, p99Ms: 100, files: 5000, analysisS: 10 };
export const BASE = `http://127.0.0.1:${PORT}`;
export const WS_BASE = `ws://127.0.0.1:${PORT}`;
/** Open files the fan-out needs. */
export const FD_NEEDED = fdNeeded(CLIENTS);
