// `npm run bench:analyzer -- --corpus /work/corpus [--only name,name] [--runs 3] [--json]`: runs the repository
// analyzer and Specfy's stack-analyser side by side on checkouts of real repositories and scores both
// against hand-written expected lists (bench/analyzer/corpus/*.json, see bench/analyzer/README.md). The analyzer runs the job's own
// code in Node through tsx: the checkout is read through the archive reader's EntryCollector (same
// limits and partial coverage as an upload), then `analyzeFiles`; both tools are timed from the same
// folder on disk, after one warm-up run each. What each side's time covers: the analyzer's, the folder walk (a
// readdir per folder, a stat per file for the byte sizes its language statistics count, where the job reads sizes
// from tar headers), reading the manifest and config files, parsing them and matching the rules; stack-analyser's,
// its own walk (a readdir per folder, reading the files its rules open, no stat), its rules and `flatten` into the
// JSON it reports. Neither includes gunzip and tar decoding, which the job does for an upload (timed apart as
// `archiveMs`, as stack-analyser cannot read an archive). The checkout's real path is handed to both, so a
// symlinked corpus folder is not resolved again in every call. `archiveMs` also times the upload path (`readArchive`
// of a .tar.gz of the folder, then `analyzeFiles`), gzip included; it is not part of `ms` or `cpuMs`, and
// stack-analyser has no archive path to compare it with. `cpuMs` is the process CPU time (user +
// system, process.cpuUsage) of the same run as `ms`, steadier than wall time on a loaded machine.
// Each tool runs `--runs` times per repository, the two alternating; `ms` and `cpuMs` are the
// medians, `firstMs`/`firstCpuMs` the first run (code paths not yet optimised by the JIT). Low-confidence detections
// (examples/, indirect requirements, vendored code) are not counted as found, as the radar does not
// add them. Writes bench/results/analyzer-latest.json.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { analyser, FSProvider, flatten, tech } from "@specfy/stack-analyser";
import "@specfy/stack-analyser/dist/autoload.js";
import { ROOT } from "../scripts/lib/local.mjs";
import { analyzeFiles } from "../worker/features/analysis/analyze.ts";
import { readArchive } from "../worker/features/analysis/archive/read-archive.ts";
import { overlap, percent, score } from "./lib/analyzer-compare.mjs";
import { readCheckout } from "./lib/read-checkout.mjs";

/** @typedef {import("./lib/analyzer-compare.mjs").CorpusRepo} CorpusRepo */
/** @typedef {import("./lib/analyzer-compare.mjs").Score} Score */
/** @typedef {{ ms: number; cpuMs: number; firstMs: number; firstCpuMs: number }} Timing */
/**
 * @typedef {object} Row
 * @property {string} name
 * @property {string} repo
 * @property {string[]} ecosystems
 * @property {number} files
 * @property {import("../worker/features/analysis/types.ts").PartialCoverage | null} partial
 * @property {Score & Timing & { archiveMs: number; lowConfidence: string[] }} analyzer
 * @property {Score & Timing} stackAnalyser
 * @property {number} overlap
 */

const { values } = parseArgs({
  options: {
    corpus: { type: "string" },
    only: { type: "string" },
    runs: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
  },
});
if (!values.corpus) {
  console.error("usage: npm run bench:analyzer -- --corpus <folder with one checkout per corpus entry>");
  process.exit(2);
}
const corpusDir = join(ROOT, "bench/analyzer/corpus");
/** @type {CorpusRepo[]} */
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(corpusDir, f), "utf8")));
const only = values.only ? new Set(values.only.split(",")) : null;
const runs = Math.max(1, Number.parseInt(values.runs ?? "3", 10) || 1);
const repos = corpus.filter((r) => !only || only.has(r.name));

/** The checkout packed as the .tar.gz a user would upload (fastest gzip level: packing is not timed). @param {string} dir */
function pack(dir) {
  const res = spawnSync("tar", ["-cf", "-", "-C", dir, "."], {
    maxBuffer: 2 ** 31,
    env: { ...process.env, GZIP: "-1" },
  });
  if (res.status !== 0) throw new Error(`tar failed for ${dir}: ${res.stderr}`);
  const gz = spawnSync("gzip", ["-1", "-c"], { input: res.stdout, maxBuffer: 2 ** 31 });
  return new Uint8Array(gz.stdout);
}

