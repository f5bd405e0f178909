// `npm run bench:exports`: exports and imports at 10,000 technologies against `wrangler dev` on
// loopback, with a throwaway local database.
//
// 1. Import: a 10,000-row BYOR CSV through POST /api/v1/imports, first as a dry run, then applied
//    (this also seeds the project). Wall time of each request.
// 2. Export: every format of the `technologies` subject (SARIF of `project`, the subject it covers)
//    through POST /api/v1/exports, polled until the job completes; wall time from the request to
//    `completed`, file size, and the download time.
// During each step the resident memory of wrangler's processes is sampled every 100 ms; the table
// shows the peak of the workerd that runs the Worker and its Durable Objects.
//
// Prints a table and writes bench/results/exports-<timestamp>.json and bench/results/exports-latest.json.
// Environment: BENCH_PORT (default 8823), BENCH_ROWS (10000).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { ROOT } from "../scripts/lib/local.mjs";
import { throwawayServer } from "../scripts/lib/throwaway.mjs";
import { sleep, step } from "./lib/measure.mjs";
import { groupRssMiB } from "./lib/process-stats.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 8823);
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const WORKER = "workerd (Worker + Durable Objects)";
const FORMATS = ["json", "csv", "xlsx", "sarif", "markdown", "html", "byor-csv", "byor-json"];
const RINGS = ["adopt", "trial", "assess", "hold"];
const QUADRANTS = ["Languages & Frameworks", "tools", "platforms", "data-and-ai", "techniques"];

const server = throwawayServer({ name: "exports", port: PORT, snapshot: true, step });

/**
 * Runs `work` while sampling the Worker's resident memory; answers its result, wall time and peak MiB.
 * @template T
 * @param {() => Promise<T>} work
 */
async function measured(work) {
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, groupRssMiB(server.child?.pid, PORT)[WORKER] ?? 0);
      await sleep(100);
    }
  })();
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: Math.round(performance.now() - started), peakMiB: peak };
  } finally {
    sampling = false;
    await sampler;
  }
}

function byorCsv() {
  const lines = ["name,ring,quadrant,isNew,description"];
  for (let i = 0; i < ROWS; i++) {
    const ring = RINGS[i % RINGS.length];
    const quadrant = QUADRANTS[i % QUADRANTS.length];
    lines.push(
      `Technology ${String(i).padStart(5, "0")},${ring},${quadrant},FALSE,"Row ${i}, seeded by bench:exports"`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

const report = {
  benchmark: "exports",
  date: new Date().toISOString(),
  machine: {
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? null,
  },
  node: process.version,
  rows: ROWS,
  baselineMiB: 0,
  imports: /** @type {Record<string, unknown>[]} */ ([]),
  exports: /** @type {Record<string, unknown>[]} */ ([]),
  errors: /** @type {string[]} */ ([]),
};

try {
  const admin = await server.start();
  const { key, api } = await server.project(admin, { name: "Bench exports" });
  report.baselineMiB = groupRssMiB(server.child?.pid, PORT)[WORKER] ?? 0;
  const content = byorCsv();
  for (const dryRun of [true, false]) {
    step(`import ${ROWS} rows${dryRun ? " (dry run)" : ""}`);
    const run = await measured(() => api("POST", "/api/v1/imports", { content, fileName: "bench.csv", dryRun }));
    report.imports.push({ dryRun, ms: run.ms, peakMiB: run.peakMiB, totals: run.result.totals });
    step(`  ${run.ms} ms, peak ${run.peakMiB} MiB, ${JSON.stringify(run.result.totals)}`);
  }
  for (const format of FORMATS) {
    const subject = format === "sarif" ? "project" : "technologies";
    try {
      const run = await measured(async () => {
        const started = await api("POST", "/api/v1/exports", { format, subject });
        for (;;) {
          const row = await api("GET", `/api/v1/exports/${started.id}`);
          if (row.status === "completed" || row.status === "failed") return row;
          await sleep(100);
        }
      });
      const row = run.result;
      if (row.status !== "completed") throw new Error(`${format}: ${row.error}`);
      const t0 = performance.now();
      const res = await fetch(`${server.base}${row.downloadUrl}`, { headers: { authorization: `Bearer ${key}` } });
      const bytes = (await res.arrayBuffer()).byteLength;
      const downloadMs = Math.round(performance.now() - t0);
      report.exports.push({ format, subject, ms: run.ms, peakMiB: run.peakMiB, bytes, downloadMs });
      step(`export ${format}: ${run.ms} ms, ${(bytes / 1024).toFixed(0)} KiB, peak ${run.peakMiB} MiB`);
    } catch (err) {
      report.errors.push(err instanceof Error ? err.message : String(err));
      console.error(err);
    }
  }
} catch (err) {
  report.errors.push(err instanceof Error ? err.message : String(err));
  console.error(err);
  server.printTail();
} finally {
  await server.stop();
}

const rows = [
  ["step", "wall time", "peak RSS (Worker workerd)", "file"],
  ...report.imports.map((i) => [
    `import ${ROWS} rows${i.dryRun ? " (dry run)" : ""}`,
    `${i.ms} ms`,
    `${i.peakMiB} MiB`,
    "",
  ]),
  ...report.exports.map((e) => [
    `export ${e.format} (${e.subject})`,
    `${e.ms} ms`,
    `${e.peakMiB} MiB`,
    `${Math.round(Number(e.bytes) / 1024)} KiB`,
  ]),
];
const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
const lines = rows.map((r) =>
  r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i] ?? 0) : String(c).padStart(widths[i] ?? 0))).join("  "),
);
// The peak is the process's resident memory, which workerd does not hand back between steps.
console.log(
  `\nWorker workerd at rest: ${report.baselineMiB} MiB (peaks are process-wide and cumulative)\n${lines.join("\n")}`,
);
const dir = join(ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
const json = `${JSON.stringify(report, null, 2)}\n`;
writeFileSync(join(dir, `exports-${report.date.replaceAll(":", "-")}.json`), json);
writeFileSync(join(dir, "exports-latest.json"), json);
process.exitCode = report.errors.length ? 1 : 0;
