import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, cliHome, runCli, startServer } from "./harness";

const PORT = Number(process.env.CC_CLI_PARTS_TEST_PORT ?? 8875);
const MIB = 1024 * 1024;
let srv: Awaited<ReturnType<typeof startServer>>;
const home = cliHome();

beforeAll(async () => {
  buildCli();
  srv = await startServer("cli-parts", PORT);
  const login = await runCli(["login", "--url", srv.base], home.env, `${srv.key}\n`);
  expect(login.code, login.stderr).toBe(0);
}, 420_000);
const made: string[] = [];
afterAll(async () => {
  await srv?.server.stop();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A directory whose archive is over 25 MiB compressed: a manifest and 24 files of base64 noise. */
function bigApp(): string {
  const dir = mkdtempSync(join(os.tmpdir(), "cc-cli-big-"));
  made.push(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "big", dependencies: { react: "19.0.0" } }));
  mkdirSync(join(dir, "data"));
  for (let i = 0; i < 24; i++) {
    writeFileSync(join(dir, "data", `blob-${i}.txt`), randomBytes(1.4 * MIB).toString("base64"));
  }
  return dir;
}

describe("analyze of a directory whose archive is over the direct upload's 25 MiB", () => {
  it("uploads the archive in parts and the server analyses it from R2", async () => {
    const run = await runCli(["analyze", bigApp(), "--repo", "acme/big", "--json"], home.env);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.upload.archiveBytes).toBeGreaterThan(25 * MIB);
    expect(summary.upload.files).toBe(25);
    expect(summary.added).toContain("React");
    expect(summary.files).toBe(25);
  }, 300_000);
});
