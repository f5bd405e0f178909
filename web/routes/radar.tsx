import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { DOMAIN_LABELS, DOMAINS } from "../../shared/vocabulary";
import { ImportDialog } from "../components/import-dialog";
import { type RadarBlip, RadarChart } from "../components/radar-chart";
import { ErrorText } from "../components/ui";
import { api, call } from "../lib/api";
import { download, exportPng, svgText } from "../lib/radar-export";

/** The radar with filters, "as of" replay, exports (SVG, PNG, Thoughtworks BYOR CSV) and the import dialog. */
export default function Radar() {
  const [asOf, setAsOf] = useState("");
  const [domain, setDomain] = useState("");
  const [tag, setTag] = useState("");
  const [exportError, setExportError] = useState<unknown>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const radar = useQuery({
    queryKey: ["technologies", "radar", asOf],
    queryFn: () => call(api.technologies.radar.$get({ query: asOf ? { asOf } : {} })),
  });
  const blips: RadarBlip[] = (radar.data?.blips ?? [])
    .filter((b) => (!domain || b.domain === domain) && (!tag || b.tags.includes(tag)))
    .map((b) => ({ ...b, size: b.priority, detail: `priority ${b.priority}` }));

  /** BYOR CSV is rendered by the server (an export job); the Exports page follows it and downloads it. */
  async function exportByor() {
    setExportError(null);
    try {
      await call(api.exports.$post({ json: { format: "byor-csv", subject: "technologies" } }));
      navigate("/exports");
    } catch (err) {
      setExportError(err);
    }
  }

  return (
    <div className="stack">
      <h1 className="page-title">Technology radar</h1>
      <div className="filters">
        <label>
          As of <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label>
          Domain
          <select value={domain} onChange={(e) => setDomain(e.target.value)}>
            <option value="">All</option>
            {DOMAINS.map((d) => (
              <option key={d} value={d}>
                {DOMAIN_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag <input value={tag} onChange={(e) => setTag(e.target.value.trim())} />
        </label>
        <button type="button" onClick={() => download("radar.svg", "image/svg+xml", svgText("radar-svg"))}>
          Export SVG
        </button>
        <button type="button" onClick={() => exportPng("radar-svg", "radar.png")}>
          Export PNG
        </button>
        <button type="button" onClick={exportByor}>
          Export BYOR CSV
        </button>
      </div>
      <ImportDialog onApplied={() => queryClient.invalidateQueries({ queryKey: ["technologies"] })} />
      <ErrorText error={exportError ?? radar.error} />
      <RadarChart blips={blips} onOpen={(b) => navigate(`/technologies/${b.id}`)} />
      <p>
        {blips.length} of {radar.data?.blips.length ?? 0} technologies shown{asOf ? ` as of ${asOf}` : ""}.
      </p>
    </div>
  );
}
