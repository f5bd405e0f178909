import {
  DOMAIN_LABELS,
  DOMAINS,
  type Domain,
  QUADRANTS,
  RING_LABELS,
  RINGS,
  type Ring,
  STATUS_LABELS,
  TECH_STATUSES,
  type TechStatus,
} from "../../../shared/vocabulary";

/**
 * How names are compared: case-insensitive, `&` read as `and`, dashes, underscores and slashes
 * read as spaces, so `languages-and-frameworks`, `Languages & Frameworks` and
 * `languages_and_frameworks` are one name.
 */
export const normalise = (name: string): string =>
  name
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[-_/]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const table = <T>(pairs: [string, T][]) => new Map(pairs.map(([k, v]) => [normalise(k), v]));

const DOMAIN_NAMES = table<Domain>([
  ...DOMAINS.flatMap((d): [string, Domain][] => [
    [d, d],
    [DOMAIN_LABELS[d], d],
  ]),
  ...QUADRANTS.map((q): [string, Domain] => [q.name, q.domains[0] ?? "other"]),
  ["languages and frameworks", "languages-frameworks"],
  ["techniques", "other"],
  ["data and ai", "data"],
  ["ai", "ai-ml"],
  ["ml", "ai-ml"],
]);

const RING_NAMES = table<Ring>(
  RINGS.flatMap((r): [string, Ring][] => [
    [r, r],
    [RING_LABELS[r], r],
  ]),
);

const STATUS_NAMES = table<TechStatus>(
  TECH_STATUSES.flatMap((s): [string, TechStatus][] => [
    [s, s],
    [STATUS_LABELS[s], s],
  ]),
);

/** The status a BYOR ring stands for (the ring's main lifecycle stage). */
export const RING_STATUS: Record<Ring, TechStatus> = {
  adopt: "integrated",
  trial: "implementation",
  assess: "evaluation",
  hold: "archived",
};

/** A domain from a domain id or label, a radar quadrant name, or one of BYOR's own quadrants. */
export const domainNamed = (name: string): Domain | undefined => DOMAIN_NAMES.get(normalise(name));

/** A ring by id or label, in any case. */
export const ringNamed = (name: string): Ring | undefined => RING_NAMES.get(normalise(name));

/** A lifecycle status by id or label, in any case. */
export const statusNamed = (name: string): TechStatus | undefined => STATUS_NAMES.get(normalise(name));
