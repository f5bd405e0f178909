import { DOMAIN_LABELS, RING_LABELS, RINGS, STATUS_LABELS } from "../../../../shared/vocabulary";
import type { Dataset, ExportTechnologyRow } from "../export-v1";

/** Text safe inside a Markdown table cell: no pipes or line breaks, no raw HTML. */
const cell = (s: string | null | undefined) =>
  (s ?? "").replace(/\r?\n/g, " ").replaceAll("|", "\\|").replaceAll("<", "&lt;").trim();

/** Text safe inside a Mermaid label: quotes removed. */
const label = (s: string) => s.replaceAll('"', "'");

/**
 * Risks a reviewer should look at first: technologies on Hold still used in code, then the most
 * urgent (priority 1-2) still being assessed. At most `limit`.
 */
export function topRisks(d: Dataset, limit = 10): { technology: ExportTechnologyRow; why: string }[] {
  const held = d.technologies
    .filter((t) => t.ring === "hold" && t.evidenceCount > 0)
    .sort((a, b) => b.repositoryCount - a.repositoryCount || a.title.localeCompare(b.title))
    .map((t) => ({
      technology: t,
      why: `on Hold but used in ${t.repositoryCount} ${t.repositoryCount === 1 ? "repository" : "repositories"}`,
    }));
  const urgent = d.technologies
    .filter((t) => t.ring === "assess" && t.priority <= 2)
    .sort((a, b) => a.priority - b.priority || a.title.localeCompare(b.title))
    .map((t) => ({ technology: t, why: `priority ${t.priority}, still at ${STATUS_LABELS[t.status]}` }));
  return [...held, ...urgent].slice(0, limit);
}

function pie(title: string, counts: Record<string, number>, names: Record<string, string>): string[] {
  const entries = Object.entries(counts).filter(([, n]) => n > 0);
  if (!entries.length) return [];
  return [
    "```mermaid",
    `pie showData title ${label(title)}`,
    ...entries.map(([k, n]) => `  "${label(names[k] ?? k)}" : ${n}`),
    "```",
    "",
  ];
}

/**
 * A README-ready report: summary, Mermaid charts of the radar, the radar ring by ring, changes
 * since the asked date and the top risks.
 */
export function toMarkdown(d: Dataset): string {
  const since = typeof d.filters.since === "string" ? d.filters.since : "the last 90 days";
  const out: string[] = [
    `# ${cell(d.project.name)}: technology report`,
    "",
    `Generated ${d.generatedAt} by CommandCenter.`,
    "",
    "## Summary",
    "",
    `- ${d.summary.technologies} technologies on the radar: ${RINGS.map((r) => `${d.summary.byRing[r] ?? 0} ${RING_LABELS[r]}`).join(", ")}`,
    `- ${d.summary.researchTasks} research tasks, ${d.summary.analyses} repository analyses`,
    `- ${d.changes.length} radar changes since ${since}`,
    "",
    ...pie("Technologies by ring", d.summary.byRing, RING_LABELS),
    ...pie("Technologies by domain", d.summary.byDomain, DOMAIN_LABELS),
    "## Radar by ring",
    "",
  ];
  for (const ring of RINGS) {
    const techs = d.technologies.filter((t) => t.ring === ring);
    out.push(`### ${RING_LABELS[ring]} (${techs.length})`, "");
    if (!techs.length) {
      out.push("_None._", "");
      continue;
    }
    out.push("| Technology | Quadrant | Status | Priority | Repositories |", "| --- | --- | --- | ---: | ---: |");
    for (const t of techs)
      out.push(
        `| ${cell(t.title)} | ${cell(t.quadrant)} | ${STATUS_LABELS[t.status]} | ${t.priority} | ${t.repositoryCount} |`,
      );
    out.push("");
  }
  out.push(`## Changes since ${since}`, "");
  if (!d.changes.length) out.push("_No changes._", "");
  else {
    out.push("| When | Technology | Change | From | To |", "| --- | --- | --- | --- | --- |");
    for (const c of d.changes.slice(0, 200))
      out.push(`| ${c.at.slice(0, 10)} | ${cell(c.title)} | ${c.kind} | ${cell(c.from)} | ${cell(c.to)} |`);
    out.push("");
  }
  out.push("## Top risks", "");
  const risks = topRisks(d);
  if (!risks.length) out.push("_Nothing stands out._", "");
  else for (const r of risks) out.push(`- **${cell(r.technology.title)}**: ${r.why}`);
  return `${out.join("\n").trimEnd()}\n`;
}
