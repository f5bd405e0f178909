import { evictDurableObject } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { TICKET_TTL_MS } from "../../durable-objects/job-policy";
import type { JobMessage } from "../../durable-objects/job-runner.protocol";
import { api, expectStatus } from "../client";
import { call, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { connect, fire, makeDue, postJob, stubOf, uniqueGate, until, type Watcher, watch } from "./job-harness";
import { advanceClock } from "./test-clock";
import { arrival, gate } from "./test-job-types";

let t: Tenant;
beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
});

const seqs = (messages: JobMessage[]) => messages.map((m) => m.seq);
const consecutive = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

/** A `test.gated` job with three closed gates, not started yet. */
async function gatedJob() {
  const g = uniqueGate();
  const gates = [1, 2, 3].map((i) => gate(`${g}:${i}`));
  const job = await postJob(t.write, { type: "test.gated", params: { gate: g, steps: 3 } });
  return { job, g, gates };
}

const ticketFor = (id: string) => expectStatus(api(t.write).jobs[":id"]["ws-ticket"].$post({ param: { id } }), 200);

describe("job WebSocket", () => {
  it("sends a snapshot, then numbered progress while the job runs, then end, and closes", async () => {
    const { job, g, gates } = await gatedJob();
    const w = await watch(job.id, { key: t.read });
    const snapshot = await w.receive((m) => m.type === "snapshot", "the snapshot");
    expect(snapshot).toMatchObject({
      seq: 0,
      job: { id: job.id, status: "pending", progress: 0, step: null },
      log: [],
    });

    const run = fire(job.id);
    await arrival(`${g}:1`);
    await w.receive((m) => m.type === "progress" && m.progress === 10, "progress 10");
    expect(w.messages.slice(1)).toMatchObject([
      { type: "status", status: "running", attempt: 1 },
      { type: "progress", progress: 10, step: "waiting at step 1" },
    ]);
    expect(w.close).toBeNull();

    for (const [i, g2] of gates.entries()) {
      g2.open();
      if (i < 2) await w.receive((m) => m.type === "progress" && m.progress === (i + 2) * 10, `progress ${i + 2}`);
    }
    await run;
    expect(await w.closed()).toEqual({ code: 1000, reason: "job finished" });
    expect(w.messages.map((m) => m.type)).toEqual([
      "snapshot",
      "status",
      "progress",
      "progress",
      "progress",
      "status",
      "end",
    ]);
    expect(seqs(w.messages)).toEqual(consecutive(0, 7));
    expect(w.messages.at(-2)).toMatchObject({ type: "status", status: "completed" });
    expect(w.messages.at(-1)).toMatchObject({ type: "end", status: "completed", result: { ok: true }, error: null });
  });

  it("resumes with ?since= with exactly the missed messages, then continues live", async () => {
    const { job, g, gates } = await gatedJob();
    const first = await watch(job.id, { key: t.read });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    await first.receive((m) => m.type === "progress", "the first progress");
    // The connection drops here. (A test cannot close a socket the job's object created: workerd
    // refuses I/O across objects. The first client just stops reading.)
    const lastSeen = Math.max(...seqs(first.messages));

    gates[0]?.open();
    await arrival(`${g}:2`);
    const resumed = await watch(job.id, { key: t.read, since: lastSeen });
    await resumed.receive((m) => m.type === "progress", "the missed progress");
    expect(resumed.messages).toHaveLength(1);
    expect(resumed.messages[0]).toMatchObject({
      type: "progress",
      seq: lastSeen + 1,
      progress: 20,
      step: "waiting at step 2",
    });

    gates[1]?.open();
    gates[2]?.open();
    await run;
    await resumed.closed();
    expect(resumed.messages.map((m) => m.type)).not.toContain("snapshot");
    expect(seqs(resumed.messages)).toEqual(consecutive(lastSeen + 1, 4));
    expect(resumed.messages.at(-1)).toMatchObject({ type: "end", status: "completed" });
  });

  it("gives watchers joining a running job a snapshot first, then every later change exactly once", async () => {
    const job = await postJob(t.write, { type: "test.io-steps", params: { steps: 150 } });
    const run = fire(job.id);
    const watchers: Watcher[] = [];
    for (let i = 0; i < 20; i++) watchers.push(await watch(job.id, { key: t.read }));
    await run;
    await Promise.all(watchers.map((w) => w.closed()));
    const joinedAt = watchers.map((w) => w.messages[0]?.seq ?? -1);
    // They really joined mid-run, at different points.
    expect(new Set(joinedAt).size).toBeGreaterThan(1);
    for (const w of watchers) {
      const [first, ...rest] = w.messages;
      expect(first?.type).toBe("snapshot");
      expect(seqs(rest)).toEqual(consecutive((first?.seq ?? 0) + 1, rest.length));
      expect(rest.at(-1)).toMatchObject({ type: "end", status: "completed" });
    }
  }, 20_000);

  it("resumes a finished job's socket with what was missed, including end, and closes", async () => {
    const { job, g, gates } = await gatedJob();
    const w = await watch(job.id, { key: t.read });
    const run = fire(job.id);
    await arrival(`${g}:1`);
    await w.receive((m) => m.type === "progress", "the first progress");
    const lastSeen = Math.max(...seqs(w.messages));
    for (const g2 of gates) g2.open();
    await run;

    const resumed = await watch(job.id, { key: t.read, since: lastSeen });
    await resumed.closed();
    expect(resumed.messages.map((m) => m.type)).toEqual(["progress", "progress", "status", "end"]);
    expect(seqs(resumed.messages)).toEqual(consecutive(lastSeen + 1, 4));
  });

  it("sends every watcher the same sequence", async () => {
    const { job, g, gates } = await gatedJob();
    const watchers = await Promise.all([1, 2, 3].map(() => watch(job.id, { key: t.read })));
    const run = fire(job.id);
    await arrival(`${g}:1`);
    for (const g2 of gates) g2.open();
    await run;
    await Promise.all(watchers.map((w) => w.closed()));
    const [a, ...others] = watchers.map((w) => w.messages.map(({ type, seq }) => ({ type, seq })));
    expect(a).toHaveLength(7);
    for (const other of others) expect(other).toEqual(a);
  });

  it("sends a snapshot and end, then closes, when the job has already finished", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 2 } });
    await fire(job.id);
    const w = await watch(job.id, { key: t.read });
    expect(await w.closed()).toMatchObject({ code: 1000 });
    expect(w.messages).toHaveLength(2);
    const [snapshot, end] = w.messages;
    expect(snapshot).toMatchObject({
      type: "snapshot",
      job: { status: "completed", progress: 100, result: { steps: 2 } },
    });
    expect(snapshot?.type === "snapshot" && snapshot.log.map((l) => l.message)).toContain("all steps done");
    expect(end).toMatchObject({ type: "end", status: "completed", result: { steps: 2 }, seq: snapshot?.seq });
  });

  it("keeps a watcher informed across the object's eviction (hibernated socket)", async () => {
    // Starts before the watcher has been silent for the idle time (10 minutes), so it is not closed first.
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 2 }, delaySeconds: 300 });
    const w = await watch(job.id, { key: t.read });
    await w.receive((m) => m.type === "snapshot", "the snapshot");
    await evictDurableObject(stubOf(job.id)); // the socket hibernates
    await makeDue(job.id);
    await fire(job.id);
    await w.closed();
    expect(w.messages.map((m) => m.type)).toEqual([
      "snapshot",
      "status",
      "progress",
      "progress",
      "log",
      "status",
      "end",
    ]);
    expect(seqs(w.messages)).toEqual(consecutive(0, 7));
    expect(w.messages.at(-1)).toMatchObject({ type: "end", status: "completed", result: { steps: 2 } });
  });

  it("answers ping with pong", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const w = await watch(job.id, { key: t.read });
    w.ws.send("ping");
    await until(() => w.text.includes("pong"), "pong");
  });

  it("refuses a request without the WebSocket upgrade with a 400 JSON error", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const res = await call("GET", `/api/v1/jobs/${job.id}/ws`, { key: t.read });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.body).toMatchObject({ error: { code: "bad_request" } });
  });

  it("refuses a socket with neither key nor ticket with 401", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const res = await connect(job.id, {});
    expect(res.status).toBe(401);
    expect(res.watcher).toBeNull();
  });
});

