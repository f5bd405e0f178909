/** A metric family as `/metrics` describes it (Prometheus text format 0.0.4). */
export interface Family {
  name: string;
  type: "counter" | "gauge" | "histogram";
  help: string;
}

/** Bucket bounds in seconds: request and search latency. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;
/** Bucket bounds in seconds: job durations and schedule lateness. */
export const LONG_BUCKETS = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 900, 3600] as const;

/**
 * Every family `/metrics` answers. Counters and the request/search/lateness histograms are rolled
 * up from each isolate into D1 (exact up to each isolate's last flush); the `jobs*`, webhook and
 * job-duration families are computed from D1 rows at scrape time (exact over the rows kept).
 */
export const FAMILIES = {
  httpRequests: {
    name: "commandcenter_http_requests_total",
    type: "counter",
    help: "HTTP requests answered by the Worker, by route template, method and status class.",
  },
  httpDuration: {
    name: "commandcenter_http_request_duration_seconds",
    type: "histogram",
    help: "Time the Worker took to answer, by route template and method.",
  },
  rateLimited: {
    name: "commandcenter_rate_limit_rejections_total",
    type: "counter",
    help: "Requests refused with 429 by a rate-limit policy.",
  },
  searchDuration: {
    name: "commandcenter_knowledge_search_duration_seconds",
    type: "histogram",
    help: "Knowledge search latency by mode.",
  },
  scheduleDispatches: {
    name: "commandcenter_schedule_dispatches_total",
    type: "counter",
    help: "Schedules whose job the cron tick started.",
  },
  scheduleLateness: {
    name: "commandcenter_schedule_lateness_seconds",
    type: "histogram",
    help: "How long after its due time a schedule's job was started.",
  },
  analysisFiles: {
    name: "commandcenter_analysis_files_total",
    type: "counter",
    help: "Files read by repository analyses (divide its rate by commandcenter_analysis_seconds_total's for files/s).",
  },
  analysisSeconds: {
    name: "commandcenter_analysis_seconds_total",
    type: "counter",
    help: "Time spent in repository analyses.",
  },
  jobs: { name: "commandcenter_jobs", type: "gauge", help: "Jobs kept in D1, by type and status." },
  jobsQueued: { name: "commandcenter_jobs_queued", type: "gauge", help: "Jobs waiting to run (pending or scheduled)." },
  jobsRunning: { name: "commandcenter_jobs_running", type: "gauge", help: "Jobs running now." },
  jobDuration: {
    name: "commandcenter_job_duration_seconds",
    type: "histogram",
    help: "Duration of finished jobs kept in D1, by type.",
  },
  deliveries: {
    name: "commandcenter_webhook_deliveries",
    type: "gauge",
    help: "Webhook deliveries kept in D1, by outcome.",
  },
  backlog: {
    name: "commandcenter_webhook_backlog",
    type: "gauge",
    help: "Webhook deliveries waiting for their next attempt.",
  },
  attemptDuration: {
    name: "commandcenter_webhook_attempt_duration_seconds",
    type: "histogram",
    help: "Duration of webhook delivery attempts kept in D1.",
  },
} as const satisfies Record<string, Family>;

/** Label values escaped as the text format wants (backslash, quote, newline). */
export const escapeLabel = (value: string): string =>
  value.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");

/** `{a="x",b="y"}` for a label set, or "" when empty. */
export function labelText(labels: Record<string, string>): string {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(",")}}` : "";
}
