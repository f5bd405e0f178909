import { JobRunner } from "../../durable-objects/job-runner";
import { testClock } from "./test-clock";

/**
 * The job Durable Object as the tests bind it (tests/wrangler.test.toml): the production class
 * reading the test clock, so its alarms are armed by its own methods and fired only by a test.
 */
export class TestJobRunner extends JobRunner {
  protected override readonly clock = testClock;
}
