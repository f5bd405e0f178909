import { z } from "@hono/zod-openapi";

export const GitHubIntegration = z
  .object({
    configured: z.boolean(),
    configuredAt: z.string().nullable(),
    webhookUrl: z.string().openapi({ description: "Payload URL to enter in the repository's webhook settings" }),
  })
  .openapi("GitHubIntegration");

export const GitHubIntegrationSecret = GitHubIntegration.extend({
  secret: z.string().openapi({ description: "Shown once: enter it as the webhook secret on GitHub" }),
  contentType: z.literal("application/json"),
  events: z.array(z.string()),
}).openapi("GitHubIntegrationSecret");

export const GitHubHookParams = z.object({
  projectSlug: z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name: "projectSlug", in: "path" }, example: "platform" }),
});

export const GitHubHookAnswer = z
  .object({
    status: z.enum(["started", "ignored", "duplicate"]),
    reason: z.string().optional(),
    jobId: z.string().optional(),
  })
  .openapi("GitHubHookAnswer");

export type GitHubHookAnswer = z.infer<typeof GitHubHookAnswer>;
