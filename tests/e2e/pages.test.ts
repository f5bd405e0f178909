import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureTarGz } from "./fixture-archive";
import {
  api,
  describeViolations,
  launch,
  newProject,
  openPage,
  screenshot,
  seriousViolations,
  signIn,
  WIDTHS,
  waitForJob,
} from "./support";

interface Seeded {
  project: { id: string; key: string };
  technologyId: string;
  repositoryId: string;
  jobId: string;
}

/** Every page of the dashboard, with what shows that it has finished loading its data. */
const PAGES: { name: string; path: (s: Seeded) => string; ready: (page: Page) => Promise<unknown> }[] = [
  {
    name: "overview",
    path: () => "/",
    ready: (page) => page.getByRole("region", { name: "Recently moved" }).getByRole("link").first().waitFor(),
  },
  { name: "radar", path: () => "/radar", ready: (page) => page.getByText(/^\d+ of \d+ technologies shown/).waitFor() },
  {
    name: "technologies",
    path: () => "/technologies",
    ready: (page) => page.getByRole("link", { name: "Hono", exact: true }).waitFor(),
  },
  {
    name: "technology",
    path: (s) => `/technologies/${s.technologyId}`,
    ready: (page) => page.getByRole("region", { name: "History" }).getByRole("listitem").first().waitFor(),
  },
  {
    name: "repositories",
    path: () => "/repositories",
    ready: (page) => page.getByRole("link", { name: "e2e/shop-web" }).waitFor(),
  },
  {
    name: "repository",
    path: (s) => `/repositories/${s.repositoryId}`,
    ready: (page) => page.getByRole("region", { name: /^Technologies \(\d+\)$/ }).waitFor(),
  },
  {
    name: "research",
    path: () => "/research",
    ready: (page) => page.getByRole("listitem", { name: /^Compare edge databases,/ }).waitFor(),
  },
  {
    name: "exports",
    path: () => "/exports",
    ready: (page) => page.getByRole("button", { name: "Start export" }).waitFor(),
  },
  {
    name: "knowledge",
    path: () => "/knowledge",
    ready: (page) => page.getByRole("search").getByRole("button", { name: "Search" }).waitFor(),
  },
  {
    name: "jobs",
    path: () => "/jobs",
    ready: (page) =>
      page
        .getByRole("cell", { name: /completed/ })
        .first()
        .waitFor(),
  },
  {
    name: "job",
    path: (s) => `/jobs/${s.jobId}`,
    ready: async (page) => {
      await page
        .getByRole("progressbar", { name: "Job progress" })
        .and(page.locator('[aria-valuenow="100"]'))
        .waitFor();
      await page.getByRole("region", { name: "Result" }).waitFor();
    },
  },
  {
    name: "schedules",
    path: () => "/schedules",
    ready: (page) => page.getByRole("cell", { name: /Nightly analysis/ }).waitFor(),
  },
  {
    name: "webhooks",
    path: () => "/webhooks",
    ready: (page) => page.getByRole("region", { name: "Endpoints" }).waitFor(),
  },
  {
    name: "settings",
    path: () => "/settings",
    ready: (page) => page.getByRole("region", { name: "Audit log" }).getByRole("cell").first().waitFor(),
  },
];

const VARIANTS = [
  { name: "1280", viewport: WIDTHS.desktop, colorScheme: "light" },
  { name: "375", viewport: WIDTHS.mobile, colorScheme: "light" },
  { name: "1280-dark", viewport: WIDTHS.desktop, colorScheme: "dark" },
] as const;

const TECHNOLOGIES = [
  { title: "Cloudflare Workers", domain: "platforms", status: "integrated", priority: 5, tags: ["edge"] },
  { title: "Hono", domain: "languages-frameworks", status: "integrated", priority: 4, tags: ["http"] },
  { title: "Drizzle ORM", domain: "data", status: "implementation", priority: 4, tags: ["orm", "sql"] },
  { title: "Vectorize", domain: "ai-ml", status: "evaluation", priority: 3, tags: ["vectors"] },
  { title: "OpenTelemetry", domain: "tools", status: "research", priority: 3, tags: ["observability"] },
  { title: "Passkeys", domain: "security", status: "discovery", priority: 2, tags: ["auth"] },
  { title: "Kubernetes", domain: "infrastructure", status: "archived", priority: 1, tags: ["containers"] },
];

