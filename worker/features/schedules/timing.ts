import { Cron } from "croner";
import cronstrue from "cronstrue";
import type { FieldIssue } from "../../lib/errors";

/** The timing fields a schedule is created or previewed with. */
export interface TimingInput {
  frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "cron";
  cronExpression?: string | null;
  runAt?: string | null;
  minute?: number;
  hour?: number;
  dayOfWeek?: number;
  dayOfMonth?: number;
  timezone: string;
}

/** What is stored: the 5-field expression evaluated (null for `once`) or the one instant to run at. */
export interface Timing {
  frequency: TimingInput["frequency"];
  cronExpression: string | null;
  runAt: string | null;
  timezone: string;
}

/** Which simple options each named frequency takes; anything else is refused so nothing is silently ignored. */
export const OPTIONS_OF = {
  once: [],
  hourly: ["minute"],
  daily: ["minute", "hour"],
  weekly: ["minute", "hour", "dayOfWeek"],
  monthly: ["minute", "hour", "dayOfMonth"],
  cron: [],
} as const satisfies Record<TimingInput["frequency"], readonly string[]>;

type OptionKey = "minute" | "hour" | "dayOfWeek" | "dayOfMonth";
const OPTION_KEYS: readonly OptionKey[] = ["minute", "hour", "dayOfWeek", "dayOfMonth"];

/**
 * The IANA name a timezone resolves to, or null if the runtime does not know it. Intl is the
 * authority croner uses too; `Intl.supportedValuesOf` omits aliases such as `UTC`, so it is not.
 */
export function canonicalTimezone(tz: string): string | null {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(tz)) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** Why a 5-field expression is not usable, in croner's words, or null when it is. */
export function cronProblem(expression: string): string | null {
  if (expression.trim().split(/\s+/).length !== 5) {
    return "expected 5 fields: minute hour day-of-month month day-of-week";
  }
  try {
    const cron = new Cron(expression, { mode: "5-part" });
    if (cron.nextRun(new Date(0)) === null) return "the expression never matches a date";
    return null;
  } catch (err) {
    return err instanceof Error ? err.message.replace(/^CronPattern: /, "") : String(err);
  }
}

/**
 * Checks the timing fields together and resolves them to what is stored: a named frequency
 * becomes its cron expression, `cron` keeps the (whitespace-normalised) expression it was given.
 * Returns the field issues instead when something is wrong, each naming its field.
 */
export function resolveTiming(input: TimingInput): { timing: Timing } | { issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const timezone = canonicalTimezone(input.timezone);
  if (!timezone) issues.push({ path: "timezone", message: `unknown IANA timezone '${input.timezone}'` });
  const allowed: readonly string[] = OPTIONS_OF[input.frequency];
  for (const key of OPTION_KEYS) {
    if (input[key] !== undefined && !allowed.includes(key)) {
      issues.push({ path: key, message: `not used by frequency ${input.frequency}` });
    }
  }
  if (input.frequency !== "cron" && input.cronExpression) {
    issues.push({ path: "cronExpression", message: "only for frequency cron; named frequencies derive it" });
  }
  if (input.frequency !== "once" && input.runAt) {
    issues.push({ path: "runAt", message: "only for frequency once" });
  }
  let cronExpression: string | null = null;
  let runAt: string | null = null;
  if (input.frequency === "once") {
    if (!input.runAt) issues.push({ path: "runAt", message: "required for frequency once" });
    else runAt = new Date(input.runAt).toISOString();
  } else if (input.frequency === "cron") {
    const expr = input.cronExpression?.trim().replace(/\s+/g, " ");
    const problem = expr ? cronProblem(expr) : "required for frequency cron";
    if (problem) issues.push({ path: "cronExpression", message: problem });
    else cronExpression = expr ?? null;
  } else {
    cronExpression = expressionOf(input.frequency, input);
  }
  if (issues.length || !timezone) return { issues };
  return { timing: { frequency: input.frequency, cronExpression, runAt, timezone } };
}

