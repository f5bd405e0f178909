import { EventListQuery } from "../../events/events.schema";
import { listEvents } from "../../events/events.service";
import { RepositoryListQuery } from "../../repositories/repositories.schema";
import { listRepositories } from "../../repositories/repositories.service";
import { listAnalyses } from "../../repository-analysis/analyses.service";
import { ResearchTaskListQuery } from "../../research-tasks/research-tasks.schema";
import { listResearchTasks } from "../../research-tasks/research-tasks.service";
import { listTechnologies } from "../../technologies/technologies.list";
import { TechnologyListQuery } from "../../technologies/technologies.schema";
import type { McpDeps } from "../deps";

/** A block of data inside a prompt: a heading and the JSON the model reads. */
export const block = (heading: string, value: unknown): string =>
  `## ${heading}\n\n\`\`\`json\n${JSON.stringify(value, null, 1)}\n\`\`\``;

const REPOSITORY_SAMPLE = 20;

/** Open research tasks (todo, in progress, blocked), highest priority first. */
export async function openTasks(deps: McpDeps, limit = 50) {
  const q = ResearchTaskListQuery.parse({ status: "todo,in_progress,blocked", sort: "priority", limit });
  return (await listResearchTasks(deps, q)).data.map((t) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    priority: t.priority,
    assignee: t.assignee,
    dueDate: t.dueDate,
    technologyId: t.technologyId,
    repositoryId: t.repositoryId,
  }));
}

/** The project's technologies in brief (title, status, domain, priority, last change). */
export async function technologiesInBrief(deps: McpDeps, sort = "-updatedAt", limit = 100) {
  const page = await listTechnologies(deps, TechnologyListQuery.parse({ sort, limit }));
  return page.data.map((t) => ({
    id: t.id,
    title: t.title,
    status: t.status,
    domain: t.domain,
    priority: t.priority,
    updatedAt: t.updatedAt,
  }));
}

/** Each repository (up to 20) with what its latest analysis found. */
export async function repositoriesWithAnalyses(deps: McpDeps) {
  const repos = await listRepositories(deps, RepositoryListQuery.parse({ limit: REPOSITORY_SAMPLE }));
  return Promise.all(
    repos.data.map(async (r) => {
      const latest = (await listAnalyses(deps, r.id, { page: 1, limit: 1 })).data[0];
      return {
        repository: `${r.owner}/${r.name}`,
        id: r.id,
        analysedAt: latest?.createdAt ?? null,
        languages: latest?.languages.slice(0, 8) ?? [],
        technologies: latest?.technologies.map((t) => t.title) ?? [],
        dependencies: latest?.dependencies.map((d) => `${d.ecosystem}:${d.name}`) ?? [],
      };
    }),
  );
}

/** The events since a time, newest first (subjects and ids only). */
export async function eventsSince(deps: McpDeps, since: string | undefined, limit = 200) {
  const page = await listEvents(deps, EventListQuery.parse({ from: since, order: "desc", limit }));
  return page.data.map((e) => ({ at: e.occurredAt, subject: e.subject, id: e.payload.id ?? null }));
}
