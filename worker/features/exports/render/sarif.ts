import pkg from "../../../../package.json";
import { RING_LABELS, STATUS_LABELS } from "../../../../shared/vocabulary";
import { sha256Hex } from "../../../lib/crypto";
import type { Dataset, ExportAnalysisRow, ExportTechnologyRow } from "../export-v1";

type Level = "error" | "warning" | "note";

interface Rule {
  id: string;
  name: string;
  short: string;
  full: string;
  level: Level;
  help: (origin: string) => string;
}

/** What a reviewer should act on, one rule per kind of finding. */
export const SARIF_RULES: Rule[] = [
  {
    id: "CC1001",
    name: "TechnologyOnHold",
    short: "Dependency on a technology the radar puts on Hold",
    full: "The code depends on a technology whose radar status is archived (ring Hold): plan its replacement or move it back on the radar.",
    level: "warning",
    help: (o) => `${o}/radar`,
  },
  {
    id: "CC1002",
    name: "TechnologyNotOnRadar",
    short: "Technology used in code but absent from the radar",
    full: "The analysis found a technology that the project's radar does not list: add it to the radar or remove it from the code.",
    level: "note",
    help: (o) => `${o}/technologies`,
  },
  {
    id: "CC1003",
    name: "ManifestUnreadable",
    short: "Manifest could not be parsed",
    full: "A dependency manifest failed to parse, so its dependencies are missing from the analysis.",
    level: "warning",
    help: (o) => `${o}/repositories`,
  },
  {
    id: "CC1004",
    name: "FileSkipped",
    short: "File skipped by the analysis",
    full: "The analysis skipped this entry for its size, type or safety (symlink, binary, path traversal), so it was not examined.",
    level: "note",
    help: (o) => `${o}/repositories`,
  },
];

interface Finding {
  rule: number;
  file: string;
  /** The 1-based line the analysis saw it on, when it knows it (dependencies in manifests, config lines). */
  line?: number;
  message: string;
  /** What makes the finding the same one across uploads, beside its rule and file. */
  identity: string;
}

const uri = (path: string) => path.split("/").map(encodeURIComponent).join("/");

function findings(a: ExportAnalysisRow, radar: Map<string, ExportTechnologyRow>): Finding[] {
  const out: Finding[] = [];
  for (const t of a.technologies) {
    const known = radar.get(t.title.toLowerCase());
    if (known && known.ring === "hold") {
      for (const e of t.evidence)
        out.push({
          rule: 0,
          file: e.file,
          line: e.line,
          identity: `${t.title}|${e.dependency ?? e.kind}`,
          message: `${e.dependency ?? e.file} brings in ${t.title}, which the radar puts on ${RING_LABELS.hold} (${STATUS_LABELS[known.status]}).`,
        });
    } else if (!known) {
      const e = t.evidence[0];
      if (e)
        out.push({
          rule: 1,
          file: e.file,
          line: e.line,
          identity: t.title,
          message: `${t.title} is used here (${e.dependency ?? e.kind}) but is not on the project's radar.`,
        });
    }
  }
  for (const p of a.problems)
    out.push({ rule: 2, file: p.path, identity: p.message, message: `${p.path} could not be parsed: ${p.message}` });
  for (const s of a.skipped.slice(0, 1000))
    out.push({
      rule: 3,
      file: s.path,
      identity: s.reason,
      message: `${s.path} was skipped (${s.reason.replaceAll("_", " ")}).`,
    });
  return out;
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run per analysed repository, rules with `helpUri`
 * into this instance's dashboard, results at the manifest line the analysis saw the dependency on
 * (line 1 where it has no line: parse problems, skipped files, older analyses) with
 * `partialFingerprints` so a re-upload of the same finding deduplicates (the line is not part of
 * them, so a dependency moving down its manifest stays the same finding).
 */
export async function toSarif(d: Dataset, origin: string): Promise<string> {
  const radar = new Map(d.technologies.map((t) => [t.title.toLowerCase(), t]));
  const rules = SARIF_RULES.map((r) => ({
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    help: { text: r.full },
    helpUri: r.help(origin),
    defaultConfiguration: { level: r.level },
    properties: { tags: ["technology-radar"] },
  }));
  const runs = [];
  for (const a of d.analyses) {
    const repo = `${a.repository.owner}/${a.repository.name}`;
    const results = [];
    for (const f of findings(a, radar)) {
      const rule = SARIF_RULES[f.rule] ?? SARIF_RULES[0];
      if (!rule) continue;
      results.push({
        ruleId: rule.id,
        ruleIndex: f.rule,
        level: rule.level,
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uri(f.file), uriBaseId: "%SRCROOT%" },
              region: { startLine: f.line ?? 1 },
            },
          },
        ],
        partialFingerprints: { "commandcenter/v1": await sha256Hex(`${rule.id}|${f.file}|${f.identity}`) },
      });
    }
    runs.push({
      tool: {
        driver: { name: "CommandCenter", version: pkg.version, informationUri: origin, rules },
      },
      automationDetails: { id: `commandcenter/${repo}/` },
      originalUriBaseIds: { "%SRCROOT%": { description: { text: `Root of ${repo}` } } },
      properties: { analysisId: a.id, analysedAt: a.createdAt },
      results,
    });
  }
  const sarif = { $schema: "https://json.schemastore.org/sarif-2.1.0.json", version: "2.1.0", runs };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
