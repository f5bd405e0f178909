import { z } from "@hono/zod-openapi";
import { DOMAINS, RINGS, TECH_STATUSES } from "../../../shared/vocabulary";
import { TECH_EVENT_KINDS, technologies, technologyEvents } from "../../db/schema";
import { csvEnum } from "../../lib/csv";
import { pageOf, pageQuery, sortQuery } from "../../lib/pagination";
import { createInsertSchema, createSelectSchema, IsoDate, SERVER_OWNED, Tags } from "../../lib/zod";
import { AuditActor } from "../audit/audit.schema";

export const Link = z.object({ title: z.string().trim().min(1).max(200), url: z.url().max(2000) }).openapi("Link");

export const Technology = createSelectSchema(technologies, { tags: z.array(z.string()), links: z.array(Link) }).openapi(
  "Technology",
);

export const TechnologyCreate = createInsertSchema(technologies, {
  title: (s) => s.trim().min(1).max(200),
  vendor: (s) => s.trim().max(200).optional(),
  priority: (s) => s.int().min(1).max(5).optional(),
  relevanceScore: (s) => s.int().min(0).max(100).optional(),
  description: (s) => s.max(20_000).optional(),
  tags: Tags.optional(),
  links: z.array(Link).max(50).optional(),
})
  .omit(SERVER_OWNED)
  .strict()
  .openapi("TechnologyCreate");

export const TechnologyUpdate = TechnologyCreate.partial()
  .extend({
    version: z.number().int().min(1).optional().openapi({ description: "Alternative to If-Match" }),
    note: z.string().max(2000).optional().openapi({ description: "Why it moved; kept in the history" }),
  })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version" && k !== "note"), {
    message: "send at least one field to change",
  })
  .openapi("TechnologyUpdate");

export const TECH_SORT_KEYS = [
  "title",
  "priority",
  "status",
  "domain",
  "relevanceScore",
  "createdAt",
  "updatedAt",
] as const;

export const TechnologyListQuery = z.object({
  ...pageQuery,
  domain: csvEnum(DOMAINS, "domain"),
  status: csvEnum(TECH_STATUSES, "status"),
  priorityMin: z.coerce.number().int().min(1).max(5).optional(),
  priorityMax: z.coerce.number().int().min(1).max(5).optional(),
  tag: z.string().trim().min(1).max(50).optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Text in title, vendor or description" }),
  sort: sortQuery(TECH_SORT_KEYS, "-updatedAt"),
});

export const TechnologyPage = pageOf(Technology).openapi("TechnologyPage");

export const TechnologyEvent = createSelectSchema(technologyEvents, { kind: z.enum(TECH_EVENT_KINDS) })
  .extend({ actor: AuditActor })
  .openapi("TechnologyEvent");
export const TechnologyEventPage = pageOf(TechnologyEvent).openapi("TechnologyEventPage");

export type TechnologyRow = z.infer<typeof Technology>;
export type TechnologyCreateInput = z.infer<typeof TechnologyCreate>;
export type TechnologyUpdateInput = z.infer<typeof TechnologyUpdate>;
export type TechnologyListInput = z.infer<typeof TechnologyListQuery>;

export const TechnologyStats = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.string(), z.number().int()),
    byDomain: z.record(z.string(), z.number().int()),
    byRing: z.record(z.string(), z.number().int()),
  })
  .openapi("TechnologyStats");

export const RadarQuery = z.object({
  asOf: IsoDate.optional().openapi({ description: "Show the radar as it stood at this date or time" }),
});

export const Radar = z
  .object({
    asOf: z.string(),
    rings: z.array(z.string()),
    blips: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        domain: z.enum(DOMAINS),
        status: z.enum(TECH_STATUSES),
        ring: z.enum(RINGS),
        priority: z.number().int(),
        tags: z.array(z.string()),
        movement: z.enum(["new", "moved-in", "moved-out", "none"]),
      }),
    ),
  })
  .openapi("Radar");
