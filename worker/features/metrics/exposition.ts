import { FAMILIES, type Family, labelText } from "./registry";

/** One sample: a series name with its labels, and its value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const SUFFIXES = ["_bucket", "_sum", "_count"] as const;

/** The family a series belongs to (`x_bucket` → `x` for histograms). */
function familyOf(series: string, byName: Map<string, Family>): Family | undefined {
  const name = series.split("{")[0] ?? series;
  const direct = byName.get(name);
  if (direct) return direct;
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  return suffix ? byName.get(name.slice(0, -suffix.length)) : undefined;
}

/** Where a series sorts inside its family: label set first, then buckets by bound, then sum and count. */
function sortKey(series: string): [string, number, number] {
  const le = /,?le="([^"]+)"/.exec(series);
  const bound = le?.[1] === "+Inf" ? Number.POSITIVE_INFINITY : Number(le?.[1] ?? 0);
  const base = series
    .replace(/,?le="[^"]+"/, "")
    .replace(/_(bucket|sum|count)\{/, "{")
    .replace(/\{\}$/, "");
  const name = series.split("{")[0] ?? "";
  const order = name.endsWith("_bucket") ? 0 : name.endsWith("_sum") ? 1 : name.endsWith("_count") ? 2 : 0;
  return [base, order, bound];
}

const number = (v: number): string => (Number.isFinite(v) ? String(v) : v > 0 ? "+Inf" : "-Inf");

/**
 * The Prometheus text exposition (format 0.0.4) of rolled-up series (`name{labels}` → value) and
 * samples computed at scrape time, grouped by family with HELP and TYPE; families without a
 * sample are left out.
 */
export function exposition(rolledUp: Map<string, number>, computed: Sample[]): string {
  const byName = new Map<string, Family>(Object.values(FAMILIES).map((f) => [f.name, f]));
  const lines = new Map<string, Map<string, number>>();
  const add = (series: string, value: number) => {
    const family = familyOf(series, byName);
    if (!family) return;
    const group = lines.get(family.name) ?? new Map<string, number>();
    group.set(series, value);
    lines.set(family.name, group);
  };
  for (const [series, value] of rolledUp) add(series, value);
  for (const s of computed) add(`${s.name}${labelText(s.labels)}`, s.value);
  const out: string[] = [];
  for (const family of Object.values(FAMILIES)) {
    const group = lines.get(family.name);
    if (!group) continue;
    out.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`);
    const sorted = [...group.entries()].sort(([a], [b]) => {
      const [ka, oa, la] = sortKey(a);
      const [kb, ob, lb] = sortKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : oa - ob || la - lb;
    });
    for (const [series, value] of sorted) out.push(`${series} ${number(value)}`);
  }
  return `${out.join("\n")}\n`;
}
