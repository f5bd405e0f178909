import { env, exports } from "cloudflare:workers";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { EventStreamMessage } from "../../durable-objects/event-stream.protocol";
import { api, expectStatus, ORIGIN } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook, eventually, fakeReceiver } from "../webhooks/webhook-helpers";
import { analyse, driftOf, hourlyTick, newRepo, packageJson, technologyNamed } from "./portfolio-helpers";

let admin: string;
let a: Tenant;
let b: Tenant;
let repoA: string;
let rx: ReturnType<typeof fakeReceiver>;

beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, "drift-a");
  b = await createTenant(admin, "drift-b");
  repoA = await newRepo(a.write, "shop");
});
beforeEach(() => {
  rx = fakeReceiver();
});
afterEach(() => rx.restore());

const subjectsOf = async (key: string, correlationId: string) =>
  (await expectStatus(api(key).events.$get({ query: { correlationId, limit: "500" } }), 200)).data;

describe("radar-vs-code drift", () => {
  it("opens hold_in_use when an analysis evidences a technology on hold, with file evidence, an event and a webhook delivery", async () => {
    await createWebhook(a.write, { url: rx.url(), eventPatterns: ["drift.*"] });
    await expectStatus(api(a.write).technologies.$post({ json: { title: "Moment.js", status: "archived" } }), 201);
    const job = await analyse(a.write, repoA, {
      "package.json": packageJson({ moment: "^2.29.4", express: "^4.19.0" }),
    });

    const [item] = await driftOf(admin, "hold_in_use");
    expect(item).toMatchObject({ projectId: a.projectId, title: "Moment.js", state: "open", resolvedAt: null });
    expect(item?.details.evidence).toContainEqual(
      expect.objectContaining({ repositoryId: repoA, file: "package.json", dependency: "moment", version: "^2.29.4" }),
    );
    const events = await subjectsOf(a.read, job);
    const detected = events.find((e) => e.subject === "drift.detected");
    expect(detected?.payload).toMatchObject({ id: item?.id, kind: "hold_in_use", title: "Moment.js" });

    const delivered = await eventually(async () => rx.received.find((r) => r.body.includes('"drift.detected"')));
    expect(JSON.parse(delivered.body)).toMatchObject({
      subject: "drift.detected",
      data: { kind: "hold_in_use", title: "Moment.js" },
    });
    expect(delivered.headers["webhook-signature"]).toMatch(/^v1,/);
  });

  it("resolves hold_in_use after the analysis that no longer finds the technology", async () => {
    const job = await analyse(a.write, repoA, { "package.json": packageJson({ express: "^4.19.0" }) });
    const [item] = await driftOf(admin, "hold_in_use");
    expect(item).toMatchObject({ state: "resolved", resolvedAt: expect.any(String) });
    expect((await subjectsOf(a.read, job)).map((e) => e.subject)).toContain("drift.resolved");
  });

  it("opens integrated_unused when an integrated technology leaves the code, and resolves it when it is back", async () => {
    const express = await technologyNamed(a.read, "Express");
    await expectStatus(
      api(a.write).technologies[":id"].$patch({ param: { id: express.id }, json: { status: "integrated" } }),
      200,
    );
    await analyse(a.write, repoA, { "package.json": packageJson({ react: "^18.2.0" }) });
    expect(await driftOf(admin, "integrated_unused")).toEqual([
      expect.objectContaining({ title: "Express", technologyId: express.id, state: "open" }),
    ]);
    await analyse(a.write, repoA, { "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0" }) });
    expect((await driftOf(admin, "integrated_unused"))[0]).toMatchObject({ state: "resolved" });
  });

  it("opens stuck_in_discovery for a technology at discovery for over 30 days that the code uses; moving it resolves it", async () => {
    const lodash = await expectStatus(api(a.write).technologies.$post({ json: { title: "Lodash" } }), 201);
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000).toISOString();
    await env.DB.prepare("update technologies set created_at = ? where id = ?").bind(longAgo, lodash.id).run();
    await analyse(a.write, repoA, {
      "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0", lodash: "4.17.21" }),
    });
    const [item] = await driftOf(admin, "stuck_in_discovery");
    expect(item).toMatchObject({ title: "Lodash", state: "open" });

    const moved = await expectStatus(
      api(admin).portfolio.drift[":id"].move.$post({ param: { id: item?.id ?? "" }, json: { status: "research" } }),
      200,
    );
    expect(moved).toMatchObject({ state: "resolved" });
    expect(await technologyNamed(a.read, "Lodash")).toMatchObject({ status: "research" });
  });

  it("opens untracked_in_use on the hourly scan when a technology the code uses was taken off the radar; putting it back resolves it", async () => {
    const react = await technologyNamed(a.read, "React");
    await expectStatus(api(a.write).technologies[":id"].$delete({ param: { id: react.id } }), 204);
    await hourlyTick();
    const [item] = await driftOf(a.read, "untracked_in_use");
    expect(item).toMatchObject({ title: "React", technologyId: null, state: "open" });
    expect(item?.details.evidence[0]).toMatchObject({ file: "package.json", dependency: "react" });

    const moved = await expectStatus(
      api(a.write).portfolio.drift[":id"].move.$post({ param: { id: item?.id ?? "" }, json: { status: "evaluation" } }),
      200,
    );
    expect(moved.state).toBe("resolved");
    expect(await technologyNamed(a.read, "React")).toMatchObject({ status: "evaluation" });
  });

  it("opens ring_conflict in both projects when one adopts what the other holds; only an instance key sees it", async () => {
    await expectStatus(api(b.write).technologies.$post({ json: { title: "Express", status: "archived" } }), 201);
    await hourlyTick();
    const conflicts = await driftOf(admin, "ring_conflict");
    const inA = conflicts.find((d) => d.projectId === a.projectId && d.state === "open");
    const inB = conflicts.find((d) => d.projectId === b.projectId && d.state === "open");
    expect(inA?.details.conflicts).toEqual([expect.objectContaining({ projectId: b.projectId, ring: "hold" })]);
    expect(inB?.details.conflicts).toEqual([expect.objectContaining({ projectId: a.projectId, ring: "adopt" })]);
    expect(await driftOf(a.read, "ring_conflict")).toEqual([]);
    await expectStatus(api(a.read).portfolio.drift[":id"].$get({ param: { id: inA?.id ?? "" } }), 404);

    const express = await technologyNamed(b.read, "Express");
    await expectStatus(
      api(b.write).technologies[":id"].$patch({ param: { id: express.id }, json: { status: "integrated" } }),
      200,
    );
    await hourlyTick();
    expect((await driftOf(admin, "ring_conflict")).filter((d) => d.state === "open")).toEqual([]);
  });

  it("dismisses an item with a reason kept in the audit log, and a second dismissal is a conflict", async () => {
    await expectStatus(api(a.write).technologies.$post({ json: { title: "Vue.js", status: "archived" } }), 201);
    await analyse(a.write, repoA, {
      "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0", vue: "^3.4.0" }),
    });
    const item = (await driftOf(a.read, "hold_in_use")).find((d) => d.title === "Vue.js" && d.state === "open");
    const id = item?.id ?? "";
    const dismissed = await expectStatus(
      api(a.write).portfolio.drift[":id"].dismiss.$post({
        param: { id },
        json: { reason: "legacy admin page, removal planned" },
      }),
      200,
    );
    expect(dismissed).toMatchObject({ state: "dismissed", dismissReason: "legacy admin page, removal planned" });
    await expectStatus(
      api(a.write).portfolio.drift[":id"].dismiss.$post({ param: { id }, json: { reason: "again" } }),
      409,
    );
    const audit = await expectStatus(api(a.admin).audit.$get({ query: { entityId: id } }), 200);
    expect(audit.data[0]).toMatchObject({
      entity: "drift",
      after: expect.objectContaining({ dismissReason: "legacy admin page, removal planned" }),
    });
    await analyse(a.write, repoA, {
      "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0", vue: "^3.4.0" }),
    });
    expect((await driftOf(a.read, "hold_in_use")).find((d) => d.id === id)).toMatchObject({ state: "dismissed" });
  });

  it("opens a research task about the item's technology", async () => {
    const item = (await driftOf(a.read, "hold_in_use")).find((d) => d.title === "Vue.js");
    const made = await expectStatus(
      api(a.write).portfolio.drift[":id"]["research-task"].$post({
        param: { id: item?.id ?? "" },
        json: { assignee: "kim" },
      }),
      201,
    );
    expect(made.task).toMatchObject({ projectId: a.projectId, technologyId: item?.technologyId, assignee: "kim" });
    expect(made.item.researchTaskId).toBe(made.task.id);
  });

  it("wakes the item's project's live event stream when an item is dismissed", async () => {
    await expectStatus(api(a.write).technologies.$post({ json: { title: "Day.js", status: "archived" } }), 201);
    await analyse(a.write, repoA, {
      "package.json": packageJson({ react: "^18.2.0", express: "^4.19.0", dayjs: "^1.11.10" }),
    });
    const item = (await driftOf(a.read, "hold_in_use")).find((d) => d.title === "Day.js" && d.state === "open");
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/api/v1/events/ws?subject=drift.dismissed`, {
        headers: { upgrade: "websocket", authorization: `Bearer ${a.read}` },
      }),
    );
    const ws = res.webSocket;
    if (!ws) throw new Error(`no socket: ${res.status}`);
    const messages: EventStreamMessage[] = [];
    ws.accept();
    ws.addEventListener("message", (m) => messages.push(JSON.parse(String(m.data)) as EventStreamMessage));
    const seen = (type: string) => messages.some((m) => m.type === type);
    await eventually(async () => (seen("ready") ? true : undefined));
    await expectStatus(
      api(admin).portfolio.drift[":id"].dismiss.$post({ param: { id: item?.id ?? "" }, json: { reason: "vendored" } }),
      200,
    );
    await eventually(async () => (seen("event") ? true : undefined), 3000);
    const pushed = messages.flatMap((m) => (m.type === "event" ? [m.event] : []));
    expect(pushed).toEqual([expect.objectContaining({ subject: "drift.dismissed", projectId: a.projectId })]);
    ws.close();
  }, 30_000);
});
