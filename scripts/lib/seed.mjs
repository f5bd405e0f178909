// The demo project a new local user finds on first start, created through the public API so it
// carries audit rows and history like any other data.

/** @typedef {import("../../shared/vocabulary.ts").Domain} Domain */
/** @typedef {import("../../shared/vocabulary.ts").TechStatus} TechStatus */

/** @type {{ title: string; vendor?: string; domain: Domain; status: TechStatus; priority: number; tags: string[] }[]} */
const TECHNOLOGIES = [
  {
    title: "Cloudflare Workers",
    vendor: "Cloudflare",
    domain: "platforms",
    status: "integrated",
    priority: 5,
    tags: ["edge", "runtime"],
  },
  { title: "Hono", domain: "languages-frameworks", status: "integrated", priority: 4, tags: ["edge", "http"] },
  { title: "Drizzle ORM", domain: "data", status: "implementation", priority: 4, tags: ["orm", "sql"] },
  {
    title: "Cloudflare D1",
    vendor: "Cloudflare",
    domain: "data",
    status: "implementation",
    priority: 4,
    tags: ["sqlite", "edge"],
  },
  {
    title: "Vectorize",
    vendor: "Cloudflare",
    domain: "ai-ml",
    status: "evaluation",
    priority: 3,
    tags: ["vectors", "search"],
  },
  { title: "React Router", domain: "ui-ux", status: "implementation", priority: 3, tags: ["web", "spa"] },
  { title: "OpenTelemetry", domain: "tools", status: "research", priority: 3, tags: ["observability"] },
  { title: "Passkeys", domain: "security", status: "discovery", priority: 2, tags: ["auth"] },
  { title: "Kubernetes", domain: "infrastructure", status: "archived", priority: 1, tags: ["containers"] },
];

/**
 * Creates the demo project with a few technologies, a repository, a task and a note.
 * @param {ReturnType<typeof import("./local.mjs").apiClient>} api an admin client
 */
export async function seedDemo(api) {
  const project = await api("POST", "/api/v1/projects", {
    name: "Demo Radar",
    owner: "commandcenter",
    slug: "demo",
    description: "A sample project: browse the radar, repositories, tasks and knowledge.",
  });
  const scoped = (/** @type {string} */ method, /** @type {string} */ path, /** @type {unknown} */ body) =>
    api(method, path, body, { "x-project-id": project.id });
  const techs = [];
  for (const t of TECHNOLOGIES) {
    techs.push(
      await scoped("POST", "/api/v1/technologies", {
        ...t,
        description: `${t.title} as seen by the demo team.`,
      }),
    );
  }
  const repo = await scoped("POST", "/api/v1/repositories", {
    url: "https://github.com/honojs/hono",
    description: "Web framework built on Web Standards",
    language: "TypeScript",
  });
  await scoped("POST", "/api/v1/research-tasks", {
    title: "Evaluate Vectorize for knowledge search",
    description: "Compare recall and latency with the local index.",
    status: "in_progress",
    priority: 4,
    assignee: "alex",
    technologyId: techs.find((t) => t.title === "Vectorize")?.id,
    repositoryId: repo.id,
  });
  await scoped("POST", "/api/v1/knowledge/entries", {
    title: "ADR 1: Run on Cloudflare Workers",
    sourceType: "adr",
    content: "We run CommandCenter on Workers with D1 so it sits close to users and needs no servers.",
    tags: ["adr", "architecture"],
    technologyIds: [techs[0].id],
  });
  return project;
}
