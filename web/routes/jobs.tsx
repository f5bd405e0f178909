import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { Badge, EmptyRow, ErrorText, Pager, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";

const STATUSES = ["pending", "scheduled", "running", "completed", "failed", "cancelled", "timed_out"];

/** Jobs with their status; running ones refresh while any is active. */
export default function Jobs() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState("");
  const jobs = useQuery({
    queryKey: ["jobs", page, status],
    queryFn: () => call(api.jobs.$get({ query: { page: String(page), limit: "20", ...(status ? { status } : {}) } })),
    refetchInterval: (q) =>
      q.state.data?.data.some((j) => ["pending", "scheduled", "running"].includes(j.status)) ? 3000 : false,
  });
  const stats = useQuery({ queryKey: ["jobs", "stats"], queryFn: () => call(api.jobs.stats.$get()) });
  return (
    <div className="stack">
      <h1 className="page-title">Jobs</h1>
      <Section title="Statistics">
        <p>
          {stats.data?.total ?? 0} jobs · average {stats.data?.durationMs.average ?? "—"} ms · p95{" "}
          {stats.data?.durationMs.p95 ?? "—"} ms
        </p>
        <ul className="chips">
          {Object.entries(stats.data?.byStatus ?? {}).map(([k, v]) => (
            <li key={k}>
              {k} <strong>{v}</strong>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="All jobs">
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">All</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <ErrorText error={jobs.error} />
        <TableWrap label="Jobs">
          <table>
            <thead>
              <tr>
                <th>Job</th>
                <th>Status</th>
                <th>Progress</th>
                <th>Created</th>
              </tr>
            </thead>
            <tbody>
              {jobs.data?.data.map((j) => (
                <tr key={j.id}>
                  <td>
                    <Link to={`/jobs/${j.id}`}>{j.type}</Link>
                  </td>
                  <td>
                    <Badge value={j.status} />
                  </td>
                  <td>{j.progress}%</td>
                  <td>{when(j.createdAt)}</td>
                </tr>
              ))}
              <EmptyRow columns={4} rows={jobs.data?.data}>
                No jobs match.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
        {jobs.data && <Pager page={jobs.data.page} limit={jobs.data.limit} total={jobs.data.total} onPage={setPage} />}
      </Section>
    </div>
  );
}
