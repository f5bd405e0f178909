import { z } from "@hono/zod-openapi";

export const ProviderParam = z.object({
  provider: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,31}$/)
    .openapi({ param: { name: "provider", in: "path" }, example: "github" }),
});

export const SignInProviderList = z
  .object({
    providers: z.array(z.object({ id: z.string(), name: z.string(), type: z.enum(["oidc", "github"]) })),
  })
  .openapi("SignInProviderList");

export const SsoStart = z
  .object({ authorizationUrl: z.string().openapi({ description: "Open this URL in the browser (top level)" }) })
  .openapi("SsoStart");

export const SsoCallbackQuery = z.object({
  code: z.string().max(2048).optional(),
  state: z.string().max(256).optional(),
  error: z.string().max(256).optional(),
  error_description: z.string().max(1024).optional(),
  iss: z.string().max(1024).optional(),
});
