import type { z } from "@hono/zod-openapi";
import { ResearchTask, ResearchTaskCreate, ResearchTaskUpdate } from "../../research-tasks/research-tasks.schema";
import * as service from "../../research-tasks/research-tasks.service";
import { idInput } from "../shapes";
import { defineTool } from "../tool";

const taskLine = (t: z.output<typeof ResearchTask>) => `${t.title} [${t.status}, p${t.priority}] ${t.id} v${t.version}`;

const Update = idInput("research task")
  .extend(ResearchTaskUpdate.shape)
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "id" && k !== "version"), {
    message: "send at least one field to change",
  });

export const researchTaskTools = [
  defineTool({
    name: "create_research_task",
    title: "Create a research task",
    description: "Creates a research task, optionally linked to a technology or repository of the project.",
    input: ResearchTaskCreate,
    output: ResearchTask,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (deps, input) => service.createResearchTask(deps, input),
    text: (t) => `created ${taskLine(t)}`,
  }),
  defineTool({
    name: "update_research_task",
    title: "Update a research task",
    description:
      "Changes a research task's fields (status, assignee, due date, findings...). Send the version you read " +
      "to fail with a conflict instead of overwriting someone else's change.",
    input: Update,
    output: ResearchTask,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (deps, { id, ...input }) => service.updateResearchTask(deps, id, input, input.version),
    text: (t) => `updated ${taskLine(t)}`,
  }),
];
