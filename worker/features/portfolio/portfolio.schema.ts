import { z } from "@hono/zod-openapi";
import { DRIFT_KINDS, DRIFT_STATES } from "../../../shared/portfolio";
import { DOMAINS, RINGS, TECH_STATUSES } from "../../../shared/vocabulary";
import { csvEnum } from "../../lib/csv";
import { pageQuery } from "../../lib/pagination";
import { ECOSYSTEMS } from "../analysis/types";
import { SearchHit, SearchQuery } from "../knowledge/search/search.schema";
import { ResearchTask } from "../research-tasks/research-tasks.schema";

const ProjectLabel = z.object({ id: z.string(), slug: z.string(), name: z.string() }).openapi("PortfolioProject");
const RingCounts = z.object({
  adopt: z.number().int(),
  trial: z.number().int(),
  assess: z.number().int(),
  hold: z.number().int(),
});
const bool = z
  .enum(["true", "false"])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === "true"));

export const RadarQuery = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .openapi({ description: "Blips, most used first (max 500)" }),
  domain: csvEnum(DOMAINS, "domain"),
});

export const PortfolioRadar = z
  .object({
    projects: z.number().int().nullable().openapi({ description: "Projects counted; null means every project" }),
    blips: z.array(
      z.object({
        key: z.string().openapi({ description: "Normalised name the projects are matched by" }),
        title: z.string(),
        domain: z.enum(DOMAINS),
        ring: z.enum(RINGS).openapi({ description: "The ring most projects use (ties: inner)" }),
        rings: RingCounts,
        projects: z.number().int(),
        disagreement: z.boolean().openapi({ description: "Some adopt or trial it while others hold it" }),
        movement: z.enum(["new", "none"]),
      }),
    ),
  })
  .openapi("PortfolioRadar");

export const MatrixQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page" }),
  domain: csvEnum(DOMAINS, "domain"),
  ring: z.enum(RINGS).optional().openapi({ description: "Only technologies some project holds at this ring" }),
  disagreement: bool.openapi({ type: "string", enum: ["true", "false"] }),
});

export const PortfolioMatrix = z
  .object({
    projects: z.array(ProjectLabel),
    data: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        domain: z.enum(DOMAINS),
        projects: z.number().int(),
        disagreement: z.boolean(),
        cells: z.array(z.object({ projectId: z.string(), ring: z.enum(RINGS) })).openapi({
          description:
            "The ring each project holding it gives the technology (its technology there: the project's technologies search)",
        }),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi("PortfolioMatrix");

const Evidence = z.object({
  repositoryId: z.string(),
  repository: z.string(),
  file: z.string(),
  line: z.number().int().nullable(),
  kind: z.string(),
  dependency: z.string().nullable(),
  version: z.string().nullable(),
});

export const DriftItem = z
  .object({
    id: z.string(),
    projectId: z.string(),
    project: z.object({ slug: z.string(), name: z.string() }),
    kind: z.enum(DRIFT_KINDS),
    key: z.string(),
    title: z.string(),
    technologyId: z.string().nullable(),
    details: z.object({
      evidence: z.array(Evidence),
      conflicts: z
        .array(
          z.object({
            projectId: z.string(),
            project: z.string(),
            technologyId: z.string(),
            ring: z.string(),
            status: z.string(),
          }),
        )
        .optional(),
      ring: z.string().optional(),
      status: z.string().optional(),
    }),
    state: z.enum(DRIFT_STATES),
    firstSeenAt: z.string(),
    resolvedAt: z.string().nullable(),
    dismissedAt: z.string().nullable(),
    dismissReason: z.string().nullable(),
    researchTaskId: z.string().nullable(),
  })
  .openapi("DriftItem");

export const DriftListQuery = z.object({
  state: csvEnum(DRIFT_STATES, "state"),
  kind: csvEnum(DRIFT_KINDS, "kind"),
  projectId: z.string().min(1).max(64).optional(),
  cursor: z.string().max(64).optional().openapi({ description: "`nextCursor` of the previous page" }),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const DriftPage = z.object({ data: z.array(DriftItem), nextCursor: z.string().nullable() }).openapi("DriftPage");
export const DriftParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: "id", in: "path" } }),
});
export const DriftDismiss = z
  .object({ reason: z.string().trim().min(1).max(2000) })
  .strict()
  .openapi("DriftDismiss");
export const DriftMove = z
  .object({ status: z.enum(TECH_STATUSES), note: z.string().max(2000).optional() })
  .strict()
  .openapi("DriftMove");
export const DriftResearch = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    assignee: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
  .openapi("DriftResearch");
export const DriftResearchResult = z.object({ item: DriftItem, task: ResearchTask }).openapi("DriftResearchResult");

export const DependencyQuery = z.object({
  ...pageQuery,
  ecosystem: z.enum(ECOSYSTEMS).optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Part of the package name" }),
});

export const DependencyPage = z
  .object({
    data: z.array(
      z.object({
        ecosystem: z.string(),
        name: z.string(),
        newest: z.string().nullable().openapi({ description: "The newest version in use anywhere visible" }),
        majors: z.array(z.number().int()),
        behind: z.number().int().openapi({ description: "Repositories behind the newest version in use" }),
        repositories: z.array(
          z.object({
            repositoryId: z.string(),
            repository: z.string(),
            projectId: z.string(),
            project: z.string(),
            version: z.string().nullable(),
            file: z.string(),
            behind: z.boolean(),
          }),
        ),
      }),
    ),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int(),
  })
  .openapi("PortfolioDependencies");

export const GapsQuery = z.object({
  inactiveDays: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .default(30)
    .openapi({ description: "Evaluations idle this long are stale" }),
});

const GapTech = z.object({
  technologyId: z.string(),
  title: z.string(),
  projectId: z.string(),
  project: z.string(),
  status: z.string(),
  repositories: z.number().int(),
  updatedAt: z.string(),
});

export const PortfolioGaps = z
  .object({
    inactiveDays: z.number().int(),
    unresearched: z.array(GapTech),
    staleEvaluations: z.array(GapTech),
    duplicates: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        tasks: z.array(
          z.object({
            taskId: z.string(),
            title: z.string(),
            status: z.string(),
            technologyId: z.string(),
            projectId: z.string(),
            project: z.string(),
          }),
        ),
      }),
    ),
  })
  .openapi("PortfolioGaps");

export const PortfolioSearchQuery = SearchQuery.omit({ technology: true });
export const PortfolioSearchResult = z
  .object({
    query: z.string(),
    mode: z.string(),
    projects: z.number().int().openapi({ description: "Projects searched (every one the key can see)" }),
    data: z.array(SearchHit.extend({ project: ProjectLabel })),
  })
  .openapi("PortfolioSearchResult");

export const LinkCreate = z
  .object({
    technology: z.string().trim().min(1).max(200).openapi({ example: "React.js" }),
    sameAs: z.string().trim().min(1).max(200).openapi({ example: "React" }),
  })
  .strict()
  .openapi("TechnologyLinkCreate");
export const Link = z
  .object({
    alias: z.string(),
    canonical: z.string(),
    aliasTitle: z.string(),
    canonicalTitle: z.string(),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("TechnologyLink");
export const LinkList = z.object({ data: z.array(Link) }).openapi("TechnologyLinkList");
export const LinkParam = z.object({
  alias: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: "alias", in: "path" } }),
});
