import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCli, CLI, cliHome, fixtureApp, ROOT, runCli, startCli, startServer, USER_NODE, waitFor } from "./harness";

const PORT = Number(process.env.CC_CLI_TEST_PORT ?? 8842);
let srv: Awaited<ReturnType<typeof startServer>>;
const home = cliHome();
const env = home.env;

beforeAll(async () => {
  buildCli();
  srv = await startServer("cli", PORT);
  const login = await runCli(["login", "--url", srv.base], env, `${srv.key}\n`);
  expect(login.code, login.stderr).toBe(0);
}, 420_000);

afterAll(async () => {
  await srv?.server.stop();
});

const json = async (args: string[], extraEnv: Record<string, string> = {}) => {
  const run = await runCli([...args, "--json"], { ...env, ...extraEnv });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
};

describe("login and the stored key", () => {
  it("runs on the user's Node 20 without a build step", () => {
    const version = spawnSync(USER_NODE, ["--version"], { encoding: "utf8" }).stdout.trim();
    expect(Number(version.slice(1).split(".")[0])).toBeGreaterThanOrEqual(20);
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });

  it("packs with npm pack into a package whose single file runs alone", () => {
    const dest = join(home.dir, "pack");
    spawnSync("mkdir", ["-p", dest]);
    const packed = spawnSync("npm", ["pack", "--pack-destination", dest, "--json"], {
      cwd: join(ROOT, "cli"),
      encoding: "utf8",
    });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
    expect(info?.files.map((f) => f.path).sort()).toEqual(["README.md", "dist/commandcenter.mjs", "package.json"]);
    spawnSync("tar", ["-xzf", join(dest, info?.filename ?? ""), "-C", dest]);
    const version = spawnSync(USER_NODE, [join(dest, "package/dist/commandcenter.mjs"), "--version"], {
      encoding: "utf8",
    });
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "cli/package.json"), "utf8")).version);
  });

  it("keeps the key from stdin in a 0600 file, never in the config file or the output", async () => {
    const creds = join(env.CC_CONFIG_DIR ?? "", "credentials.json");
    expect(statSync(creds).mode & 0o777).toBe(0o600);
    expect(readFileSync(creds, "utf8")).toContain(srv.key);
    const config = readFileSync(join(env.CC_CONFIG_DIR ?? "", "config.json"), "utf8");
    expect(config).not.toContain(srv.key);
    expect(JSON.parse(config).profiles.default).toMatchObject({
      url: srv.base,
      keyStore: "file",
      project: srv.project.slug,
    });
    const who = await runCli(["whoami"], env);
    expect(who.stdout + who.stderr).not.toContain(srv.key);
  });

  it("warns once that the file store is used", async () => {
    const other = cliHome();
    const first = await runCli(["login", "--url", srv.base], other.env, srv.key);
    const second = await runCli(["login", "--url", srv.base], other.env, srv.key);
    expect(first.stderr).toContain("no OS keyring answered");
    expect(second.stderr).not.toContain("no OS keyring answered");
  });

  it("answers whoami --json with the documented shape", async () => {
    const who = await json(["whoami"]);
    expect(who).toEqual({
      url: srv.base,
      profile: "default",
      keyPrefix: srv.key.slice(0, 11),
      project: srv.project.slug,
      projects: [{ id: srv.project.id, slug: srv.project.slug, name: srv.project.name }],
    });
  });
});

