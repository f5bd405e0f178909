// @ts-check
// `npm run check:imports`: fails on an import cycle anywhere in worker/, durable-objects/, web/ and
// tests/ (type-only imports included, found by dpdm), and on a Durable Object importing more than
// its own files, protocol files, the jobs feature, db and lib: the composition root (worker/index.ts,
// worker/job-types.ts) wires features together, never a Durable Object.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { ROOT } from "./lib/local.mjs";

const CYCLE_ROOTS = ["worker/**/*.ts", "durable-objects/**/*.ts", "web/**/*.{ts,tsx}", "tests/**/*.ts"];
/** What a file under durable-objects/ may import, as paths from the repository root. */
const DO_ALLOWED = [
  /^durable-objects\//,
  /\.protocol$/,
  /^worker\/features\/jobs\//,
  /^worker\/db\//,
  /^worker\/lib\//,
];
/** Runtime modules a Durable Object may import by name. */
const DO_PACKAGES = [/^cloudflare:/, /^drizzle-orm(\/|$)/];

/** Runs dpdm over the sources: its report, and whether it found a cycle. */
function cycles() {
  const dpdm = join(ROOT, "node_modules/dpdm/lib/bin/dpdm.js");
  const args = ["--no-tree", "--no-warning", "--no-progress", "--circular", "--exit-code", "circular:3"];
  const run = spawnSync(process.execPath, [dpdm, ...args, ...CYCLE_ROOTS], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  if (run.status !== 0 && run.status !== 3) throw new Error(`dpdm failed: ${run.stderr || run.stdout}`);
  return { report: run.stdout, cyclic: run.status === 3 };
}

/**
 * Import specifiers of one source file (static imports, re-exports and `import("…")` types).
 * @param {string} source
 */
function specifiers(source) {
  /** @type {string[]} */
  const found = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)) if (m[1]) found.push(m[1]);
  return found;
}

/** Imports of durable-objects/ files that break the layering rule, as readable lines. */
function layerViolations() {
  const dir = join(ROOT, "durable-objects");
  const problems = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const file = join(dir, name);
    for (const spec of specifiers(readFileSync(file, "utf8"))) {
      if (!spec.startsWith(".")) {
        if (!DO_PACKAGES.some((p) => p.test(spec))) problems.push(`durable-objects/${name} imports package ${spec}`);
        continue;
      }
      const target = relative(ROOT, resolve(dirname(file), spec)).replaceAll("\\", "/");
      if (!DO_ALLOWED.some((p) => p.test(target))) problems.push(`durable-objects/${name} imports ${target}`);
    }
  }
  return problems;
}

const { report, cyclic } = cycles();
const problems = layerViolations();
if (cyclic) console.error(report);
for (const p of problems) console.error(p);
if (cyclic || problems.length) {
  console.error("check:imports failed: remove the cycles and imports listed above.");
  process.exit(1);
}
console.log("check:imports: no import cycles; durable-objects/ imports only its own, protocol, jobs, db and lib files");
