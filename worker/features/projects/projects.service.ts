import { and, asc, count, eq, or, type SQL } from "drizzle-orm";
import { projects } from "../../db/schema";
import type { Principal } from "../../env";
import { changeLog } from "../../lib/audit";
import { isUniqueViolation } from "../../lib/concurrency";
import type { Deps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { textMatch } from "../../lib/text-filter";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import { assertScope } from "../../middleware/auth";
import { actingOn, memberFilter } from "../people/roles";
import { type ProjectCreateInput, type ProjectRow, type ProjectUpdateInput, slugify } from "./projects.schema";

/** Instance-wide admin: the only principal that creates or deletes projects. */
function assertInstanceAdmin(principal: Principal): void {
  if (principal.projectId !== null) throw new AppError("forbidden", "only an instance-wide admin key can do this");
  assertScope(principal, "admin");
}

/**
 * What a principal may see: every project for an instance key or instance admin, its own for a
 * project key, the ones they belong to for any other person.
 */
function visibility(db: Deps["db"], principal: Principal): SQL | undefined {
  if (principal.projectId) return eq(projects.id, principal.projectId);
  return memberFilter(db, principal, projects.id);
}

export async function listProjects({ db }: Deps, principal: Principal, q: { page: number; limit: number; q?: string }) {
  const where: (SQL | undefined)[] = [visibility(db, principal)];
  if (q.q) where.push(textMatch(q.q, projects.name, projects.slug, projects.owner));
  const filter = and(...where);
  const [rows, totals] = await db.batch([
    db
      .select()
      .from(projects)
      .where(filter)
      .orderBy(asc(projects.owner), asc(projects.name))
      .limit(q.limit)
      .offset((q.page - 1) * q.limit),
    db.select({ total: count() }).from(projects).where(filter),
  ]);
  return { data: rows, page: q.page, limit: q.limit, total: totals[0]?.total ?? 0 };
}

/** A project by id or slug, if the principal may see it; otherwise 404. */
export async function getProject({ db }: Deps, principal: Principal, idOrSlug: string): Promise<ProjectRow> {
  const row = await db.query.projects.findFirst({
    where: and(or(eq(projects.id, idOrSlug), eq(projects.slug, idOrSlug)), visibility(db, principal)),
  });
  if (!row) throw notFound("project", idOrSlug);
  return row;
}

const taken = (input: { owner: string; name: string; slug: string }) =>
  new AppError("conflict", `a project '${input.owner}/${input.name}' or slug '${input.slug}' already exists`);

export async function createProject(deps: Deps, principal: Principal, input: ProjectCreateInput): Promise<ProjectRow> {
  assertInstanceAdmin(principal);
  const { db, actor } = deps;
  const values = { ...input, slug: input.slug ?? slugify(input.owner, input.name), id: newId("prj") };
  const clash = await db.query.projects.findFirst({
    where: or(eq(projects.slug, values.slug), and(eq(projects.owner, values.owner), eq(projects.name, values.name))),
    columns: { id: true },
  });
  if (clash) throw taken(values);
  try {
    const [inserted] = await db.batch([
      db.insert(projects).values(values).returning(),
      ...changeLog(db, {
        projectId: values.id,
        actor,
        action: "create",
        entity: "project",
        entityId: values.id,
        before: null,
        after: values,
      }),
    ]);
    const row = inserted[0];
    if (!row) throw new Error("insert returned no row");
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw taken(values);
    throw err;
  }
}

/**
 * Instance admins change any project; a project key with the admin scope changes its own, and so
 * does a person whose role there is admin or owner.
 */
export async function updateProject(
  deps: Deps,
  principal: Principal,
  idOrSlug: string,
  input: ProjectUpdateInput,
  expected: number | undefined,
): Promise<ProjectRow> {
  if (principal.kind === "key") assertScope(principal, "admin");
  const current = await getProject(deps, principal, idOrSlug);
  assertScope(await actingOn(deps.db, principal, current.id), "admin");
  const { version: _v, ...changes } = input;
  try {
    return await versionedUpdate<ProjectRow>(deps.db, {
      table: projects,
      entity: "project",
      scope: undefined,
      projectId: current.id,
      actor: deps.actor,
      current,
      changes,
      expected,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken({ ...current, ...changes });
    throw err;
  }
}

/** Deletes a project and, by cascade, everything it holds. The audit row outlives it. */
export async function deleteProject(deps: Deps, principal: Principal, idOrSlug: string): Promise<void> {
  assertInstanceAdmin(principal);
  const current = await getProject(deps, principal, idOrSlug);
  await auditedDelete(deps.db, {
    table: projects,
    entity: "project",
    scope: undefined,
    projectId: null,
    actor: deps.actor,
    current,
  });
}
