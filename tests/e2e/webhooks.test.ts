import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, describeViolations, launch, newProject, openPage, seriousViolations, signIn } from "./support";

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

let browser: Browser;
let page: Page;
let project: { id: string; key: string };
let receiver: Server;
const received: Received[] = [];
/** The endpoint's signing secret, as the page showed it once. */
let secret = "";

/** A webhook receiver on loopback (a random free port) that records every request and answers 200. */
function startReceiver(): Promise<Server> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      if (req.method === "POST") received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

beforeAll(async () => {
  receiver = await startReceiver();
  browser = await launch();
  project = await newProject("Webhooks");
  ({ page } = await openPage(browser));
  await signIn(page, project.key);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => receiver?.close(r));
});

/** Waits for the receiver to get a POST whose verified body has `subject`; returns that body. */
async function receivedEvent(subject: string): Promise<{ subject: string; data: unknown }> {
  const verifier = new Webhook(secret);
  for (let i = 0; i < 300; i++) {
    for (const r of received) {
      const headers = Object.fromEntries(Object.entries(r.headers).map(([k, v]) => [k, String(v)]));
      // Throws unless webhook-id, webhook-timestamp and webhook-signature match the body and secret.
      const body = verifier.verify(r.body, headers) as { subject: string; data: unknown };
      if (body.subject === subject) return body;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no ${subject} webhook reached the receiver; got ${received.length} requests`);
}

describe("webhooks", () => {
  it("registers a local receiver, shows its secret once and delivers a signed technology event, visible with its attempt", async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
    await page.getByRole("heading", { level: 1, name: "Webhooks" }).waitFor();

    const form = page.locator("form", { has: page.getByRole("button", { name: "Add endpoint" }) });
    await form.getByLabel("URL").fill(url);
    await form.getByLabel("Description").fill("e2e receiver");
    await form.getByLabel("Events (comma-separated patterns)").fill("technology.*");
    await form.getByRole("button", { name: "Add endpoint" }).click();

    const shown = page.getByRole("status").filter({ hasText: "signing secret now: it is shown once" });
    await shown.waitFor();
    secret = (await shown.locator("code").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]+$/);
    const endpoint = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: url }) });
    await endpoint.getByText("technology.*", { exact: true }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toEqual([]);

    // Listing the endpoint again never shows the secret.
    const listed = await api<{ data: Record<string, unknown>[] }>("GET", "/webhooks", { project: project.id });
    expect(JSON.stringify(listed)).not.toContain(secret);

    const title = `Webhook Blip ${Date.now().toString(36)}`;
    await api("POST", "/technologies", {
      project: project.id,
      key: project.key,
      body: { title, domain: "tools", status: "research" },
    });
    const event = await receivedEvent("technology.created");
    expect(JSON.stringify(event.data)).toContain(title);

    // The delivery log refreshes by itself: one delivery, delivered, with its 200.
    const delivered = endpoint.getByRole("row").filter({ hasText: "delivered" });
    await delivered.first().waitFor({ timeout: 60_000 });
    const cells = delivered.first().getByRole("cell");
    expect(await cells.nth(2).textContent()).toBe("1");
    expect(await cells.nth(3).textContent()).toBe("200");
    await cells.nth(0).getByRole("button").click();
    await endpoint.getByText("technology.created", { exact: true }).waitFor();
    await endpoint.getByText(/^Attempt 1: 200 in \d+ ms/).waitFor();
    await endpoint.getByText("thanks", { exact: true }).waitFor();
    expect(describeViolations(await seriousViolations(page))).toEqual([]);
  });

  it("sends a test event to the endpoint from the page and logs its delivery", async () => {
    const endpoint = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Send test event" }) });
    await endpoint.getByRole("button", { name: "Send test event" }).click();
    await endpoint.getByRole("status").getByText("Test event queued.").waitFor();
    const event = await receivedEvent("webhook.test");
    expect(JSON.stringify(event.data)).toContain("if you can read this, the webhook works");
    await expect
      .poll(() => endpoint.getByRole("row").filter({ hasText: "delivered" }).count(), { timeout: 60_000 })
      .toBe(2);
  });
});
