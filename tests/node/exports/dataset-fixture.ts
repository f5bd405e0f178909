import { quadrantOf } from "../../../shared/vocabulary";
import type { Dataset, ExportTechnologyRow } from "../../../worker/features/exports/export-v1";

const tech = (over: Partial<ExportTechnologyRow> & { id: string; title: string }): ExportTechnologyRow => ({
  vendor: null,
  domain: "tools",
  quadrant: quadrantOf(over.domain ?? "tools"),
  status: "evaluation",
  ring: "assess",
  priority: 3,
  relevanceScore: 50,
  tags: [],
  description: "",
  links: [],
  evidenceCount: 0,
  repositoryCount: 0,
  isNew: false,
  createdAt: "2026-01-05T10:00:00.000Z",
  updatedAt: "2026-11-20T08:30:00.000Z",
  ...over,
});

/**
 * A small project as the export loader would read it from D1: technologies in every ring and
 * quadrant (one on Hold still used, one with a formula-like description, one with markup), a
 * research task, one analysis with a broken manifest and a skipped symlink, and radar changes.
 */
export function fixtureDataset(subject: Dataset["subject"] = "project"): Dataset {
  const technologies = [
    tech({
      id: "tech_1",
      title: "Kafka",
      domain: "data",
      quadrant: "Data & AI",
      status: "integrated",
      ring: "adopt",
      priority: 2,
      tags: ["streaming"],
      description: "Event backbone",
      evidenceCount: 3,
      repositoryCount: 2,
      isNew: true,
    }),
    tech({
      id: "tech_2",
      title: "Deno",
      domain: "languages-frameworks",
      quadrant: "Languages & frameworks",
      status: "implementation",
      ring: "trial",
    }),
    tech({
      id: "tech_3",
      title: "Formula <Tool>",
      status: "evaluation",
      ring: "assess",
      priority: 1,
      description: '=HYPERLINK("http://evil.example","x")',
    }),
    tech({
      id: "tech_4",
      title: "React",
      domain: "ui-ux",
      quadrant: "Languages & frameworks",
      status: "archived",
      ring: "hold",
      evidenceCount: 1,
      repositoryCount: 1,
    }),
    tech({
      id: "tech_5",
      title: "Terraform",
      domain: "infrastructure",
      quadrant: "Platforms",
      status: "research",
      ring: "assess",
    }),
  ];
  return {
    schemaVersion: 1,
    generatedAt: "2026-12-06T12:00:00.000Z",
    subject,
    filters: {},
    project: { id: "prj_1", slug: "demo", name: "Demo & Co" },
    summary: {
      technologies: technologies.length,
      byRing: { adopt: 1, trial: 1, assess: 2, hold: 1 },
      byStatus: { integrated: 1, implementation: 1, evaluation: 1, archived: 1, research: 1 },
      byDomain: { data: 1, "languages-frameworks": 1, tools: 1, "ui-ux": 1, infrastructure: 1 },
      researchTasks: 1,
      analyses: 1,
    },
    technologies,
    researchTasks: [
      {
        id: "task_1",
        title: "Review Kafka",
        description: "",
        status: "todo",
        priority: 2,
        assignee: "sam",
        dueDate: "2026-12-31",
        technologyId: "tech_1",
        technologyTitle: "Kafka",
        repositoryId: null,
        createdAt: "2026-11-01T09:00:00.000Z",
        updatedAt: "2026-11-01T09:00:00.000Z",
      },
    ],
    analyses: [
      {
        id: "ana_1",
        createdAt: "2026-12-01T00:00:00.000Z",
        source: "snapshot",
        repository: { id: "repo_1", provider: "upload", owner: "acme", name: "shop web", url: null },
        fileCount: 12,
        totalBytes: 12_400,
        languages: [{ language: "TypeScript", files: 10, bytes: 12_400, share: 1 }],
        dependencies: [
          { ecosystem: "npm", name: "react", version: "^18.3.1", file: "package.json", scope: "runtime" },
          { ecosystem: "npm", name: "pg", version: "^8.11.0", file: "package.json", scope: "runtime" },
        ],
        technologies: [
          {
            title: "React",
            domain: "ui-ux",
            evidence: [{ file: "package.json", kind: "dependency", dependency: "react", version: "^18.3.1", line: 7 }],
          },
          {
            title: "PostgreSQL",
            domain: "data",
            evidence: [{ file: "package.json", kind: "dependency", dependency: "pg" }],
          },
        ],
        problems: [{ path: "services/api/package.json", message: "Unexpected token n in JSON at position 2" }],
        skipped: [{ path: "current link", reason: "symlink" }],
      },
    ],
    changes: [
      {
        technologyId: "tech_4",
        title: "React",
        kind: "status",
        from: "integrated",
        to: "archived",
        note: null,
        at: "2026-11-30T10:00:00.000Z",
      },
    ],
  };
}
