import { asc, eq, inArray } from "drizzle-orm";
import { createMiddleware } from "hono/factory";
import type { Db } from "../../db/client";
import { memberships, projects } from "../../db/schema";
import type { Principal } from "../../env";
import type { Actor } from "../../lib/context";
import { type AuthEnv, assertScope } from "../../middleware/auth";
import { actingOn, isMemberOnly } from "../people/roles";

/** What a portfolio service needs: the database, who asks (for visibility) and who acts (for audit). */
export interface PortfolioDeps {
  db: Db;
  principal: Principal;
  actor: Actor;
}

/**
 * Who a portfolio read is for: the database and whose visibility applies. A request passes its
 * principal (a key, or a person whose memberships decide); an export job passes the scope it was
 * asked with (a project, or null for every project).
 */
export interface PortfolioViewer {
  db: Db;
  principal: Principal | Pick<Principal, "projectId">;
}

/** A project as portfolio answers label it. */
export interface ProjectLabel {
  id: string;
  slug: string;
  name: string;
}

/**
 * Whether the caller sees every project: an instance-wide key or an instance-admin person. A project
 * key's portfolio is its own project alone; a member's, the projects they belong to (never a 403,
 * never another project).
 */
export const seesAll = (principal: PortfolioViewer["principal"]): boolean =>
  "kind" in principal && principal.kind === "person" ? principal.instanceAdmin : principal.projectId === null;

/** Which projects a portfolio answer covers: every one, or these ids (possibly none). */
export type PortfolioScope = "all" | string[];

/** The caller's portfolio scope (see `seesAll`); a member's is read from their memberships. */
export async function scopeOf({ db, principal }: PortfolioViewer): Promise<PortfolioScope> {
  if (seesAll(principal)) return "all";
  if (!("kind" in principal) || principal.kind === "key") return principal.projectId ? [principal.projectId] : [];
  const rows = await db
    .select({ id: memberships.projectId })
    .from(memberships)
    .where(eq(memberships.userId, principal.userId));
  return rows.map((r) => r.id);
}

/** The projects the caller may see (see `scopeOf`), by name. */
export async function visibleProjects(deps: PortfolioViewer): Promise<ProjectLabel[]> {
  const scope = await scopeOf(deps);
  const columns = { id: projects.id, slug: projects.slug, name: projects.name };
  const query = deps.db.select(columns).from(projects);
  return scope === "all"
    ? query.orderBy(asc(projects.name), asc(projects.id))
    : query.where(inArray(projects.id, scope)).orderBy(asc(projects.name), asc(projects.id));
}

/**
 * Before a portfolio write on one project's object (a drift item): a member must hold `scope` in
 * that project through their role there; keys and instance admins were checked by the route.
 */
export async function assertMayAct(
  deps: Pick<PortfolioDeps, "db" | "principal">,
  projectId: string,
  scope: "write",
): Promise<void> {
  assertScope(await actingOn(deps.db, deps.principal, projectId), scope);
}

/**
 * On portfolio routes, a member (a person who is not an instance admin) holds `read` and `write`:
 * what they read is cut to their projects by `scopeOf`, and every write checks their role in the
 * project it touches (`assertMayAct`). Keys and instance admins pass unchanged.
 */
export function portfolioMembers() {
  return createMiddleware<AuthEnv>(async function portfolioMembers(c, next) {
    const principal = c.get("principal");
    if (isMemberOnly(principal)) c.set("principal", { ...principal, scopes: ["read", "write"] });
    await next();
  });
}
