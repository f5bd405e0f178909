import { useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DOMAIN_LABELS, DOMAINS, type Domain, RING_LABELS, RINGS, type Ring } from "../../shared/vocabulary";
import { api, call } from "../lib/api";
import { ErrorText } from "./ui";

/**
 * The adoption matrix: technologies down, projects across (only the projects that hold any of
 * the page's technologies), the ring in each cell; filters by domain, ring and disagreement and
 * "Show more" pages by key.
 */
export function PortfolioMatrix() {
  const [domain, setDomain] = useState<Domain | "">("");
  const [ring, setRing] = useState<Ring | "">("");
  const [disagreement, setDisagreement] = useState<"" | "true" | "false">("");
  const filters = {
    limit: "25",
    ...(domain ? { domain } : {}),
    ...(ring ? { ring } : {}),
    ...(disagreement ? { disagreement } : {}),
  };
  const matrix = useInfiniteQuery({
    queryKey: ["portfolio", "matrix", filters],
    initialPageParam: "",
    queryFn: ({ pageParam }) =>
      call(api.portfolio.matrix.$get({ query: { ...filters, ...(pageParam ? { cursor: pageParam } : {}) } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = matrix.data?.pages.flatMap((p) => p.data) ?? [];
  const projects = matrix.data?.pages[0]?.projects ?? [];
  const used = new Set(rows.flatMap((r) => r.cells.map((c) => c.projectId)));
  const columns = projects.filter((p) => used.has(p.id));
  return (
    <div className="stack">
      <div className="filters">
        <label>
          Domain
          <select value={domain} onChange={(e) => setDomain(e.target.value as Domain | "")}>
            <option value="">All</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {DOMAIN_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Ring held somewhere
          <select value={ring} onChange={(e) => setRing(e.target.value as Ring | "")}>
            <option value="">Any</option>
            {RINGS.map((r) => (
              <option key={r} value={r}>
                {RING_LABELS[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Projects
          <select value={disagreement} onChange={(e) => setDisagreement(e.target.value as "" | "true" | "false")}>
            <option value="">Agree or not</option>
            <option value="true">Disagree</option>
            <option value="false">Agree</option>
          </select>
        </label>
      </div>
      <ErrorText error={matrix.error} />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it */}
      <section className="table-scroll" aria-label="Adoption matrix" tabIndex={0}>
        <table className="matrix">
          <caption className="visually-hidden">Technologies by project, with the ring each project gives them</caption>
          <thead>
            <tr>
              <th scope="col">Technology</th>
              {columns.map((p) => (
                <th key={p.id} scope="col">
                  {p.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const cells = new Map(r.cells.map((c) => [c.projectId, c]));
              return (
                <tr key={r.key}>
                  <th scope="row">
                    {r.title}
                    {r.disagreement && <span className="badge badge-disagree"> disagree</span>}
                  </th>
                  {columns.map((p) => {
                    const cell = cells.get(p.id);
                    return (
                      <td key={p.id} className={cell ? `ring-cell ring-${cell.ring}` : undefined}>
                        {cell ? RING_LABELS[cell.ring] : <span className="visually-hidden">not used</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      {matrix.hasNextPage && (
        <button type="button" onClick={() => matrix.fetchNextPage()} disabled={matrix.isFetchingNextPage}>
          Show more technologies
        </button>
      )}
    </div>
  );
}
