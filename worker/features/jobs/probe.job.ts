import { z } from "@hono/zod-openapi";
import type { JobType } from "./registry";

export const ProbeParams = z.object({
  steps: z.number().int().min(1).max(1000).default(10),
  intervalMs: z.number().int().min(0).max(10_000).default(200),
});
export type ProbeParams = z.infer<typeof ProbeParams>;

/**
 * `system.probe`: reports `steps` progress updates `intervalMs` apart and does nothing else. It
 * checks the live pipeline end to end (alarm, progress, WebSocket fan-out, D1 mirror) and is what
 * the jobs benchmark drives.
 */
export const probeJob: JobType<ProbeParams> = {
  type: "system.probe",
  description: "Report progress in N steps without doing any work: checks live job updates end to end",
  params: ProbeParams,
  maxAttempts: 1,
  timeoutMs: 15 * 60_000,
  async run(ctx) {
    const { steps, intervalMs } = ctx.params;
    for (let i = 1; i <= steps; i++) {
      if (intervalMs > 0) await new Promise((r) => setTimeout(r, intervalMs));
      await ctx.checkpoint();
      await ctx.progress((i / steps) * 100, `step ${i} of ${steps}`);
    }
    return { steps };
  },
};
