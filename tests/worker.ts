import { registerJobTypes } from "../worker/features/jobs/registry";
import { testJobTypes } from "./durable-objects/test-job-types";

export { EventStream } from "../durable-objects/event-stream";
export { KeySockets } from "../durable-objects/key-sockets";
export { default } from "../worker/index";
export { TestJobRunner } from "./durable-objects/test-job-runner";

registerJobTypes(testJobTypes);
