// `npm run bench:jobs`: live job updates and analysis throughput against `wrangler dev` on loopback,
// with a throwaway local database.
//
// Part 1 (fan-out): one `system.probe` job (100 progress updates, 200 ms apart) watched by 1,000
// WebSocket clients. For each update: the time from the server's send time (`at`) until the LAST
// client has it, and the first-to-last spread; p50/p99 over the updates. Every client must get every
// update in seq order and the final `end`.
// Part 2 (analysis): a generated 5,000-file repository archive (.tar.gz, built in memory) uploaded
// as a snapshot; wall time from the upload until the job's `end` arrives on its WebSocket, files/s.
//
// Targets (from the issue): p99 under 100 ms to all 1,000 clients; the 5,000-file analysis under 10 s.
// Prints a table and writes bench/results/jobs-<timestamp>.json and bench/results/jobs-latest.json.
//
// Environment: BENCH_PORT (default 8791), BENCH_CLIENTS (1000), BENCH_STEPS (100),
// BENCH_INTERVAL_MS (200), BENCH_DELAY_S (seconds between creating the probe job and its start, while
// the clients connect; default: measured on a first 100 clients, doubled if that was not enough),
// BENCH_CONNECT_CONCURRENCY (50), BENCH_FILES (5000), BENCH_PARTS ("ws,analysis"), BENCH_DEFLATE
// (1: clients offer permessage-deflate like browsers do; 0: plain frames), BENCH_LOG_LEVEL.
//
// Also reported: CPU seconds and memory of wrangler's processes (Linux /proc), the load average (the
// clients share the machine with the server, so a busy machine shows in the tail), and the open-file
// limit (each socket costs a descriptor here and one in workerd; too low a limit stops the run
// with the fix). wrangler dev restarts the Worker when a source file changes, which drops every
// socket: such a run is repeated (3 tries).
//
// The scenarios live in bench/jobs/ (fan-out.mjs, analysis.mjs; settings.mjs reads the environment,
// report.mjs gives the verdict); the helpers they share with other benchmarks in bench/lib/.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { analysis } from "./jobs/analysis.mjs";
import { fanOut } from "./jobs/fan-out.mjs";
import { verdictRows } from "./jobs/report.mjs";
import {
  BASE,
  CLIENTS,
  CONNECT_CONCURRENCY,
  DEFLATE,
  DELAY_S,
  FD_NEEDED,
  FILES,
  INTERVAL_MS,
  LOG_LEVEL,
  PARTS,
  PORT,
  STEPS,
  TARGET,
} from "./jobs/settings.mjs";
import { ms, step, table } from "./lib/measure.mjs";
import { fdLimits } from "./lib/process-stats.mjs";
import { reloadWatch } from "./lib/reloads.mjs";
import { dropSockets } from "./lib/watcher.mjs";

// Each client socket costs one descriptor here and one in workerd, plus what Node, wrangler and
// workerd hold anyway. Node raises its own soft limit to the hard limit at startup and wrangler and
// workerd inherit it, so the limit this process sees now is the one that counts: when it is too low,
// stop with the fix instead of failing half-way through the connections with EMFILE.
const fd = fdLimits();
if (PARTS.has("ws") && fd.soft < FD_NEEDED) {
  console.error(
    `bench:jobs needs about ${FD_NEEDED} open files for ${CLIENTS} WebSocket clients (one descriptor per socket ` +
      `in this process and one in workerd), but ulimit -n allows ${fd.soft} (hard limit ${fd.hard}).\n` +
      `Raise it (e.g. \`ulimit -n ${FD_NEEDED}\` as root, or a nofile entry in /etc/security/limits.conf / ` +
      `LimitNOFILE= for a service) or run with fewer clients (BENCH_CLIENTS=${Math.max(1, fd.soft - 512)}; ` +
      "the figures are then not comparable with the target).",
  );
  process.exit(1);
}

const watch = reloadWatch({ base: BASE, cleanup: dropSockets });
const server = throwawayServer({
  name: "jobs",
  port: PORT,
  args: LOG_LEVEL ? ["--log-level", LOG_LEVEL] : [],
  step,
  onLine: watch.onLine,
  beforeStop: dropSockets,
});

