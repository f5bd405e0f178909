import type { ReactNode } from "react";

/** How often a schedule runs; `cron` takes an expression, the others the fields below. */
export type Frequency = "once" | "hourly" | "daily" | "weekly" | "monthly" | "cron";
const FREQUENCIES: Frequency[] = ["cron", "hourly", "daily", "weekly", "monthly", "once"];
const ZONES = [
  "UTC",
  "Europe/Berlin",
  "Europe/London",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
];

/** The timing part of the schedule form, as the inputs hold it (strings). */
export interface Timing {
  frequency: Frequency;
  cronExpression: string;
  timezone: string;
  minute: string;
  hour: string;
  dayOfWeek: string;
  dayOfMonth: string;
  runAt: string;
}

const num = (v: string) => (v === "" ? undefined : v);

/** The timing fields as the API takes them, for the preview (query strings) and for saving (numbers). */
export function timingQuery(t: Timing) {
  return {
    frequency: t.frequency,
    timezone: t.timezone,
    ...(t.frequency === "cron" ? { cronExpression: t.cronExpression } : {}),
    ...(t.frequency === "once" && t.runAt ? { runAt: new Date(t.runAt).toISOString() } : {}),
    ...(t.frequency !== "cron" && t.frequency !== "once" && num(t.minute) ? { minute: t.minute } : {}),
    ...(["daily", "weekly", "monthly"].includes(t.frequency) && num(t.hour) ? { hour: t.hour } : {}),
    ...(t.frequency === "weekly" && num(t.dayOfWeek) ? { dayOfWeek: t.dayOfWeek } : {}),
    ...(t.frequency === "monthly" && num(t.dayOfMonth) ? { dayOfMonth: t.dayOfMonth } : {}),
  };
}

/**
 * The form's timing inputs: frequency, then only the fields that frequency uses, then the timezone.
 * `set(name)` makes the change handler of one field; `err(name)` shows that field's API error.
 */
export function TimingFields({
  timing,
  set,
  err,
}: {
  timing: Timing;
  set: (name: keyof Timing) => (e: { target: { value: string } }) => void;
  err: (name: string) => ReactNode;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor="s-frequency">Frequency</label>
        <select id="s-frequency" value={timing.frequency} onChange={set("frequency")}>
          {FREQUENCIES.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </select>
      </div>
      {timing.frequency === "cron" && (
        <div className="field">
          <label htmlFor="s-cron">Cron expression</label>
          <input
            id="s-cron"
            value={timing.cronExpression}
            onChange={set("cronExpression")}
            aria-describedby="s-preview"
          />
          {err("cronExpression")}
        </div>
      )}
      {timing.frequency === "once" && (
        <div className="field">
          <label htmlFor="s-runat">Run at</label>
          <input id="s-runat" type="datetime-local" value={timing.runAt} onChange={set("runAt")} />
          {err("runAt")}
        </div>
      )}
      {["hourly", "daily", "weekly", "monthly"].includes(timing.frequency) && (
        <div className="field">
          <label htmlFor="s-minute">Minute</label>
          <input id="s-minute" type="number" min={0} max={59} value={timing.minute} onChange={set("minute")} />
        </div>
      )}
      {["daily", "weekly", "monthly"].includes(timing.frequency) && (
        <div className="field">
          <label htmlFor="s-hour">Hour</label>
          <input id="s-hour" type="number" min={0} max={23} value={timing.hour} onChange={set("hour")} />
        </div>
      )}
      {timing.frequency === "weekly" && (
        <div className="field">
          <label htmlFor="s-dow">Day of week</label>
          <select id="s-dow" value={timing.dayOfWeek} onChange={set("dayOfWeek")}>
            {["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].map((d, i) => (
              <option key={d} value={i}>
                {d}
              </option>
            ))}
          </select>
        </div>
      )}
      {timing.frequency === "monthly" && (
        <div className="field">
          <label htmlFor="s-dom">Day of month</label>
          <input id="s-dom" type="number" min={1} max={31} value={timing.dayOfMonth} onChange={set("dayOfMonth")} />
        </div>
      )}
      <div className="field">
        <label htmlFor="s-tz">Timezone</label>
        <input id="s-tz" list="zones" value={timing.timezone} onChange={set("timezone")} />
        <datalist id="zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        {err("timezone")}
      </div>
    </>
  );
}