describe("exit codes", () => {
  it("exits 3 for a key the server refuses, at login and from CC_API_KEY", async () => {
    const wrong = `cc_aaaaaaaa_${"A".repeat(43)}`;
    const login = await runCli(["login", "--url", srv.base], cliHome().env, wrong);
    expect(login.code).toBe(3);
    expect(login.stderr).toMatch(/error: .+\(request id [\w-]+\)/);
    const run = await runCli(["tech", "list"], { ...env, CC_API_KEY: wrong });
    expect(run.code).toBe(3);
    expect(run.stderr).not.toContain("    at ");
  });

  it("exits 3 when not signed in", async () => {
    expect((await runCli(["tech", "list"], cliHome().env)).code).toBe(3);
  });

  it("exits 4 for an unknown project and 4 for an unknown technology", async () => {
    const project = await runCli(["-p", "no-such-project", "tech", "list"], env);
    expect(project.code, project.stderr).toBe(4);
    expect((await runCli(["tech", "show", "No Such Thing"], env)).code).toBe(4);
  });

  it("exits 2 for a bad flag or a bad value", async () => {
    const flag = await runCli(["tech", "list", "--bogus"], env);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain("unknown option '--bogus'");
    expect((await runCli(["tech", "add", "X", "--status", "sideways"], env)).code).toBe(2);
    expect((await runCli(["completion", "tcsh"], env)).code).toBe(2);
    expect((await runCli(["analyze", join(home.dir, "no-such-dir")], env)).code).toBe(2);
  });
});

describe("radar, tasks and repositories", () => {
  it("adds, lists, shows and moves a technology with stable --json shapes", async () => {
    const added = await json(["tech", "add", "Kubernetes", "--domain", "platforms", "--tag", "infra"]);
    expect(added).toMatchObject({ title: "Kubernetes", domain: "platforms", status: "discovery", tags: ["infra"] });
    const list = await json(["tech", "list"]);
    expect(list).toMatchObject({ page: 1, total: expect.any(Number) });
    expect(list.data.map((t: { title: string }) => t.title)).toContain("Kubernetes");
    const moved = await json(["tech", "move", "kubernetes", "--status", "evaluation", "--note", "pilot"]);
    expect(moved).toMatchObject({ id: added.id, status: "evaluation", version: 2 });
    const shown = await json(["tech", "show", added.id]);
    expect(shown.technology.status).toBe("evaluation");
    expect(shown.history[0]).toMatchObject({ kind: expect.any(String) });
  });

  it("adds and moves a research task linked to a technology", async () => {
    const task = await json(["tasks", "add", "Try the operator", "--tech", "Kubernetes", "--priority", "2"]);
    expect(task).toMatchObject({ title: "Try the operator", priority: 2, status: "todo" });
    expect((await json(["tasks", "move", task.id, "--status", "in_progress"])).status).toBe("in_progress");
    expect((await json(["tasks", "list"])).data.map((t: { id: string }) => t.id)).toContain(task.id);
  });

  it("registers a repository by URL and lists it", async () => {
    const repo = await json(["repos", "add", "https://github.com/acme/widgets"]);
    expect(repo).toMatchObject({ provider: "github", owner: "acme", name: "widgets" });
    expect((await json(["repos", "list"])).data.map((r: { id: string }) => r.id)).toContain(repo.id);
  });
});

describe("analyze", () => {
  const app = fixtureApp();

  it("packs the directory without ignored and vendored files and reports what the radar gained", async () => {
    const summary = await json(["analyze", app, "--repo", "acme/app"]);
    expect(summary.repository).toMatchObject({ provider: "upload", owner: "acme", name: "app" });
    expect(summary.upload.files).toBe(4);
    expect(summary.technologies.map((t: { title: string }) => t.title)).toEqual(
      expect.arrayContaining(["React", "Hono", "Vitest", "Docker"]),
    );
    expect(summary.added).toEqual(expect.arrayContaining(["React", "Hono"]));
    expect(summary.languages.map((l: { language: string }) => l.language)).toContain("TypeScript");
    expect(summary.evidence).toBeGreaterThanOrEqual(summary.technologies.length);
    expect(summary.hold).toEqual([]);
    const radar = await json(["tech", "list", "--limit", "100"]);
    expect(radar.data.map((t: { title: string }) => t.title)).toContain("React");
    const jobs = await json(["jobs", "list", "--type", "repository.analyse"]);
    expect(jobs.data[0]).toMatchObject({ id: summary.jobId, status: "completed" });
  });

  it("prints a readable summary and exits 1 with --fail-on hold when a technology in use is on Hold", async () => {
    await json(["tech", "move", "React", "--status", "archived", "--note", "moving off"]);
    const run = await runCli(["analyze", app, "--repo", "acme/app", "--fail-on", "hold"], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/on Hold\s+React/);
    expect(run.stdout).toMatch(/languages\s+.*TypeScript/);
    expect(run.stderr).toContain("on Hold and in use: React");
    expect(run.stderr).not.toContain("\u001b[");
  });
});

