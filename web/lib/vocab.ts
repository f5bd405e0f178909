/** Display vocabulary of the radar; the API validates the same values. */
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
export const STATUSES = ["discovery", "research", "evaluation", "implementation", "integrated", "archived"] as const;
export type Domain = (typeof DOMAINS)[number];
export type Status = (typeof STATUSES)[number];

export const RINGS = ["adopt", "trial", "assess", "hold"] as const;
export type Ring = (typeof RINGS)[number];

export function ringOf(status: Status): Ring {
  if (status === "integrated") return "adopt";
  if (status === "implementation") return "trial";
  if (status === "archived") return "hold";
  return "assess";
}

/** Four radar quadrants, each a group of domains. */
export const QUADRANTS: { name: string; domains: Domain[] }[] = [
  { name: "Languages & frameworks", domains: ["languages-frameworks", "ui-ux"] },
  { name: "Tools", domains: ["tools", "security", "other"] },
  { name: "Platforms", domains: ["platforms", "infrastructure"] },
  { name: "Data & AI", domains: ["data", "ai-ml"] },
];

export const label = (value: string) => value.replaceAll("-", " ").replaceAll("_", " ");
