import { z } from "@hono/zod-openapi";
import { knowledgeDeps } from "../../knowledge/deps";
import { SearchQuery } from "../../knowledge/search/search.schema";
import { searchKnowledge } from "../../knowledge/search/search.service";
import { listAnalyses, technologyEvidenceOf } from "../../repository-analysis/analyses.service";
import { ResearchTaskListQuery } from "../../research-tasks/research-tasks.schema";
import { listResearchTasks } from "../../research-tasks/research-tasks.service";
import { radarAsOf } from "../../technologies/radar.service";
import { technologyHistory } from "../../technologies/technologies.service";
import type { McpDeps } from "../deps";
import { resolveRepository, resolveTask, resolveTechnology } from "../names";
import { definePrompt } from "../prompt";
import { block, repositoriesWithAnalyses } from "./data";

/** The knowledge base's best passages about a text. */
async function passages(deps: McpDeps, q: string) {
  const result = await searchKnowledge(knowledgeDeps(deps), SearchQuery.parse({ q: q.slice(0, 500), limit: 5 }), {});
  return result.data.map((hit) => ({
    document: hit.document.title,
    passages: hit.chunks.map((c) => ({ heading: c.headingPath.join(" > "), snippet: c.snippet })),
  }));
}

export const itemPrompts = [
  definePrompt({
    name: "evaluate_technology",
    title: "Evaluate a technology",
    description: "An evaluation of one technology from its radar entry, history, evidence and knowledge base notes.",
    args: z.object({ technology: z.string().min(1).max(200).describe("The technology's title or id") }),
    complete: { technology: "technology" },
    async build(deps, args) {
      const technology = await resolveTechnology(deps, args.technology);
      const [history, evidence, notes] = await Promise.all([
        technologyHistory(deps, technology.id, { page: 1, limit: 20 }),
        technologyEvidenceOf(deps, technology.id),
        passages(deps, technology.title),
      ]);
      return [
        `Evaluate ${technology.title} for this project: fit, maturity, risks, and whether it should move on the radar (and to which status).`,
        block("The technology", technology),
        block("History", history.data),
        block("Where repositories use it", evidence),
        block("Knowledge base notes", notes),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "plan_research",
    title: "Plan research",
    description: "A research plan for a topic (or an existing task), building on the tasks and notes already there.",
    args: z.object({
      topic: z.string().min(1).max(300).describe("What to research"),
      task: z.string().max(200).optional().describe("An existing research task's title or id to plan for"),
    }),
    complete: { task: "task" },
    async build(deps, { topic, task }) {
      const existing = task ? await resolveTask(deps, task) : null;
      const q = ResearchTaskListQuery.parse({ q: topic.slice(0, 200), limit: 20 });
      const [related, notes] = await Promise.all([listResearchTasks(deps, q), passages(deps, topic)]);
      return [
        `Plan research on: ${topic}. Give questions to answer, sources to check, experiments, and tasks to create (title, priority, due date).`,
        existing ? block("The task this plan is for", existing) : "",
        block("Related research tasks", related.data),
        block("What the knowledge base already says", notes),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "review_code",
    title: "Review a repository",
    description: "A review of a repository's stack from its latest analysis: dependencies, languages and problems.",
    args: z.object({ repository: z.string().min(1).max(200).describe("The repository as owner/name, or its id") }),
    complete: { repository: "repository" },
    async build(deps, args) {
      const repository = await resolveRepository(deps, args.repository);
      const latest = (await listAnalyses(deps, repository.id, { page: 1, limit: 1 })).data[0] ?? null;
      return [
        `Review the stack of ${repository.owner}/${repository.name}: outdated or risky dependencies, inconsistencies, and what to change first.`,
        latest ? "" : "The repository has not been analysed yet: say so and suggest running analyze_repository.",
        block("The repository", repository),
        block("Latest analysis", latest),
      ].join("\n\n");
    },
  }),
  definePrompt({
    name: "architecture_review",
    title: "Review the architecture",
    description: "An architecture review across the project's repositories against its technology radar.",
    args: z.object({ repository: z.string().max(200).optional().describe("Limit the review to one repository") }),
    complete: { repository: "repository" },
    async build(deps, args) {
      const [radar, all] = await Promise.all([radarAsOf(deps, new Date()), repositoriesWithAnalyses(deps)]);
      const only = args.repository ? await resolveRepository(deps, args.repository) : null;
      const repos = only ? all.filter((r) => r.id === only.id) : all;
      return [
        "Review the architecture: how the repositories' stacks fit the radar (adopt/trial/assess/hold), duplication, hold-ring technologies still in use, and a target picture.",
        block(
          "Radar",
          radar.blips.map((b) => ({ title: b.title, ring: b.ring, domain: b.domain })),
        ),
        block("Repositories and what their latest analyses found", repos),
      ].join("\n\n");
    },
  }),
];
