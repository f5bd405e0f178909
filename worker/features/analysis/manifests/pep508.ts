/** The parts of a PEP 508 requirement the analysis uses. */
export interface Requirement {
  name: string;
  extras: string[];
  /** Version specifier as written, whitespace removed (">=1.0,<2"), or null for any version. */
  specifier: string | null;
}

const REQUIREMENT = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(.*)$/;

/**
 * Parses one requirement string ("requests[socks]>=2.31; python_version>'3.8'"). Environment
 * markers are dropped; a direct reference ("pkg @ https://...") has no specifier.
 * Returns null for text that is not a requirement.
 */
export function parseRequirement(input: string): Requirement | null {
  const withoutMarkers = input.split(";")[0]?.trim() ?? "";
  const match = REQUIREMENT.exec(withoutMarkers);
  if (!match) return null;
  const [, name = "", extras = "", rest = ""] = match;
  const extrasList = extras
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (rest.startsWith("@")) return { name, extras: extrasList, specifier: null };
  const specifier = rest.replace(/^\(|\)$/g, "").replace(/\s+/g, "");
  if (specifier !== "" && !/^(===|==|~=|!=|<=|>=|<|>)/.test(specifier)) return null;
  return { name, extras: extrasList, specifier: specifier || null };
}

/** PEP 503 normalised name: lower case, runs of "-", "_" and "." as one "-". */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
