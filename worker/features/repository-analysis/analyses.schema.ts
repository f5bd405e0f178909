import { z } from "@hono/zod-openapi";
import { analyses, technologyEvidence } from "../../db/schema";
import { pageOf } from "../../lib/pagination";
import { createSelectSchema } from "../../lib/zod";

const list = z.array(z.unknown());

export const Analysis = createSelectSchema(analyses, {
  languages: list,
  dependencies: list,
  technologies: list,
  problems: list,
  skipped: list,
}).openapi("Analysis");

export const AnalysisPage = pageOf(Analysis).openapi("AnalysisPage");

export const Evidence = createSelectSchema(technologyEvidence).openapi("Evidence");

export const AnalyseRequest = z
  .object({
    ref: z
      .string()
      .min(1)
      .max(255)
      .optional()
      .openapi({ description: "Branch, tag or commit; default branch if omitted" }),
  })
  .strict()
  .openapi("AnalyseRequest");
