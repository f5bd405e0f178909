import { app } from "./app";
import { runDueSchedules } from "./features/schedules/dispatch";

export { EventStream } from "../durable-objects/event-stream";
export { JobRunner } from "../durable-objects/job-runner";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runDueSchedules(env, new Date(controller.scheduledTime)));
  },
  async queue(_batch, _env, _ctx) {},
} satisfies ExportedHandler<Env>;
