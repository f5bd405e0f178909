import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { DOMAIN_LABELS, DOMAINS, STATUS_LABELS, TECH_STATUSES, type TechStatus } from "../../shared/vocabulary";
import { BatchMove } from "../components/batch-move";
import { TechnologyForm } from "../components/technology-form";
import { Badge, ErrorText, Pager, Section, TableWrap } from "../components/ui";
import { api, call } from "../lib/api";

const SORTABLE = [
  ["title", "Title"],
  ["domain", "Domain"],
  ["status", "Status"],
  ["priority", "Priority"],
  ["updatedAt", "Updated"],
] as const;

/** Table of the project's technologies with filters, sorting, paging, inline status change and batch moves of ticked rows. */
export default function Technologies() {
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const [statusError, setStatusError] = useState<unknown>(null);
  // Opens by itself on an empty project, then stays as the user leaves it (adding the first one must not close it).
  const [adding, setAdding] = useState<boolean | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = {
    page: params.get("page") ?? "1",
    limit: "20",
    sort: params.get("sort") ?? "-updatedAt",
    ...(params.get("domain") ? { domain: params.get("domain") ?? "" } : {}),
    ...(params.get("status") ? { status: params.get("status") ?? "" } : {}),
    ...(params.get("q") ? { q: params.get("q") ?? "" } : {}),
    ...(params.get("tag") ? { tag: params.get("tag") ?? "" } : {}),
  };
  const list = useQuery({ queryKey: ["technologies", query], queryFn: () => call(api.technologies.$get({ query })) });
  const create = useMutation({
    mutationFn: (draft: object) => call(api.technologies.$post({ json: draft as never })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["technologies"] }),
  });
  const move = useMutation({
    mutationFn: ({ id, status, version }: { id: string; status: TechStatus; version: number }) =>
      call(api.technologies[":id"].$patch({ param: { id }, json: { status, version } })),
    onSuccess: () => {
      setStatusError(null);
      queryClient.invalidateQueries({ queryKey: ["technologies"] });
    },
    onError: setStatusError,
  });

  function set(name: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== "page") next.delete("page");
    setParams(next);
  }

  const sortKey = query.sort.replace(/^-/, "");
  const descending = query.sort.startsWith("-");

  return (
    <div className="stack">
      <h1 className="page-title">Technologies</h1>
      <details
        className="card"
        open={adding ?? list.data?.total === 0}
        onToggle={(e) => setAdding(e.currentTarget.open)}
      >
        <summary>Add a technology</summary>
        <TechnologyForm submitLabel="Add technology" onSubmit={(draft) => create.mutateAsync(draft)} />
      </details>
      <Section title="All technologies">
        <search className="filters">
          <label>
            Search{" "}
            <input type="search" defaultValue={params.get("q") ?? ""} onChange={(e) => set("q", e.target.value)} />
          </label>
          <label>
            Domain
            <select value={params.get("domain") ?? ""} onChange={(e) => set("domain", e.target.value)}>
              <option value="">All</option>
              {DOMAINS.map((d) => (
                <option key={d} value={d}>
                  {DOMAIN_LABELS[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select value={params.get("status") ?? ""} onChange={(e) => set("status", e.target.value)}>
              <option value="">All</option>
              {TECH_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tag <input defaultValue={params.get("tag") ?? ""} onBlur={(e) => set("tag", e.target.value.trim())} />
          </label>
        </search>
        <ErrorText error={list.error ?? statusError} />
        <BatchMove
          ids={[...selected]}
          onDone={() => {
            setSelected(new Set());
            queryClient.invalidateQueries({ queryKey: ["technologies"] });
          }}
        />
        <TableWrap label="Technologies">
          <table>
            <thead>
              <tr>
                <th>
                  <input
                    type="checkbox"
                    aria-label="Select all on this page"
                    checked={!!list.data?.data.length && list.data.data.every((t) => selected.has(t.id))}
                    onChange={(e) =>
                      setSelected(e.target.checked ? new Set(list.data?.data.map((t) => t.id)) : new Set())
                    }
                  />
                </th>
                {SORTABLE.map(([key, text]) => (
                  <th key={key} aria-sort={sortKey === key ? (descending ? "descending" : "ascending") : "none"}>
                    <button
                      type="button"
                      className="th-sort"
                      onClick={() => set("sort", sortKey === key && !descending ? `-${key}` : key)}
                    >
                      {text}
                      {sortKey === key ? (descending ? " ↓" : " ↑") : ""}
                    </button>
                  </th>
                ))}
                <th>Tags</th>
              </tr>
            </thead>
            <tbody>
              {list.data?.data.map((t) => (
                <tr key={t.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${t.title}`}
                      checked={selected.has(t.id)}
                      onChange={(e) => {
                        const next = new Set(selected);
                        if (e.target.checked) next.add(t.id);
                        else next.delete(t.id);
                        setSelected(next);
                      }}
                    />
                  </td>
                  <td>
                    <Link to={`/technologies/${t.id}`}>{t.title}</Link>
                  </td>
                  <td>{DOMAIN_LABELS[t.domain]}</td>
                  <td>
                    <select
                      aria-label={`Status of ${t.title}`}
                      value={t.status}
                      onChange={(e) =>
                        move.mutate({ id: t.id, status: e.target.value as TechStatus, version: t.version })
                      }
                    >
                      {TECH_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {STATUS_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{t.priority}</td>
                  <td>{new Date(t.updatedAt).toLocaleDateString()}</td>
                  <td>
                    {t.tags.map((tag) => (
                      <Badge key={tag} value={tag} />
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
        {list.data && (
          <Pager
            page={list.data.page}
            limit={list.data.limit}
            total={list.data.total}
            onPage={(p) => set("page", String(p))}
          />
        )}
      </Section>
    </div>
  );
}
