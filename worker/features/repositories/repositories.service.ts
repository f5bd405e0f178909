import { and, eq, inArray, type SQL } from "drizzle-orm";
import { repositories } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import { isUniqueViolation } from "../../lib/concurrency";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { orderOf, paginate, parseSort } from "../../lib/pagination";
import { textMatch } from "../../lib/text-filter";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import {
  parseRepoUrl,
  type REPO_SORT_KEYS,
  type RepositoryCreateInput,
  type RepositoryListInput,
  type RepositoryRow,
  type RepositoryUpdateInput,
} from "./repositories.schema";

type SortKey = (typeof REPO_SORT_KEYS)[number];

export async function listRepositories({ db, projectId }: TenantDeps, q: RepositoryListInput) {
  const where: SQL[] = [eq(repositories.projectId, projectId)];
  if (q.provider) where.push(inArray(repositories.provider, q.provider));
  if (q.language) where.push(eq(repositories.language, q.language));
  if (q.q) where.push(textMatch(q.q, repositories.owner, repositories.name, repositories.description));
  const { key, desc } = parseSort<SortKey>(q.sort);
  return paginate(db, repositories, and(...where), orderOf(repositories[key], desc, repositories.id), q);
}

/** A repository of this project, or 404 (also for another project's repository). */
export async function getRepository({ db, projectId }: TenantDeps, id: string): Promise<RepositoryRow> {
  const row = await db.query.repositories.findFirst({
    where: and(eq(repositories.id, id), eq(repositories.projectId, projectId)),
  });
  if (!row) throw notFound("repository", id);
  return row;
}

/** This project's repository with that provider, owner and name, if it is registered. */
export async function findRepository(
  { db, projectId }: TenantDeps,
  r: { provider: RepositoryRow["provider"]; owner: string; name: string },
): Promise<RepositoryRow | undefined> {
  return db.query.repositories.findFirst({
    where: and(
      eq(repositories.projectId, projectId),
      eq(repositories.provider, r.provider),
      eq(repositories.owner, r.owner),
      eq(repositories.name, r.name),
    ),
  });
}

const duplicate = (r: { provider: string; owner: string; name: string }) =>
  new AppError("conflict", `repository ${r.provider}:${r.owner}/${r.name} is already registered in this project`);

export async function createRepository(deps: TenantDeps, input: RepositoryCreateInput): Promise<RepositoryRow> {
  const { db, projectId, actor } = deps;
  const fromUrl = input.url ? parseRepoUrl(input.url) : null;
  const provider = input.provider ?? fromUrl?.provider ?? "other";
  const owner = input.owner ?? fromUrl?.owner;
  const name = input.name ?? fromUrl?.name;
  if (!owner || !name) throw new AppError("validation_failed", "give owner and name, or a repository url");
  const values = { ...input, provider, owner, name, id: newId("repo"), projectId };
  const clash = await db.query.repositories.findFirst({
    where: and(
      eq(repositories.projectId, projectId),
      eq(repositories.provider, provider),
      eq(repositories.owner, owner),
      eq(repositories.name, name),
    ),
    columns: { id: true },
  });
  if (clash) throw duplicate(values);
  try {
    const [inserted] = await db.batch([
      db.insert(repositories).values(values).returning(),
      ...changeLog(db, {
        projectId,
        actor,
        action: "create",
        entity: "repository",
        entityId: values.id,
        before: null,
        after: values,
      }),
    ]);
    const row = inserted[0];
    if (!row) throw new Error("insert returned no row");
    return row;
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate(values);
    throw err;
  }
}

export async function updateRepository(
  deps: TenantDeps,
  id: string,
  input: RepositoryUpdateInput,
  expected: number | undefined,
): Promise<RepositoryRow> {
  const current = await getRepository(deps, id);
  const { version: _v, ...changes } = input;
  try {
    return await versionedUpdate<RepositoryRow>(deps.db, {
      table: repositories,
      entity: "repository",
      scope: eq(repositories.projectId, deps.projectId),
      projectId: deps.projectId,
      actor: deps.actor,
      current,
      changes,
      expected,
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate({ ...current, ...changes });
    throw err;
  }
}

export async function deleteRepository(deps: TenantDeps, id: string): Promise<void> {
  const current = await getRepository(deps, id);
  await auditedDelete(deps.db, {
    table: repositories,
    entity: "repository",
    scope: eq(repositories.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
  });
}