describe("analyze --watch", () => {
  it("analyses again after a change and ends cleanly on Ctrl-C", async () => {
    const app = fixtureApp();
    const watcher = startCli(["analyze", app, "--repo", "acme/watched", "--watch", "--json"], env);
    const count = () => watcher.output().split('"analysisId"').length - 1;
    try {
      await waitFor(
        () => count() === 1 && watcher.output().includes("watching for changes"),
        "the first analysis",
        60_000,
      );
      writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", dependencies: { express: "5.0.0" } }));
      await waitFor(() => count() === 2, "the analysis after the change", 60_000);
      expect(watcher.output()).toContain('"title": "Express"');
    } finally {
      watcher.kill("SIGINT");
    }
    await new Promise((r) => watcher.once("close", r));
    expect(watcher.exitCode).toBe(0);
    expect(watcher.output()).toContain("stopped watching");
  }, 150_000);
});

describe("jobs", () => {
  const probe = async (intervalMs: number) => {
    const res = await fetch(`${srv.base}/api/v1/jobs`, {
      method: "POST",
      headers: { authorization: `Bearer ${srv.key}`, "content-type": "application/json" },
      body: JSON.stringify({ type: "system.probe", params: { steps: 4, intervalMs } }),
    });
    expect(res.status).toBe(202);
    return ((await res.json()) as { id: string }).id;
  };

  it("watch follows a job's steps live and exits 0 when it completes", async () => {
    const id = await probe(400);
    const run = await runCli(["jobs", "watch", id], env);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/step [123] of 4/);
    expect(run.stdout).toBe(`${id} completed\n`);
  });

  it("cancel stops a running job and watch then exits 1", async () => {
    const id = await probe(5000);
    const cancelled = await json(["jobs", "cancel", id]);
    expect(cancelled.id).toBe(id);
    const run = await runCli(["jobs", "watch", id, "--json"], env);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ id, status: "cancelled" });
    expect((await runCli(["jobs", "cancel", "job_doesnotexist"], env)).code).toBe(4);
  });
});

describe("knowledge and events", () => {
  it("ingests a file and finds it with a highlighted snippet", async () => {
    const file = join(home.dir, "runbook.md");
    writeFileSync(file, "# Runbook\n\nRestart the flux capacitor before the quarterly review.\n");
    const ingested = await json(["ingest", file]);
    expect(ingested).toMatchObject({ outcome: "created", document: { title: expect.any(String) } });
    const hits = await json(["search", "capacitor", "--mode", "keyword"]);
    expect(hits.data[0].document.id).toBe(ingested.document.id);
    const coloured = await runCli(["search", "capacitor", "--mode", "keyword"], {
      ...env,
      NO_COLOR: "",
      FORCE_COLOR: "1",
    });
    expect(coloured.stdout).toContain("\u001b[33mcapacitor");
  });

  it("events tail prints a change made meanwhile, and the key is not in its argv", async () => {
    const tail = startCli(["events", "tail", "--pattern", "technology.*", "--json"], env);
    try {
      await waitFor(() => tail.output().includes("listening for"), "the event stream");
      const cmdline = readFileSync(`/proc/${tail.pid}/cmdline`, "utf8");
      expect(cmdline).not.toContain(srv.key);
      const made = await json(["tech", "add", "Nomad", "--domain", "platforms"]);
      await waitFor(() => tail.output().includes(made.id), "the technology.created event");
      const line =
        tail
          .output()
          .split("\n")
          .find((l) => l.includes(made.id)) ?? "";
      expect(JSON.parse(line)).toMatchObject({ subject: "technology.created" });
    } finally {
      tail.kill("SIGINT");
    }
    await new Promise((r) => tail.once("close", r));
    expect(tail.exitCode).toBe(0);
  });
});

