import type { OpenAPIHono } from "@hono/zod-openapi";
import pkg from "../package.json";
import type { AppEnv } from "./env";

/** Serves the OpenAPI 3.1 document built from the same zod schemas that validate requests. */
export function registerOpenApi(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "apiKey", {
    type: "http",
    scheme: "bearer",
    description: "A CommandCenter API key (`cc_xxxxxxxx_…`). Instance-wide keys name a project with X-Project-Id.",
  });
  app.doc31("/api/v1/openapi.json", (c) => ({
    openapi: "3.1.0",
    info: {
      title: "CommandCenter API",
      version: pkg.version,
      description: "Technology radar, repositories, research tasks and knowledge, per project.",
    },
    servers: [{ url: new URL(c.req.url).origin }],
    security: [{ apiKey: [] }],
  }));
}
