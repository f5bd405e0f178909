import type { z } from "@hono/zod-openapi";
import { createJobNamed } from "../../jobs/create-job";
import { Job, JobCreate } from "../../jobs/jobs.schema";
import * as service from "../../jobs/jobs.service";
import { idInput } from "../shapes";
import { defineTool } from "../tool";

/** One line about a job: type, status, progress and how it ended. */
export const jobLine = (j: z.output<typeof Job>) =>
  `job ${j.id} ${j.type}: ${j.status} ${j.progress}%${j.step ? ` (${j.step})` : ""}${j.error ? ` error: ${j.error}` : ""}`;

export const jobTools = [
  defineTool({
    name: "create_job",
    title: "Start a job",
    description:
      "Starts a job of a registered type (see the job types in commandcenter://overview) now, at runAt or after delaySeconds.",
    input: JobCreate,
    output: Job,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (deps, input) => createJobNamed(deps, input),
    text: jobLine,
  }),
  defineTool({
    name: "get_job_status",
    title: "Get a job's status",
    description: "A job's live state: status, progress, current step, result or error.",
    input: idInput("job"),
    output: Job,
    annotations: { readOnlyHint: true },
    run: (deps, { id }) => service.getJob(deps, id),
    text: jobLine,
  }),
  defineTool({
    name: "cancel_job",
    title: "Cancel a job",
    description: "Cancels a queued or running job (idempotent); a job that already finished otherwise is a conflict.",
    input: idInput("job"),
    output: Job,
    annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
    run: (deps, { id }) => service.cancelJob(deps, id),
    text: jobLine,
  }),
];
