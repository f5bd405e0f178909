import { type FormEvent, useState } from "react";
import { DOMAIN_LABELS, DOMAINS, STATUS_LABELS, TECH_STATUSES } from "../../shared/vocabulary";
import { ApiError } from "../lib/api";

export interface TechnologyDraft {
  title: string;
  vendor?: string | null;
  domain: string;
  status: string;
  priority: number;
  relevanceScore: number;
  tags: string[];
  description: string;
}

const BLANK: TechnologyDraft = {
  title: "",
  vendor: "",
  domain: "other",
  status: "discovery",
  priority: 3,
  relevanceScore: 50,
  tags: [],
  description: "",
};

/** Create/edit form; the API's field-level validation messages show next to each field. */
export function TechnologyForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial?: Partial<TechnologyDraft>;
  submitLabel: string;
  onSubmit: (draft: TechnologyDraft) => Promise<unknown>;
}) {
  const start = { ...BLANK, ...initial };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const draft: TechnologyDraft = {
      title: String(form.get("title") ?? "").trim(),
      vendor: String(form.get("vendor") ?? "").trim() || null,
      domain: String(form.get("domain")),
      status: String(form.get("status")),
      priority: Number(form.get("priority")),
      relevanceScore: Number(form.get("relevanceScore")),
      tags: String(form.get("tags") ?? "")
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean),
      description: String(form.get("description") ?? ""),
    };
    setBusy(true);
    setErrors({});
    setMessage(null);
    try {
      await onSubmit(draft);
      setMessage({ kind: "ok", text: "Saved." });
      if (!initial) event.currentTarget?.reset();
    } catch (err) {
      if (err instanceof ApiError) {
        setErrors(err.fieldErrors());
        setMessage({ kind: "error", text: err.message });
      } else setMessage({ kind: "error", text: String(err) });
    } finally {
      setBusy(false);
    }
  }

  const field = (name: keyof TechnologyDraft, text: string, input: React.ReactNode) => (
    <div className={name === "description" ? "field wide" : "field"}>
      <label htmlFor={`tf-${name}`}>{text}</label>
      {input}
      {errors[name] && (
        <span id={`tf-${name}-error`} className="field-error">
          {errors[name]}
        </span>
      )}
    </div>
  );
  const describedBy = (name: string) => (errors[name] ? `tf-${name}-error` : undefined);

  return (
    <form className="form" onSubmit={submit} noValidate>
      {field(
        "title",
        "Title",
        <input
          id="tf-title"
          name="title"
          defaultValue={start.title}
          aria-invalid={!!errors.title}
          aria-describedby={describedBy("title")}
        />,
      )}
      {field("vendor", "Vendor", <input id="tf-vendor" name="vendor" defaultValue={start.vendor ?? ""} />)}
      {field(
        "domain",
        "Domain",
        <select id="tf-domain" name="domain" defaultValue={start.domain}>
          {DOMAINS.map((d) => (
            <option key={d} value={d}>
              {DOMAIN_LABELS[d]}
            </option>
          ))}
        </select>,
      )}
      {field(
        "status",
        "Status",
        <select id="tf-status" name="status" defaultValue={start.status}>
          {TECH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>,
      )}
      {field(
        "priority",
        "Priority (1-5)",
        <input
          id="tf-priority"
          name="priority"
          type="number"
          defaultValue={start.priority}
          aria-invalid={!!errors.priority}
          aria-describedby={describedBy("priority")}
        />,
      )}
      {field(
        "relevanceScore",
        "Relevance (0-100)",
        <input
          id="tf-relevanceScore"
          name="relevanceScore"
          type="number"
          defaultValue={start.relevanceScore}
          aria-invalid={!!errors.relevanceScore}
          aria-describedby={describedBy("relevanceScore")}
        />,
      )}
      {field("tags", "Tags (comma-separated)", <input id="tf-tags" name="tags" defaultValue={start.tags.join(", ")} />)}
      {field(
        "description",
        "Description",
        <textarea id="tf-description" name="description" rows={3} defaultValue={start.description} />,
      )}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {busy ? "Saving…" : submitLabel}
        </button>
        {message && (
          <p role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "error" : "ok"}>
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
