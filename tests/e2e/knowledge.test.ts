import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeViolations, launch, newProject, openPage, screenshot, seriousViolations, signIn } from "./support";

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  const project = await newProject("Knowledge");
  ({ page } = await openPage(browser));
  await signIn(page, project.key);
});
afterAll(async () => {
  await browser?.close();
});

const NOTE_TITLE = "Vector storage";
// Says "vector storage" and "holds", never "keep" or "embedding": the rephrased query shares no stem with it.
const NOTE = `# Vector storage

Our vector storage holds the numeric representations of every document chunk for semantic search.
They live in a Postgres table with the pgvector extension, one row per chunk.
`;
const FILE = `# Release checklist

Tag the release, update the changelog, and announce the new version to the team on Friday.
`;

const searchBox = () => page.getByRole("search");
const results = () => page.locator("ol.results > li");

async function searchFor(q: string, mode: "hybrid" | "keyword" | "semantic") {
  await searchBox().getByLabel("Search the knowledge base").fill(q);
  await searchBox().getByRole("radio", { name: mode }).check();
  await searchBox().getByRole("button", { name: "Search" }).click();
}

describe("knowledge base", () => {
  it("adds a Markdown note through the form and a .md file through the file input, and lists both as indexed", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Knowledge" }).click();
    await page.getByRole("heading", { level: 1, name: "Knowledge base" }).waitFor();

    const form = page.locator("form", { has: page.getByRole("button", { name: "Add text" }) });
    await form.getByLabel("Title", { exact: true }).fill(NOTE_TITLE);
    await form.getByLabel("Text", { exact: true }).fill(NOTE);
    await form.getByLabel("Format").selectOption("markdown");
    await form.getByLabel("Tags", { exact: true }).fill("architecture, e2e");
    await form.getByRole("button", { name: "Add text" }).click();
    await page.getByRole("status").getByText("Document created.").waitFor();

    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "release-checklist.md", mimeType: "text/markdown", buffer: Buffer.from(FILE) });
    await page
      .getByRole("status")
      .getByText(/^release-checklist\.md: created\.$/)
      .waitFor();

    const documents = page.getByRole("region", { name: /^Documents \(\d+\)$/ });
    await page.getByRole("heading", { level: 2, name: "Documents (2)" }).waitFor();
    for (const title of [NOTE_TITLE, "Release checklist"]) {
      await documents.getByRole("listitem").filter({ hasText: title }).getByText("indexed").waitFor();
    }
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
  });

  it("finds the note by keyword with the matching word highlighted in its snippet", async () => {
    await searchFor("pgvector", "keyword");
    const hit = results().filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(NOTE_TITLE) }) });
    await hit.waitFor();
    expect(await results().count()).toBe(1);
    expect((await hit.locator("mark").allTextContents()).map((m) => m.toLowerCase())).toContain("pgvector");
    expect(await hit.getByText(/keyword #1/).count()).toBeGreaterThan(0);
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
  });

  it("finds the note by meaning in hybrid mode for a rephrased question that matches none of its words", async () => {
    const question = "Where do we keep embeddings";
    await searchFor(question, "keyword");
    await page.getByText(`Nothing relevant found for “${question}”.`).waitFor();

    await searchFor(question, "hybrid");
    await results().first().waitFor();
    // No word of the question is in the project, so hybrid ran on its semantic list alone and says so.
    await page.getByText("Mode used: semantic (asked for hybrid)").waitFor();
    await page.getByText(`The first result for “${question}” was found by meaning, not by its words`).waitFor();
    expect(await page.getByText(/Nothing relevant found/).count()).toBe(0);
    const first = results().first();
    expect(await first.getByRole("heading", { level: 3 }).textContent()).toContain(NOTE_TITLE);
    expect(await first.getByText(/semantic #1/).count()).toBeGreaterThan(0);
    await screenshot(page, "knowledge-search-hybrid");
  });

  it("deletes a document from the list after confirming, and search no longer finds it", async () => {
    const documents = page.getByRole("region", { name: /^Documents \(\d+\)$/ });
    page.once("dialog", (dialog) => dialog.accept());
    await documents.getByRole("button", { name: "Delete Release checklist" }).click();
    await page.getByRole("heading", { level: 2, name: "Documents (1)" }).waitFor();
    expect(await documents.getByText("Release checklist").count()).toBe(0);
    await searchFor("changelog", "keyword");
    await page.getByText("Nothing relevant found for “changelog”.").waitFor();
    await screenshot(page, "knowledge-after-delete");
  });
});
