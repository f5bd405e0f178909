const DAY_MS = 24 * 3600_000;

let current = Date.now() + DAY_MS;

/**
 * The clock the test job runner reads. It starts a day ahead of the wall clock and stands still
 * until a test moves it, so every alarm a job arms lies in the real future: the platform never
 * fires one by itself, and a test fires it with `runDurableObjectAlarm` when it chooses.
 */
export const testClock = { now: (): number => current };

/** Moves the test clock forward by `ms`. */
export function advanceClock(ms: number): void {
  current += ms;
}

/** Moves the test clock forward to `at` (ms since the epoch); never backwards. */
export function advanceClockTo(at: number): void {
  current = Math.max(current, at);
}
