import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { EventStream } from "../../durable-objects/event-stream";
import { DEFAULT_SOCKET_CAPS, SOCKET_IDLE_MS, socketCaps } from "../../worker/lib/socket-gate";
import { api, expectStatus, ORIGIN } from "../client";
import { alarmOf, fire, jobOf, postJob, until, watch } from "../durable-objects/job-harness";
import { advanceClock, testClock } from "../durable-objects/test-clock";
import { fetchWithEnv } from "../env-override";
import { createTenant, insertKey, instanceAdmin, type Tenant } from "../helpers";
import { sampleOf, scrape } from "./metrics-scrape";

let admin: string;
let t: Tenant;
beforeAll(async () => {
  admin = await instanceAdmin();
  t = await createTenant(admin);
});

const upgrade = (key?: string) => ({
  headers: { upgrade: "websocket", ...(key ? { authorization: `Bearer ${key}` } : {}) },
});

/** Opens the project's event stream with the socket caps set to small numbers. */
async function open(key: string, caps: { perKey?: number; perStream?: number }) {
  return fetchWithEnv(
    "/api/v1/events/ws",
    { WS_MAX_SOCKETS_PER_KEY: String(caps.perKey ?? 1000), WS_MAX_SOCKETS_PER_STREAM: String(caps.perStream ?? 5000) },
    upgrade(key),
  );
}

function accept(res: Response): WebSocket {
  const ws = res.webSocket;
  if (!ws) throw new Error(`expected an upgrade, got ${res.status}`);
  ws.accept();
  return ws;
}

describe("WebSocket caps", () => {
  it("states its defaults: 1,000 open sockets per key across its streams, 5,000 per stream", () => {
    expect(DEFAULT_SOCKET_CAPS).toEqual({ perKey: 1000, perStream: 5000 });
    expect(socketCaps(env)).toEqual({ perKey: 1000, perStream: 5000 });
  });

  it("refuses a key's socket past the per-key cap with 429, while another key still connects", async () => {
    const tenant = await createTenant(admin);
    const first = await insertKey(tenant.projectId, ["read"]);
    const second = await insertKey(tenant.projectId, ["read"]);
    const opened = [];
    for (let i = 0; i < 3; i++) opened.push(accept(await open(first, { perKey: 3 })));
    const refused = await open(first, { perKey: 3 });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "rate_limited",
        message: "this API key already has 3 open sockets (its cap is 3 across all its streams); close one first",
      },
    });
    opened.push(accept(await open(second, { perKey: 3 })));
    for (const ws of opened) ws.close();
  });

  it("refuses any socket past the per-stream cap, and counts the refusal in the metrics", async () => {
    const tenant = await createTenant(admin);
    const keys = [await insertKey(tenant.projectId, ["read"]), await insertKey(tenant.projectId, ["read"])];
    const opened = [
      accept(await open(keys[0] ?? "", { perStream: 2 })),
      accept(await open(keys[1] ?? "", { perStream: 2 })),
    ];
    const series = 'commandcenter_rate_limit_rejections_total{policy="sockets"}';
    const before = sampleOf(await scrape(), series);
    const refused = await open(keys[0] ?? "", { perStream: 2 });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { message: "this stream already has 2 open sockets" } });
    expect(sampleOf(await scrape(), series) - before).toBe(1);
    for (const ws of opened) ws.close();
  });

  it("counts a job's watchers per key too", async () => {
    const job = await expectStatus(api(t.write).jobs.$post({ json: { type: "system.probe", params: {} } }), 202);
    const path = `/api/v1/jobs/${job.id}/ws`;
    const overrides = { WS_MAX_SOCKETS_PER_KEY: "1" };
    const ws = accept(await fetchWithEnv(path, overrides, upgrade(t.read)));
    expect((await fetchWithEnv(path, overrides, upgrade(t.read))).status).toBe(429);
    ws.close();
  });
});

describe("WebSocket tickets", () => {
  it("refuses the unused ticket of a key revoked after it was issued", async () => {
    const created = await expectStatus(
      api(t.admin).keys.$post({ json: { name: "soon revoked", scopes: ["read"] } }),
      201,
    );
    const issued = await expectStatus(api(created.secret).events["ws-ticket"].$post(), 200);
    await expectStatus(api(t.admin).keys[":id"].revoke.$post({ param: { id: created.key.id } }), 200);
    const res = await exports.default.fetch(new Request(`${ORIGIN}${issued.url}`, upgrade()));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: "unauthorized", message: "the API key this ticket was issued to has been revoked" },
    });
  });

  it("still lets a live key's ticket open a socket once", async () => {
    const issued = await expectStatus(api(t.read).events["ws-ticket"].$post(), 200);
    const ws = accept(await exports.default.fetch(new Request(`${ORIGIN}${issued.url}`, upgrade())));
    expect((await exports.default.fetch(new Request(`${ORIGIN}${issued.url}`, upgrade()))).status).toBe(401);
    ws.close();
  });
});

describe("idle sockets", () => {
  it("closes an event socket whose client sent nothing for the idle time, with code 4408", async () => {
    const tenant = await createTenant(admin);
    const ws = accept(await open(tenant.read, {}));
    const closed = new Promise<number>((resolve) => ws.addEventListener("close", (e) => resolve(e.code)));
    const stub = env.EVENTS.get(env.EVENTS.idFromName(tenant.projectId));
    await runInDurableObject(stub, async (_instance: EventStream, state) => {
      for (const socket of state.getWebSockets()) {
        const watcher = socket.deserializeAttachment() as { lastSeen: number };
        socket.serializeAttachment({ ...watcher, lastSeen: Date.now() - SOCKET_IDLE_MS - 1 });
      }
    });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await closed).toBe(4408);
  });

  it("closes the watcher of a job scheduled a week ahead once it has been silent for the idle time, with 4408", async () => {
    const job = await postJob(t.write, { type: "system.probe", params: {}, delaySeconds: 7 * 24 * 3600 });
    const silent = await watch(job.id, { key: t.read });
    const pinging = await watch(job.id, { key: t.read });
    const openedAt = testClock.now();
    expect(await alarmOf(job.id)).toBe(openedAt + SOCKET_IDLE_MS);

    advanceClock(SOCKET_IDLE_MS / 2);
    pinging.ws.send("ping");
    await until(() => pinging.text.includes("pong"), "pong");
    advanceClock(SOCKET_IDLE_MS / 2);
    await fire(job.id);

    expect(await silent.closed()).toEqual({ code: 4408, reason: "idle: no message from the client for 10 minutes" });
    expect(pinging.close).toBeNull();
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "scheduled" });
    expect(await alarmOf(job.id)).toBe(openedAt + SOCKET_IDLE_MS / 2 + SOCKET_IDLE_MS);

    advanceClock(SOCKET_IDLE_MS / 2);
    await fire(job.id);
    expect(await pinging.closed()).toMatchObject({ code: 4408 });
    expect(await alarmOf(job.id)).toBe(Date.parse(job.runAt ?? ""));
  });

  it("closes an idle watcher of a job that is due (a plain socket) before the job runs", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 } });
    const w = await watch(job.id, { key: t.read });
    advanceClock(SOCKET_IDLE_MS);
    await fire(job.id);
    expect(await w.closed()).toMatchObject({ code: 4408 });
    expect(await jobOf(t.read, job.id)).toMatchObject({ status: "completed" });
  });
});
