import WebSocket from "ws";
import type { JobMessage, JobStatus, JobView } from "../../durable-objects/job-runner.protocol";
import { isFinished } from "../../durable-objects/job-runner.protocol";
import { SOCKET_KEEPALIVE_MS } from "../../shared/sockets";
import { baseUrl, type Connection, headersOf } from "./api";
import { apiErrorOf, CliError } from "./errors";

/** How a followed job ended. */
export interface JobEnd {
  status: JobStatus;
  result: JobView["result"];
  error: string | null;
}

/** What a watcher hears while the job runs. */
export interface JobListener {
  progress?(percent: number, step: string | null): void;
  log?(line: { level: string; message: string }): void;
  status?(status: JobStatus): void;
}

const MAX_RECONNECTS = 5;

/**
 * Follows a job over its WebSocket (`/api/v1/jobs/:id/ws`, the key in the header) until its `end`
 * message. A dropped socket is reopened with `?since=<seq>` so nothing is missed; a job that had
 * already finished is answered from its snapshot.
 */
export async function followJob(conn: Connection, jobId: string, listener: JobListener = {}): Promise<JobEnd> {
  let since = 0;
  for (let attempt = 0; ; attempt++) {
    const outcome = await openOnce(conn, jobId, since, listener, (seq) => {
      since = seq;
    });
    if (outcome.end) return outcome.end;
    if (attempt >= MAX_RECONNECTS) throw new CliError(`lost the connection to job ${jobId}: ${outcome.reason}`);
    await new Promise((r) => setTimeout(r, 300 * 2 ** attempt));
  }
}

function openOnce(
  conn: Connection,
  jobId: string,
  since: number,
  listener: JobListener,
  onSeq: (seq: number) => void,
): Promise<{ end?: JobEnd; reason?: string }> {
  const url = new URL(`${baseUrl(conn.url)}/api/v1/jobs/${encodeURIComponent(jobId)}/ws`);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  if (since > 0) url.searchParams.set("since", String(since));
  const socket = new WebSocket(url, { headers: headersOf(conn) });
  const keepAlive = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send("ping"), SOCKET_KEEPALIVE_MS);
  socket.on("close", () => clearInterval(keepAlive));
  return new Promise((resolve, reject) => {
    socket.on("unexpected-response", (_req, res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", async () => {
        const answer = new Response(text, { status: res.statusCode ?? 500, headers: headerPairs(res.headers) });
        reject(await apiErrorOf(answer));
      });
    });
    socket.on("message", (data) => {
      if (String(data) === "pong") return;
      const msg = JSON.parse(String(data)) as JobMessage;
      onSeq(msg.seq);
      switch (msg.type) {
        case "snapshot":
          listener.status?.(msg.job.status);
          listener.progress?.(msg.job.progress, msg.job.step);
          for (const line of msg.log) listener.log?.(line);
          if (isFinished(msg.job.status)) {
            socket.close();
            resolve({ end: { status: msg.job.status, result: msg.job.result, error: msg.job.error } });
          }
          break;
        case "progress":
          listener.progress?.(msg.progress, msg.step);
          break;
        case "log":
          listener.log?.(msg.line);
          break;
        case "status":
          listener.status?.(msg.status);
          break;
        case "end":
          socket.close();
          resolve({ end: { status: msg.status, result: msg.result, error: msg.error } });
          break;
      }
    });
    socket.on("error", (err) => resolve({ reason: err.message }));
    socket.on("close", (code) => resolve({ reason: `socket closed (${code})` }));
  });
}

function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  return Object.entries(headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : []));
}
