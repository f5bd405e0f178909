import { knowledgeDeps } from "../knowledge/deps";
import type { SearchInput, SearchResultBody } from "../knowledge/search/search.schema";
import { searchKnowledge } from "../knowledge/search/search.service";
import { type PortfolioDeps, type ProjectLabel, visibleProjects } from "./visibility";

/** Projects searched at once; the rest wait their turn, so 200 projects do not open 200 queries together. */
const PARALLEL = 8;

/**
 * Knowledge search over every project the caller can see: the project's own search (same modes,
 * same hybrid ranking) runs per project, and the hits are merged by their fused score, each
 * labelled with its project. Projects the caller cannot see are never searched.
 */
export async function portfolioSearch(deps: PortfolioDeps & { env: Env }, q: Omit<SearchInput, "technology">) {
  const projects = await visibleProjects(deps);
  const hits: ({ project: ProjectLabel } & SearchResultBody["data"][number])[] = [];
  for (let i = 0; i < projects.length; i += PARALLEL) {
    const group = projects.slice(i, i + PARALLEL);
    const answers = await Promise.all(
      group.map((project) =>
        searchKnowledge(knowledgeDeps({ db: deps.db, actor: deps.actor, projectId: project.id, env: deps.env }), q),
      ),
    );
    answers.forEach((answer, j) => {
      const project = group[j];
      if (project) hits.push(...answer.data.map((hit) => ({ project, ...hit })));
    });
  }
  hits.sort((a, b) => b.score - a.score || a.project.name.localeCompare(b.project.name));
  return { query: q.q, mode: q.mode, projects: projects.length, data: hits.slice(0, q.limit) };
}
