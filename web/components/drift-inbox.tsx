import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { type FormEvent, useState } from "react";
import { DRIFT_KINDS, DRIFT_LABELS, DRIFT_STATES, type DriftKind, type DriftState } from "../../shared/portfolio";
import { STATUS_LABELS, TECH_STATUSES, type TechStatus } from "../../shared/vocabulary";
import { api, call } from "../lib/api";
import { Badge, ErrorText } from "./ui";

type Item = InferResponseType<typeof api.portfolio.drift.$get, 200>["data"][number];

/** Where the code shows it: repository, file and line, and the dependency as written. */
function Evidence({ item }: { item: Item }) {
  const shown = item.details.evidence.slice(0, 5);
  if (!shown.length && !item.details.conflicts?.length) return null;
  return (
    <ul className="evidence">
      {shown.map((e) => (
        <li key={`${e.repositoryId}-${e.file}-${e.dependency}`}>
          <code>
            {e.repository}: {e.file}
            {e.line !== null ? `:${e.line}` : ""}
          </code>
          {e.dependency && (
            <span className="muted">
              {" "}
              {e.dependency}
              {e.version ? `@${e.version}` : ""}
            </span>
          )}
        </li>
      ))}
      {item.details.evidence.length > shown.length && (
        <li className="muted">…and {item.details.evidence.length - shown.length} more</li>
      )}
      {item.details.conflicts?.map((c) => (
        <li key={c.technologyId}>
          {c.project}: <Badge value={c.ring} />
        </li>
      ))}
    </ul>
  );
}

/** Move, research task, dismiss with a reason: the actions on an open item. */
function Actions({ item, onDone }: { item: Item; onDone: () => void }) {
  const [status, setStatus] = useState<TechStatus>(item.kind === "hold_in_use" ? "integrated" : "research");
  const [reason, setReason] = useState("");
  const param = { id: item.id };
  const move = useMutation({
    mutationFn: () => call(api.portfolio.drift[":id"].move.$post({ param, json: { status } })),
    onSuccess: onDone,
  });
  const research = useMutation({
    mutationFn: () => call(api.portfolio.drift[":id"]["research-task"].$post({ param, json: {} })),
    onSuccess: onDone,
  });
  const dismiss = useMutation({
    mutationFn: () => call(api.portfolio.drift[":id"].dismiss.$post({ param, json: { reason } })),
    onSuccess: onDone,
  });
  const onDismiss = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim()) dismiss.mutate();
  };
  return (
    <div className="drift-actions">
      <label>
        Move to
        <select value={status} onChange={(e) => setStatus(e.target.value as TechStatus)}>
          {TECH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => move.mutate()} disabled={move.isPending}>
        {item.technologyId ? "Move" : "Add to radar"}
      </button>
      <button
        type="button"
        onClick={() => research.mutate()}
        disabled={research.isPending || Boolean(item.researchTaskId)}
      >
        {item.researchTaskId ? "Research task open" : "Open research task"}
      </button>
      <form onSubmit={onDismiss} className="inline-form">
        <label>
          Reason <input value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={2000} />
        </label>
        <button type="submit" disabled={dismiss.isPending}>
          Dismiss
        </button>
      </form>
      <ErrorText error={move.error ?? research.error ?? dismiss.error} />
    </div>
  );
}

/** The drift inbox across the visible projects: filter by state and kind, act on each item. */
export function DriftInbox() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<DriftState>("open");
  const [kind, setKind] = useState<DriftKind | "">("");
  const query = { state, limit: "50", ...(kind ? { kind } : {}) };
  const drift = useQuery({
    queryKey: ["portfolio", "drift", query],
    queryFn: () => call(api.portfolio.drift.$get({ query })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ["portfolio"] });
  return (
    <div className="stack">
      <div className="filters">
        <label>
          State
          <select value={state} onChange={(e) => setState(e.target.value as DriftState)}>
            {DRIFT_STATES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as DriftKind | "")}>
            <option value="">All</option>
            {DRIFT_KINDS.map((k) => (
              <option key={k} value={k}>
                {DRIFT_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorText error={drift.error} />
      {drift.data && !drift.data.data.length && <p>No {state} drift.</p>}
      <ul className="list drift-list">
        {drift.data?.data.map((item) => (
          <li key={item.id}>
            <div className="drift-head">
              <strong>{item.title}</strong> <span className="badge">{DRIFT_LABELS[item.kind]}</span>{" "}
              <span className="muted">
                {item.project.name} · since {item.firstSeenAt.slice(0, 10)}
                {item.details.ring ? ` · ring ${item.details.ring}` : ""}
              </span>
            </div>
            <Evidence item={item} />
            {item.state === "dismissed" && <p className="muted">Dismissed: {item.dismissReason}</p>}
            {item.state === "open" && <Actions item={item} onDone={refresh} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
