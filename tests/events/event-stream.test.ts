import { exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventStreamMessage } from "../../durable-objects/event-stream.protocol";
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
    await call("POST", "/api/v1/technologies", { key: a.write, body: { title: "Live One" } });
    await call("POST", "/api/v1/repositories", { key: a.write, body: { owner: "acme", name: "live" } });
    await call("POST", "/api/v1/technologies", { key: b.write, body: { title: "Other Project" } });
    await call("POST", "/api/v1/technologies", { key: a.write, body: { title: "Live Two" } });
    await until(() => subjects(live.messages).length >= 2, "two events");
    expect(subjects(live.messages)).toEqual(["technology.created:Live One", "technology.created:Live Two"]);
    live.ws?.close();
  });

  it("resumes after an event id with what was missed", async () => {
    const first = await call<{ id: string }>("POST", "/api/v1/technologies", { key: a.write, body: { title: "R1" } });
    const page = await call<{ data: { id: string; payload: { id: string } }[] }>(
      "GET",
      "/api/v1/events?subject=technology.created&limit=500",
      { key: a.read },
    );
    const cursor = page.body.data.find((e) => e.payload.id === first.body.id)?.id;
    await call("POST", "/api/v1/technologies", { key: a.write, body: { title: "R2" } });
    await call("POST", "/api/v1/technologies", { key: a.write, body: { title: "R3" } });
    const resumed = await connect(`/api/v1/events/ws?subject=technology.created&after=${cursor}`, a.read);
    await until(() => subjects(resumed.messages).length >= 2, "replayed events");
    expect(subjects(resumed.messages)).toEqual(["technology.created:R2", "technology.created:R3"]);
    resumed.ws?.close();
  });

  it("accepts a single-use ticket instead of a key", async () => {
    const issued = await call<{ url: string }>("POST", "/api/v1/events/ws-ticket", { key: a.read });
    expect(issued.status).toBe(200);
    const first = await connect(issued.body.url);
    expect(first.res.status).toBe(101);
    first.ws?.close();
    const again = await connect(issued.body.url);
    expect(again.res.status).toBe(401);
    const forged = await connect(`/api/v1/events/ws?ticket=${b.projectId}.${issued.body.url.split(".").at(-1)}`);
    expect(forged.res.status).toBe(401);
  });

  it("refuses a key without a project and a plain GET without upgrade", async () => {
    const noKey = await connect("/api/v1/events/ws");
    expect(noKey.res.status).toBe(401);
    const plain = await call("GET", "/api/v1/events/ws", { key: a.read });
    expect(plain.status).toBe(400);
  });
});
