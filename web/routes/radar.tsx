import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { DOMAIN_LABELS, DOMAINS } from "../../shared/vocabulary";
import { ImportDialog } from "../components/import-dialog";
import { type Blip, RadarChart } from "../components/radar-chart";
import { ErrorText } from "../components/ui";
import { api, call } from "../lib/api";

function download(name: string, type: string, data: BlobPart) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

function svgText(): string {
  const svg = document.getElementById("radar-svg");
  if (!svg) return "";
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const color = getComputedStyle(document.documentElement).color;
  clone.setAttribute("style", `color:${color};font-family:system-ui,sans-serif`);
  return new XMLSerializer().serializeToString(clone);
}

function exportPng() {
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement("canvas");
    canvas.width = 1280;
    canvas.height = 1280;
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.fillStyle = getComputedStyle(document.body).backgroundColor;
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    canvas.toBlob((blob) => blob && download("radar.png", "image/png", blob));
  };
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText())}`;
}

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
  const blips: Blip[] = (radar.data?.blips ?? []).filter(
    (b) => (!domain || b.domain === domain) && (!tag || b.tags.includes(tag)),
  );

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
        <button type="button" onClick={() => download("radar.svg", "image/svg+xml", svgText())}>
          Export SVG
        </button>
        <button type="button" onClick={exportPng}>
          Export PNG
        </button>
        <button type="button" onClick={exportByor}>
          Export BYOR CSV
        </button>
      </div>
      <ImportDialog onApplied={() => queryClient.invalidateQueries({ queryKey: ["technologies"] })} />
      <ErrorText error={exportError ?? radar.error} />
      <RadarChart blips={blips} />
      <p>
        {blips.length} of {radar.data?.blips.length ?? 0} technologies shown{asOf ? ` as of ${asOf}` : ""}.
      </p>
    </div>
  );
}
