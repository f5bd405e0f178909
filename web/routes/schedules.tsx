import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { type Timing, TimingFields, timingQuery } from "../components/schedule-timing";
import { Badge, EmptyRow, ErrorText, Section, TableWrap, when } from "../components/ui";
import { ApiError, api, call } from "../lib/api";

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}

/** Schedules: create with the expression described in words and the next runs as you type. */
export default function Schedules() {
  const queryClient = useQueryClient();
  const [timing, setTiming] = useState<Timing>({
    frequency: "cron",
    cronExpression: "*/5 * * * *",
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC",
    minute: "0",
    hour: "9",
    dayOfWeek: "1",
    dayOfMonth: "1",
    runAt: "",
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const debounced = useDebounced(timing, 250);
  const preview = useQuery({
    queryKey: ["schedules", "preview", debounced],
    queryFn: () => call(api.schedules.preview.$get({ query: timingQuery(debounced) as never })),
    retry: false,
  });
  const list = useQuery({
    queryKey: ["schedules"],
    queryFn: () => call(api.schedules.$get({ query: { limit: "100" } })),
  });
  const repos = useQuery({
    queryKey: ["repositories", "all"],
    queryFn: () => call(api.repositories.$get({ query: { limit: "100" } })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["schedules"] });
  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => call(api.schedules.$post({ json: body as never })),
    onSuccess: () => {
      setFieldErrors({});
      refresh();
    },
    onError: (err) => err instanceof ApiError && setFieldErrors(err.fieldErrors()),
  });
  const toggle = useMutation({
    mutationFn: ({ id, enable }: { id: string; enable: boolean }) =>
      enable
        ? call(api.schedules[":id"].enable.$post({ param: { id }, query: {} }))
        : call(api.schedules[":id"].disable.$post({ param: { id } })),
    onSuccess: refresh,
  });
  const runNow = useMutation({
    mutationFn: (id: string) => call(api.schedules[":id"].run.$post({ param: { id } })),
    onSuccess: refresh,
  });

  const set = (name: keyof Timing) => (e: { target: { value: string } }) =>
    setTiming((t) => ({ ...t, [name]: e.target.value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const jobType = String(form.get("jobType"));
    const repositoryId = String(form.get("repositoryId") ?? "");
    const q = timingQuery(timing);
    create.mutate({
      name: String(form.get("name") ?? "").trim(),
      ...q,
      ...(q.minute !== undefined ? { minute: Number(q.minute) } : {}),
      ...(q.hour !== undefined ? { hour: Number(q.hour) } : {}),
      ...(q.dayOfWeek !== undefined ? { dayOfWeek: Number(q.dayOfWeek) } : {}),
      ...(q.dayOfMonth !== undefined ? { dayOfMonth: Number(q.dayOfMonth) } : {}),
      jobType,
      jobParams: jobType === "repository.analyse" ? { repositoryId, source: "github" } : {},
      force: form.get("force") === "on",
    });
  }

  const err = (name: string) => fieldErrors[name] && <span className="field-error">{fieldErrors[name]}</span>;
  return (
    <div className="stack">
      <h1 className="page-title">Schedules</h1>
      <Section title="New schedule">
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="s-name">Name</label>
            <input id="s-name" name="name" required />
            {err("name")}
          </div>
          <div className="field">
            <label htmlFor="s-job">Runs</label>
            <select id="s-job" name="jobType" defaultValue="repositories.analyse_all">
              <option value="repositories.analyse_all">Analyse every repository</option>
              <option value="repository.analyse">Analyse one repository</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="s-repo">Repository (for one)</label>
            <select id="s-repo" name="repositoryId">
              {repos.data?.data.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.owner}/{r.name}
                </option>
              ))}
            </select>
            {err("jobParams.repositoryId")}
          </div>
          <TimingFields timing={timing} set={set} err={err} />
          <div className="field">
            <label>
              <input type="checkbox" name="force" /> Save even if it overlaps another schedule
            </label>
          </div>
          <div id="s-preview" className="preview" aria-live="polite">
            {preview.error ? (
              <ErrorText error={preview.error} />
            ) : (
              <>
                <p>
                  <strong>{preview.data?.description}</strong>
                </p>
                <ol className="next-runs">
                  {preview.data?.nextRuns.map((r) => (
                    <li key={r}>
                      {r.replace("T", " ").slice(0, 16)} ({timing.timezone})
                    </li>
                  ))}
                </ol>
              </>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" disabled={create.isPending}>
              Create schedule
            </button>
            <ErrorText error={create.error} />
          </div>
        </form>
      </Section>
      <Section title="All schedules">
        <ErrorText error={list.error ?? toggle.error ?? runNow.error} />
        <TableWrap label="Schedules">
          <table>
            <thead>
              <tr>
                <th>Name</th>
                <th>When</th>
                <th>Next run</th>
                <th>Last run</th>
                <th>Runs</th>
                <th>
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.name} {!s.enabled && <Badge value="disabled" />}
                    <br />
                    <small>{s.jobType}</small>
                  </td>
                  <td>
                    <code>{s.cronExpression ?? s.runAt}</code> <small>{s.timezone}</small>
                  </td>
                  <td>{when(s.nextRunAt)}</td>
                  <td>
                    {when(s.lastRunAt)} {s.lastError && <span className="error">{s.lastError}</span>}
                    {s.lastJobId && (
                      <>
                        {" "}
                        <Link to={`/jobs/${s.lastJobId}`}>job</Link>
                      </>
                    )}
                  </td>
                  <td>{s.runCount}</td>
                  <td className="actions">
                    <button
                      type="button"
                      className="ghost"
                      onClick={() => toggle.mutate({ id: s.id, enable: !s.enabled })}
                    >
                      {s.enabled ? "Disable" : "Enable"}
                    </button>
                    <button type="button" onClick={() => runNow.mutate(s.id)}>
                      Run now
                    </button>
                  </td>
                </tr>
              ))}
              <EmptyRow columns={6} rows={list.data?.data}>
                No schedules yet.
              </EmptyRow>
            </tbody>
          </table>
        </TableWrap>
      </Section>
    </div>
  );
}
