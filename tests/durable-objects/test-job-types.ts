import { z } from "@hono/zod-openapi";
import { type JobContext, type JobType, PermanentJobError } from "../../worker/features/jobs/registry";

/** Gates the `test.gated` job waits on, so a test decides when each step may finish. */
export const gates = new Map<string, { open: () => void; promise: Promise<void> }>();

export function gate(name: string) {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  const g = { open, promise };
  gates.set(name, g);
  return g;
}

/** Gates a run has reached (`<gate>:<step>`), so a test knows the run is waiting there. */
const arrivals = new Map<string, { promise: Promise<void>; reached: () => void; done: boolean }>();

function arrivalOf(name: string) {
  let entry = arrivals.get(name);
  if (!entry) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    const created = {
      promise,
      done: false,
      reached: () => {
        created.done = true;
        resolve();
      },
    };
    arrivals.set(name, created);
    entry = created;
  }
  return entry;
}

/** Resolves once a run has reported the step and is waiting at gate `name` (`<gate>:<step>`). */
export const arrival = (name: string): Promise<void> => arrivalOf(name).promise;

/** Whether any run has reached gate `name`. */
export const hasArrived = (name: string): boolean => arrivals.get(name)?.done ?? false;

/** Failures left per job id, for `test.flaky`. */
export const failuresLeft = new Map<string, number>();

const testSteps: JobType<{ steps: number }> = {
  type: "test.steps",
  description: "Runs N steps, reporting progress after each",
  params: z.object({ steps: z.number().int().min(1).max(1000) }),
  maxAttempts: 3,
  timeoutMs: 60_000,
  async run(ctx) {
    for (let i = 1; i <= ctx.params.steps; i++) {
      await ctx.checkpoint();
      await ctx.progress((i / ctx.params.steps) * 100, `step ${i} of ${ctx.params.steps}`);
    }
    await ctx.log("all steps done");
    return { steps: ctx.params.steps };
  },
};

const testIoSteps: JobType<{ steps: number }> = {
  type: "test.io-steps",
  description: "Runs N steps, each waiting on a D1 query first, so requests interleave with the run",
  params: z.object({ steps: z.number().int().min(1).max(1000) }),
  maxAttempts: 1,
  timeoutMs: 60_000,
  async run(ctx) {
    for (let i = 1; i <= ctx.params.steps; i++) {
      await ctx.env.DB.prepare("select 1").first();
      await ctx.progress((i / ctx.params.steps) * 100, `step ${i}`);
    }
    return { steps: ctx.params.steps };
  },
};

const GatedParams = z.object({ gate: z.string(), steps: z.number().int().default(2) });

/** Reports each step, then waits at `<gate>:<step>` (if the test made one) before its checkpoint. */
async function runGated(ctx: JobContext<z.infer<typeof GatedParams>>) {
  for (let i = 1; i <= ctx.params.steps; i++) {
    await ctx.progress(i * 10, `waiting at step ${i}`);
    const name = `${ctx.params.gate}:${i}`;
    arrivalOf(name).reached();
    await gates.get(name)?.promise;
    await ctx.checkpoint();
  }
  return { ok: true };
}

const testGated: JobType<z.infer<typeof GatedParams>> = {
  type: "test.gated",
  description: "Waits on a named gate between steps",
  params: GatedParams,
  maxAttempts: 1,
  timeoutMs: 60_000,
  run: runGated,
};

/** Fails while `failuresLeft` has failures for its key, then succeeds. */
async function runFlaky(ctx: JobContext<{ key: string }>) {
  const left = failuresLeft.get(ctx.params.key) ?? 0;
  if (left > 0) {
    failuresLeft.set(ctx.params.key, left - 1);
    throw new Error(`planned failure (${left} left)`);
  }
  return { attempt: ctx.attempt };
}

const testFlaky: JobType<{ key: string }> = {
  type: "test.flaky",
  description: "Fails a given number of times, then succeeds",
  params: z.object({ key: z.string() }),
  maxAttempts: 3,
  timeoutMs: 60_000,
  run: runFlaky,
};

const testFlakyPatient: JobType<{ key: string }> = {
  type: "test.flaky-patient",
  description: "Like test.flaky, with five attempts",
  params: z.object({ key: z.string() }),
  maxAttempts: 5,
  timeoutMs: 60_000,
  run: runFlaky,
};

const testBroken: JobType<Record<string, never>> = {
  type: "test.broken",
  description: "Fails permanently on its first attempt",
  params: z.object({}),
  maxAttempts: 3,
  timeoutMs: 60_000,
  async run() {
    throw new PermanentJobError("the input can never work");
  },
};

const testSlow: JobType<Record<string, never>> = {
  type: "test.slow",
  description: "Never finishes within its 50 ms timeout",
  params: z.object({}),
  maxAttempts: 1,
  timeoutMs: 50,
  async run(ctx) {
    await new Promise((r) => setTimeout(r, 5_000));
    await ctx.checkpoint();
    return {};
  },
};

const testStalling: JobType<{ gate: string }> = {
  type: "test.stalling",
  description: "Waits at `<gate>:1` under a 50 ms timeout: times out until the test opens the gate",
  params: z.object({ gate: z.string() }),
  maxAttempts: 1,
  timeoutMs: 50,
  async run(ctx) {
    await gates.get(`${ctx.params.gate}:1`)?.promise;
    await ctx.checkpoint();
    return { ok: true };
  },
};

/** Released `test.hanging` runs, by gate. Plain data: a run holds no promise of the test's. */
export const released = new Set<string>();

/**
 * Reports the step "hanging", then polls (on its own timers) until the test releases its gate. It
 * shares no promise with the test: aborting an instance whose run awaits, or is awaited through, a
 * promise of the test's hangs workerd.
 */
async function runHanging(ctx: JobContext<{ gate: string }>) {
  await ctx.progress(10, "hanging");
  while (!released.has(ctx.params.gate)) await new Promise((r) => setTimeout(r, 2));
  await ctx.checkpoint();
  return { ok: true };
}

const testHanging: JobType<{ gate: string }> = {
  type: "test.hanging",
  description: "Hangs until released; one attempt",
  params: z.object({ gate: z.string() }),
  maxAttempts: 1,
  timeoutMs: 60_000,
  run: runHanging,
};

const testHangingRetryable: JobType<{ gate: string }> = {
  type: "test.hanging-retryable",
  description: "Hangs until released; two attempts",
  params: z.object({ gate: z.string() }),
  maxAttempts: 2,
  timeoutMs: 60_000,
  run: runHanging,
};

/** The job types the tests run, registered by the test entry (tests/worker.ts). */
export const testJobTypes: readonly JobType<unknown>[] = [
  testSteps,
  testIoSteps,
  testGated,
  testFlaky,
  testFlakyPatient,
  testBroken,
  testSlow,
  testStalling,
  testHanging,
  testHangingRetryable,
];
