import { z } from "@hono/zod-openapi";
import { createSchemaFactory } from "drizzle-zod";

/** drizzle-zod bound to the OpenAPI-aware zod, so table-derived schemas can carry `.openapi()`. */
export const { createSelectSchema, createInsertSchema } = createSchemaFactory({ zodInstance: z });

/** Columns the server owns and clients never send. */
export const SERVER_OWNED = { id: true, projectId: true, version: true, createdAt: true, updatedAt: true } as const;

/** A path parameter holding a row id. */
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" }, example: "tech_01jd3x…" }),
});

/** A string of tags: trimmed, non-empty, at most 50 of them. */
export const Tags = z.array(z.string().trim().min(1).max(50)).max(50);

/** An ISO-8601 timestamp or date as clients send it. */
export const IsoDate = z.iso.date().or(z.iso.datetime({ offset: true }));

/**
 * A multipart form's file field: present (anything the form parser gave, checked further by the
 * route), documented as binary; its absence is a 400 that says which field to send.
 */
export const FormFile = (description: string) =>
  z
    .custom<unknown>((value) => value !== undefined && value !== null, {
      message: "required: send the file as the form field 'file'",
    })
    .openapi({ type: "string", format: "binary", description });
