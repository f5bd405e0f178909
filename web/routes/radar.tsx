import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { type Blip, RadarChart } from "../components/radar-chart";
import { ErrorText } from "../components/ui";
import { api, call } from "../lib/api";
import { DOMAINS, label } from "../lib/vocab";

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

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The radar with filters, "as of" replay and exports (SVG, PNG, Thoughtworks BYOR CSV). */
export default function Radar() {
  const [asOf, setAsOf] = useState("");
  const [domain, setDomain] = useState("");
  const [tag, setTag] = useState("");
  const radar = useQuery({
    queryKey: ["technologies", "radar", asOf],
    queryFn: () => call(api.technologies.radar.$get({ query: asOf ? { asOf } : {} })),
  });
  const blips: Blip[] = (radar.data?.blips ?? []).filter(
    (b) => (!domain || b.domain === domain) && (!tag || b.tags.includes(tag)),
  );

  function exportCsv() {
    const rows = [["name", "ring", "quadrant", "isNew", "description"]];
    for (const b of radar.data?.blips ?? [])
      rows.push([b.title, b.ring, label(b.domain), String(b.movement === "new"), `Priority ${b.priority}`]);
    download("radar.csv", "text/csv", rows.map((r) => r.map(csvCell).join(",")).join("\n"));
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
                {label(d)}
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
        <button type="button" onClick={exportCsv}>
          Export BYOR CSV
        </button>
      </div>
      <ErrorText error={radar.error} />
      <RadarChart blips={blips} />
      <p>
        {blips.length} of {radar.data?.blips.length ?? 0} technologies shown{asOf ? ` as of ${asOf}` : ""}.
      </p>
    </div>
  );
}
