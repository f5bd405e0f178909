import { app } from "./app";
import { createDb } from "./db/client";
import { purgeExpiredExports } from "./features/exports/artifacts";
import { registerCompletionHooks } from "./features/jobs/job-hooks";
import { registerJobTypes } from "./features/jobs/registry";
import { flushMetrics } from "./features/metrics/recorder";
import { isAuthorizationServerPath, serveAuthorizationServer } from "./features/oauth/metadata.routes";
import { driftAfterAnalysis, scanAllOnSchedule } from "./features/portfolio/drift/run";
import { runDueSchedules } from "./features/schedules/dispatch";
import { purgeExpiredUploads } from "./features/snapshot-uploads/uploads.service";
import { handleWebhookQueue } from "./features/webhooks/consumer";
import { sweepDeliveries } from "./features/webhooks/enqueue";
import { jobTypes } from "./job-types";

export { EventStream } from "../durable-objects/event-stream";
export { JobRunner } from "../durable-objects/job-runner";
export { KeySockets } from "../durable-objects/key-sockets";

registerJobTypes(jobTypes);
registerCompletionHooks([driftAfterAnalysis]);

export default {
  fetch(request: Request, env: Env, ctx: ExecutionContext) {
    if (isAuthorizationServerPath(new URL(request.url).pathname)) return serveAuthorizationServer(request, env, ctx);
    return app.fetch(request, env, ctx);
  },
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runDueSchedules(env, new Date(controller.scheduledTime)).then(() => flushMetrics(env.DB)));
    ctx.waitUntil(sweepDeliveries(env));
    ctx.waitUntil(purgeExpiredExports(env, createDb(env.DB), new Date(controller.scheduledTime)));
    ctx.waitUntil(purgeExpiredUploads(env, createDb(env.DB), new Date(controller.scheduledTime)));
    ctx.waitUntil(scanAllOnSchedule({ env, db: createDb(env.DB) }, new Date(controller.scheduledTime)));
  },
  async queue(batch, env, _ctx) {
    await handleWebhookQueue(batch, env);
  },
} satisfies ExportedHandler<Env>;
