import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { githubDeliveries, githubIntegrations, projects, repositories } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import type { TenantDeps } from "../../lib/context";
import { randomToken } from "../../lib/crypto";
import { AppError, notFound } from "../../lib/errors";
import { openSecret, sealSecret } from "../../lib/secret-box";
import { createJob } from "../jobs/create-job";
import { analyseRepositoryJob } from "../repository-analysis/analyse.job";
import type { GitHubHookAnswer } from "./github.schema";
import { verifyGitHubSignature } from "./github-signature";

type Deps = TenantDeps & { env: Env };

/** Whether the project has an inbound GitHub secret, and since when. */
export async function getGitHubIntegration({ db, projectId }: TenantDeps) {
  const row = await db.query.githubIntegrations.findFirst({ where: eq(githubIntegrations.projectId, projectId) });
  return { configured: row !== undefined, configuredAt: row?.createdAt ?? null };
}

/** Sets (or replaces) the project's inbound GitHub secret and returns it, once. */
export async function configureGitHub({ db, projectId, actor, env }: Deps) {
  const secret = randomToken(32);
  const configuredAt = new Date().toISOString();
  const existing = await getGitHubIntegration({ db, projectId, actor });
  const secretCiphertext = await sealSecret(env, secret);
  await db.batch([
    db
      .insert(githubIntegrations)
      .values({ projectId, secretCiphertext, createdAt: configuredAt })
      .onConflictDoUpdate({ target: githubIntegrations.projectId, set: { secretCiphertext, createdAt: configuredAt } }),
    ...changeLog(db, {
      projectId,
      actor,
      action: existing.configured ? "update" : "create",
      entity: "github_integration",
      entityId: projectId,
      before: existing.configured ? { configuredAt: existing.configuredAt } : null,
      after: { configuredAt },
      subject: "integration.github_configured",
    }),
  ]);
  return { secret, configuredAt };
}

/** Removes the project's inbound GitHub secret; GitHub's deliveries answer 404 afterwards. */
export async function removeGitHub({ db, projectId, actor }: TenantDeps): Promise<void> {
  const [gone] = await db.batch([
    db.delete(githubIntegrations).where(eq(githubIntegrations.projectId, projectId)).returning(),
    ...changeLog(
      db,
      {
        projectId,
        actor,
        action: "delete",
        entity: "github_integration",
        entityId: projectId,
        before: {},
        after: null,
        subject: "integration.github_removed",
      },
      "ifChanged",
    ),
  ]);
  if (gone.length === 0) throw notFound("GitHub integration of project", projectId);
}

export interface InboundHook {
  signature: string | undefined;
  event: string | undefined;
  deliveryId: string | undefined;
  body: ArrayBuffer;
}

interface PushPayload {
  ref?: unknown;
  after?: unknown;
  deleted?: unknown;
  repository?: { name?: unknown; owner?: { login?: unknown; name?: unknown } };
}

async function startAnalysis(deps: Deps, push: PushPayload): Promise<GitHubHookAnswer> {
  const owner = push.repository?.owner?.login ?? push.repository?.owner?.name;
  const name = push.repository?.name;
  if (typeof owner !== "string" || typeof name !== "string" || typeof push.ref !== "string") {
    throw new AppError("bad_request", "push payload lacks repository owner/name or ref");
  }
  if (push.deleted === true) return { status: "ignored", reason: "branch deletion" };
  const repo = await deps.db.query.repositories.findFirst({
    where: and(
      eq(repositories.projectId, deps.projectId),
      eq(repositories.provider, "github"),
      sql`lower(${repositories.owner}) = lower(${owner})`,
      sql`lower(${repositories.name}) = lower(${name})`,
    ),
  });
  if (!repo) return { status: "ignored", reason: `${owner}/${name} is not a registered repository` };
  if (push.ref !== `refs/heads/${repo.defaultBranch}`) {
    return { status: "ignored", reason: `${push.ref} is not the default branch (${repo.defaultBranch})` };
  }
  const sha = typeof push.after === "string" && /^[0-9a-f]{40}$/.test(push.after) ? push.after : undefined;
  const job = await createJob(deps, analyseRepositoryJob, { repositoryId: repo.id, source: "github", ref: sha });
  return { status: "started", jobId: job.id };
}

/**
 * Handles one GitHub delivery for the project with this slug: 404 for an unknown slug or a
 * project without a secret, 401 unless the signature matches, each delivery id handled once,
 * and a push to a registered repository's default branch starts its analysis.
 */
export async function receiveGitHubHook(
  base: { db: Db; env: Env; requestId: string },
  slug: string,
  hook: InboundHook,
): Promise<{ code: 200 | 202; answer: GitHubHookAnswer }> {
  const { db } = base;
  const [found] = await db
    .select({ projectId: projects.id, secretCiphertext: githubIntegrations.secretCiphertext })
    .from(projects)
    .innerJoin(githubIntegrations, eq(githubIntegrations.projectId, projects.id))
    .where(eq(projects.slug, slug));
  if (!found) throw new AppError("not_found", `no GitHub integration for project ${slug}`);
  const secret = await openSecret(base.env, found.secretCiphertext);
  if (!(await verifyGitHubSignature(secret, hook.body, hook.signature))) {
    throw new AppError("unauthorized", "X-Hub-Signature-256 does not match this project's secret");
  }
  if (!hook.deliveryId || hook.deliveryId.length > 100) throw new AppError("bad_request", "missing X-GitHub-Delivery");
  const event = (hook.event ?? "").slice(0, 100);
  const claimed = await db
    .insert(githubDeliveries)
    .values({ deliveryId: hook.deliveryId, projectId: found.projectId, event })
    .onConflictDoNothing()
    .returning({ id: githubDeliveries.deliveryId });
  if (claimed.length === 0) return { code: 200, answer: { status: "duplicate" } };
  if (event !== "push") return { code: 202, answer: { status: "ignored", reason: `event ${event || "(none)"}` } };
  const deps: Deps = {
    db,
    env: base.env,
    projectId: found.projectId,
    actor: { keyId: null, requestId: base.requestId },
  };
  try {
    let push: PushPayload;
    try {
      push = JSON.parse(new TextDecoder().decode(hook.body)) as PushPayload;
    } catch {
      throw new AppError("bad_request", "push payload is not JSON (set the content type to application/json)");
    }
    return { code: 202, answer: await startAnalysis(deps, push) };
  } catch (err) {
    await db.delete(githubDeliveries).where(eq(githubDeliveries.deliveryId, hook.deliveryId));
    throw err;
  }
}
