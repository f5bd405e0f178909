import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, launch, newProject, openPage, signIn } from "./support";

let browser: Browser;
let project: { id: string; key: string };
let page: Page;
beforeAll(async () => {
  browser = await launch();
  project = await newProject("Technologies");
  ({ page } = await openPage(browser));
  await signIn(page, project.key);
});
afterAll(async () => {
  await browser?.close();
});

async function openTechnologies() {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Technologies" }).click();
  await page.getByRole("heading", { level: 1, name: "Technologies" }).waitFor();
  await page.getByText(/^Page \d+ of \d+ · \d+ total$/).waitFor();
}

/** The add form, opened if the list is not empty (an empty project opens it by itself). */
async function addForm() {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add technology" }) });
  if (!(await form.isVisible())) await page.getByText("Add a technology").click();
  await form.waitFor();
  return form;
}

describe("technologies", () => {
  it("creates a technology through the form and shows it in the table and as a radar blip", async () => {
    const title = `Quantum Cache ${Date.now().toString(36)}`;
    await openTechnologies();
    const form = await addForm();
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Vendor").fill("Acme");
    await form.getByLabel("Domain").selectOption("data");
    await form.getByLabel("Status").selectOption("evaluation");
    await form.getByLabel("Priority (1-5)").fill("4");
    await form.getByLabel("Tags (comma-separated)").fill("cache, e2e");
    await form.getByRole("button", { name: "Add technology" }).click();
    await form.getByRole("status").getByText("Saved.").waitFor();

    const row = page.getByRole("row", { name: new RegExp(title) });
    await row.waitFor();
    const cells = await row.getByRole("cell").allTextContents();
    // The first cell is the row's selection checkbox.
    expect([cells[1], cells[2], cells[4]]).toEqual([title, "Data", "4"]);
    expect(await row.getByLabel(`Status of ${title}`).inputValue()).toBe("evaluation");

    await page.getByRole("link", { name: "Radar", exact: true }).click();
    const blip = page.getByRole("button", { name: `${title}: assess, priority 4, new` });
    await blip.waitFor();
    await blip.hover();
    await page.locator(".tooltip").getByText(`${title} · assess`).waitFor();
    await page.getByText("1 of 1 technologies shown.").waitFor();
  });

  it("changes a technology's status inline in the table, and the radar moves it to the matching ring", async () => {
    const created = await api<{ id: string; title: string }>("POST", "/technologies", {
      project: project.id,
      key: project.key,
      body: { title: `Inline Move ${Date.now().toString(36)}`, domain: "tools", status: "research", priority: 2 },
    });
    // Made behind the dashboard's back: load the page afresh rather than wait for the cache to age.
    await page.goto("/technologies");
    await page.getByLabel(`Status of ${created.title}`).selectOption("integrated");
    await expect
      .poll(
        async () =>
          (await api<{ status: string }>("GET", `/technologies/${created.id}`, { project: project.id })).status,
      )
      .toBe("integrated");
    await page.getByRole("link", { name: "Radar", exact: true }).click();
    await page.getByRole("button", { name: new RegExp(`^\\d+\\. ${created.title}: adopt, priority 2`) }).waitFor();
  });

  it("shows the API's field-level message next to the field for a priority out of range", async () => {
    await openTechnologies();
    const form = await addForm();
    await form.getByLabel("Title").fill("Too Important");
    await form.getByLabel("Priority (1-5)").fill("9");
    await form.getByRole("button", { name: "Add technology" }).click();

    const res = await fetch(`${process.env.CC_E2E_BASE_URL}/api/v1/technologies`, {
      method: "POST",
      headers: { authorization: `Bearer ${project.key}`, "content-type": "application/json" },
      body: JSON.stringify({ title: "Too Important", domain: "other", priority: 9 }),
    });
    const body = (await res.json()) as { error: { message: string; details: { path: string; message: string }[] } };
    const apiMessage = body.error.details.find((d) => d.path === "priority")?.message;
    expect(res.status).toBe(400);
    expect(apiMessage).toBeTruthy();

    const priority = form.getByLabel("Priority (1-5)");
    await expect.poll(() => priority.getAttribute("aria-invalid")).toBe("true");
    const describedBy = await priority.getAttribute("aria-describedby");
    expect(await page.locator(`#${describedBy}`).textContent()).toBe(apiMessage);
    await expect.poll(() => form.getByRole("alert").textContent()).toBe(body.error.message);
    expect(await form.getByLabel("Title").getAttribute("aria-invalid")).toBe("false");
    const list = await api<{ total: number }>("GET", "/technologies?q=Too%20Important", { project: project.id });
    expect(list.total).toBe(0);
  });

  it("moves ticked technologies together with one note, each with its own history row", async () => {
    const stamp = Date.now().toString(36);
    const made = [];
    for (const name of ["Batch One", "Batch Two"])
      made.push(
        await api<{ id: string; title: string }>("POST", "/technologies", {
          project: project.id,
          key: project.key,
          body: { title: `${name} ${stamp}`, status: "research" },
        }),
      );
    await page.goto("/technologies");
    for (const t of made) await page.getByLabel(`Select ${t.title}`).check();
    const bar = page.getByRole("group", { name: "Selected technologies" });
    await bar.getByText("2 selected").waitFor();
    await bar.getByLabel("Move to").selectOption("implementation");
    await bar.getByLabel("Note").fill("batch review");
    await bar.getByRole("button", { name: "Move selected" }).click();
    await bar.getByRole("status").getByText("2 moved, 0 already there, 0 failed.").waitFor();
    for (const t of made) {
      const history = await api<{ data: { kind: string; toValue: string; note: string | null }[] }>(
        "GET",
        `/technologies/${t.id}/history`,
        { project: project.id },
      );
      expect(history.data).toContainEqual(
        expect.objectContaining({ kind: "status", toValue: "implementation", note: "batch review" }),
      );
    }
  });
});
