import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const SUPERVISE = fileURLToPath(new URL("../../scripts/lib/supervise.mjs", import.meta.url));

/** A stand-in for `npm start`: starts `sleep` under the supervisor as startDev does, prints the group id, then idles. */
const PARENT = `
const { spawn } = require("node:child_process");
const child = spawn(process.execPath, [${JSON.stringify(SUPERVISE)}, "sleep", "300"], {
  detached: true,
  stdio: ["pipe", "ignore", "ignore"],
  env: { ...process.env, SUPERVISE_GRACE_MS: "500" },
});
child.stdin.unref();
console.log(child.pid);
setInterval(() => {}, 1000);
`;

const started: ChildProcess[] = [];
const groups: number[] = [];

afterEach(() => {
  for (const p of started.splice(0)) p.kill("SIGKILL");
  for (const g of groups.splice(0)) {
    try {
      process.kill(-g, "SIGKILL");
    } catch {}
  }
});

async function startParent(): Promise<{ parent: ChildProcess; group: number }> {
  const parent = spawn(process.execPath, ["-e", PARENT], { stdio: ["ignore", "pipe", "inherit"] });
  started.push(parent);
  const [line] = (await once(parent.stdout ?? parent, "data")) as [Buffer];
  const group = Number(String(line).trim());
  groups.push(group);
  return { parent, group };
}

/** Polls the group until `ok` holds for its live processes, or `ms` passed; returns them. */
async function membersWhen(group: number, ok: (pids: string[]) => boolean, ms: number): Promise<string[]> {
  const deadline = Date.now() + ms;
  let members = await liveMembers(group);
  while (!ok(members) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    members = await liveMembers(group);
  }
  return members;
}

/** The pids of the group's live (not zombie) processes, read from /proc. */
async function liveMembers(pgid: number): Promise<string[]> {
  const { readdir, readFile } = await import("node:fs/promises");
  const out: string[] = [];
  for (const pid of await readdir("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid && fields[0] !== "Z") out.push(pid);
  }
  return out;
}

describe("supervise.mjs", () => {
  it("ends the command when its parent is killed with SIGKILL", async () => {
    const { parent, group } = await startParent();
    expect(await membersWhen(group, (m) => m.length === 2, 3000)).toHaveLength(2);
    parent.kill("SIGKILL");
    expect(await membersWhen(group, (m) => m.length === 0, 5000)).toEqual([]);
  });

  it("leaves the command running while the parent lives, and exits with the command's code", async () => {
    const { group } = await startParent();
    expect(await membersWhen(group, (m) => m.length === 2, 3000)).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 700));
    expect(await liveMembers(group)).toHaveLength(2);

    const direct = spawn(process.execPath, [SUPERVISE, "sh", "-c", "exit 7"], { stdio: ["pipe", "ignore", "ignore"] });
    started.push(direct);
    const [code] = (await once(direct, "exit")) as [number | null];
    expect(code).toBe(7);
  });
});