/** CPU milliseconds (user + system) since `since`. @param {NodeJS.CpuUsage} since */
function cpuMsSince(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** @param {string} dir */
async function runAnalyzer(dir) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const checkout = readCheckout(dir);
  const result = await analyzeFiles(checkout.files, undefined, checkout);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const found = result.technologies.filter((t) => t.confidence !== "low").map((t) => t.title);
  const low = result.technologies.filter((t) => t.confidence === "low").map((t) => t.title);
  return { ms, cpuMs, found, low, files: result.fileCount, partial: result.partial ?? null };
}

/** The upload path: a .tar.gz of the folder through `readArchive`, then `analyzeFiles`. @param {string} dir */
async function runArchive(dir) {
  const bytes = pack(dir);
  const started = performance.now();
  const archive = await readArchive(bytes, "tar.gz");
  await analyzeFiles(archive.files, undefined, archive);
  return performance.now() - started;
}

/** @param {number[]} xs */
function median(xs) {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median and first-run timings of several runs. @param {{ ms: number; cpuMs: number }[]} list @returns {Timing} */
function timing(list) {
  return {
    ms: Math.round(median(list.map((r) => r.ms))),
    cpuMs: Math.round(median(list.map((r) => r.cpuMs))),
    firstMs: Math.round(list[0]?.ms ?? 0),
    firstCpuMs: Math.round(list[0]?.cpuMs ?? 0),
  };
}

/** stack-analyser prints as it goes; its output is not the benchmark's. @param {string} dir */
async function runStackAnalyserQuietly(dir) {
  console.log = () => {};
  return runStackAnalyser(dir).finally(() => {
    console.log = quiet;
  });
}

/** @param {string} dir */
async function runStackAnalyser(dir) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const payload = await analyser({ provider: new FSProvider({ path: dir }) });
  const json = flatten(payload, { merge: true }).toJson(dir);
  const ms = performance.now() - started;
  const cpuMs = cpuMsSince(cpu);
  const found = [...new Set(json.techs)].map((key) => tech.indexed[key]?.name ?? String(key));
  return { ms, cpuMs, found };
}

const quiet = console.log;
const warmUp = repos[0] ? join(values.corpus, repos[0].name) : null;
if (warmUp && existsSync(warmUp)) {
  await runAnalyzer(warmUp);
  await runStackAnalyserQuietly(warmUp);
}
/** @type {Row[]} */
const rows = [];
for (const repo of repos) {
  const folder = join(values.corpus, repo.name);
  if (!existsSync(folder)) {
    console.error(`skipped ${repo.name}: no checkout at ${folder}`);
    continue;
  }
  const dir = realpathSync(folder);
  const oursRuns = [];
  const theirsRuns = [];
  for (let run = 0; run < runs; run++) {
    oursRuns.push(await runAnalyzer(dir));
    theirsRuns.push(await runStackAnalyserQuietly(dir));
  }
  const [ours, theirs] = [oursRuns[0], theirsRuns[0]];
  if (!ours || !theirs) continue;
  const archiveMs = await runArchive(dir);
  const row = {
    name: repo.name,
    repo: repo.repo,
    ecosystems: repo.ecosystems,
    files: ours.files,
    partial: ours.partial,
    analyzer: {
      ...timing(oursRuns),
      archiveMs: Math.round(archiveMs),
      ...score(ours.found, repo),
      lowConfidence: ours.low,
    },
    stackAnalyser: { ...timing(theirsRuns), ...score(theirs.found, repo) },
    overlap: overlap(ours.found, theirs.found),
  };
  rows.push(row);
  printRow(row);
}

/** @param {Row} r */
function printRow(r) {
  const a = r.analyzer;
  const s = r.stackAnalyser;
  console.log(
    `${r.name.padEnd(40)} files ${String(r.files).padStart(6)} | analyzer ${String(a.found).padStart(3)} found, recall ${percent(a.hits, a.expected).padStart(6)}, fp ${a.falsePositives.length}, ${String(a.ms).padStart(5)} ms (cpu ${a.cpuMs}, first ${a.firstCpuMs}; archive ${a.archiveMs} ms) | stack-analyser ${String(s.found).padStart(3)} found, recall ${percent(s.hits, s.expected).padStart(6)}, fp ${s.falsePositives.length}, ${String(s.ms).padStart(5)} ms (cpu ${s.cpuMs}, first ${s.firstCpuMs}) | overlap ${r.overlap}`,
  );
  if (r.partial) console.log(`  partial: ${r.partial.reason}`);
  if (a.missed.length) console.log(`  analyzer missed: ${a.missed.join(", ")}`);
  if (a.falsePositives.length) console.log(`  analyzer false positives: ${a.falsePositives.join(", ")}`);
  if (a.unjudged.length) console.log(`  analyzer unjudged: ${a.unjudged.join(", ")}`);
  if (values.json) console.log(`  stack-analyser missed: ${s.missed.join(", ")}`);
}

