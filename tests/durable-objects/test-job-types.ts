import { z } from "@hono/zod-openapi";
import { registerJobType } from "../../worker/features/jobs/registry";

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

/** Failures left per job id, for `test.flaky`. */
export const failuresLeft = new Map<string, number>();

registerJobType({
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
});

registerJobType({
  type: "test.gated",
  description: "Waits on a named gate between steps",
  params: z.object({ gate: z.string(), steps: z.number().int().default(2) }),
  maxAttempts: 1,
  timeoutMs: 60_000,
  async run(ctx) {
    for (let i = 1; i <= ctx.params.steps; i++) {
      await ctx.progress(i * 10, `waiting at step ${i}`);
      await gates.get(`${ctx.params.gate}:${i}`)?.promise;
      await ctx.checkpoint();
    }
    return { ok: true };
  },
});

registerJobType({
  type: "test.flaky",
  description: "Fails a given number of times, then succeeds",
  params: z.object({ key: z.string() }),
  maxAttempts: 3,
  timeoutMs: 60_000,
  async run(ctx) {
    const left = failuresLeft.get(ctx.params.key) ?? 0;
    if (left > 0) {
      failuresLeft.set(ctx.params.key, left - 1);
      throw new Error(`planned failure (${left} left)`);
    }
    return { attempt: ctx.attempt };
  },
});

registerJobType({
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
});
