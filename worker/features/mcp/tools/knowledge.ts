import { knowledgeDeps } from "../../knowledge/deps";
import { DocumentIngestJson, IngestResult } from "../../knowledge/documents/documents.schema";
import { documentView } from "../../knowledge/documents/documents.service";
import { sourceFromJson } from "../../knowledge/documents/upload";
import { ingest } from "../../knowledge/ingest/ingest.service";
import { SearchQuery, SearchResult } from "../../knowledge/search/search.schema";
import { searchKnowledge } from "../../knowledge/search/search.service";
import { defineTool } from "../tool";

export const knowledgeTools = [
  defineTool({
    name: "search_knowledge",
    title: "Search the knowledge base",
    description:
      "Searches the project's documents by keyword, by meaning, or both (hybrid). Each hit is a document with " +
      "its best chunks: heading path, page and a snippet with the matches in <mark>.",
    input: SearchQuery,
    output: SearchResult,
    annotations: { readOnlyHint: true },
    run: (deps, input) => searchKnowledge(knowledgeDeps(deps), input, {}),
    text: (result) =>
      result.data.length
        ? result.data
            .map((hit) => {
              const chunk = hit.chunks[0];
              const where = chunk?.headingPath.length ? ` > ${chunk.headingPath.join(" > ")}` : "";
              return `- ${hit.document.title}${where} (${hit.document.id}): ${chunk?.snippet ?? ""}`;
            })
            .join("\n")
        : `no documents match '${result.query}'`,
  }),
  defineTool({
    name: "add_knowledge_document",
    title: "Add a knowledge document",
    description:
      "Adds Markdown, text or HTML (content) or a web page (url) to the knowledge base and indexes it. The same " +
      "source sent again is unchanged; URLs and large texts are processed by a job (outcome queued).",
    input: DocumentIngestJson,
    output: IngestResult,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    async run(deps, input) {
      const answer = await ingest(knowledgeDeps(deps), sourceFromJson(input));
      return { ...answer, document: documentView(answer.document) };
    },
    text: ({ outcome, document, job }) =>
      `${outcome}: ${document.title} (${document.id})${job ? `, job ${job.id} ${job.status}` : ""}`,
  }),
];
