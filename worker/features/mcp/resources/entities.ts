import type { McpServer, Variables } from "@modelcontextprotocol/server";
import { getJob } from "../../jobs/jobs.service";
import { documentView, findDocument } from "../../knowledge/documents/documents.service";
import { getRepository } from "../../repositories/repositories.service";
import { listAnalyses, technologyEvidenceOf } from "../../repository-analysis/analyses.service";
import { getResearchTask } from "../../research-tasks/research-tasks.service";
import { getTechnology, technologyHistory } from "../../technologies/technologies.service";
import type { McpDeps } from "../deps";
import { protocolError } from "../errors";
import { jsonContents, resourceTemplate, SCHEME } from "./contents";

/** One row's resource: a URI template with `{id}` and the service calls that read it. */
interface EntityResource {
  name: string;
  template: string;
  title: string;
  description: string;
  mimeType: string;
  read(deps: McpDeps, id: string, uri: string): Promise<{ uri: string; mimeType: string; text: string }>;
}

const json =
  (read: (deps: McpDeps, id: string) => Promise<unknown>) => async (deps: McpDeps, id: string, uri: string) => {
    const contents = jsonContents(uri, await read(deps, id)).contents[0];
    return { uri, mimeType: "application/json", text: contents && "text" in contents ? contents.text : "" };
  };

/** Every per-row resource; another project's id reads as "not found", exactly like a missing one. */
export const ENTITY_RESOURCES: EntityResource[] = [
  {
    name: "technology",
    template: `${SCHEME}technologies/{id}`,
    title: "A technology",
    description: "One technology with its latest moves and evidence",
    mimeType: "application/json",
    read: json(async (deps, id) => {
      const technology = await getTechnology(deps, id);
      const [history, evidence] = await Promise.all([
        technologyHistory(deps, id, { page: 1, limit: 50 }),
        technologyEvidenceOf(deps, id),
      ]);
      return { technology, history: history.data, evidence };
    }),
  },
  {
    name: "research-task",
    template: `${SCHEME}research-tasks/{id}`,
    title: "A research task",
    description: "One research task",
    mimeType: "application/json",
    read: json((deps, id) => getResearchTask(deps, id)),
  },
  {
    name: "repository",
    template: `${SCHEME}repositories/{id}`,
    title: "A repository",
    description: "One repository with its latest analysis (languages, dependencies, technologies)",
    mimeType: "application/json",
    read: json(async (deps, id) => {
      const repository = await getRepository(deps, id);
      const latest = await listAnalyses(deps, id, { page: 1, limit: 1 });
      return { repository, latestAnalysis: latest.data[0] ?? null };
    }),
  },
  {
    name: "job",
    template: `${SCHEME}jobs/{id}`,
    title: "A job",
    description: "One job's live state",
    mimeType: "application/json",
    read: json((deps, id) => getJob(deps, id)),
  },
  {
    name: "knowledge-document-text",
    template: `${SCHEME}knowledge/documents/{id}/text`,
    title: "A document's text",
    description: "The full text of one knowledge document, as ingested",
    mimeType: "text/plain",
    async read(deps, id, uri) {
      return { uri, mimeType: "text/plain", text: (await findDocument(deps, id)).content };
    },
  },
  {
    name: "knowledge-document",
    template: `${SCHEME}knowledge/documents/{id}`,
    title: "A knowledge document",
    description: "One knowledge document's metadata (status, source, size, links)",
    mimeType: "application/json",
    read: json(async (deps, id) => documentView(await findDocument(deps, id))),
  },
];

const idOf = (variables: Variables): string => {
  const id = variables.id;
  return Array.isArray(id) ? (id[0] ?? "") : (id ?? "");
};

/** Registers one per-row resource template. */
export function registerEntity(server: McpServer, deps: McpDeps, entity: EntityResource): void {
  const template = resourceTemplate(entity.template);
  const meta = { title: entity.title, description: entity.description, mimeType: entity.mimeType };
  server.registerResource(entity.name, template, meta, async (uri, variables) => {
    try {
      return { contents: [await entity.read(deps, decodeURIComponent(idOf(variables)), uri.href)] };
    } catch (err) {
      throw protocolError(err, deps, uri.href);
    }
  });
}
