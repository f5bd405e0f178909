import { z } from "@hono/zod-openapi";
import { events } from "../../db/schema";
import { createSelectSchema, IsoDate } from "../../lib/zod";
import { SubjectPatterns } from "./patterns";

export const Event = createSelectSchema(events, { payload: z.record(z.string(), z.unknown()) }).openapi("Event");

export const EventListQuery = z.object({
  subject: SubjectPatterns,
  correlationId: z.string().min(1).max(128).optional(),
  from: IsoDate.optional().openapi({ description: "Occurred at or after" }),
  to: IsoDate.optional().openapi({ description: "Occurred before" }),
  after: z
    .string()
    .min(1)
    .max(64)
    .optional()
    .openapi({ description: "Cursor: events after this event id (replay from an id)" }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  order: z
    .enum(["asc", "desc"])
    .default("asc")
    .openapi({ description: "`desc` lists the newest first; `after` then pages backwards" }),
});

export const EventPage = z
  .object({
    data: z.array(Event),
    nextCursor: z.string().nullable().openapi({ description: "Pass as `after` for the next page; null at the end" }),
  })
  .openapi("EventPage");

export type EventListInput = z.infer<typeof EventListQuery>;
