// Scenario 2 of bench:jobs, analysis: a generated FILES-file repository archive (.tar.gz, built in
// memory) uploaded as a snapshot; wall time from the upload until the job's `end` arrives on its
// WebSocket, and files/s.
import os from "node:os";
import { buildArchive, generateRepository } from "../lib/generated-repo.mjs";
import { deadline, nowMs, round, step } from "../lib/measure.mjs";
import { Watcher } from "../lib/watcher.mjs";
import { BASE, DEFLATE, FILES, WS_BASE } from "./settings.mjs";

/** @typedef {ReturnType<typeof import("../../scripts/lib/local.mjs").apiClient>} Api */

/**
 * Uploads the generated archive as a snapshot and watches the analysis job to its end.
 * @param {Api} api
 * @param {string} key
 */
export async function analysis(api, key) {
  const genStarted = performance.now();
  const files = generateRepository(FILES);
  const { gz, tarBytes, rawBytes } = await buildArchive(files);
  const lines = [...files.values()].reduce((sum, c) => sum + c.split("\n").length, 0);
  step(
    `generated ${files.size} files (${lines} lines, ${(rawBytes / 2 ** 20).toFixed(1)} MiB; tar ${(tarBytes / 2 ** 20).toFixed(1)} MiB, ` +
      `gzip ${(gz.byteLength / 2 ** 20).toFixed(2)} MiB) in ${Math.round(performance.now() - genStarted)} ms`,
  );
  const repo = await api("POST", "/api/v1/repositories", { provider: "upload", owner: "bench", name: "big" });

  const loadBefore = os.loadavg()[0] ?? 0;
  const started = nowMs();
  const res = await fetch(`${BASE}/api/v1/repositories/${repo.id}/snapshots`, {
    method: "POST",
    headers: { authorization: `Bearer ${key}`, "content-type": "application/gzip" },
    body: gz,
  });
  const text = await res.text();
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${text}`);
  const job = JSON.parse(text);
  const uploadedMs = nowMs() - started;
  step(`uploaded in ${Math.round(uploadedMs)} ms; watching job ${job.id}`);

  /** @type {Record<string, unknown>[]} */
  const timeline = [];
  const watcher = new Watcher(0);
  /** @type {import("../lib/watcher.mjs").OnMessage} */
  const onMessage = (_w, msg, at) => {
    const t = round((at - started) / 1000, 3);
    if (msg.type === "progress") timeline.push({ t, progress: msg.progress, step: msg.step });
    else if (msg.type === "status") timeline.push({ t, status: msg.status, error: msg.error });
    else if (msg.type === "log") timeline.push({ t, log: msg.line.message });
    else if (msg.type === "snapshot") {
      timeline.push({ t, snapshot: msg.job.status, progress: msg.job.progress, log: msg.log.map((l) => l.message) });
    }
  };
  await watcher.connect(
    `${WS_BASE}/api/v1/jobs/${job.id}/ws`,
    { authorization: `Bearer ${key}` },
    {
      deflate: DEFLATE,
      onMessage,
    },
  );
  const done = await Promise.race([watcher.closed.then(() => true), deadline(15 * 60_000).then(() => false)]);
  const end = watcher.messages.map((m) => m.msg).findLast((m) => m.type === "end");
  const endAt = watcher.messages.at(-1)?.at ?? nowMs();
  watcher.terminate();
  if (!done || !end) throw new Error(`the analysis job ${job.id} did not end within 15 minutes`);
  const wallS = (endAt - started) / 1000;
  const final = await api("GET", `/api/v1/jobs/${job.id}`);
  const serverS =
    final.startedAt && final.finishedAt ? (Date.parse(final.finishedAt) - Date.parse(final.startedAt)) / 1000 : null;
  const counted = end.result?.files ?? null;
  return {
    jobId: job.id,
    status: end.status,
    error: end.error,
    files: files.size,
    lines,
    archive: { gzipBytes: gz.byteLength, tarBytes, rawBytes },
    uploadMs: round(uploadedMs, 1),
    wallS: round(wallS, 3),
    serverRunS: round(serverS, 3),
    filesPerS: round(files.size / wallS, 0),
    resultFiles: counted,
    filesMatch: counted === files.size,
    loadAverage1m: { before: round(loadBefore, 2), after: round(os.loadavg()[0] ?? 0, 2) },
    result: end.result,
    timeline,
  };
}
