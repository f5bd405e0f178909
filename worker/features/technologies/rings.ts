import type { TechStatus } from "../../db/schema";

/** Radar rings, innermost first (adopt-to-hold order). */
export const RINGS = ["adopt", "trial", "assess", "hold"] as const;
export type Ring = (typeof RINGS)[number];

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