describe("shell completion", () => {
  const bin = join(home.dir, "bin");
  const shim = () => {
    spawnSync("mkdir", ["-p", bin]);
    const path = join(bin, "commandcenter");
    writeFileSync(path, `#!/bin/sh\nexec ${USER_NODE} ${CLI} "$@"\n`);
    chmodSync(path, 0o755);
    return { ...env, PATH: `${bin}:${env.PATH}` };
  };
  const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

  it("completes a subcommand and a project name in bash", () => {
    const shellEnv = shim();
    const script = `source <(commandcenter completion bash)
t() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _commandcenter; echo "\${COMPREPLY[*]}"; }
t commandcenter te; t commandcenter projects use ""; t commandcenter tech show Kub`;
    const res = spawnSync("bash", ["-c", script], { env: shellEnv, encoding: "utf8" });
    expect(res.stdout.split("\n").slice(0, 3)).toEqual(["tech", srv.project.slug, "Kubernetes"]);
  });

  it.skipIf(!has("zsh"))("completes a subcommand and a project name in zsh", () => {
    const script = `source <(commandcenter completion zsh); setopt ksharrays
COMP_WORDS=(commandcenter projects use ""); COMP_CWORD=3; _commandcenter; print -- "\${COMPREPLY[*]}"
COMP_WORDS=(commandcenter tech ""); COMP_CWORD=2; _commandcenter; print -- "\${COMPREPLY[*]}"`;
    const res = spawnSync("zsh", ["-c", script], { env: shim(), encoding: "utf8" });
    const [projects, subs] = res.stdout.split("\n");
    expect(projects).toBe(srv.project.slug);
    expect(subs?.split(" ")).toEqual(expect.arrayContaining(["list", "show", "add", "move"]));
  });

  it.skipIf(!has("fish"))("completes a subcommand and a project name in fish", () => {
    const script = `commandcenter completion fish | source
complete -C "commandcenter te"; complete -C "commandcenter projects use "`;
    const res = spawnSync("fish", ["-c", script], { env: shim(), encoding: "utf8" });
    expect(res.stdout.split("\n")).toEqual(expect.arrayContaining(["tech", srv.project.slug]));
  });
});

describe("OS keyring", () => {
  const available = existsSync("/usr/bin/gnome-keyring-daemon") && existsSync("/usr/bin/dbus-run-session");

  it.skipIf(!available)("stores the key in the Secret Service when one runs (gnome-keyring under dbus)", () => {
    const user = cliHome({ CC_KEYRING: "on" });
    // A login keyring needs a non-empty password; the daemon prints the variables its clients need.
    const script = `eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets)"
eval "$(gnome-keyring-daemon --start --components=secrets)"
printf '%s' "$KEY" | ${USER_NODE} ${CLI} login --url ${srv.base} && ${USER_NODE} ${CLI} whoami --json`;
    const res = spawnSync("dbus-run-session", ["--", "sh", "-c", script], {
      env: { ...user.env, KEY: srv.key },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).project).toBe(srv.project.slug);
    expect(res.stderr).toContain("key in the OS keyring");
    expect(existsSync(join(user.env.CC_CONFIG_DIR ?? "", "credentials.json"))).toBe(false);
    expect(readFileSync(join(user.env.CC_CONFIG_DIR ?? "", "config.json"), "utf8")).toContain('"keyStore": "keyring"');
  });
});
