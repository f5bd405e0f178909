import { z } from "@hono/zod-openapi";
import { REPO_PROVIDERS, repositories } from "../../db/schema";
import { csvEnum } from "../../lib/csv";
import { pageOf, pageQuery, sortQuery } from "../../lib/pagination";
import { createInsertSchema, createSelectSchema, SERVER_OWNED } from "../../lib/zod";

const NAME = /^[A-Za-z0-9_.-]{1,100}$/;

export const Repository = createSelectSchema(repositories).openapi("Repository");

const fields = createInsertSchema(repositories, {
  owner: (s) => s.regex(NAME, "letters, digits, '.', '_' or '-', up to 100"),
  name: (s) => s.regex(NAME, "letters, digits, '.', '_' or '-', up to 100"),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .optional(),
  defaultBranch: (s) => s.trim().min(1).max(255).optional(),
  description: (s) => s.max(5000).optional(),
  stars: (s) => s.int().min(0).optional(),
  language: (s) => s.trim().max(100).optional(),
})
  .omit({ ...SERVER_OWNED, lastSyncedAt: true, lastAnalysedAt: true })
  .strict();

/** Either provider, owner and name, or just a GitHub/GitLab/Bitbucket URL they are read from. */
export const RepositoryCreate = fields
  .partial({ provider: true, owner: true, name: true })
  .superRefine((v, ctx) => {
    if (v.owner && v.name) return;
    if (v.url && parseRepoUrl(v.url)) return;
    ctx.addIssue({
      code: "custom",
      path: v.url ? ["url"] : ["owner"],
      message: v.url
        ? "not a repository URL of a known host; give owner and name"
        : "give owner and name, or a repository url",
    });
  })
  .openapi("RepositoryCreate");

export const RepositoryUpdate = fields
  .partial()
  .extend({ version: z.number().int().min(1).optional() })
  .strict()
  .refine((v) => Object.keys(v).some((k) => k !== "version"), { message: "send at least one field to change" })
  .openapi("RepositoryUpdate");

export const REPO_SORT_KEYS = ["name", "owner", "stars", "createdAt", "updatedAt", "lastAnalysedAt"] as const;

export const RepositoryListQuery = z.object({
  ...pageQuery,
  provider: csvEnum(REPO_PROVIDERS, "provider"),
  language: z.string().trim().min(1).max(100).optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Text in owner, name or description" }),
  sort: sortQuery(REPO_SORT_KEYS, "name"),
});

export const RepositoryPage = pageOf(Repository).openapi("RepositoryPage");

export type RepositoryRow = z.infer<typeof Repository>;
export type RepositoryCreateInput = z.infer<typeof RepositoryCreate>;
export type RepositoryUpdateInput = z.infer<typeof RepositoryUpdate>;
export type RepositoryListInput = z.infer<typeof RepositoryListQuery>;

const HOSTS: Record<string, (typeof REPO_PROVIDERS)[number]> = {
  "github.com": "github",
  "gitlab.com": "gitlab",
  "bitbucket.org": "bitbucket",
};

/** Reads provider, owner and name from a repository URL such as https://github.com/acme/api(.git). */
export function parseRepoUrl(
  url: string,
): { provider: (typeof REPO_PROVIDERS)[number]; owner: string; name: string } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const provider = HOSTS[parsed.hostname.replace(/^www\./, "")];
  const [owner, rawName] = parsed.pathname.split("/").filter(Boolean);
  const name = rawName?.replace(/\.git$/, "");
  if (!provider || !owner || !name || !NAME.test(owner) || !NAME.test(name)) return null;
  return { provider, owner, name };
}
