import { asc, eq } from "drizzle-orm";
import { normaliseKey } from "../../../shared/portfolio";
import { technologyLinks } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import { AppError, notFound } from "../../lib/errors";
import { assertScope } from "../../middleware/auth";
import type { PortfolioDeps } from "./visibility";

/** "Same as" links change how every project is grouped: only an instance-wide admin key sets them. */
function assertInstanceAdmin({ principal }: PortfolioDeps): void {
  if (principal.projectId !== null || (principal.kind === "person" && !principal.instanceAdmin))
    throw new AppError("forbidden", "only an instance-wide admin key can link technologies");
  assertScope(principal, "admin");
}

/** Every "same as" link, by alias. */
export async function listLinks({ db }: PortfolioDeps) {
  // A batch of one: the key's revocation check rides in the same D1 round trip.
  const [data] = await db.batch([db.select().from(technologyLinks).orderBy(asc(technologyLinks.alias))]);
  return { data };
}

/**
 * Says that `technology` is the same as `sameAs` across the portfolio: both names are normalised,
 * a link to a name that is itself an alias follows it to its canonical key, and links that pointed
 * at the new alias move to the canonical key, so no chain is ever longer than one step.
 */
export async function setLink(deps: PortfolioDeps, input: { technology: string; sameAs: string }) {
  assertInstanceAdmin(deps);
  const { db, actor } = deps;
  const alias = normaliseKey(input.technology);
  const target = normaliseKey(input.sameAs);
  if (!alias || !target) throw new AppError("validation_failed", "both names need a letter or digit");
  const via = await db.query.technologyLinks.findFirst({ where: eq(technologyLinks.alias, target) });
  const canonical = via?.canonical ?? target;
  const canonicalTitle = via?.canonicalTitle ?? input.sameAs;
  if (canonical === alias)
    throw new AppError("validation_failed", `'${input.technology}' and '${input.sameAs}' already share a key`);
  const before = await db.query.technologyLinks.findFirst({ where: eq(technologyLinks.alias, alias) });
  const values = { alias, canonical, aliasTitle: input.technology, canonicalTitle, createdBy: actor.keyId };
  await db.batch([
    db
      .insert(technologyLinks)
      .values(values)
      .onConflictDoUpdate({
        target: technologyLinks.alias,
        set: { canonical, canonicalTitle, aliasTitle: input.technology },
      }),
    db.update(technologyLinks).set({ canonical, canonicalTitle }).where(eq(technologyLinks.canonical, alias)),
    ...changeLog(db, {
      projectId: null,
      actor,
      action: before ? "update" : "create",
      entity: "technology_link",
      entityId: alias,
      before: before ?? null,
      after: values,
      subject: false,
    }),
  ]);
  const row = await db.query.technologyLinks.findFirst({ where: eq(technologyLinks.alias, alias) });
  if (!row) throw new Error("link vanished after insert");
  return row;
}

/** Undoes a "same as" link: the alias counts as its own technology again. */
export async function deleteLink(deps: PortfolioDeps, alias: string): Promise<void> {
  assertInstanceAdmin(deps);
  const { db, actor } = deps;
  const key = normaliseKey(alias);
  const before = await db.query.technologyLinks.findFirst({ where: eq(technologyLinks.alias, key) });
  if (!before) throw notFound("technology link", alias);
  await db.batch([
    db.delete(technologyLinks).where(eq(technologyLinks.alias, key)),
    ...changeLog(db, {
      projectId: null,
      actor,
      action: "delete",
      entity: "technology_link",
      entityId: key,
      before,
      after: null,
      subject: false,
    }),
  ]);
}
