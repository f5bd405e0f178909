import type { OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../package.json";
import type { AppEnv } from "./env";

/** Either way in: a bearer key, or the dashboard's session cookie. */
const CALLERS: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];

/** Serves the OpenAPI 3.1 document built from the same zod schemas that validate requests. */
export function registerOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "A CommandCenter API key (`cc_xxxxxxxx_…`). Instance-wide keys name a project with X-Project-Id.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "cc_session",
    description: "The dashboard's session cookie; writes made with it must also send X-CSRF-Token.",
  });
  app.doc31("/api/v1/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: "CommandCenter API",
      version: pkg.version,
      description: "Technology radar, repositories, research tasks and knowledge, per project.",
    },
    servers: [{ url: new URL(c.req.url).origin }],
    security: CALLERS,
  }));
}
