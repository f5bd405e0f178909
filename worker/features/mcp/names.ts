import { AppError } from "../../lib/errors";
import { RepositoryListQuery } from "../repositories/repositories.schema";
import { getRepository, listRepositories } from "../repositories/repositories.service";
import { ResearchTaskListQuery } from "../research-tasks/research-tasks.schema";
import { getResearchTask, listResearchTasks } from "../research-tasks/research-tasks.service";
import { listTechnologies } from "../technologies/technologies.list";
import { TechnologyListQuery } from "../technologies/technologies.schema";
import { getTechnology } from "../technologies/technologies.service";
import type { McpDeps } from "./deps";

/** The kinds of rows a prompt argument can name. */
export type NameKind = "technology" | "repository" | "task";

const SUGGESTIONS = 20;
const text = (value: string) => value.trim() || undefined;

/** What a row of each kind is called: a technology's and a task's title, a repository's owner/name. */
async function namesLike(deps: McpDeps, kind: NameKind, value: string): Promise<string[]> {
  const q = text(value)?.slice(0, 200);
  if (kind === "technology") {
    const page = await listTechnologies(deps, TechnologyListQuery.parse({ q, limit: 100, sort: "title" }));
    return page.data.map((t) => t.title);
  }
  if (kind === "repository") {
    const page = await listRepositories(deps, RepositoryListQuery.parse({ q, limit: 100, sort: "name" }));
    return page.data.map((r) => `${r.owner}/${r.name}`);
  }
  const page = await listResearchTasks(deps, ResearchTaskListQuery.parse({ q, limit: 100, sort: "title" }));
  return page.data.map((t) => t.title);
}

/** Up to 20 names of `kind` containing `value`, those starting with it first. */
export async function completeNames(deps: McpDeps, kind: NameKind, value: string) {
  const all = await namesLike(deps, kind, value);
  const needle = value.trim().toLowerCase();
  const starts = all.filter((n) => n.toLowerCase().startsWith(needle));
  const rest = all.filter((n) => !n.toLowerCase().startsWith(needle));
  const values = [...starts, ...rest];
  return { values: values.slice(0, SUGGESTIONS), total: values.length, hasMore: values.length > SUGGESTIONS };
}

const notNamed = (kind: NameKind, value: string) => new AppError("not_found", `${kind} '${value}' not found`);
const same = (a: string, b: string) => a.toLowerCase() === b.trim().toLowerCase();

/** The technology a prompt argument names, by id or exact title (case-insensitive); 404 otherwise. */
export async function resolveTechnology(deps: McpDeps, value: string) {
  if (value.startsWith("tech_")) return getTechnology(deps, value.trim());
  const page = await listTechnologies(deps, TechnologyListQuery.parse({ q: text(value), limit: 100 }));
  const found = page.data.find((t) => same(t.title, value));
  if (!found) throw notNamed("technology", value);
  return found;
}

/** The repository a prompt argument names, by id or `owner/name`; 404 otherwise. */
export async function resolveRepository(deps: McpDeps, value: string) {
  if (value.startsWith("repo_")) return getRepository(deps, value.trim());
  const name = value.trim().split("/").at(-1);
  const page = await listRepositories(deps, RepositoryListQuery.parse({ q: text(name ?? ""), limit: 100 }));
  const found = page.data.find((r) => same(`${r.owner}/${r.name}`, value) || same(r.name, value));
  if (!found) throw notNamed("repository", value);
  return found;
}

/** The research task a prompt argument names, by id or exact title; 404 otherwise. */
export async function resolveTask(deps: McpDeps, value: string) {
  if (value.startsWith("task_")) return getResearchTask(deps, value.trim());
  const page = await listResearchTasks(deps, ResearchTaskListQuery.parse({ q: text(value), limit: 100 }));
  const found = page.data.find((t) => same(t.title, value));
  if (!found) throw notNamed("task", value);
  return found;
}
