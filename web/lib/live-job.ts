import { useEffect, useState } from "react";
import type { JobMessage, JobStatus, LogLine } from "../../durable-objects/job-runner.protocol";
import { SOCKET_KEEPALIVE_MS } from "../../shared/sockets";
import { api, call } from "./api";

export interface LiveJob {
  status: JobStatus | null;
  progress: number;
  step: string | null;
  log: LogLine[];
  error: string | null;
  result: Record<string, unknown> | null;
  connected: boolean;
}

const EMPTY: LiveJob = { status: null, progress: 0, step: null, log: [], error: null, result: null, connected: false };

/**
 * Watches a job over its WebSocket (a single-use ticket, since browsers cannot send headers):
 * the snapshot first, then every change as it happens; reconnects with `since` after a drop, waiting
 * longer after each drop in a row (a socket refused at its key's cap is not retried every second).
 * Sends `ping` every few minutes so an open page is never closed as idle.
 */
export function useLiveJob(jobId: string | null | undefined): LiveJob {
  const [state, setState] = useState<LiveJob>(EMPTY);
  useEffect(() => {
    if (!jobId) return;
    let closed = false;
    let socket: WebSocket | null = null;
    let seq = 0;
    let ended = false;
    /** Drops since the last open socket: the wait before reopening doubles with each (1 s up to 30 s). */
    let drops = 0;
    setState(EMPTY);
    const keepAlive = setInterval(() => {
      if (socket?.readyState === WebSocket.OPEN) socket.send("ping");
    }, SOCKET_KEEPALIVE_MS);

    async function open() {
      const { url } = await call(api.jobs[":id"]["ws-ticket"].$post({ param: { id: jobId as string } }));
      if (closed) return;
      const wsUrl = new URL(url + (seq ? `&since=${seq}` : ""), location.href);
      wsUrl.protocol = wsUrl.protocol === "https:" ? "wss:" : "ws:";
      socket = new WebSocket(wsUrl);
      socket.onopen = () => {
        drops = 0;
        setState((s) => ({ ...s, connected: true }));
      };
      socket.onmessage = (event) => {
        if (event.data === "pong") return;
        const message = JSON.parse(String(event.data)) as JobMessage;
        seq = Math.max(seq, message.seq);
        setState((s) => apply(s, message));
        if (message.type === "end") ended = true;
      };
      socket.onclose = () => {
        setState((s) => ({ ...s, connected: false }));
        const wait = Math.min(30_000, 1000 * 2 ** drops++);
        if (!closed && !ended) setTimeout(() => open().catch(() => undefined), wait);
      };
    }
    open().catch(() => undefined);
    return () => {
      closed = true;
      clearInterval(keepAlive);
      socket?.close();
    };
  }, [jobId]);
  return state;
}

function apply(s: LiveJob, m: JobMessage): LiveJob {
  switch (m.type) {
    case "snapshot":
      return {
        ...s,
        status: m.job.status,
        progress: m.job.progress,
        step: m.job.step,
        log: m.log,
        error: m.job.error,
        result: m.job.result,
      };
    case "progress":
      return { ...s, progress: m.progress, step: m.step };
    case "log":
      return { ...s, log: [...s.log, m.line].slice(-200) };
    case "status":
      return { ...s, status: m.status, error: m.error };
    case "end":
      return {
        ...s,
        status: m.status,
        result: m.result,
        error: m.error,
        progress: m.status === "completed" ? 100 : s.progress,
      };
  }
}
