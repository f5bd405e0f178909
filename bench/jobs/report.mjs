// The verdict of a bench:jobs run: which targets passed, as flags in the report and as table rows.
import os from "node:os";
import { fixed, ms, round } from "../lib/measure.mjs";
import { CLIENTS, FILES, STEPS, TARGET } from "./settings.mjs";

/** @typedef {import("./fan-out.mjs").FanOutResult} FanOutResult */
/** @typedef {Awaited<ReturnType<typeof import("./analysis.mjs").analysis>>} AnalysisResult */
/** @typedef {(string | number | null | undefined)[]} Row */
/**
 * @typedef {object} Verdict
 * @property {boolean} [fanOutCorrect] every client got every update in order and the end
 * @property {number | null} [fanOutP99Ms]
 * @property {boolean} [fanOutP99Ok]
 * @property {boolean} [fanOutPass] correct, fast enough, and measured at the target's size
 * @property {boolean} [analysisCorrect] completed and counted every file
 * @property {number | null} [analysisS]
 * @property {boolean} [analysisOk]
 * @property {boolean} [analysisPass] correct, fast enough, and measured at the target's size
 */

/**
 * Fills `report.verdict` and returns the results table's rows. A target only passes when it was
 * measured at the target's size and every check held.
 * @param {{ fanOut: FanOutResult | null; analysis: AnalysisResult | null; verdict: Verdict; errors: { part: string; error: string }[] }} report
 * @returns {Row[]}
 */
export function verdictRows(report) {
  const v = report.verdict;
  /** @type {Row[]} */
  const rows = [];
  const f = report.fanOut;
  if (f) {
    const atSize = CLIENTS === TARGET.clients && STEPS === TARGET.updates;
    v.fanOutCorrect = f.completeClients === CLIENTS && f.updatesSeen === STEPS && f.missingDeliveries === 0;
    v.fanOutP99Ms = f.toLastClientMs.p99;
    v.fanOutP99Ok = f.toLastClientMs.p99 !== null && f.toLastClientMs.p99 < TARGET.p99Ms;
    v.fanOutPass = v.fanOutCorrect && v.fanOutP99Ok && atSize;
    rows.push(
      [
        "clients complete (all updates in order + end)",
        `${f.completeClients}/${CLIENTS}`,
        `${CLIENTS}/${CLIENTS}`,
        v.fanOutCorrect ? "ok" : "FAIL",
      ],
      ["updates seen / missing deliveries", `${f.updatesSeen} / ${f.missingDeliveries}`, `${STEPS} / 0`, ""],
      ["connect all clients", `${fixed(f.connect.totalS, 1)} s`, "", ""],
      ["update -> last client p50", ms(f.toLastClientMs.p50), "", ""],
      ["update -> last client p99", ms(f.toLastClientMs.p99), `< ${TARGET.p99Ms} ms`, v.fanOutP99Ok ? "PASS" : "FAIL"],
      ["update -> last client max", ms(f.toLastClientMs.max), "", ""],
      ["update -> first client p50 / p99", `${ms(f.toFirstClientMs.p50)} / ${ms(f.toFirstClientMs.p99)}`, "", ""],
      ["first -> last client spread p50", ms(f.firstToLastSpreadMs.p50), "", ""],
      ["first -> last client spread p99", ms(f.firstToLastSpreadMs.p99), "", ""],
      ["any delivery p50 / p99", `${ms(f.deliveryMs.p50)} / ${ms(f.deliveryMs.p99)}`, "", ""],
      ["bench event-loop delay p99", ms(f.benchProcess.eventLoopDelayMs.p99), "", ""],
      [
        "CPU s during the updates: bench client",
        String(round((f.benchProcess.cpuUserS ?? 0) + (f.benchProcess.cpuSystemS ?? 0), 2)),
        "",
        "",
      ],
      ...Object.entries(f.serverCpuS).map(([role, s]) => [`CPU s during the updates: ${role}`, String(s), "", ""]),
      ...Object.entries(f.serverRssMiBWithClients)
        .filter(([role]) => role.startsWith("workerd"))
        .map(([role, mib]) => [`memory with ${CLIENTS} clients: ${role}`, `${mib} MiB`, "", ""]),
      [
        "load average (1 min) before / after",
        `${f.loadAverage1m.before} / ${f.loadAverage1m.after}`,
        `< ${os.cpus().length} (cpus)`,
        "",
      ],
    );
    if (!atSize) rows.push(["(measured below the target's size: not comparable)", "", "", ""]);
  }
  const a = report.analysis;
  if (a) {
    v.analysisCorrect = a.status === "completed" && a.filesMatch;
    v.analysisS = a.wallS;
    v.analysisOk = a.wallS !== null && a.wallS < TARGET.analysisS;
    v.analysisPass = v.analysisCorrect && v.analysisOk && FILES === TARGET.files;
    rows.push(
      [
        "analysis status / files counted",
        `${a.status} / ${a.resultFiles ?? "-"}`,
        `completed / ${a.files}`,
        v.analysisCorrect ? "ok" : "FAIL",
      ],
      ["archive (.tar.gz)", `${(a.archive.gzipBytes / 2 ** 20).toFixed(2)} MiB`, "", ""],
      ["upload request", `${fixed(a.uploadMs, 0)} ms`, "", ""],
      ["upload -> end (wall)", `${fixed(a.wallS, 2)} s`, `< ${TARGET.analysisS} s`, v.analysisOk ? "PASS" : "FAIL"],
      ["job run (startedAt -> finishedAt)", a.serverRunS === null ? "-" : `${fixed(a.serverRunS, 2)} s`, "", ""],
      [
        "load average (1 min) before / after",
        `${a.loadAverage1m.before} / ${a.loadAverage1m.after}`,
        `< ${os.cpus().length} (cpus)`,
        "",
      ],
      ["throughput", `${a.filesPerS} files/s`, `> ${TARGET.files / TARGET.analysisS} files/s`, ""],
    );
  }
  for (const e of report.errors) rows.push([`${e.part}: ERROR`, "", "", (e.error.split("\n")[0] ?? "").slice(0, 80)]);
  return rows;
}