const report = {
  benchmark: "jobs",
  date: new Date().toISOString(),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    fdLimit: Number.isFinite(fdLimits().soft) ? fdLimits().soft : "unlimited",
  },
  node: process.version,
  settings: {
    port: PORT,
    clients: CLIENTS,
    steps: STEPS,
    intervalMs: INTERVAL_MS,
    delayS: DELAY_S ?? "measured",
    connectConcurrency: CONNECT_CONCURRENCY,
    perMessageDeflate: DEFLATE,
    files: FILES,
    parts: [...PARTS],
    logLevel: LOG_LEVEL ?? null,
  },
  target: TARGET,
  fanOut: /** @type {import("./jobs/fan-out.mjs").FanOutResult | null} */ (null),
  analysis: /** @type {import("./jobs/report.mjs").AnalysisResult | null} */ (null),
  verdict: /** @type {import("./jobs/report.mjs").Verdict} */ ({}),
  errors: /** @type {{ part: string; error: string }[]} */ ([]),
  wranglerOutputLines: 0,
  wranglerReloads: /** @type {string[]} */ ([]),
};

try {
  const admin = await server.start();
  watch.serving();
  const { key, api } = await server.project(admin, { name: "Bench jobs", description: "Jobs benchmark" });

  if (PARTS.has("ws")) {
    try {
      report.fanOut = await watch.unlessReloaded("fan-out", 3, () => fanOut(api, key, () => server.child?.pid));
      const f = report.fanOut;
      step(
        `fan-out: to last client p50 ${ms(f.toLastClientMs.p50)}, p99 ${ms(f.toLastClientMs.p99)}; ` +
          `${f.completeClients}/${CLIENTS} clients got all ${STEPS} updates in order and the end`,
      );
    } catch (err) {
      report.errors.push({ part: "fanOut", error: err instanceof Error ? err.message : String(err) });
      console.error(`fan-out failed: ${err instanceof Error ? err.message : err}`);
    }
  }
  if (PARTS.has("analysis")) {
    try {
      report.analysis = await watch.unlessReloaded("analysis", 3, () => analysis(api, key));
      const a = report.analysis;
      step(`analysis: ${a.status} in ${a.wallS} s (${a.filesPerS} files/s); the job counted ${a.resultFiles} files`);
    } catch (err) {
      report.errors.push({ part: "analysis", error: err instanceof Error ? err.message : String(err) });
      console.error(`analysis failed: ${err instanceof Error ? err.message : err}`);
    }
  }

  const rows = verdictRows(report);
  const v = report.verdict;
  const f = report.fanOut;
  const a = report.analysis;
  console.log(`\n${table(rows)}\n`);
  report.wranglerOutputLines = server.log.lines;
  report.wranglerReloads = watch.reloads;
  if (watch.reloads.length) {
    step(`note: wrangler dev reloaded the Worker at ${watch.reloads.join(", ")} (source files changed under ${ROOT})`);
  }

  const dir = join(ROOT, "bench/results");
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, "-");
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `jobs-${stamp}.json`), json);
  writeFileSync(join(dir, "jobs-latest.json"), json);
  step(`wrote bench/results/jobs-${stamp}.json and bench/results/jobs-latest.json`);

  const failures = [
    ...report.errors.map((e) => `${e.part}: ${e.error}`),
    ...(f && !v.fanOutCorrect ? [`fan-out checks failed: ${JSON.stringify(f.problems.slice(0, 3))}`] : []),
    ...(a && !v.analysisCorrect
      ? [`analysis ended ${a.status} (${a.error ?? "no error"}) counting ${a.resultFiles} files`]
      : []),
  ];
  if (failures.length) throw new Error(failures.join("\n"));
} catch (err) {
  console.error(`\nbench:jobs failed: ${err instanceof Error ? err.message : err}`);
  server.printTail();
  process.exitCode = 1;
} finally {
  await server.stop();
}
