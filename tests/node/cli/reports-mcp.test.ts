import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, CLI, cliHome, fixtureApp, runCli, startServer, USER_NODE } from "./harness";

const PORT = Number(process.env.CC_CLI_REPORTS_TEST_PORT ?? 8846);
let srv: Awaited<ReturnType<typeof startServer>>;
const home = cliHome();
const env = home.env;
/**
 * Which of the endpoints these commands forward to the server has: the exports/imports API and
 * /mcp come from other issues, and a test of a command whose endpoint is absent is skipped (shown
 * as skipped) instead of failing against a server that cannot answer it.
 */
const served = { exports: false, imports: false, mcp: false };

async function probe(path: string): Promise<boolean> {
  const res = await fetch(`${srv.base}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${srv.key}`, "content-type": "application/json" },
    body: "{}",
  });
  const text = await res.text();
  return !(res.status === 404 && /no route|not found/i.test(text));
}

beforeAll(async () => {
  buildCli();
  srv = await startServer("cli-reports", PORT);
  const login = await runCli(["login", "--url", srv.base], env, srv.key);
  expect(login.code, login.stderr).toBe(0);
  served.exports = await probe("/api/v1/exports");
  served.imports = await probe("/api/v1/imports");
  served.mcp = await probe("/mcp");
  const analysed = await runCli(["analyze", fixtureApp(), "--repo", "acme/app"], env);
  expect(analysed.code, analysed.stderr).toBe(0);
}, 420_000);

afterAll(async () => {
  await srv?.server.stop();
});

const json = async (args: string[]) => {
  const run = await runCli([...args, "--json"], env);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

describe("export and import", () => {
  it("exports the radar as CSV to a file with the server's checksum", async (ctx) => {
    if (!served.exports) ctx.skip();
    const out = join(home.dir, "radar.csv");
    const result = await json(["export", "--format", "csv", "--out", out]);
    expect(result).toMatchObject({
      path: out,
      bytes: expect.any(Number),
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const text = readFileSync(out, "utf8");
    expect(text.split("\n")[0]).toContain("title");
    expect(text).toContain("React");
    expect(result.bytes).toBe(Buffer.byteLength(text));
  });

  it("exports an analysis as SARIF 2.1.0", async (ctx) => {
    if (!served.exports) ctx.skip();
    const analyses = await json(["jobs", "list", "--type", "repository.analyse"]);
    const analysisId = analyses.data[0].result.analysisId;
    const out = join(home.dir, "analysis.sarif");
    await json(["export", "--format", "sarif", "--analysis", analysisId, "--out", out]);
    const sarif = JSON.parse(readFileSync(out, "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].tool.driver.name).toBeTruthy();
  });

  it("imports a BYOR CSV as a dry run: a row report and nothing written", async (ctx) => {
    if (!served.imports) ctx.skip();
    const file = join(home.dir, "byor.csv");
    writeFileSync(
      file,
      "name,ring,quadrant,isNew,description\nTemporal,trial,platforms,TRUE,Workflows\nReact,adopt,languages-and-frameworks,FALSE,UI\n",
    );
    const run = await runCli(["import", file, "--strategy", "merge", "--dry-run"], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("Temporal");
    expect(run.stderr).toContain("Dry run (nothing changed)");
    const report = await json(["import", file, "--strategy", "merge", "--dry-run"]);
    expect(report).toMatchObject({ dryRun: true, strategy: "merge" });
    expect(report.rows.find((r: { title: string }) => r.title === "Temporal")).toMatchObject({
      row: 2,
      outcome: "created",
    });
    const radar = await json(["tech", "list", "--limit", "100"]);
    expect(radar.data.map((t: { title: string }) => t.title)).not.toContain("Temporal");
  });

  it("exits 2 for an unknown export format", async () => {
    expect((await runCli(["export", "--format", "pdf"], env)).code).toBe(2);
  });
});

describe("mcp over stdio", () => {
  it("answers tools/list and a tool call through the official SDK's stdio client", async (ctx) => {
    if (!served.mcp) ctx.skip();
    const transport = new StdioClientTransport({
      command: USER_NODE,
      args: [CLI, "mcp"],
      env: env as Record<string, string>,
      stderr: "pipe",
    });
    const client = new Client({ name: "cli-test", version: "1.0.0" });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["list_technologies", "add_technology"]));
      const listed = await client.callTool({ name: "list_technologies", arguments: {} });
      expect(listed.isError).toBeFalsy();
      expect(JSON.stringify(listed.content)).toContain("React");
    } finally {
      await client.close();
    }
  });

  it("answers a request with an error when the instance refuses the key", async (ctx) => {
    if (!served.mcp) ctx.skip();
    const transport = new StdioClientTransport({
      command: USER_NODE,
      args: [CLI, "mcp"],
      env: { ...(env as Record<string, string>), CC_API_KEY: `cc_aaaaaaaa_${"A".repeat(43)}` },
      stderr: "pipe",
    });
    const client = new Client({ name: "cli-test", version: "1.0.0" });
    await expect(client.connect(transport)).rejects.toThrow();
    await client.close();
  });
});
