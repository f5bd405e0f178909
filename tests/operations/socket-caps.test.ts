import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../worker/lib/crypto";
import { killInstance, postJob } from "../durable-objects/job-harness";
import { fetchWithEnv } from "../env-override";
import { createTenant, insertKey, instanceAdmin, type Tenant } from "../helpers";

let admin: string;
let t: Tenant;
beforeAll(async () => {
  admin = await instanceAdmin();
  t = await createTenant(admin);
});

/** A job that waits an hour (its watchers get hibernatable sockets) or is due now (plain sockets). */
const jobOf = async (waits: boolean) =>
  (await postJob(t.write, { type: "test.steps", params: { steps: 1 }, ...(waits ? { delaySeconds: 3600 } : {}) })).id;

const events = "/api/v1/events/ws";
const jobSocket = (id: string) => `/api/v1/jobs/${id}/ws`;

/** Opens a socket on `path` with `key`, the per-key cap set to `cap` (undefined: the configured one). */
function open(path: string, key: string, cap?: number): Promise<Response> {
  const overrides = cap === undefined ? {} : { WS_MAX_SOCKETS_PER_KEY: String(cap) };
  return fetchWithEnv(path, overrides, { headers: { upgrade: "websocket", authorization: `Bearer ${key}` } });
}

function accepted(res: Response): WebSocket {
  const ws = res.webSocket;
  if (!ws) throw new Error(`expected an upgrade, got ${res.status}`);
  ws.accept();
  return ws;
}

async function expectRefused(res: Response, open: number, cap: number): Promise<void> {
  expect(res.status).toBe(429);
  expect(await res.json()).toMatchObject({
    error: {
      code: "rate_limited",
      message: `this API key already has ${open} open sockets (its cap is ${cap} across all its streams); close one first`,
    },
  });
}

/** Polls an asynchronous condition (a close reaches the stream's object, then its coordinator, asynchronously). */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The key's open sockets as its coordinator counts them. */
async function coordinatorCount(key: string): Promise<number> {
  const row = await env.DB.prepare("select id from api_keys where secret_hash = ?")
    .bind(await sha256Hex(key))
    .first<{ id: string }>();
  if (!row) throw new Error("no such key");
  return env.KEY_SOCKETS.get(env.KEY_SOCKETS.idFromName(row.id)).open();
}

describe("per-key socket cap across streams", () => {
  it("refuses a key's next socket on every stream once its sockets on all streams reach the cap", async () => {
    const key = await insertKey(t.projectId, ["read"]);
    const [waiting, due, third] = [await jobOf(true), await jobOf(false), await jobOf(true)];
    const opened = [
      accepted(await open(events, key, 3)),
      accepted(await open(jobSocket(waiting), key, 3)),
      accepted(await open(jobSocket(due), key, 3)),
    ];
    await expectRefused(await open(jobSocket(third), key, 3), 3, 3);
    await expectRefused(await open(events, key, 3), 3, 3);
    await expectRefused(await open(jobSocket(waiting), key, 3), 3, 3);
    expect(await coordinatorCount(key)).toBe(3);
    for (const ws of opened) ws.close();
  });

  it("leaves another key of the same project unaffected by a key at its cap", async () => {
    const [full, other] = [await insertKey(t.projectId, ["read"]), await insertKey(t.projectId, ["read"])];
    const job = await jobOf(true);
    const opened = [accepted(await open(events, full, 1))];
    await expectRefused(await open(jobSocket(job), full, 1), 1, 1);
    opened.push(accepted(await open(jobSocket(job), other, 1)), accepted(await open(events, other, 2)));
    for (const ws of opened) ws.close();
  });

  it("refuses the 1,001st socket of one key with the configured cap, spread over three streams", async () => {
    const key = await insertKey(t.projectId, ["read"]);
    const paths = [events, jobSocket(await jobOf(true)), jobSocket(await jobOf(false))];
    const opened: WebSocket[] = [];
    for (let batch = 0; batch < 1000; batch += 50) {
      const round = Array.from({ length: 50 }, (_, i) => open(paths[(batch + i) % 3] ?? events, key));
      for (const res of await Promise.all(round)) opened.push(accepted(res));
    }
    expect(opened).toHaveLength(1000);
    for (const path of paths) await expectRefused(await open(path, key), 1000, 1000);
    for (const ws of opened) ws.close();
  }, 180_000);

  it("frees a slot when the client closes a socket", async () => {
    const key = await insertKey(t.projectId, ["read"]);
    const job = await jobOf(true);
    const first = accepted(await open(jobSocket(job), key, 2));
    const second = accepted(await open(events, key, 2));
    await expectRefused(await open(jobSocket(job), key, 2), 2, 2);
    first.close();
    await eventually(async () => (await coordinatorCount(key)) === 1, "the job stream to report the close");
    const third = accepted(await open(jobSocket(job), key, 2));
    for (const ws of [second, third]) ws.close();
  });

  it("frees the slots of sockets whose stream's object crashed without closing them", async () => {
    const key = await insertKey(t.projectId, ["read"]);
    const job = await jobOf(false);
    accepted(await open(jobSocket(job), key, 2));
    accepted(await open(jobSocket(job), key, 2));
    await killInstance(job);
    expect(await coordinatorCount(key)).toBe(2);
    const after = accepted(await open(events, key, 2));
    expect(await coordinatorCount(key)).toBe(1);
    after.close();
  });
});
