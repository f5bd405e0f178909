import { z } from "@hono/zod-openapi";
import { projects } from "../../db/schema";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createInsertSchema, createSelectSchema } from "../../lib/zod";

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export const Project = createSelectSchema(projects).openapi("Project");

export const ProjectCreate = createInsertSchema(projects, {
  slug: (s) => s.regex(SLUG, "lower-case letters, digits and dashes, 1-63 characters"),
  name: (s) => s.trim().min(1).max(100),
  owner: (s) => s.trim().min(1).max(100),
  description: (s) => s.max(5000).optional(),
})
  .omit({ id: true, version: true, createdAt: true, updatedAt: true })
  .partial({ slug: true })
  .strict()
  .openapi("ProjectCreate");

export const ProjectUpdate = ProjectCreate.partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("ProjectUpdate");

export const ProjectListQuery = z.object({ ...pageQuery, q: z.string().trim().min(1).max(100).optional() });
export const ProjectPage = pageOf(Project).openapi("ProjectPage");

export type ProjectRow = z.infer<typeof Project>;
export type ProjectCreateInput = z.infer<typeof ProjectCreate>;
export type ProjectUpdateInput = z.infer<typeof ProjectUpdate>;

/** A URL-safe slug from an owner and a name: `Acme Corp` + `Radar` → `acme-corp-radar`. */
export function slugify(...parts: string[]): string {
  const slug = parts
    .join("-")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
  return slug || "project";
}
