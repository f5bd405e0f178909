import { z } from "@hono/zod-openapi";
import { IsoDate } from "../../../lib/zod";
import { jobStats } from "../../jobs/jobs.service";
import { radarAsOf } from "../../technologies/radar.service";
import { technologyStats } from "../../technologies/technologies.service";
import { definePrompt } from "../prompt";
import { block, eventsSince, openTasks, repositoriesWithAnalyses, technologiesInBrief } from "./data";

const DAY_MS = 24 * 3600 * 1000;

export const projectPrompts = [
  definePrompt({
    name: "analyze_project",
    title: "Analyze the project",
    description: "An assessment of the project's technology portfolio, research and risks from its current data.",
    args: z.object({ focus: z.string().max(200).optional().describe("What to pay most attention to") }),
    async build(deps, { focus }) {
      const [stats, technologies, tasks, jobs] = await Promise.all([
        technologyStats(deps),
        technologiesInBrief(deps),
        openTasks(deps),
        jobStats(deps),
      ]);
      return [
        "Analyze this project's technology portfolio: strengths, gaps, risks and the three next steps you recommend.",
        focus ? `Focus on: ${focus}.` : "",
        block("Technology counts", stats),
        block("Technologies", technologies),
        block("Open research tasks", tasks),
        block("Jobs", jobs),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "generate_report",
    title: "Generate a report",
    description: "A status report of what changed in the project since a date (default: the last 7 days).",
    args: z.object({ since: IsoDate.optional().describe("Report changes since this date (YYYY-MM-DD)") }),
    async build(deps, { since }) {
      const from = since ?? new Date(Date.now() - 7 * DAY_MS).toISOString();
      const [events, stats, radar, tasks] = await Promise.all([
        eventsSince(deps, from),
        technologyStats(deps),
        radarAsOf(deps, new Date()),
        openTasks(deps),
      ]);
      const moved = radar.blips.filter((b) => b.movement !== "none");
      return [
        `Write a concise status report of the project since ${from}: what changed on the radar, in research and in analyses, and what needs attention.`,
        block("Events since then", events),
        block("Radar movement (last 90 days)", moved),
        block("Technology counts", stats),
        block("Open research tasks", tasks),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "prioritize_tasks",
    title: "Prioritize research tasks",
    description:
      "A proposed order for the open research tasks, with reasons, from their priority, due dates and links.",
    args: z.object({ criteria: z.string().max(200).optional().describe("What matters most, e.g. 'security first'") }),
    async build(deps, { criteria }) {
      const [tasks, technologies] = await Promise.all([openTasks(deps, 100), technologiesInBrief(deps)]);
      return [
        "Propose an order for these open research tasks and give a one-line reason for each; flag blocked or overdue ones.",
        criteria ? `Criteria: ${criteria}.` : "",
        `Today is ${new Date().toISOString().slice(0, 10)}.`,
        block("Open research tasks", tasks),
        block("Technologies they may link to", technologies),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "radar_review",
    title: "Review the radar",
    description:
      "A radar review: what moved lately, what is stale, and what repositories use that is not on the radar.",
    args: z.object({
      staleDays: z
        .string()
        .regex(/^\d{1,4}$/)
        .optional()
        .describe("Days without a change that make a technology stale (default 180)"),
    }),
    async build(deps, { staleDays }) {
      const days = Number(staleDays ?? 180);
      const [radar, oldest, repos] = await Promise.all([
        radarAsOf(deps, new Date()),
        technologiesInBrief(deps, "updatedAt"),
        repositoriesWithAnalyses(deps),
      ]);
      const cutoff = Date.now() - days * DAY_MS;
      const stale = oldest.filter((t) => Date.parse(t.updatedAt) < cutoff && t.status !== "archived");
      const titles = new Set(radar.blips.map((b) => b.title.toLowerCase()));
      const unlisted = [
        ...new Set(
          repos
            .flatMap((r) => r.dependencies.map((d) => d.split(":").slice(1).join(":")))
            .filter((n) => !titles.has(n.toLowerCase())),
        ),
      ].slice(0, 100);
      return [
        "Review the technology radar: comment on what moved, propose what to do with stale entries, and which of the used but unlisted dependencies deserve a place on the radar.",
        block(
          "Moved in the last 90 days",
          radar.blips.filter((b) => b.movement !== "none"),
        ),
        block(`Stale: unchanged for ${days} days`, stale),
        block("Used in repositories but not on the radar", unlisted),
      ].join("\n\n");
    },
  }),
];
