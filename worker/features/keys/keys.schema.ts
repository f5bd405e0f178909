import { z } from "@hono/zod-openapi";
import { KEY_PLANS } from "../../../shared/vocabulary";
import { apiKeys, KEY_SCOPES } from "../../db/schema";
import { pageOf, pageQuery } from "../../lib/pagination";
import { createSelectSchema } from "../../lib/zod";

/** A key as lists show it: never the secret, never its hash. */
export const ApiKey = createSelectSchema(apiKeys, { scopes: z.array(z.enum(KEY_SCOPES)) })
  .omit({ secretHash: true })
  .openapi("ApiKey");

export const ApiKeyCreate = z
  .object({
    name: z.string().trim().min(1).max(100),
    scopes: z.array(z.enum(KEY_SCOPES)).min(1).max(3),
    projectId: z
      .string()
      .min(1)
      .max(64)
      .nullable()
      .optional()
      .openapi({ description: "Project the key is limited to; null for an instance-wide key (instance admins only)" }),
    ownerId: z.string().min(1).max(64).nullable().optional().openapi({
      description:
        "The person the key acts for; its scopes never exceed their role in the key's project. null: the project's service account (project admins and instance admins only). Default: the signed-in person, or the owner of the key making the request; a service-account key makes service-account keys",
    }),
    plan: z.enum(KEY_PLANS).optional().openapi({
      description: "Rate-limit plan (default standard); only an instance-wide admin key may choose another",
    }),
  })
  .strict()
  .openapi("ApiKeyCreate");

export const ApiKeyCreated = z
  .object({
    key: ApiKey,
    secret: z.string().openapi({ description: "The key itself. Shown once: store it now." }),
  })
  .openapi("ApiKeyCreated");

export const ApiKeyListQuery = z.object({
  ...pageQuery,
  projectId: z.string().min(1).max(64).optional(),
  includeRevoked: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
});
/** A key in a list: with its owner's name and e-mail (null for a service-account or instance key). */
export const ApiKeyListed = ApiKey.extend({
  owner: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
}).openapi("ApiKeyListed");
export const ApiKeyPage = pageOf(ApiKeyListed).openapi("ApiKeyPage");

export type ApiKeyRow = z.infer<typeof ApiKey>;
export type ApiKeyCreateInput = z.infer<typeof ApiKeyCreate>;
