import { createRoute } from "@hono/zod-openapi";
import { tenantDepsOf } from "../../lib/context";
import { AppError } from "../../lib/errors";
import { createTenantRouter, errors, json } from "../../lib/openapi";
import { routeBodyLimit } from "../../middleware/body-limit";
import { ImportForm, ImportJson, type ImportJsonInput, ImportReport } from "./imports.schema";
import { IMPORT_LIMITS, runImport } from "./imports.service";

const limit = routeBodyLimit(
  IMPORT_LIMITS.maxBytes + 64 * 1024,
  `imports are limited to ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB`,
);

export const importRoutes = createTenantRouter().openapi(
  createRoute({
    method: "post",
    path: "/imports",
    tags: ["Imports"],
    summary:
      "Import technologies from BYOR CSV/JSON, a JSON export or a CSV/XLSX inventory (dryRun reports without writing)",
    description:
      "Answers every row's outcome (created, updated, unchanged, skipped, failed) with its row number and reason. " +
      "Quadrants, domains, rings and statuses are matched leniently (case, `&`/`and`, dashes). " +
      `At most ${IMPORT_LIMITS.maxRows} rows and ${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB; rows are written in batches of ${IMPORT_LIMITS.chunkRows}.`,
    middleware: [limit] as const,
    request: {
      // Not required: each validator then checks only the content type it is for.
      body: {
        required: false,
        content: { "application/json": { schema: ImportJson }, "multipart/form-data": { schema: ImportForm } },
      },
    },
    responses: {
      200: json(ImportReport, "What each row did (or would do)"),
      ...errors(400, 401, 403),
      413: { description: "Too many rows or bytes" },
    },
  }),
  async (c) => {
    const isForm = /^multipart\/form-data/i.test(c.req.header("content-type") ?? "");
    if (isForm) {
      const form = c.req.valid("form");
      const file: unknown = "file" in form ? form.file : undefined;
      if (!(file instanceof File))
        throw new AppError("validation_failed", "send the file in a `file` field", [
          { path: "file", message: "required" },
        ]);
      const report = await runImport(tenantDepsOf(c), {
        bytes: new Uint8Array(await file.arrayBuffer()),
        fileName: file.name,
        format: form.format,
        strategy: form.strategy,
        dryRun: String(form.dryRun) === "true",
      });
      return c.json(report, 200);
    }
    const body = c.req.valid("json") as ImportJsonInput;
    const text = body.content ?? JSON.stringify(body.data);
    const report = await runImport(tenantDepsOf(c), {
      bytes: new TextEncoder().encode(text),
      fileName: body.fileName,
      format: body.format ?? (body.data !== undefined ? "json" : undefined),
      strategy: body.strategy,
      dryRun: body.dryRun,
    });
    return c.json(report, 200);
  },
);
