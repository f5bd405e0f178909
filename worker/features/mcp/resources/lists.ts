import type { McpServer } from "@modelcontextprotocol/server";
import { JobListQuery } from "../../jobs/jobs.schema";
import { listJobs } from "../../jobs/jobs.service";
import { DocumentListQuery } from "../../knowledge/documents/documents.schema";
import { listDocuments } from "../../knowledge/documents/documents.service";
import { RepositoryListQuery } from "../../repositories/repositories.schema";
import { listRepositories } from "../../repositories/repositories.service";
import { ResearchTaskListQuery } from "../../research-tasks/research-tasks.schema";
import { listResearchTasks } from "../../research-tasks/research-tasks.service";
import { ScheduleListQuery } from "../../schedules/schedules.schema";
import { listSchedules } from "../../schedules/schedules.service";
import { listTechnologies } from "../../technologies/technologies.list";
import { TechnologyListQuery } from "../../technologies/technologies.schema";
import type { McpDeps } from "../deps";
import { protocolError } from "../errors";
import { cursorOf, jsonContents, PAGE_SIZE, pageOfCursor, resourceTemplate, SCHEME } from "./contents";

interface Page {
  data: unknown[];
  page: number;
  limit: number;
  total: number;
}

/** A list resource: a path under the scheme and the service call that reads one page of it. */
export interface ListResource {
  name: string;
  path: string;
  title: string;
  description: string;
  read(deps: McpDeps, page: { page: number; limit: number }): Promise<Page>;
}

const ACTIVE_JOBS = "pending,scheduled,running";

/** Every list resource, each read through the same list service (and query schema) as its REST route. */
export const LIST_RESOURCES: ListResource[] = [
  {
    name: "technologies",
    path: "technologies",
    title: "Technologies",
    description: "The project's technologies, most recently changed first",
    read: (deps, p) => listTechnologies(deps, TechnologyListQuery.parse(p)),
  },
  {
    name: "research-tasks",
    path: "research-tasks",
    title: "Research tasks",
    description: "The project's research tasks, most recently changed first",
    read: (deps, p) => listResearchTasks(deps, ResearchTaskListQuery.parse(p)),
  },
  {
    name: "repositories",
    path: "repositories",
    title: "Repositories",
    description: "The project's registered repositories",
    read: (deps, p) => listRepositories(deps, RepositoryListQuery.parse(p)),
  },
  {
    name: "schedules",
    path: "schedules",
    title: "Schedules",
    description: "Every schedule of the project",
    read: (deps, p) => listSchedules(deps, ScheduleListQuery.parse(p)),
  },
  {
    name: "schedules-active",
    path: "schedules/active",
    title: "Active schedules",
    description: "The enabled schedules",
    read: (deps, p) => listSchedules(deps, ScheduleListQuery.parse({ ...p, enabled: "true" })),
  },
  {
    name: "jobs-active",
    path: "jobs/active",
    title: "Active jobs",
    description: "Jobs pending, scheduled or running",
    read: (deps, p) => listJobs(deps, JobListQuery.parse({ ...p, status: ACTIVE_JOBS })),
  },
  {
    name: "jobs",
    path: "jobs",
    title: "Jobs",
    description: "Every job of the project, newest first",
    read: (deps, p) => listJobs(deps, JobListQuery.parse(p)),
  },
  {
    name: "knowledge-documents",
    path: "knowledge/documents",
    title: "Knowledge documents",
    description: "The knowledge base's documents (without their text)",
    read: (deps, p) => listDocuments(deps, DocumentListQuery.parse(p)),
  },
];

/** A list resource's first page URI and the URI template of its later pages. */
export const listUris = (list: ListResource) => {
  const base = `${SCHEME}${list.path}`;
  return { base, pages: `${base}{?cursor}` };
};

/**
 * Registers a list resource: `commandcenter://<path>` is its first page (and what
 * `resources/list` names), the template `commandcenter://<path>{?cursor}` the pages after it; each
 * page's answer carries `nextCursor` and the `next` URI.
 */
export function registerList(server: McpServer, deps: McpDeps, list: ListResource): void {
  const { base, pages: pagesTemplate } = listUris(list);
  const read = async (uri: URL, cursor: string | undefined) => {
    const page = pageOfCursor(cursor);
    try {
      const result = await list.read(deps, { page, limit: PAGE_SIZE });
      const more = page * result.limit < result.total;
      const nextCursor = more ? cursorOf(page + 1) : null;
      const next = nextCursor ? `${base}?cursor=${nextCursor}` : null;
      return jsonContents(uri.href, { ...result, nextCursor, next });
    } catch (err) {
      throw protocolError(err, deps, uri.href);
    }
  };
  const meta = { title: list.title, description: list.description, mimeType: "application/json" };
  server.registerResource(list.name, base, meta, (uri) => read(uri, undefined));
  const pages = resourceTemplate(pagesTemplate);
  const pageMeta = {
    ...meta,
    title: `${list.title} (a page)`,
    description: `${list.description}: the page a cursor names`,
  };
  server.registerResource(`${list.name}-page`, pages, pageMeta, (uri, variables) =>
    read(uri, typeof variables.cursor === "string" ? variables.cursor : undefined),
  );
}
