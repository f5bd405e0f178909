import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { githubStandIn } from "./github-stand-in";
import { buildCli, fixtureApp, ROOT, startServer, USER_NODE } from "./harness";

const PORT = Number(process.env.CC_ACTION_TEST_PORT ?? 8843);
const GITHUB_PORT = PORT + 1;
const TOKEN = "ghs_standInToken";
let srv: Awaited<ReturnType<typeof startServer>>;
const github = githubStandIn(TOKEN);
const app = fixtureApp();

beforeAll(async () => {
  buildCli();
  await github.listen(GITHUB_PORT);
  srv = await startServer("action", PORT);
}, 420_000);

afterAll(async () => {
  await srv?.server.stop();
  await github.close();
});

/** Runs action/dist/index.mjs as the runner does: inputs as INPUT_*, files for outputs and summary. */
function runAction(event: object, inputs: Record<string, string> = {}) {
  const dir = mkdtempSync(join(os.tmpdir(), "cc-action-"));
  const files = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary.md") };
  writeFileSync(files.event, JSON.stringify(event));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    GITHUB_WORKSPACE: app,
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: "pull_request" in event ? "pull_request" : "push",
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_API_URL: `http://127.0.0.1:${GITHUB_PORT}`,
    INPUT_URL: srv.base,
    "INPUT_API-KEY": srv.key,
    INPUT_PATH: ".",
    "INPUT_SARIF-FILE": "out/commandcenter.sarif",
    INPUT_COMMENT: "true",
    "INPUT_GITHUB-TOKEN": TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  return new Promise<{ code: number | null; stdout: string; outputs: Record<string, string>; summary: string }>(
    (done) => {
      const child = spawn(USER_NODE, [join(ROOT, "action/dist/index.mjs")], { env: env as NodeJS.ProcessEnv });
      let stdout = "";
      child.stdout.setEncoding("utf8").on("data", (c: string) => {
        stdout += c;
      });
      child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stdout += c;
      });
      child.on("close", (code) =>
        done({
          code,
          stdout,
          outputs: parseOutputs(readFileSync(files.output, "utf8")),
          summary: readFileSync(files.summary, "utf8"),
        }),
      );
    },
  );
}

type Validate = ((doc: unknown) => boolean) & { errors?: unknown };
interface AjvLike {
  compile(schema: unknown): Validate;
}

/**
 * The OASIS SARIF 2.1.0 schema (shipped in @microsoft/jest-sarif, draft-04, checked with ajv-draft-04)
 * as a function answering null or the errors; null when those packages are not installed (the
 * exports issue brings them, with the exports API this test needs for SARIF at all).
 */
function oasisValidator(): ((doc: unknown) => string | null) | null {
  const require = createRequire(import.meta.url);
  let schemaPath: string;
  let Ajv: new (options: object) => AjvLike;
  let addFormats: (ajv: AjvLike) => void;
  try {
    schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    Ajv = require("ajv-draft-04");
    addFormats = require("ajv-formats");
  } catch {
    return null;
  }
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
  return (doc) => (validate(doc) ? null : JSON.stringify(validate.errors));
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) if (m[1]) out[m[1]] = m[3] ?? "";
  return out;
}

const setDependencies = (deps: Record<string, string>) =>
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "shop", dependencies: deps }));

describe("the GitHub Action's entry", () => {
  it("analyses a push, writes outputs and the job summary, and masks the key", async () => {
    setDependencies({ react: "19.0.0", hono: "4.0.0" });
    const run = await runAction({ ref: "refs/heads/main" });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${srv.key}`);
    expect(run.outputs["analysis-id"]).toMatch(/^ana_/);
    expect(run.outputs.added?.split(",")).toEqual(expect.arrayContaining(["React", "Hono"]));
    expect(run.summary).toContain("### CommandCenter analysis of acme/shop");
    // Languages by bytes: files, size and share of the bytes with a language.
    expect(run.summary).toMatch(/\| TypeScript \| 1 \| \d+ B \| [\d.]+% \|/);
    expect(github.requests).toEqual([]);
  });

  it("comments on a pull request with technologies added and removed, then edits that comment", async () => {
    setDependencies({ react: "19.0.0", express: "5.0.0" });
    const event = { pull_request: { number: 7 } };
    const first = await runAction(event);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toContain("pull request comment created");
    const [comment] = github.comments.get(7) ?? [];
    expect(comment?.body).toContain("<!-- commandcenter-analysis -->");
    expect(comment?.body).toMatch(/\| Added \| `Express` \|/);
    expect(comment?.body).toMatch(/\| Removed \| `Hono` \|/);
    expect(first.summary).toMatch(/\| Added \| `Express` \|/);

    setDependencies({ react: "19.0.0", express: "5.0.0", vue: "3.0.0" });
    const second = await runAction(event);
    expect(second.stdout).toContain("pull request comment updated");
    expect(github.comments.get(7)).toHaveLength(1);
    expect(github.comments.get(7)?.[0]?.body).toMatch(/\| Added \| `Express`, `Vue.js` \|/);
    expect(github.problems).toEqual([]);
  });

  it("writes SARIF through the exports API, or says why not", async () => {
    const run = await runAction({ ref: "refs/heads/main" });
    const file = join(app, "out/commandcenter.sarif");
    if (run.outputs["sarif-file"]) {
      const sarif = JSON.parse(readFileSync(file, "utf8"));
      expect(sarif.version).toBe("2.1.0");
      expect(sarif.runs[0].tool.driver.name).toBeTruthy();
      const validate = oasisValidator();
      if (validate) expect(validate(sarif)).toBe(null);
    } else {
      expect(run.stdout).toContain("::warning::no SARIF written: ");
      expect(run.stdout).toContain("has no exports API");
      expect(existsSync(file)).toBe(false);
    }
  });

  it("fails the step on Hold with --fail-on hold, after writing the summary", async () => {
    const react = (await srv.admin("GET", "/api/v1/technologies?q=React", undefined, {
      "x-project-id": srv.project.id,
    })) as {
      data: { id: string; title: string; version: number }[];
    };
    const tech = react.data.find((t) => t.title === "React");
    await srv.admin(
      "PATCH",
      `/api/v1/technologies/${tech?.id}`,
      { status: "archived", version: tech?.version },
      {
        "x-project-id": srv.project.id,
      },
    );
    const run = await runAction({ ref: "refs/heads/main" }, { "fail-on": "hold" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("::error::on Hold in the radar and in use: React");
    expect(run.outputs.hold).toBe("React");
    expect(run.summary).toContain("**On Hold and in use:** `React`");
  });
});
