import { app } from "./app";

export { EventStream } from "../durable-objects/event-stream";
export { JobRunner } from "../durable-objects/job-runner";

export default {
  fetch: app.fetch,
  async scheduled(_controller, _env, _ctx) {},
  async queue(_batch, _env, _ctx) {},
} satisfies ExportedHandler<Env>;
