import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
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

/** The portfolio radar: one numbered blip per technology across the projects this key sees. */
function PortfolioRadar() {
  const radar = useQuery({
    queryKey: ["portfolio", "radar"],
    queryFn: () => call(api.portfolio.radar.$get({ query: { limit: "100" } })),
  });
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
      <RadarChart blips={blips} id="portfolio-radar-svg" title="Portfolio radar" />
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
