/**
 * The portfolio's vocabulary: how technology names are matched across projects and which kinds of
 * radar-vs-code drift exist. Dependency-free, imported by the Worker, the dashboard and the bench
 * (Node runs it as is: only erasable TypeScript here, no imports).
 */

/**
 * The key technologies are matched by across projects: ASCII letters lower-cased, spaces, dots,
 * hyphens, underscores and slashes dropped ("Next.js", "NextJS" and "next-js" all become "nextjs").
 * Migration 0050's triggers compute the same key in SQL; a test keeps the two in step.
 */
export function normaliseKey(title: string): string {
  return title.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[ .\-_/]/g, "");
}

/** Kinds of drift between a project's radar and what its repositories show. */
export const DRIFT_KINDS = [
  "hold_in_use",
  "untracked_in_use",
  "stuck_in_discovery",
  "integrated_unused",
  "ring_conflict",
] as const;
export type DriftKind = (typeof DRIFT_KINDS)[number];

/** How people read each drift kind. */
export const DRIFT_LABELS: Record<DriftKind, string> = {
  hold_in_use: "On hold but still in use",
  untracked_in_use: "In use but not on the radar",
  stuck_in_discovery: "In use, stuck at discovery",
  integrated_unused: "Integrated but no longer in use",
  ring_conflict: "Conflicting rings across projects",
};

/** A drift item's state: open until fixed (resolved) or set aside with a reason (dismissed). */
export const DRIFT_STATES = ["open", "dismissed", "resolved"] as const;
export type DriftState = (typeof DRIFT_STATES)[number];
