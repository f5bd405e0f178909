import { describe, expect, it } from "vitest";
import { api, BASE, newProject } from "./support";

/**
 * Watches a job's socket as the dashboard does (a ticket, no header) until the server closes it:
 * the close code, and how long after `end` the close came.
 */
async function watchUntilClosed(jobId: string, key: string) {
  const { url } = await api<{ url: string }>("POST", `/jobs/${jobId}/ws-ticket`, { key });
  const ws = new WebSocket(`${BASE.replace(/^http/, "ws")}${url}`);
  let endAt: number | null = null;
  return new Promise<{ code: number; sawEnd: boolean; closedAfterEndMs: number }>((resolve, reject) => {
    ws.addEventListener("message", (event) => {
      if ((JSON.parse(String(event.data)) as { type: string }).type === "end") endAt = Date.now();
    });
    ws.addEventListener("error", () => reject(new Error("the job socket failed")));
    ws.addEventListener("close", (event) =>
      resolve({
        code: event.code,
        sawEnd: endAt !== null,
        closedAfterEndMs: endAt === null ? Number.NaN : Date.now() - endAt,
      }),
    );
  });
}

describe("job WebSocket over a real connection", () => {
  // A closed hibernatable socket kept its connection until the object hibernated, about 10 s
  // after `end`; clients saw the close that late. The bound is loose on purpose: it tells
  // "right after" from "ten seconds later", it does not measure speed.
  it("closes right after end, for a job finishing while watched and for one that had already finished", async () => {
    const project = await newProject("Job socket");
    const job = await api<{ id: string }>("POST", "/jobs", {
      key: project.key,
      body: { type: "system.probe", params: { steps: 3, intervalMs: 200 } },
    });
    const live = await watchUntilClosed(job.id, project.key);
    expect(live).toMatchObject({ code: 1000, sawEnd: true });
    expect(live.closedAfterEndMs).toBeLessThan(3_000);

    const finished = await watchUntilClosed(job.id, project.key);
    expect(finished).toMatchObject({ code: 1000, sawEnd: true });
    expect(finished.closedAfterEndMs).toBeLessThan(3_000);
  });
});
