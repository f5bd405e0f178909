import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { SecretOnce } from "../components/secret-once";
import { Badge, EmptyRow, ErrorText, Section, TableWrap, when } from "../components/ui";
import { api, call } from "../lib/api";

const STATES = ["delivered", "pending", "delivering", "retrying", "failed", "exhausted"] as const;

function Delivery({ endpointId, id }: { endpointId: string; id: string }) {
  const detail = useQuery({
    queryKey: ["webhooks", endpointId, "delivery", id],
    queryFn: () =>
      call(api.webhooks[":id"].deliveries[":deliveryId"].$get({ param: { id: endpointId, deliveryId: id } })),
  });
  if (detail.error) return <ErrorText error={detail.error} />;
  if (!detail.data) return <p>Loading…</p>;
  return (
    <div className="delivery-detail">
      <p>
        <code>{detail.data.event.subject}</code> · event <code>{detail.data.event.id}</code>
      </p>
      <ol className="list">
        {detail.data.attempts.map((a) => (
          <li key={a.id}>
            Attempt {a.attempt}: {a.statusCode ?? "no answer"} in {a.durationMs} ms <small>{when(a.createdAt)}</small>
            {a.error && <span className="error"> {a.error}</span>}
            {a.responseBody && <pre className="body">{a.responseBody}</pre>}
          </li>
        ))}
      </ol>
    </div>
  );
}

function Endpoint({ id }: { id: string }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [since, setSince] = useState(new Date(Date.now() - 86400_000).toISOString().slice(0, 10));
  const [notice, setNotice] = useState<string | null>(null);
  const stats = useQuery({
    queryKey: ["webhooks", id, "stats"],
    queryFn: () => call(api.webhooks[":id"].stats.$get({ param: { id } })),
  });
  const deliveries = useQuery({
    queryKey: ["webhooks", id, "deliveries"],
    queryFn: () => call(api.webhooks[":id"].deliveries.$get({ param: { id }, query: { limit: "20" } })),
    refetchInterval: 5000,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["webhooks", id] });
  const test = useMutation({
    mutationFn: () => call(api.webhooks[":id"].test.$post({ param: { id } })),
    onSuccess: () => {
      setNotice("Test event queued.");
      refresh();
    },
  });
  const retry = useMutation({
    mutationFn: (deliveryId: string) =>
      call(api.webhooks[":id"].deliveries[":deliveryId"].retry.$post({ param: { id, deliveryId } })),
    onSuccess: refresh,
  });
  const recover = useMutation({
    mutationFn: () => call(api.webhooks[":id"].recover.$post({ param: { id }, json: { since } })),
    onSuccess: () => setNotice("Recovery job started."),
  });
  const rotate = useMutation({
    mutationFn: () => call(api.webhooks[":id"]["rotate-secret"].$post({ param: { id } })),
    onSuccess: (r) => setSecret(r.secret),
  });
  const counts = stats.data?.deliveries.byStatus ?? {};
  const total = Math.max(1, stats.data?.deliveries.total ?? 0);
  const rate = stats.data?.deliveries.successRate;
  return (
    <div className="stack">
      <div className="actions">
        <button type="button" onClick={() => test.mutate()}>
          Send test event
        </button>
        <label>
          Recover since <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </label>
        <button type="button" className="ghost" onClick={() => recover.mutate()}>
          Re-send failed
        </button>
        <button type="button" className="ghost" onClick={() => rotate.mutate()}>
          Rotate secret
        </button>
      </div>
      {notice && <p role="status">{notice}</p>}
      {secret && <SecretOnce secret={secret} what="new signing secret (the old one keeps working for 24 hours)" />}
      <ErrorText error={test.error ?? retry.error ?? recover.error ?? rotate.error} />
      <figure className="rate">
        <figcaption>
          Success rate {rate === null || rate === undefined ? "—" : `${Math.round(rate * 100)}%`} · p95{" "}
          {stats.data?.attempts.durationMs.p95 ?? "—"} ms · {stats.data?.deliveries.total ?? 0} deliveries
        </figcaption>
        <div className="stacked" role="img" aria-label={STATES.map((s) => `${s} ${counts[s] ?? 0}`).join(", ")}>
          {STATES.map((s) => (
            <span key={s} className={`seg seg-${s}`} style={{ width: `${((counts[s] ?? 0) / total) * 100}%` }} />
          ))}
        </div>
        <ul className="chips">
          {STATES.map((s) => (
            <li key={s}>
              <span className={`dot seg-${s}`} /> {s} <strong>{counts[s] ?? 0}</strong>
            </li>
          ))}
        </ul>
      </figure>
      <TableWrap label="Deliveries">
        <table>
          <thead>
            <tr>
              <th>Delivery</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Last code</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.data?.data.map((d) => (
              <tr key={d.id}>
                <td>
                  <button
                    type="button"
                    className="link"
                    aria-expanded={open === d.id}
                    onClick={() => setOpen(open === d.id ? null : d.id)}
                  >
                    {when(d.createdAt)}
                  </button>
                  {open === d.id && <Delivery endpointId={id} id={d.id} />}
                </td>
                <td>
                  <Badge value={d.status} />
                </td>
                <td>{d.attempts}</td>
                <td>{d.lastStatusCode ?? "—"}</td>
                <td>
                  {["failed", "exhausted", "retrying"].includes(d.status) && (
                    <button type="button" className="ghost" onClick={() => retry.mutate(d.id)}>
                      Retry
                    </button>
                  )}
                </td>
              </tr>
            ))}
            <EmptyRow columns={5} rows={deliveries.data?.data}>
              No deliveries yet.
            </EmptyRow>
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}

