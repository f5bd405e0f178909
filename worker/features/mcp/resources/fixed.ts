import type { McpServer, ReadResourceResult } from "@modelcontextprotocol/server";
import { count, eq } from "drizzle-orm";
import { knowledgeEntries, repositories, researchTasks } from "../../../db/schema";
import { describeJobTypes, jobStats } from "../../jobs/jobs.service";
import { getProject } from "../../projects/projects.service";
import { radarAsOf } from "../../technologies/radar.service";
import { radarSvg } from "../../technologies/radar-svg";
import { technologyStats } from "../../technologies/technologies.service";
import type { McpDeps } from "../deps";
import { protocolError } from "../errors";
import { jsonContents, SCHEME } from "./contents";

/** A resource with a fixed URI. */
export interface FixedResource {
  name: string;
  uri: string;
  title: string;
  description: string;
  mimeType: string;
  read(deps: McpDeps, uri: string): Promise<ReadResourceResult>;
}

async function counts({ db, projectId }: McpDeps) {
  const [tasks, repos, documents] = await db.batch([
    db.select({ n: count() }).from(researchTasks).where(eq(researchTasks.projectId, projectId)),
    db.select({ n: count() }).from(repositories).where(eq(repositories.projectId, projectId)),
    db.select({ n: count() }).from(knowledgeEntries).where(eq(knowledgeEntries.projectId, projectId)),
  ]);
  return { researchTasks: tasks[0]?.n ?? 0, repositories: repos[0]?.n ?? 0, knowledgeDocuments: documents[0]?.n ?? 0 };
}

/** The project, the system overview and the radar (JSON and SVG). */
export const FIXED_RESOURCES: FixedResource[] = [
  {
    name: "project",
    uri: `${SCHEME}project`,
    title: "Project",
    description: "The project this key acts on",
    mimeType: "application/json",
    read: async (deps, uri) => jsonContents(uri, await getProject(deps, deps.principal, deps.projectId)),
  },
  {
    name: "overview",
    uri: `${SCHEME}overview`,
    title: "System overview",
    description: "Counts of technologies, tasks, repositories, documents and jobs, and the job types",
    mimeType: "application/json",
    async read(deps, uri) {
      const [project, technologies, jobs, rest] = await Promise.all([
        getProject(deps, deps.principal, deps.projectId),
        technologyStats(deps),
        jobStats(deps),
        counts(deps),
      ]);
      const jobTypes = describeJobTypes().map((t) => ({ type: t.type, description: t.description }));
      return jsonContents(uri, {
        project: { id: project.id, slug: project.slug, name: project.name },
        technologies,
        jobs,
        ...rest,
        jobTypes,
      });
    },
  },
  {
    name: "radar",
    uri: `${SCHEME}radar`,
    title: "Technology radar",
    description: "The radar now: each technology's ring and recent movement",
    mimeType: "application/json",
    read: async (deps, uri) => jsonContents(uri, await radarAsOf(deps, new Date())),
  },
  {
    name: "radar-svg",
    uri: `${SCHEME}radar.svg`,
    title: "Technology radar (SVG)",
    description: "The radar now, drawn as an SVG image",
    mimeType: "image/svg+xml",
    read: async (deps, uri) => ({
      contents: [{ uri, mimeType: "image/svg+xml", text: radarSvg(await radarAsOf(deps, new Date())) }],
    }),
  },
];

/** Registers one fixed resource. */
export function registerFixed(server: McpServer, deps: McpDeps, resource: FixedResource): void {
  const meta = { title: resource.title, description: resource.description, mimeType: resource.mimeType };
  server.registerResource(resource.name, resource.uri, meta, async (uri) => {
    try {
      return await resource.read(deps, uri.href);
    } catch (err) {
      throw protocolError(err, deps, uri.href);
    }
  });
}