describe("job WebSocket tickets", () => {
  it("lets a browser connect once with a ticket and no Authorization header", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const issued = await ticketFor(job.id);
    expect(issued.url).toBe(`/api/v1/jobs/${job.id}/ws?ticket=${issued.ticket}`);
    expect(Date.parse(issued.expiresAt)).toBeGreaterThan(Date.parse(job.createdAt));

    const w = await watch(job.id, { ticket: issued.ticket });
    expect(await w.receive((m) => m.type === "snapshot", "the snapshot")).toMatchObject({ job: { id: job.id } });

    const again = await connect(job.id, { ticket: issued.ticket });
    expect(again.status).toBe(401);
    expect(again.body).toMatchObject({ error: { code: "unauthorized" } });
  });

  it("refuses a made-up ticket with 401", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    expect((await connect(job.id, { ticket: "not-a-ticket" })).status).toBe(401);
    expect((await connect(job.id, { ticket: "" })).status).toBe(401);
  });

  it("refuses job A's ticket on job B's socket with 401, and A's ticket still works on A", async () => {
    const a = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const b = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const { ticket } = await ticketFor(a.id);
    expect((await connect(b.id, { ticket })).status).toBe(401);
    await watch(a.id, { ticket });
  });

  it("refuses an expired ticket with 401", async () => {
    const job = await postJob(t.write, { type: "test.steps", params: { steps: 1 }, delaySeconds: 60 });
    const { ticket } = await ticketFor(job.id);
    advanceClock(TICKET_TTL_MS + 1);
    expect((await connect(job.id, { ticket })).status).toBe(401);
  });
});
