import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { STATUS_LABELS, TECH_STATUSES, type TechStatus } from "../../shared/vocabulary";
import { api, call } from "../lib/api";
import { ErrorText } from "./ui";

/**
 * The bar over the technologies table when rows are ticked: moves every selected technology to one
 * status with one note (each gets its own versioned change and history row on the server).
 */
export function BatchMove({ ids, onDone }: { ids: string[]; onDone: () => void }) {
  const [status, setStatus] = useState<TechStatus>("evaluation");
  const [note, setNote] = useState("");
  const [result, setResult] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: () => call(api.batch.technologies.$post({ json: { ids, set: { status }, ...(note ? { note } : {}) } })),
    onSuccess: (answer) => {
      const { updated, unchanged, failed } = answer.totals;
      setResult(`${updated} moved, ${unchanged} already there, ${failed} failed.`);
      onDone();
    },
  });
  if (!ids.length && !result) return null;
  return (
    <fieldset className="filters" aria-label="Selected technologies" style={{ border: 0, padding: 0, margin: 0 }}>
      <span>{ids.length} selected</span>
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
      <label>
        Note <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="button" disabled={!ids.length || move.isPending} onClick={() => move.mutate()}>
        Move selected
      </button>
      {result && <span role="status">{result}</span>}
      <ErrorText error={move.error} />
    </fieldset>
  );
}
