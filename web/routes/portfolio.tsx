import { useQuery } from "@tanstack/react-query";
import type { InferResponseType } from "hono/client";
import { useState } from "react";
import { Link, useSearchParams } from "react-router";
import { RING_LABELS, RINGS } from "../../shared/vocabulary";
import { DriftInbox } from "../components/drift-inbox";
import { PortfolioMatrix } from "../components/portfolio-matrix";
import { type RadarBlip, RadarChart } from "../components/radar-chart";
import { ErrorText } from "../components/ui";
import { api, call } from "../lib/api";
import { download, exportPng, svgText } from "../lib/radar-export";

const VIEWS = [
  ["radar", "Radar"],
  ["matrix", "Matrix"],
  ["drift", "Drift inbox"],
] as const;
type View = (typeof VIEWS)[number][0];

type PortfolioBlip = InferResponseType<typeof api.portfolio.radar.$get, 200>["blips"][number];

/** What the projects say about the blip last opened: how many use it at each ring. */
function Chosen({ blip }: { blip: PortfolioBlip | undefined }) {
  if (!blip) return null;
  const rings = RINGS.filter((r) => blip.rings[r] > 0).map((r) => `${RING_LABELS[r]} in ${blip.rings[r]}`);
  return (
    <p role="status" className="chosen">
      <strong>{blip.title}</strong>: {rings.join(", ")}
      {blip.disagreement ? " (the projects disagree)" : ""}. <Link to="?view=matrix">Compare in the matrix</Link>
    </p>
  );
}

/** The portfolio radar: one numbered blip per technology across the projects this key sees. */
function PortfolioRadar() {
  const radar = useQuery({
    queryKey: ["portfolio", "radar"],
    queryFn: () => call(api.portfolio.radar.$get({ query: { limit: "100" } })),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const most = Math.max(1, ...(radar.data?.blips ?? []).map((b) => b.projects));
  const blips: RadarBlip[] = (radar.data?.blips ?? []).map((b) => ({
    id: b.key,
    title: b.title,
    domain: b.domain,
    ring: b.ring,
    movement: b.movement,
    size: Math.ceil((b.projects / most) * 5),
    detail: `${b.projects} project${b.projects === 1 ? "" : "s"}${b.disagreement ? ", disagree" : ""}`,
  }));
  return (
    <div className="stack">
      <div className="filters">
        <button
          type="button"
          onClick={() => download("portfolio-radar.svg", "image/svg+xml", svgText("portfolio-radar-svg"))}
        >
          Export SVG
        </button>
        <button type="button" onClick={() => exportPng("portfolio-radar-svg", "portfolio-radar.png")}>
          Export PNG
        </button>
      </div>
      <ErrorText error={radar.error} />
      <RadarChart blips={blips} id="portfolio-radar-svg" title="Portfolio radar" onOpen={(b) => setChosen(b.id)} />
      <Chosen blip={radar.data?.blips.find((b) => b.key === chosen)} />
      <p>
        The {blips.length} most used technologies across {radar.data?.projects ?? "all"} project
        {radar.data?.projects === 1 ? "" : "s"}, at the ring most projects give them; size = how many projects use it.
      </p>
    </div>
  );
}

/** The Portfolio section: radar, adoption matrix and drift inbox across every visible project. */
export default function Portfolio() {
  const [params, setParams] = useSearchParams();
  const view: View = VIEWS.find(([v]) => v === params.get("view"))?.[0] ?? "radar";
  return (
    <div className="stack">
      <h1 className="page-title">Portfolio</h1>
      <nav aria-label="Portfolio views" className="tabs">
        {VIEWS.map(([v, label]) => (
          <Link
            key={v}
            to={`?view=${v}`}
            aria-current={v === view ? "page" : undefined}
            onClick={(e) => {
              e.preventDefault();
              setParams({ view: v });
            }}
          >
            {label}
          </Link>
        ))}
      </nav>
      {view === "radar" && <PortfolioRadar />}
      {view === "matrix" && <PortfolioMatrix />}
      {view === "drift" && <DriftInbox />}
    </div>
  );
}
