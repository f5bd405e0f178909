// `npm run check:sizes`: fails when a source file outgrows the house limit, so a file is split
// while it is still easy to split. The limits: 300 lines in worker/, durable-objects/, web/ and
// shared/, cli/ and action/; 400 in bench/ and scripts/. Files in a `generated/` folder are made by
// commands and exempt, as are bundles in a `dist/` folder (the Action's committed entry) and JSON
// files (data such as the search benchmark's labelled sets, not code to split).
// Counts every file git tracks or would track (ignored files such as bench results are left out).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { ROOT } from "./lib/local.mjs";

/** Top-level folder -> the most lines a file in it may have. */
const LIMITS = new Map([
  ["worker", 300],
  ["durable-objects", 300],
  ["web", 300],
  ["shared", 300],
  ["cli", 300],
  ["action", 300],
  ["bench", 400],
  ["scripts", 400],
]);

/** Lines of a text: newline-terminated lines, plus a last line without one. */
function lineCount(/** @type {string} */ text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return text.length > 0 && !text.endsWith("\n") ? n + 1 : n;
}

const listed = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z", ...LIMITS.keys()], {
  cwd: ROOT,
  encoding: "utf8",
});
if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);

const over = [];
let checked = 0;
for (const path of listed.stdout.split("\0").filter(Boolean)) {
  const limit = LIMITS.get(path.split("/")[0] ?? "");
  if (limit === undefined || path.endsWith(".json")) continue;
  if (path.split("/").some((part) => part === "generated" || part === "dist")) continue;
  let text;
  try {
    text = readFileSync(`${ROOT}/${path}`, "utf8");
  } catch {
    continue; // deleted in the working tree but still in the index
  }
  checked++;
  const lines = lineCount(text);
  if (lines > limit) over.push({ path, lines, limit });
}

if (over.length) {
  over.sort((a, b) => b.lines - a.lines);
  console.error(`${over.length} file(s) over the size limit (split them; generated/ folders are exempt):`);
  for (const f of over) console.error(`  ${f.path}: ${f.lines} lines (limit ${f.limit})`);
  process.exit(1);
}
console.log(`check:sizes: ${checked} files within their limits`);
