// What a benchmark reads about the processes it drives (Linux /proc; empty readings elsewhere):
// the open-file limit, and CPU time and memory of wrangler's process group by role.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

/** Soft and hard `ulimit -n` of this process (Infinity for unlimited). */
export function fdLimits() {
  const res = spawnSync("sh", ["-c", "ulimit -Sn; ulimit -Hn"], { encoding: "utf8" });
  const [soft, hard] = (res.stdout ?? "").trim().split("\n");
  const parse = (/** @type {string | undefined} */ v) => (v === "unlimited" ? Number.POSITIVE_INFINITY : Number(v));
  return { soft: parse(soft), hard: parse(hard) };
}

/** @typedef {Record<string, number>} ByRole a reading per process role */

/**
 * CPU seconds used so far by every process of wrangler's process group, labelled by role: wrangler's
 * own Node, the workerd that serves `port` (wrangler's proxy worker) and the workerd that runs the
 * Worker and its Durable Objects.
 * @param {number | undefined} pgid
 * @param {number} port
 * @returns {ByRole}
 */
export function groupCpu(pgid, port) {
  return groupStat(pgid, port, (_pid, stat) => {
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  });
}

/**
 * Resident memory (MiB) of wrangler's processes by role, like groupCpu.
 * @param {number | undefined} pgid
 * @param {number} port
 * @returns {ByRole}
 */
export function groupRssMiB(pgid, port) {
  const rss = groupStat(pgid, port, (pid) => {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  });
  return Object.fromEntries(Object.entries(rss).map(([k, v]) => [k, Math.round(v)]));
}

/**
 * Sums `measure(pid, /proc/<pid>/stat)` over the group's processes by role.
 * @param {number | undefined} pgid
 * @param {number} port
 * @param {(pid: string, stat: string) => number} measure
 * @returns {ByRole}
 */
function groupStat(pgid, port, measure) {
  /** @type {ByRole} */
  const out = {};
  if (!pgid) return out;
  /** @type {string[]} */
  let pids = [];
  try {
    pids = spawnSync("ps", ["-o", "pid=", "-g", String(pgid)], { encoding: "utf8" })
      .stdout.trim()
      .split(/\s+/);
  } catch {
    return out;
  }
  for (const pid of pids.filter(Boolean)) {
    try {
      const value = measure(pid, readFileSync(`/proc/${pid}/stat`, "utf8"));
      const cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const exe = cmd[0]?.split("/").at(-1) ?? "?";
      let role = exe;
      if (exe === "workerd")
        role = cmd.some((a) => a === `--socket-addr=entry=127.0.0.1:${port}`)
          ? "workerd (wrangler proxy)"
          : "workerd (Worker + Durable Objects)";
      else if (exe === "node" || exe === "wrangler") role = "wrangler (node)";
      out[role] = (out[role] ?? 0) + value;
    } catch {}
  }
  return out;
}

/**
 * `after - before` per role, 2 decimals.
 * @param {ByRole} before
 * @param {ByRole} after
 */
export function cpuDelta(before, after) {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, round2(v - (before[k] ?? 0))]));
}

const round2 = (/** @type {number} */ v) => Math.round(v * 100) / 100;
