import SwaggerParser from "@apidevtools/swagger-parser";
import { describe, expect, it } from "vitest";

describe("OpenAPI document", () => {
  it("validates as OpenAPI 3.1 with a standard parser", async () => {
    const { app } = await import("../../worker/app");
    const res = await app.request("/api/v1/openapi.json", undefined, {});
    if (res.status !== 200) console.log(await res.clone().text());
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    const validated = await SwaggerParser.validate(structuredClone(doc) as never);
    expect(Object.keys(validated.paths ?? {})).toEqual(
      expect.arrayContaining(["/api/v1/technologies", "/api/v1/technologies/{id}", "/api/v1/projects", "/api/v1/keys"]),
    );
  });
});
