import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventStreamMessage } from "../../durable-objects/event-stream.protocol";
import { api, expectStatus } from "../client";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

async function connect(path: string, key?: string) {
  const headers: Record<string, string> = { upgrade: "websocket" };
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await exports.default.fetch(new Request(`http://commandcenter.test${path}`, { headers }));
  const ws = res.webSocket;
  const messages: EventStreamMessage[] = [];
  if (ws) {
    ws.accept();
    ws.addEventListener("message", (m) => messages.push(JSON.parse(String(m.data)) as EventStreamMessage));
  }
  return { res, ws, messages };
}

const addTechnology = (key: string, title: string) =>
  expectStatus(api(key).technologies.$post({ json: { title } }), 201);

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

const subjects = (messages: EventStreamMessage[]) =>
  messages.flatMap((m) =>
    m.type === "event"
      ? [`${m.event.subject}:${String((m.event.payload.after as { title?: string } | null)?.title ?? "")}`]
      : [],
  );

describe("live event stream", () => {
  it("pushes matching events as they are committed, and only this project's", async () => {
    const live = await connect("/api/v1/events/ws?subject=technology.created", a.read);
    expect(live.res.status).toBe(101);
    await until(() => live.messages.length > 0, "ready");
    expect(live.messages[0]).toMatchObject({ type: "ready", patterns: ["technology.created"] });
    await addTechnology(a.write, "Live One");
    await expectStatus(api(a.write).repositories.$post({ json: { owner: "acme", name: "live" } }), 201);
    await addTechnology(b.write, "Other Project");
    await addTechnology(a.write, "Live Two");
    await until(() => subjects(live.messages).length >= 2, "two events");
    expect(subjects(live.messages)).toEqual(["technology.created:Live One", "technology.created:Live Two"]);
    live.ws?.close();
  });

  it("resumes after an event id with what was missed", async () => {
    const first = await addTechnology(a.write, "R1");
    const page = await expectStatus(
      api(a.read).events.$get({ query: { subject: "technology.created", limit: "500" } }),
      200,
    );
    const cursor = page.data.find((e) => e.payload.id === first.id)?.id;
    await addTechnology(a.write, "R2");
    await addTechnology(a.write, "R3");
    const resumed = await connect(`/api/v1/events/ws?subject=technology.created&after=${cursor}`, a.read);
    await until(() => subjects(resumed.messages).length >= 2, "replayed events");
    expect(subjects(resumed.messages)).toEqual(["technology.created:R2", "technology.created:R3"]);
    resumed.ws?.close();
  });

  it("accepts a single-use ticket instead of a key", async () => {
    const issued = await expectStatus(api(a.read).events["ws-ticket"].$post(), 200);
    const first = await connect(issued.url);
    expect(first.res.status).toBe(101);
    first.ws?.close();
    const again = await connect(issued.url);
    expect(again.res.status).toBe(401);
    const forged = await connect(`/api/v1/events/ws?ticket=${b.projectId}.${issued.url.split(".").at(-1)}`);
    expect(forged.res.status).toBe(401);
  });

  it("refuses a key without a project and a plain GET without upgrade", async () => {
    const noKey = await connect("/api/v1/events/ws");
    expect(noKey.res.status).toBe(401);
    const plain = await call("GET", "/api/v1/events/ws", { key: a.read });
    expect(plain.status).toBe(400);
  });
});
