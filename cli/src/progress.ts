import type { Ui } from "./output";

/** A job's progress as people see it: a live bar on a terminal, one line per step elsewhere. */
export interface ProgressView {
  update(percent: number, step: string | null): void;
  /** A message printed above the bar. */
  note(message: string): void;
  /** Removes the bar (the caller prints the result next). */
  stop(): void;
}

const WIDTH = 30;

/** The bar line: `[██████░░░░]  42%  scanning 120 files  3.1s`. */
export function renderBar(percent: number, step: string | null, elapsedMs: number): string {
  const p = Math.max(0, Math.min(100, percent));
  const filled = Math.round((p / 100) * WIDTH);
  const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
  return `[${bar}] ${String(Math.floor(p)).padStart(3)}%  ${step ?? ""}  ${(elapsedMs / 1000).toFixed(1)}s`;
}

/** Starts showing progress on stderr; `label` names what runs (e.g. "analysing acme/api"). */
export function startProgress(ui: Ui, label: string): ProgressView {
  const started = Date.now();
  let percent = 0;
  let step: string | null = null;
  let lastStep: string | null | undefined;
  if (!ui.live) {
    ui.info(label);
    return {
      update(p, s) {
        percent = p;
        if (s !== lastStep) ui.info(`  ${Math.floor(percent)}% ${s ?? ""}`.trimEnd());
        lastStep = s;
      },
      note: (message) => ui.info(message),
      stop() {},
    };
  }
  const draw = () =>
    process.stderr.write(`\r\u001b[2K${ui.color.cyan(renderBar(percent, step, Date.now() - started))}`);
  process.stderr.write(`${label}\n`);
  draw();
  const timer = setInterval(draw, 200);
  return {
    update(p, s) {
      percent = p;
      step = s;
      draw();
    },
    note(message) {
      process.stderr.write(`\r\u001b[2K${message}\n`);
      draw();
    },
    stop() {
      clearInterval(timer);
      process.stderr.write("\r\u001b[2K");
    },
  };
}
