// `npm run test:mcp`: the official MCP conformance suite (@modelcontextprotocol/conformance) against
// the real Worker. Starts a throwaway `wrangler dev` (its own state and a snapshot of the sources),
// makes a project and a read/write key, and puts a loopback proxy in front of /mcp that adds the key
// (the suite's client cannot send headers; Host and Origin pass through untouched, so the DNS
// rebinding scenario sees what the Worker answers). Runs the generic server scenarios one by one and
// exits 1 if any check fails. Scenarios that need the suite's own test tools, resources or prompts
// (test_simple_text, test://static-text, test_prompt_with_arguments, ...) are not run: see NOT_APPLICABLE.
//
// Environment: MCP_CONFORMANCE_PORT (default 8831; the proxy takes the next port).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { keyProxy } from "./lib/key-proxy.mjs";
import { BIN, ROOT } from "./lib/local.mjs";
import { throwawayServer } from "./lib/throwaway.mjs";

const PORT = Number(process.env.MCP_CONFORMANCE_PORT ?? 8831);
const SCENARIOS = [
  "server-initialize",
  "ping",
  "tools-list",
  "resources-list",
  "prompts-list",
  "completion-complete",
  "dns-rebinding-protection",
];
/** Scenarios of the suite that call fixtures only its reference server has, and why they do not apply. */
export const NOT_APPLICABLE = {
  "tools-call-*": "call test_simple_text, test_image_content, test_tool_with_progress, ... (the suite's test tools)",
  "resources-read-*, resources-templates-read": "read test://static-text, test://static-binary, test://template/{id}",
  "resources-subscribe, resources-unsubscribe":
    "2025-era resources/subscribe to test:// resources; 2025 traffic is served statelessly (no stream to deliver updates on, so the capability is not claimed); 2026-07-28 subscriptions/listen is served and tested in tests/mcp/subscriptions.test.ts",
  "prompts-get-*": "get test_simple_prompt, test_prompt_with_arguments, ...",
  "logging-set-level": "logging/setLevel is deprecated in 2026-07-28; the server declares no logging capability",
  "server-sse-polling, server-sse-multiple-streams":
    "resumable GET streams of a session; /mcp is stateless (GET answers 405)",
  "elicitation-*, json-schema-2020-12": "need the suite's elicitation and schema test tools",
};
const step = (/** @type {string} */ msg) => console.log(`\u203a ${msg}`);

/**
 * Runs one scenario (asynchronously: the key proxy lives in this process and must keep serving);
 * returns its checks, read from the suite's results file, and its exit status.
 * @param {string} url
 * @param {string} scenario
 * @param {string} outDir
 */
async function runScenario(url, scenario, outDir) {
  const cli = join(ROOT, "node_modules/@modelcontextprotocol/conformance/dist/index.js");
  const child = spawn(join(BIN, "node"), [cli, "server", "--url", url, "--scenario", scenario, "-o", outDir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  /** @type {number | null} */
  const status = await new Promise((resolve) => child.once("exit", (code) => resolve(code)));
  clearTimeout(timer);
  /** @type {{ id: string; status: string; errorMessage?: string }[]} */
  const checks = [];
  for (const dir of readdirSync(outDir)) {
    const file = join(outDir, dir, "checks.json");
    if (dir.includes(scenario) && existsSync(file)) checks.push(...JSON.parse(readFileSync(file, "utf8")));
  }
  return { status, checks, output };
}

const began = Date.now();
const server = throwawayServer({ name: "mcp-conformance", port: PORT, snapshot: true, step });
let proxy = null;
let failed = 0;
const out = mkdtempSync(join(os.tmpdir(), "cc-mcp-conformance-"));
try {
  const admin = await server.start();
  const { key } = await server.project(admin, { name: "MCP conformance" });
  proxy = await keyProxy({ port: PORT + 1, target: server.base, key });
  const url = `${proxy.url}/mcp`;
  step(`conformance scenarios against ${url} (proxy adding the project's key)`);
  const started = Date.now();
  // The scenarios are independent clients of a stateless endpoint: run at once, reported in order.
  const runs = await Promise.all(SCENARIOS.map((scenario) => runScenario(url, scenario, out)));
  step(`scenarios ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [i, scenario] of SCENARIOS.entries()) {
    const { status, checks, output } = runs[i] ?? { status: 1, checks: [], output: "" };
    const bad = checks.filter((c) => c.status === "FAILURE");
    const passed = checks.filter((c) => c.status === "SUCCESS").length;
    const ok = status === 0 && bad.length === 0 && passed > 0;
    if (!ok) failed++;
    console.log(`${ok ? "PASS" : "FAIL"} ${scenario}: ${passed} checks passed, ${bad.length} failed`);
    for (const c of bad) console.log(`     ${c.id}: ${c.errorMessage ?? ""}`);
    if (!ok && !checks.length) console.log(output.split("\n").slice(-20).join("\n"));
  }
  console.log("not run (they need the suite's own test fixtures):");
  for (const [name, why] of Object.entries(NOT_APPLICABLE)) console.log(`  - ${name}: ${why}`);
} catch (err) {
  failed++;
  console.error(err);
  server.printTail();
} finally {
  await proxy?.close();
  await server.stop();
  rmSync(out, { recursive: true, force: true });
}
const took = `${((Date.now() - began) / 1000).toFixed(0)} s in all`;
console.log(failed ? `${failed} scenario(s) failed (${took})` : `all ${SCENARIOS.length} scenarios passed (${took})`);
process.exit(failed ? 1 : 0);