/** @param {Row[]} list */
function summarise(list) {
  /** @param {"analyzer" | "stackAnalyser"} tool @param {"hits" | "expected" | "ms" | "cpuMs" | "firstCpuMs"} field */
  const sum = (tool, field) => list.reduce((n, r) => n + r[tool][field], 0);
  /** @param {"analyzer" | "stackAnalyser"} name */
  const tool = (name) => ({
    hits: sum(name, "hits"),
    expected: sum(name, "expected"),
    recall: percent(sum(name, "hits"), sum(name, "expected")),
    falsePositives: list.reduce((n, r) => n + r[name].falsePositives.length, 0),
    maxFalsePositivesPerRepo: Math.max(0, ...list.map((r) => r[name].falsePositives.length)),
    ms: sum(name, "ms"),
    cpuMs: sum(name, "cpuMs"),
    firstCpuMs: sum(name, "firstCpuMs"),
  });
  return {
    repositories: list.length,
    analyzer: tool("analyzer"),
    stackAnalyser: tool("stackAnalyser"),
    fasterOnEveryRepo: list.every((r) => r.analyzer.ms < r.stackAnalyser.ms),
    lessCpuOnEveryRepo: list.every((r) => r.analyzer.cpuMs < r.stackAnalyser.cpuMs),
    lessCpuOn: list.filter((r) => r.analyzer.cpuMs < r.stackAnalyser.cpuMs).length,
    lessCpuOnEveryRepoFirstRun: list.every((r) => r.analyzer.firstCpuMs < r.stackAnalyser.firstCpuMs),
    lessCpuOnFirstRun: list.filter((r) => r.analyzer.firstCpuMs < r.stackAnalyser.firstCpuMs).length,
  };
}

const ecosystems = [...new Set(rows.flatMap((r) => r.ecosystems))].sort();
const byEcosystem = Object.fromEntries(
  ecosystems.map((e) => [e, summarise(rows.filter((r) => r.ecosystems.includes(e)))]),
);
const total = summarise(rows);
console.log(
  "\necosystem          repos  analyzer recall   stack-analyser recall   analyzer ms (cpu)  stack-analyser ms (cpu)",
);
for (const [e, s] of Object.entries({ ...byEcosystem, all: total })) {
  console.log(
    `${e.padEnd(18)} ${String(s.repositories).padStart(5)}  ${`${s.analyzer.recall} (${s.analyzer.hits}/${s.analyzer.expected})`.padEnd(16)}  ${`${s.stackAnalyser.recall} (${s.stackAnalyser.hits}/${s.stackAnalyser.expected})`.padEnd(22)}  ${`${s.analyzer.ms} (${s.analyzer.cpuMs})`.padStart(17)}  ${`${s.stackAnalyser.ms} (${s.stackAnalyser.cpuMs})`.padStart(23)}`,
  );
}
console.log(
  `confirmed false positives: analyzer ${total.analyzer.falsePositives} (max ${total.analyzer.maxFalsePositivesPerRepo}/repo), stack-analyser ${total.stackAnalyser.falsePositives}; analyzer faster on every repository (median of ${runs} runs): ${total.fasterOnEveryRepo} (wall), ${total.lessCpuOnEveryRepo} (cpu; less cpu on ${total.lessCpuOn} of ${total.repositories}); first runs: less cpu on ${total.lessCpuOnFirstRun} of ${total.repositories} (${total.analyzer.firstCpuMs} vs ${total.stackAnalyser.firstCpuMs} ms)`,
);
/** The load averages the timings were taken under (the machine is shared). */
function uptime() {
  return `load average: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(", ")}`;
}
console.log(uptime());
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
const out = {
  date: new Date().toISOString(),
  node: process.version,
  uptime: uptime(),
  runs,
  total,
  byEcosystem,
  repositories: rows,
};
writeFileSync(join(ROOT, "bench/results/analyzer-latest.json"), `${JSON.stringify(out)}\n`);
console.log(`wrote bench/results/analyzer-latest.json (${rows.length} repositories)`);
