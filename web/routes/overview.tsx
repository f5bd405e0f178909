import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { DOMAIN_LABELS, DOMAINS, STATUS_LABELS, TECH_STATUSES } from "../../shared/vocabulary";
import { Badge, ErrorText, ProgressBar, Section, when } from "../components/ui";
import { api, call } from "../lib/api";
import { useLiveJob } from "../lib/live-job";

function RunningJob({ id, type }: { id: string; type: string }) {
  const live = useLiveJob(id);
  return (
    <li>
      <Link to={`/jobs/${id}`}>{type}</Link> <Badge value={live.status ?? "pending"} />
      <ProgressBar value={live.progress} label={`${type} progress`} />
      <small>{live.step ?? ""}</small>
    </li>
  );
}

/** The project at a glance: counts, recent moves, running jobs, latest events. */
export default function Overview() {
  const stats = useQuery({ queryKey: ["technologies", "stats"], queryFn: () => call(api.technologies.stats.$get()) });
  const recent = useQuery({
    queryKey: ["technologies", "recent"],
    queryFn: () => call(api.technologies.$get({ query: { sort: "-updatedAt", limit: "8" } })),
  });
  const running = useQuery({
    queryKey: ["jobs", "running"],
    queryFn: () => call(api.jobs.$get({ query: { status: "pending,scheduled,running", limit: "10" } })),
    refetchInterval: 15_000,
  });
  const events = useQuery({
    queryKey: ["events", "latest"],
    queryFn: () => call(api.events.$get({ query: { order: "desc", limit: "10" } })),
  });
  const max = Math.max(1, ...Object.values(stats.data?.byStatus ?? {}));
  return (
    <div className="grid">
      <h1 className="page-title">Overview</h1>
      <Section title="Technologies by status">
        <ErrorText error={stats.error} />
        <ul className="bars">
          {TECH_STATUSES.map((s) => (
            <li key={s}>
              <span>{STATUS_LABELS[s]}</span>
              <span className="bar" style={{ width: `${((stats.data?.byStatus[s] ?? 0) / max) * 100}%` }} />
              <strong>{stats.data?.byStatus[s] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Technologies by domain">
        <ul className="chips">
          {DOMAINS.map((d) => (
            <li key={d}>
              {DOMAIN_LABELS[d]} <strong>{stats.data?.byDomain[d] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Recently moved">
        <ErrorText error={recent.error} />
        <ul className="list">
          {recent.data?.data.map((t) => (
            <li key={t.id}>
              <Link to={`/technologies/${t.id}`}>{t.title}</Link> <Badge value={t.status} />{" "}
              <small>{when(t.updatedAt)}</small>
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Running jobs">
        {running.data?.data.length === 0 && <p>No job is running.</p>}
        <ul className="list">
          {running.data?.data.map((j) => (
            <RunningJob key={j.id} id={j.id} type={j.type} />
          ))}
        </ul>
      </Section>
      <Section title="Latest events">
        <ErrorText error={events.error} />
        <ul className="list">
          {events.data?.data.map((e) => (
            <li key={e.id}>
              <code>{e.subject}</code> <small>{when(e.occurredAt)}</small>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
