import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { RINGS, ringOf, type TechStatus } from "../../../shared/vocabulary";
import { technologies, technologyEvents } from "../../db/schema";
import type { TenantDeps } from "../../lib/context";

/** How recent a move must be to colour a blip as new or moved. */
const MOVEMENT_WINDOW_MS = 90 * 24 * 3600 * 1000;

export type Movement = "new" | "moved-in" | "moved-out" | "none";

/** The moment an `asOf` names: a date means the end of that day (UTC), no value means now. */
export function radarMoment(asOf: string | undefined, now = new Date()): Date {
  if (!asOf) return now;
  return new Date(asOf.length === 10 ? `${asOf}T23:59:59.999Z` : asOf);
}

/**
 * The radar as it stood at `asOf`: every technology that existed then, at the status it had then
 * (replayed from its history), with its movement in the 90 days before.
 */
export async function radarAsOf({ db, projectId }: TenantDeps, asOf: Date) {
  const cutoff = asOf.toISOString();
  const techs = await db
    .select({
      id: technologies.id,
      title: technologies.title,
      domain: technologies.domain,
      status: technologies.status,
      priority: technologies.priority,
      tags: technologies.tags,
      createdAt: technologies.createdAt,
    })
    .from(technologies)
    .where(and(eq(technologies.projectId, projectId), lte(technologies.createdAt, cutoff)));
  const moves = await db
    .select({
      technologyId: technologyEvents.technologyId,
      kind: technologyEvents.kind,
      toValue: technologyEvents.toValue,
      fromValue: technologyEvents.fromValue,
      createdAt: technologyEvents.createdAt,
    })
    .from(technologyEvents)
    .where(
      and(
        eq(technologyEvents.projectId, projectId),
        inArray(technologyEvents.kind, ["created", "status"]),
        lte(technologyEvents.createdAt, cutoff),
      ),
    )
    .orderBy(asc(technologyEvents.createdAt));
  const history = new Map<string, typeof moves>();
  for (const m of moves) history.set(m.technologyId, [...(history.get(m.technologyId) ?? []), m]);
  const since = asOf.getTime() - MOVEMENT_WINDOW_MS;
  return {
    asOf: cutoff,
    rings: [...RINGS],
    blips: techs.map((t) => {
      const events = history.get(t.id) ?? [];
      const last = events.at(-1);
      const status = (last?.toValue ?? t.status) as TechStatus;
      let movement: Movement = "none";
      if (Date.parse(t.createdAt) >= since) movement = "new";
      else {
        const recent = [...events].reverse().find((e) => e.kind === "status" && Date.parse(e.createdAt) >= since);
        if (recent?.fromValue) {
          const from = RINGS.indexOf(ringOf(recent.fromValue as TechStatus));
          const to = RINGS.indexOf(ringOf(status));
          movement = to < from ? "moved-in" : to > from ? "moved-out" : "none";
        }
      }
      return {
        id: t.id,
        title: t.title,
        domain: t.domain,
        status,
        ring: ringOf(status),
        priority: t.priority,
        tags: t.tags,
        movement,
      };
    }),
  };
}
