import { z } from "@hono/zod-openapi";
import { Evidence } from "../../repository-analysis/analyses.schema";
import { technologyEvidenceOf } from "../../repository-analysis/analyses.service";
import { radarAsOf, radarMoment } from "../../technologies/radar.service";
import { listTechnologies } from "../../technologies/technologies.list";
import {
  Radar,
  RadarQuery,
  Technology,
  TechnologyCreate,
  TechnologyEvent,
  TechnologyListQuery,
  TechnologyPage,
  TechnologyUpdate,
} from "../../technologies/technologies.schema";
import * as service from "../../technologies/technologies.service";
import { idInput, listText } from "../shapes";
import { defineTool } from "../tool";

const HISTORY_LIMIT = 50;
const techLine = (t: z.input<typeof Technology>) => `${t.title} [${t.status}, ${t.domain}, p${t.priority}] ${t.id}`;

const TechnologyDetail = z.object({
  technology: Technology,
  history: z.array(TechnologyEvent).describe(`Status, ring and priority moves, newest first (up to ${HISTORY_LIMIT})`),
  evidence: z.array(Evidence).describe("Where repository analyses saw it"),
});

const { status, priority, version, note } = TechnologyUpdate.shape;
const Move = idInput("technology")
  .extend({
    status: status.describe("The new status; its ring follows from it"),
    priority,
    note,
    version: version.describe("The version you read; a newer one fails with a conflict instead of overwriting"),
  })
  .strict()
  .refine((v) => v.status !== undefined || v.priority !== undefined, { message: "send a status or a priority" });

export const technologyTools = [
  defineTool({
    name: "list_technologies",
    title: "List technologies",
    description: "A page of the project's technologies, filtered by domain, status, priority, tag or text.",
    input: TechnologyListQuery,
    output: TechnologyPage,
    annotations: { readOnlyHint: true },
    run: (deps, input) => listTechnologies(deps, input),
    text: (page) => listText("technologies", page, techLine),
  }),
  defineTool({
    name: "get_technology",
    title: "Get a technology",
    description: "One technology with its history of moves and the repositories where analyses saw it.",
    input: idInput("technology"),
    output: TechnologyDetail,
    annotations: { readOnlyHint: true },
    async run(deps, { id }) {
      const technology = await service.getTechnology(deps, id);
      const [history, evidence] = await Promise.all([
        service.technologyHistory(deps, id, { page: 1, limit: HISTORY_LIMIT }),
        technologyEvidenceOf(deps, id),
      ]);
      return { technology, history: history.data, evidence };
    },
    text: ({ technology, history, evidence }) =>
      [
        techLine(technology),
        technology.description,
        `${history.length} history entries, evidence in ${evidence.length} places`,
        ...history.slice(0, 10).map((h) => `- ${h.createdAt} ${h.kind}: ${h.fromValue ?? "-"} -> ${h.toValue ?? "-"}`),
      ]
        .filter(Boolean)
        .join("\n"),
  }),
  defineTool({
    name: "add_technology",
    title: "Add a technology",
    description: "Adds a technology to the radar (status discovery unless given). Titles are unique per project.",
    input: TechnologyCreate,
    output: Technology,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
    run: (deps, input) => service.createTechnology(deps, input),
    text: (t) => `added ${techLine(t)}`,
  }),
  defineTool({
    name: "move_technology",
    title: "Move a technology",
    description:
      "Changes a technology's status (and so its ring) and/or priority, with a note kept in its history. " +
      "Send the version you read: if someone changed it since, the move fails with a conflict naming the current version.",
    input: Move,
    output: Technology,
    annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
    run: (deps, { id, version: expected, ...changes }) =>
      service.updateTechnology(deps, id, { ...changes, version: expected }, expected),
    text: (t) => `moved ${techLine(t)} (version ${t.version})`,
  }),
  defineTool({
    name: "get_radar",
    title: "Get the radar",
    description: "The technology radar now or as it stood at a date: each blip's ring and recent movement.",
    input: RadarQuery,
    output: Radar,
    annotations: { readOnlyHint: true },
    run: (deps, { asOf }) => radarAsOf(deps, radarMoment(asOf)),
    text: (radar) =>
      [
        `radar as of ${radar.asOf}: ${radar.blips.length} blips`,
        ...radar.rings.map((ring) => {
          const blips = radar.blips.filter((b) => b.ring === ring);
          return `${ring}: ${blips.map((b) => (b.movement === "none" ? b.title : `${b.title} (${b.movement})`)).join(", ") || "-"}`;
        }),
      ].join("\n"),
  }),
];
