/**
 * The technology radar's vocabulary: domains, lifecycle statuses, rings, their display labels and
 * how a status maps to a ring. One dependency-free module imported by the Worker (schema,
 * validators, services), the dashboard and the benchmarks and scripts (Node runs it as is: only
 * erasable TypeScript here, no imports).
 */

/** What kind of technology it is; each domain belongs to one radar quadrant. */
export const DOMAINS = [
  "ai-ml",
  "languages-frameworks",
  "data",
  "infrastructure",
  "platforms",
  "tools",
  "security",
  "ui-ux",
  "other",
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Radar lifecycle, from first sighting to retirement. */
export const TECH_STATUSES = [
  "discovery",
  "research",
  "evaluation",
  "implementation",
  "integrated",
  "archived",
] as const;
export type TechStatus = (typeof TECH_STATUSES)[number];

/** Radar rings, innermost first (adopt-to-hold order). */
export const RINGS = ["adopt", "trial", "assess", "hold"] as const;
export type Ring = (typeof RINGS)[number];

/** How people read each domain. */
export const DOMAIN_LABELS: Record<Domain, string> = {
  "ai-ml": "AI & ML",
  "languages-frameworks": "Languages & frameworks",
  data: "Data",
  infrastructure: "Infrastructure",
  platforms: "Platforms",
  tools: "Tools",
  security: "Security",
  "ui-ux": "UI & UX",
  other: "Other",
};

/** How people read each status. */
export const STATUS_LABELS: Record<TechStatus, string> = {
  discovery: "Discovery",
  research: "Research",
  evaluation: "Evaluation",
  implementation: "Implementation",
  integrated: "Integrated",
  archived: "Archived",
};

/** How people read each ring. */
export const RING_LABELS: Record<Ring, string> = { adopt: "Adopt", trial: "Trial", assess: "Assess", hold: "Hold" };

/** The radar's four quadrants, each a named group of domains; every domain is in exactly one. */
export const QUADRANTS: readonly { name: string; domains: readonly Domain[] }[] = [
  { name: "Languages & frameworks", domains: ["languages-frameworks", "ui-ux"] },
  { name: "Tools", domains: ["tools", "security", "other"] },
  { name: "Platforms", domains: ["platforms", "infrastructure"] },
  { name: "Data & AI", domains: ["data", "ai-ml"] },
];

/** Whether a string from outside (an analysis result, an import) is one of the radar's domains. */
export function isDomain(value: string): value is Domain {
  return (DOMAINS as readonly string[]).includes(value);
}

/** Where a status sits on the radar: the ring follows the lifecycle, so a status move may cross rings. */
export function ringOf(status: TechStatus): Ring {
  switch (status) {
    case "integrated":
      return "adopt";
    case "implementation":
      return "trial";
    case "discovery":
    case "research":
    case "evaluation":
      return "assess";
    case "archived":
      return "hold";
  }
}

/** The name of the radar quadrant a domain is drawn in. */
export function quadrantOf(domain: Domain): string {
  return QUADRANTS.find((q) => q.domains.includes(domain))?.name ?? "Tools";
}
/**
 * Rate-limit plans of API keys: each is one Workers Rate Limiting binding (wrangler.toml
 * `[[ratelimits]]`), so its numbers are fixed per deployment. Project admins mint `standard` keys;
 * an instance-wide admin may give a key a larger plan (automation, benchmarks).
 */
export const KEY_PLANS = ["standard", "high", "service"] as const;
export type KeyPlan = (typeof KEY_PLANS)[number];
