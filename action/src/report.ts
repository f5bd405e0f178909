import type { AnalysisSummary } from "../../cli/src/analysis";
import { formatShare, formatSize } from "../../shared/sizes";

/** Technologies a pull request adds or removes against the default branch's latest analysis. */
export interface TechDiff {
  added: string[];
  removed: string[];
  baselineId: string;
}

/** Compares two lists of technology titles (case-insensitive), sorted for stable output. */
export function diffTechnologies(baseline: string[], current: string[], baselineId: string): TechDiff {
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const before = lower(baseline);
  const after = lower(current);
  return {
    added: current.filter((t) => !before.has(t.toLowerCase())).sort(),
    removed: baseline.filter((t) => !after.has(t.toLowerCase())).sort(),
    baselineId,
  };
}

const list = (xs: string[]) => (xs.length ? xs.map((x) => `\`${x}\``).join(", ") : "none");

/** The job summary: what the analysis saw, in Markdown. */
export function summaryMarkdown(s: AnalysisSummary, diff: TechDiff | null, sarifFile: string | null): string {
  const lines = [
    `### CommandCenter analysis of ${s.repository.owner}/${s.repository.name}`,
    "",
    `${s.files} files, ${formatSize(s.bytes)} of code, ${s.technologies.length} technologies (${s.evidence} evidence entries) in ${(s.durationMs / 1000).toFixed(1)} s.`,
    "",
    "| Language | Files | Size | Share |",
    "| --- | ---: | ---: | ---: |",
    ...s.languages
      .slice(0, 10)
      .map((l) => `| ${l.language} | ${l.files} | ${formatSize(l.bytes)} | ${formatShare(l.share)} |`),
    "",
    `**New on the radar:** ${list(s.added)}`,
    "",
    `**On Hold and in use:** ${list(s.hold)}`,
  ];
  if (diff) lines.push("", diffMarkdown(diff));
  lines.push("", sarifFile ? `SARIF: \`${sarifFile}\`` : "No SARIF written.");
  return lines.join("\n");
}

function diffMarkdown(diff: TechDiff): string {
  return [
    "| Change against the default branch | Technologies |",
    "| --- | --- |",
    `| Added | ${list(diff.added)} |`,
    `| Removed | ${list(diff.removed)} |`,
  ].join("\n");
}

/** The pull request comment: the difference first, then what is on Hold. */
export function commentMarkdown(s: AnalysisSummary, diff: TechDiff | null): string {
  const lines = ["### CommandCenter: technologies in this pull request", ""];
  if (diff) lines.push(diffMarkdown(diff), "", `Compared with analysis \`${diff.baselineId}\` of the default branch.`);
  else lines.push("No analysis of the default branch yet: run this Action on pushes to it to compare.");
  if (s.hold.length) lines.push("", `:warning: On Hold in the radar and in use: ${list(s.hold)}`);
  lines.push(
    "",
    `<sub>${s.technologies.length} technologies seen in ${s.files} files · analysis \`${s.analysisId}\`</sub>`,
  );
  return lines.join("\n");
}
