// `node supervise.mjs <command> [args...]`: runs a command so that it cannot outlive whoever started
// this supervisor. Start it as the leader of its own process group (spawn with `detached: true`)
// and with a pipe on stdin that is never written to. When the parent goes away for any reason,
// SIGKILL included, the pipe's write end closes, stdin ends, and the supervisor ends the whole
// group: SIGTERM first, SIGKILL after a grace period. A command that exits on its own ends the
// supervisor with the same exit code; a SIGTERM, SIGINT or SIGHUP sent to the group is left to the
// command (the supervisor waits for it to exit).
import { spawn } from "node:child_process";

const GRACE_MS = Number(process.env.SUPERVISE_GRACE_MS ?? 5000);
const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: node supervise.mjs <command> [args...]");
  process.exit(2);
}

const child = spawn(command, args, { stdio: ["ignore", "inherit", "inherit"] });
child.on("error", (err) => {
  console.error(`supervise: cannot start ${command}: ${err.message}`);
  process.exit(127);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 128 : 1)));

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, () => {});

let ending = false;
function endGroup() {
  if (ending) return;
  ending = true;
  killGroup("SIGTERM");
  setTimeout(() => killGroup("SIGKILL"), GRACE_MS).unref();
}

/** @param {NodeJS.Signals} signal */
function killGroup(signal) {
  try {
    process.kill(-process.pid, signal);
  } catch {
    // Not a group leader (started without `detached`): end at least the command.
    child.kill(signal);
  }
}

process.stdin.on("end", endGroup);
process.stdin.on("error", endGroup);
process.stdin.resume();
