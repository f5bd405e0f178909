import { createColors } from "picocolors";

/** How output may look: colour and live bars only on a terminal and without NO_COLOR. */
export interface Ui {
  color: ReturnType<typeof createColors>;
  /** stderr is a terminal: a live progress bar may be drawn there. */
  live: boolean;
  /** A message for people, on stderr (data goes to stdout). */
  info(message: string): void;
  warn(message: string): void;
  /** One line of data on stdout. */
  out(line: string): void;
  /** A value as JSON on stdout (the `--json` shapes documented in the README). */
  json(value: unknown): void;
  /** Rows as an aligned table on stdout, or "(none)" on stderr when empty. */
  table(rows: readonly Record<string, unknown>[], columns: readonly Column[]): void;
}

export interface Column {
  key: string;
  label: string;
  /** Text of a cell; default: the value as a string, "" for null. */
  format?: (value: unknown, row: Record<string, unknown>) => string;
}

/** The Ui for this process: honours NO_COLOR, FORCE_COLOR and whether stdout/stderr are terminals. */
export function createUi(options: { noColor?: boolean } = {}): Ui {
  const env = process.env;
  const noColor = options.noColor || (env.NO_COLOR !== undefined && env.NO_COLOR !== "") || env.TERM === "dumb";
  const colorOn = !noColor && (Boolean(process.stdout.isTTY) || Boolean(env.FORCE_COLOR));
  const color = createColors(colorOn);
  return {
    color,
    live: Boolean(process.stderr.isTTY) && !noColor && env.CI !== "true",
    info: (message) => process.stderr.write(`${message}\n`),
    warn: (message) => process.stderr.write(`${color.yellow("warning:")} ${message}\n`),
    out: (line) => process.stdout.write(`${line}\n`),
    json: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    table(rows, columns) {
      if (rows.length === 0) {
        process.stderr.write("(none)\n");
        return;
      }
      const cells = rows.map((row) => columns.map((c) => cellText(c, row)));
      const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((r) => visibleLength(r[i] ?? ""))));
      const pad = (text: string, i: number) => text + " ".repeat(Math.max(0, (widths[i] ?? 0) - visibleLength(text)));
      process.stdout.write(
        `${color.bold(
          columns
            .map((c, i) => pad(c.label, i))
            .join("  ")
            .trimEnd(),
        )}\n`,
      );
      for (const r of cells)
        process.stdout.write(
          `${r
            .map((t, i) => pad(t, i))
            .join("  ")
            .trimEnd()}\n`,
        );
    },
  };
}

function cellText(column: Column, row: Record<string, unknown>): string {
  const value = row[column.key];
  if (column.format) return column.format(value, row);
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.join(",");
  return String(value);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matches ANSI colour sequences on purpose
const ANSI = /\u001b\[[0-9;]*m/g;

/** Length of a string as the terminal shows it (colour codes take no room). */
export function visibleLength(text: string): number {
  return text.replace(ANSI, "").length;
}
