import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import type { Sample } from "./exposition";
import { FAMILIES, LATENCY_BUCKETS, LONG_BUCKETS } from "./registry";

type Row = Record<string, string | number | null>;

/** `count(*)` of `column <= bound` for each bucket, plus sum and count, as SQL select items. */
const bucketColumns = (column: string, buckets: readonly number[]) =>
  [
    ...buckets.map((le, i) => `sum(case when ${column} <= ${le * 1000} then 1 else 0 end) as b${i}`),
    `coalesce(sum(${column}), 0) / 1000.0 as total`,
    "count(*) as n",
  ].join(", ");

function histogram(name: string, labels: Record<string, string>, row: Row, buckets: readonly number[]): Sample[] {
  return [
    ...buckets.map((le, i) => ({
      name: `${name}_bucket`,
      labels: { ...labels, le: String(le) },
      value: Number(row[`b${i}`] ?? 0),
    })),
    { name: `${name}_bucket`, labels: { ...labels, le: "+Inf" }, value: Number(row.n ?? 0) },
    { name: `${name}_sum`, labels, value: Number(row.total ?? 0) },
    { name: `${name}_count`, labels, value: Number(row.n ?? 0) },
  ];
}

/**
 * The families computed from D1 at scrape time, exact over the rows D1 keeps: jobs by type and
 * status, queued and running jobs, job durations by type, deliveries by outcome, the delivery
 * backlog and attempt durations. One batch of aggregate queries, whatever the traffic.
 */
export async function scrapeGauges(db: Db): Promise<Sample[]> {
  const [jobs, durations, deliveries, attempts] = await db.batch([
    db.all<Row>(sql`select type, status, count(*) as n from jobs group by type, status`),
    db.all<Row>(
      sql.raw(
        `select type, ${bucketColumns("duration_ms", LONG_BUCKETS)} from jobs where duration_ms is not null group by type`,
      ),
    ),
    db.all<Row>(sql`select status, count(*) as n from webhook_deliveries group by status`),
    db.all<Row>(sql.raw(`select ${bucketColumns("duration_ms", LATENCY_BUCKETS)} from webhook_attempts`)),
  ]);
  const out: Sample[] = [];
  let queued = 0;
  let running = 0;
  for (const r of jobs) {
    const n = Number(r.n);
    out.push({ name: FAMILIES.jobs.name, labels: { type: String(r.type), status: String(r.status) }, value: n });
    if (r.status === "pending" || r.status === "scheduled") queued += n;
    if (r.status === "running") running += n;
  }
  out.push({ name: FAMILIES.jobsQueued.name, labels: {}, value: queued });
  out.push({ name: FAMILIES.jobsRunning.name, labels: {}, value: running });
  for (const r of durations)
    out.push(...histogram(FAMILIES.jobDuration.name, { type: String(r.type) }, r, LONG_BUCKETS));
  let backlog = 0;
  for (const r of deliveries) {
    out.push({ name: FAMILIES.deliveries.name, labels: { outcome: String(r.status) }, value: Number(r.n) });
    if (r.status === "pending" || r.status === "delivering" || r.status === "retrying") backlog += Number(r.n);
  }
  out.push({ name: FAMILIES.backlog.name, labels: {}, value: backlog });
  const [attempt] = attempts;
  if (attempt && Number(attempt.n) > 0)
    out.push(...histogram(FAMILIES.attemptDuration.name, {}, attempt, LATENCY_BUCKETS));
  return out;
}