/**
 * A project that has something on every page: technologies with history, an analysed repository,
 * a job, research tasks (one overdue) and a schedule.
 */
async function seed(): Promise<Seeded> {
  const project = await newProject("Pages");
  const as = { project: project.id, key: project.key };
  const ids: string[] = [];
  for (const t of TECHNOLOGIES) ids.push((await api<{ id: string }>("POST", "/technologies", { ...as, body: t })).id);
  const technologyId = ids[1] ?? "";
  const moved = await api<{ version: number }>("GET", `/technologies/${technologyId}`, as);
  await api("PATCH", `/technologies/${technologyId}`, { ...as, body: { priority: 5, version: moved.version } });
  const repo = await api<{ id: string }>("POST", "/repositories", {
    ...as,
    body: { provider: "upload", owner: "e2e", name: "shop-web" },
  });
  const job = await api<{ id: string }>("POST", `/repositories/${repo.id}/snapshots`, {
    ...as,
    body: await fixtureTarGz("npm"),
    type: "application/gzip",
  });
  await api("POST", "/research-tasks", {
    ...as,
    body: { title: "Compare edge databases", status: "in_progress", assignee: "alex", dueDate: "2026-01-15" },
  });
  await api("POST", "/research-tasks", { ...as, body: { title: "Try passkeys", technologyId: ids[5] } });
  await api("POST", "/schedules", {
    ...as,
    body: {
      name: "Nightly analysis",
      frequency: "daily",
      hour: 3,
      minute: 0,
      timezone: "Europe/Berlin",
      jobType: "repositories.analyse_all",
    },
  });
  const done = await waitForJob(job.id, project.id, project.key);
  expect(done.status).toBe("completed");
  return { project, technologyId, repositoryId: repo.id, jobId: job.id };
}

let browser: Browser;
let seeded: Seeded;
beforeAll(async () => {
  browser = await launch();
  seeded = await seed();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * How far the page scrolls sideways, and the elements sticking out past the viewport (what is
 * inside a table's own scroller does not count).
 */
function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow <= 0) return [];
    const offenders = [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((el) => !el.parentElement?.closest(".table-wrap"))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? "").slice(0, 40)}"`);
    return [`page scrolls ${overflow}px sideways`, ...offenders];
  });
}

/**
 * The tables that still scroll sideways on a narrow screen, where every table but the portfolio
 * matrix stacks its rows into cards whose cells name their column.
 */
function unstackedTables(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>(".stackable")]
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
      .map((wrap) => `${wrap.getAttribute("aria-label")}: ${wrap.scrollWidth}px in ${wrap.clientWidth}px`)
      .concat(
        [...document.querySelectorAll<HTMLTableCellElement>(".stackable tbody td")]
          .filter((td) => td.colSpan === 1 && td.dataset.label === undefined)
          .map((td) => `a cell without its column's name: "${(td.textContent ?? "").slice(0, 40)}"`)
          .slice(0, 3),
      ),
  );
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle").catch(() => undefined);
  await page.evaluate(() => document.fonts.ready);
}

describe.each(VARIANTS)("every page at $name", (variant) => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await openPage(browser, variant.viewport, variant.colorScheme));
  });
  afterAll(async () => {
    await context?.close();
  });

  it("sign-in has no serious accessibility violation", async () => {
    await page.goto("/signin");
    await page.getByLabel("API key").waitFor();
    await settle(page);
    await screenshot(page, `signin-${variant.name}`);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
    await signIn(page, seeded.project.key);
  });

  it.each(PAGES)(
    "$name has no serious accessibility violation and fits the viewport",
    async ({ name, path, ready }) => {
      await page.goto(path(seeded));
      await ready(page);
      await settle(page);
      await screenshot(page, `${name}-${variant.name}`);
      expect(describeViolations(await seriousViolations(page))).toEqual([]);
      expect(await sticksOut(page), "elements wider than the viewport").toEqual([]);
      if (variant.viewport.width < 600) expect(await unstackedTables(page), "tables scrolling sideways").toEqual([]);
    },
  );
});