/** Webhook endpoints: create (secret shown once), delivery log with attempts, retry, recover, test, stats. */
export default function Webhooks() {
  const queryClient = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ["webhooks"],
    queryFn: () => call(api.webhooks.$get({ query: { limit: "100" } })),
  });
  const create = useMutation({
    mutationFn: (body: { url: string; description?: string; kind: "standard" | "slack"; eventPatterns: string[] }) =>
      call(api.webhooks.$post({ json: body })),
    onSuccess: (r) => {
      setSecret(r.secret);
      setSelected(r.id);
      queryClient.invalidateQueries({ queryKey: ["webhooks"] });
    },
  });
  const toggle = useMutation({
    mutationFn: ({ id, enabled, version }: { id: string; enabled: boolean; version: number }) =>
      call(api.webhooks[":id"].$patch({ param: { id }, json: { enabled, version } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["webhooks"] }),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const patterns = String(form.get("patterns") ?? "*")
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    create.mutate({
      url: String(form.get("url") ?? "").trim(),
      description: String(form.get("description") ?? "").trim() || undefined,
      kind: form.get("kind") === "slack" ? "slack" : "standard",
      eventPatterns: patterns.length ? patterns : ["*"],
    });
  }

  return (
    <div className="stack">
      <h1 className="page-title">Webhooks</h1>
      <Section title="New endpoint">
        <form className="form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="w-url">URL</label>
            <input id="w-url" name="url" type="url" required placeholder="https://example.com/hooks" />
          </div>
          <div className="field">
            <label htmlFor="w-desc">Description</label>
            <input id="w-desc" name="description" />
          </div>
          <div className="field">
            <label htmlFor="w-patterns">Events (comma-separated patterns)</label>
            <input id="w-patterns" name="patterns" defaultValue="*" />
          </div>
          <div className="field">
            <label htmlFor="w-kind">Kind</label>
            <select id="w-kind" name="kind" defaultValue="standard">
              <option value="standard">Standard Webhooks (signed JSON)</option>
              <option value="slack">Slack incoming webhook</option>
            </select>
          </div>
          <div className="form-actions">
            <button type="submit">Add endpoint</button>
            <ErrorText error={create.error} />
          </div>
        </form>
        {secret && <SecretOnce secret={secret} what="signing secret" />}
      </Section>
      <Section title="Endpoints">
        <ErrorText error={list.error ?? toggle.error} />
        {list.data?.data.length === 0 && (
          <p>No endpoints yet. Add one above to receive this project's events, signed and retried.</p>
        )}
        <ul className="list">
          {list.data?.data.map((w) => (
            <li key={w.id}>
              <div className="actions">
                <button
                  type="button"
                  className="link"
                  aria-expanded={selected === w.id}
                  onClick={() => setSelected(selected === w.id ? null : w.id)}
                >
                  {w.url}
                </button>
                <Badge value={w.kind} /> {w.enabled ? <Badge value="enabled" /> : <Badge value="disabled" />}
                <small>{w.eventPatterns.join(", ")}</small>
                <button
                  type="button"
                  className="ghost"
                  onClick={() => toggle.mutate({ id: w.id, enabled: !w.enabled, version: w.version })}
                >
                  {w.enabled ? "Disable" : "Enable"}
                </button>
              </div>
              {w.disabledReason && <p className="error">{w.disabledReason}</p>}
              {selected === w.id && <Endpoint id={w.id} />}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
