import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { ApiError } from "../lib/api";

/**
 * A labelled progress bar that screen readers announce. The percentage sits beside the track,
 * not on it, so it keeps its contrast whatever the fill has reached.
 */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div className="progress-track">
        <div className="progress-fill" style={{ width: `${value}%` }} />
      </div>
      <span className="progress-text">{value}%</span>
    </div>
  );
}

/** A status word with a colour that is never the only signal; `label` is the text shown when it differs from the value. */
export function Badge({ value, label }: { value: string; label?: string }) {
  return <span className={`badge badge-${value.replaceAll("_", "-")}`}>{label ?? value.replaceAll("_", " ")}</span>;
}

/** Shows an API error's message (and nothing for no error). */
export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}

/** Previous/next paging with the total. */
export function Pager({
  page,
  limit,
  total,
  onPage,
}: {
  page: number;
  limit: number;
  total: number;
  onPage: (p: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label="Pages">
      <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page} of {pages} · {total} total
      </span>
      <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}

/** A titled card; the heading names the region (by a generated id: titles hold spaces). */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <header className="card-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}

/** Names each body cell after its column's header (`data-label`), which the stacked narrow layout shows. */
function labelCells(table: HTMLTableElement) {
  const headers = [...table.querySelectorAll("thead th")].map((th) =>
    (th.textContent ?? "").replace(/[↑↓]/g, "").trim(),
  );
  for (const row of table.tBodies[0]?.rows ?? []) {
    if (row.cells.length !== headers.length) continue;
    for (const [i, cell] of [...row.cells].entries()) {
      const label = headers[i] ?? "";
      if (cell.dataset.label !== label) cell.dataset.label = label;
    }
  }
}

/**
 * A table's wrapper. On a narrow screen each row stacks into a card whose cells carry their
 * column's name (the headers stay as a row of sort buttons); `stack={false}` keeps the table whole
 * and scrolls it sideways instead. While a table is wider than the screen the wrapper takes keyboard
 * focus, so it can be scrolled without a mouse; otherwise it stays out of the Tab order.
 */
export function TableWrap({ label, stack = true, children }: { label: string; stack?: boolean; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setScrolls(el.scrollWidth > el.clientWidth));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    const table = el.querySelector("table");
    if (!stack || !table) return () => observer.disconnect();
    labelCells(table);
    const rows = new MutationObserver(() => labelCells(table));
    rows.observe(table, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      rows.disconnect();
    };
  }, [stack]);
  return (
    <section
      ref={ref}
      className={stack ? "table-wrap stackable" : "table-wrap"}
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </section>
  );
}

export const when = (iso: string | null | undefined) => (iso ? new Date(iso).toLocaleString() : "—");

/**
 * A table's one row saying it is empty, once its rows have loaded and there are none (nothing while
 * they load, so an empty message never flashes before the data).
 */
export function EmptyRow({
  columns,
  rows,
  children,
}: {
  columns: number;
  rows: unknown[] | undefined;
  children: ReactNode;
}) {
  if (!rows || rows.length > 0) return null;
  return (
    <tr>
      <td colSpan={columns} className="empty">
        {children}
      </td>
    </tr>
  );
}
