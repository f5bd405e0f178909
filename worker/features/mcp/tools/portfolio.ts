import { DRIFT_LABELS } from "../../../../shared/portfolio";
import { listDrift } from "../../portfolio/drift/drift.service";
import {
  DriftListQuery,
  DriftPage,
  PortfolioRadar,
  PortfolioSearchQuery,
  PortfolioSearchResult,
  RadarQuery,
} from "../../portfolio/portfolio.schema";
import { portfolioRadar } from "../../portfolio/radar.service";
import { portfolioSearch } from "../../portfolio/search.service";
import { defineTool } from "../tool";

const SCOPE =
  "An instance-wide key sees every project (whichever project it names); a project key sees its own project only.";

/**
 * The portfolio across projects: the same services and schemas as `/api/v1/portfolio/…`. What a
 * tool sees follows the caller's key, not the project the connection names, exactly as the REST
 * routes decide it: another project never appears in a project key's answer.
 */
export const portfolioTools = [
  defineTool({
    name: "portfolio_radar",
    title: "Portfolio radar",
    description:
      "One radar across the projects you can see: technologies matched by name (and 'same as' links), each with " +
      `the ring most projects give it, how many projects use it, and whether they disagree (one adopts, another holds). ${SCOPE}`,
    input: RadarQuery,
    output: PortfolioRadar,
    annotations: { readOnlyHint: true },
    run: (deps, input) => portfolioRadar(deps, input),
    text: (radar) =>
      [
        `portfolio radar over ${radar.projects === null ? "every project" : `${radar.projects} project(s)`}: ${radar.blips.length} blips`,
        ...radar.blips.map(
          (b) =>
            `- ${b.title} [${b.ring}, ${b.domain}] in ${b.projects} project(s)${b.disagreement ? `, disagreement (adopt ${b.rings.adopt}, trial ${b.rings.trial}, hold ${b.rings.hold})` : ""}`,
        ),
      ].join("\n"),
  }),
  defineTool({
    name: "find_drift",
    title: "Find radar-vs-code drift",
    description:
      "Drift between the radar and the code, newest first: technologies on hold still in use, in use but not on the " +
      "radar or stuck at discovery, integrated but no longer used, conflicting rings across projects. Each item has its " +
      `evidence (repository, file, line). Open items unless state says otherwise; pass nextCursor as cursor for more. ${SCOPE}`,
    input: DriftListQuery,
    output: DriftPage,
    annotations: { readOnlyHint: true },
    run: (deps, input) => listDrift(deps, { ...input, state: input.state ?? ["open"] }),
    text: (page) =>
      page.data.length
        ? [
            `${page.data.length} drift items`,
            ...page.data.map((d) => {
              const where = d.details.evidence[0];
              const at = where ? ` at ${where.repository}:${where.file}${where.line ? `:${where.line}` : ""}` : "";
              return `- ${d.title}: ${DRIFT_LABELS[d.kind]} (${d.project.slug}, ${d.state})${at} ${d.id}`;
            }),
            ...(page.nextCursor ? [`next: ${page.nextCursor}`] : []),
          ].join("\n")
        : "no drift items",
  }),
  defineTool({
    name: "search_all_projects",
    title: "Search every project's knowledge",
    description:
      "Searches the knowledge base of every project you can see (keyword, semantic or hybrid, ranked as " +
      `search_knowledge ranks), each hit labelled with its project. ${SCOPE}`,
    input: PortfolioSearchQuery,
    output: PortfolioSearchResult,
    annotations: { readOnlyHint: true },
    run: (deps, input) => portfolioSearch(deps, input),
    text: (result) =>
      result.data.length
        ? result.data
            .map(
              (hit) =>
                `- [${hit.project.slug}] ${hit.document.title} (${hit.document.id}): ${hit.chunks[0]?.snippet ?? ""}`,
            )
            .join("\n")
        : `no documents match '${result.query}' in ${result.projects} project(s)`,
  }),
];