/** The cron expression of a named frequency, options defaulting to midnight, Monday, the 1st. */
function expressionOf(frequency: "hourly" | "daily" | "weekly" | "monthly", o: Partial<Record<OptionKey, number>>) {
  const m = o.minute ?? 0;
  const h = o.hour ?? 0;
  if (frequency === "hourly") return `${m} * * * *`;
  if (frequency === "daily") return `${m} ${h} * * *`;
  if (frequency === "weekly") return `${m} ${h} * * ${o.dayOfWeek ?? 1}`;
  return `${m} ${h} ${o.dayOfMonth ?? 1} * *`;
}

/** The simple options a stored named-frequency expression was derived from (for partial updates). */
export function optionsOf(
  frequency: TimingInput["frequency"],
  expression: string | null,
): Partial<Record<OptionKey, number>> {
  if (!expression || frequency === "cron" || frequency === "once") return {};
  const [minute, hour, dayOfMonth, , dayOfWeek] = expression.split(" ").map(Number);
  const all = { minute, hour, dayOfWeek, dayOfMonth };
  const allowed: readonly string[] = OPTIONS_OF[frequency];
  return Object.fromEntries(Object.entries(all).filter(([k, v]) => allowed.includes(k) && Number.isInteger(v)));
}

/**
 * The first run strictly after `after`, or null if there is none. Croner applies DST the way cron
 * does: a fixed time that falls in a spring-forward gap runs at the first valid time after it,
 * and a fixed time that occurs twice on fall-back runs once; interval patterns keep wall-clock steps.
 */
export function nextRunAfter(timing: Timing, after: Date): Date | null {
  if (timing.frequency === "once" || !timing.cronExpression) {
    if (!timing.runAt) return null;
    const at = new Date(timing.runAt);
    return at > after ? at : null;
  }
  return new Cron(timing.cronExpression, { timezone: timing.timezone, mode: "5-part" }).nextRun(after);
}

/** Up to `n` run times after `after`. */
export function nextRuns(timing: Timing, after: Date, n: number): Date[] {
  const runs: Date[] = [];
  let cursor = after;
  while (runs.length < n) {
    const next = nextRunAfter(timing, cursor);
    if (!next) break;
    runs.push(next);
    cursor = next;
  }
  return runs;
}

/** The wall-clock time of an instant in `timezone` (to the second) and the zone's UTC offset then, in minutes. */
function wallClock(date: Date, timezone: string): { local: string; offsetMin: number } {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  const local = `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}:${get("second")}`;
  const offsetMin = Math.round((Date.parse(`${local}Z`) - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return { local, offsetMin };
}

/** The UTC offset of `timezone` at an instant, in minutes (Berlin in summer: 120). */
export const utcOffsetMinutes = (date: Date, timezone: string): number => wallClock(date, timezone).offsetMin;

/** An instant as ISO-8601 wall-clock time in `timezone` with its UTC offset, e.g. `2026-03-29T03:00:00+02:00`. */
export function isoInZone(date: Date, timezone: string): string {
  const { local, offsetMin } = wallClock(date, timezone);
  const sign = offsetMin < 0 ? "-" : "+";
  const abs = Math.abs(offsetMin);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** A human-readable description of when the schedule runs, e.g. "Every 5 minutes (Europe/Berlin)". */
export function describeTiming(timing: Timing): string {
  if (timing.frequency === "once" || !timing.cronExpression) {
    return timing.runAt ? `Once, at ${isoInZone(new Date(timing.runAt), timing.timezone)}` : "Once";
  }
  let text: string;
  try {
    text = cronstrue.toString(timing.cronExpression, { use24HourTimeFormat: true, verbose: false });
  } catch {
    text = `Cron ${timing.cronExpression}`;
  }
  return `${text} (${timing.timezone})`;
}
