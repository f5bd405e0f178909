import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";

let admin: string;
let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  admin = await instanceAdmin();
  a = await createTenant(admin, "cache-a");
  b = await createTenant(admin, "cache-b");
  await expectStatus(api(a.write).technologies.$post({ json: { title: "Kafka", status: "integrated" } }), 201);
  await expectStatus(api(b.write).technologies.$post({ json: { title: "Kafka", status: "evaluation" } }), 201);
});

const version = async () =>
  (await env.DB.prepare("select version from portfolio_version where id = 1").first<{ version: number }>())?.version ??
  -1;
const radar = () => expectStatus(api(admin).portfolio.radar.$get({ query: {} }), 200);
const matrix = () => expectStatus(api(admin).portfolio.matrix.$get({ query: {} }), 200);
const techId = async (t: Tenant, title: string) => {
  const page = await expectStatus(api(t.read).technologies.$get({ query: { q: title } }), 200);
  return page.data.find((x) => x.title === title)?.id ?? "";
};

describe("portfolio answers kept per portfolio data version", () => {
  it("moves the version on every change a radar or matrix can see, and not on others", async () => {
    const moves = async (change: () => Promise<unknown>) => {
      const before = await version();
      await change();
      return (await version()) > before;
    };
    const id = await techId(a, "Kafka");
    const patch = (json: { status?: "archived"; priority?: number; title?: string }) =>
      expectStatus(api(a.write).technologies[":id"].$patch({ param: { id }, json }), 200);
    expect(await moves(() => patch({ status: "archived" }))).toBe(true);
    expect(await moves(() => patch({ title: "Kafka" }))).toBe(false);
    expect(await moves(() => patch({ priority: 4 }))).toBe(false);
    const link = { technology: "Apache Kafka", sameAs: "Kafka" };
    expect(await moves(() => expectStatus(api(admin).portfolio.links.$post({ json: link }), 201))).toBe(true);
    const undo = () => api(admin).portfolio.links[":alias"].$delete({ param: { alias: "Apache Kafka" } });
    expect(await moves(() => expectStatus(undo(), 204))).toBe(true);
    const rename = { name: "Cache B renamed" };
    const renamed = () => api(admin).projects[":id"].$patch({ param: { id: b.projectId }, json: rename });
    expect(await moves(() => expectStatus(renamed(), 200))).toBe(true);
    const added = () => api(b.write).technologies.$post({ json: { title: "Flink" } });
    expect(await moves(() => expectStatus(added(), 201))).toBe(true);
    const flink = await techId(b, "Flink");
    const removed = () => api(b.write).technologies[":id"].$delete({ param: { id: flink } });
    expect(await moves(() => expectStatus(removed(), 204))).toBe(true);
  });

  it("serves a repeated radar and matrix from memory until the version moves", async () => {
    const title = async () => ({
      radar: (await radar()).blips.find((x) => x.key === "kafka")?.title,
      matrix: (await matrix()).data.find((r) => r.key === "kafka")?.title,
    });
    expect(await title()).toEqual({ radar: "Kafka", matrix: "Kafka" });
    // Behind the triggers' back (portfolio_keys moves no version): the remembered answers stand.
    await env.DB.prepare("update portfolio_keys set title = 'Kafka (edited)' where key = 'kafka'").run();
    expect(await title()).toEqual({ radar: "Kafka", matrix: "Kafka" });
    await expectStatus(api(a.write).technologies.$post({ json: { title: "Pulsar" } }), 201);
    expect(await title()).toEqual({ radar: "Kafka (edited)", matrix: "Kafka (edited)" });
    expect((await radar()).blips.find((x) => x.key === "pulsar")).toMatchObject({ projects: 1 });
  });

  it("shows a status change and a renamed project in the next matrix read", async () => {
    await matrix();
    const id = await techId(b, "Kafka");
    await expectStatus(api(b.write).technologies[":id"].$patch({ param: { id }, json: { status: "integrated" } }), 200);
    await expectStatus(
      api(admin).projects[":id"].$patch({ param: { id: b.projectId }, json: { name: "Cache B again" } }),
      200,
    );
    const page = await matrix();
    const kafka = page.data.find((r) => r.key === "kafka");
    expect(kafka?.cells.find((c) => c.projectId === b.projectId)?.ring).toBe("adopt");
    expect(page.projects.find((p) => p.id === b.projectId)?.name).toBe("Cache B again");
  });

  it("remembers a drift page until a drift item changes, and a dismissal shows at once", async () => {
    const insert =
      "insert into drift_items (id, project_id, kind, key, title, details, first_seen_at) values (?, ?, ?, ?, ?, '{}', ?)";
    await env.DB.prepare(insert)
      .bind("drf_cache1", a.projectId, "hold_in_use", "kafka", "Kafka", "2026-11-01T00:00:00.000Z")
      .run();
    const drift = async () =>
      (await expectStatus(api(admin).portfolio.drift.$get({ query: {} }), 200)).data.find((d) => d.id === "drf_cache1");
    expect(await drift()).toMatchObject({ title: "Kafka", state: "open" });
    // A change whose version move is taken back: the remembered page stands.
    await env.DB.prepare("update drift_items set title = 'Kafka (edited)' where id = 'drf_cache1'").run();
    await env.DB.prepare("update portfolio_version set version = version - 1 where id = 1").run();
    expect(await drift()).toMatchObject({ title: "Kafka" });
    const dismiss = { param: { id: "drf_cache1" }, json: { reason: "accepted risk" } };
    await expectStatus(api(admin).portfolio.drift[":id"].dismiss.$post(dismiss), 200);
    expect(await drift()).toBeUndefined();
    const dismissed = await expectStatus(api(admin).portfolio.drift.$get({ query: { state: "dismissed" } }), 200);
    expect(dismissed.data.find((d) => d.id === "drf_cache1")).toMatchObject({ title: "Kafka (edited)" });
  });

  it("keeps answers apart by who asks: a project key's radar never shows the instance's", async () => {
    await radar();
    const own = await expectStatus(api(a.read).portfolio.radar.$get({ query: {} }), 200);
    expect(own.projects).toBe(1);
    expect(own.blips.find((x) => x.key === "kafka")).toMatchObject({ projects: 1 });
    expect(own.blips.find((x) => x.key === "flink")).toBeUndefined();
  });
});
