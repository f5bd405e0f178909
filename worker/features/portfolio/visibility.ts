import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projects } from "../../db/schema";
import type { Principal } from "../../env";
import type { Actor } from "../../lib/context";

/** What a portfolio service needs: the database, who asks (for visibility) and who acts (for audit). */
export interface PortfolioDeps {
  db: Db;
  principal: Principal;
  actor: Actor;
}

/**
 * Who a portfolio read is for: the database and whose visibility applies (a key's project, or null
 * for an instance-wide key). A request passes its principal; an export job the scope it was asked with.
 */
export interface PortfolioViewer {
  db: Db;
  principal: Pick<Principal, "projectId">;
}

/** A project as portfolio answers label it. */
export interface ProjectLabel {
  id: string;
  slug: string;
  name: string;
}

/**
 * Whether the caller sees every project. Until people and roles land, only instance-wide keys do;
 * a project key's portfolio is its own project alone (never a 403, never another project).
 */
export const seesAll = (principal: Pick<Principal, "projectId">): boolean => principal.projectId === null;

/** The projects the caller may see, by name: every project for an instance key, its own for a project key. */
export async function visibleProjects({
  db,
  principal,
}: Pick<PortfolioDeps, "db" | "principal">): Promise<ProjectLabel[]> {
  const columns = { id: projects.id, slug: projects.slug, name: projects.name };
  const query = db.select(columns).from(projects);
  return principal.projectId
    ? query.where(eq(projects.id, principal.projectId))
    : query.orderBy(asc(projects.name), asc(projects.id));
}
