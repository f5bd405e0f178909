import { and, eq, type SQL } from "drizzle-orm";
import { webhookEndpoints } from "../../db/schema";
import { changeLog } from "../../lib/audit";
import { staleVersion } from "../../lib/concurrency";
import type { TenantDeps } from "../../lib/context";
import { AppError, notFound } from "../../lib/errors";
import { newId } from "../../lib/ids";
import { allowsPrivateTargets, targetProblem } from "../../lib/outbound-policy";
import { orderOf, paginate } from "../../lib/pagination";
import { sealSecret } from "../../lib/secret-box";
import { auditedDelete, versionedUpdate } from "../../lib/versioned-write";
import { generateWebhookSecret } from "./signing";
import type {
  WebhookCreateInput,
  WebhookListInput,
  WebhookRow,
  WebhookUpdateInput,
  WebhookView,
} from "./webhooks.schema";

/** A tenant service that also needs the Worker's bindings (the encryption key, the target policy). */
export type WebhookDeps = TenantDeps & { env: Env };

const ROTATION_OVERLAP_MS = 24 * 3600_000;

/** The endpoint without its encrypted secrets: what the API, audit rows and events show. */
export function toView(row: WebhookRow): WebhookView {
  const { secretCiphertext: _s, previousSecretCiphertext: _p, ...view } = row;
  return view;
}

function assertTarget(env: Env, url: string): void {
  const problem = targetProblem(url, allowsPrivateTargets(env));
  if (problem) {
    throw new AppError("validation_failed", `invalid body: url: ${problem}`, [{ path: "url", message: problem }]);
  }
}

/** The endpoint row of this project, secrets included, or 404 (also for another project's). */
export async function getWebhookRow({ db, projectId }: TenantDeps, id: string): Promise<WebhookRow> {
  const row = await db.query.webhookEndpoints.findFirst({
    where: and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.projectId, projectId)),
  });
  if (!row) throw notFound("webhook", id);
  return row;
}

/** One page of the project's endpoints, newest first. */
export async function listWebhooks({ db, projectId }: TenantDeps, q: WebhookListInput) {
  const where: SQL[] = [eq(webhookEndpoints.projectId, projectId)];
  if (q.enabled !== undefined) where.push(eq(webhookEndpoints.enabled, q.enabled));
  const order = orderOf(webhookEndpoints.createdAt, true, webhookEndpoints.id);
  const page = await paginate(db, webhookEndpoints, and(...where), order, q);
  return { ...page, data: page.data.map(toView) };
}

/** An endpoint as the API shows it. */
export async function getWebhook(deps: TenantDeps, id: string): Promise<WebhookView> {
  return toView(await getWebhookRow(deps, id));
}

/** Registers an endpoint with a new secret, which this answer is the only one to show. */
export async function createWebhook(
  deps: WebhookDeps,
  input: WebhookCreateInput,
): Promise<WebhookView & { secret: string }> {
  const { db, projectId, actor, env } = deps;
  assertTarget(env, input.url);
  const secret = generateWebhookSecret();
  const id = newId("whk");
  const now = new Date().toISOString();
  const values: WebhookRow = {
    id,
    projectId,
    url: input.url,
    description: input.description ?? "",
    kind: input.kind ?? "standard",
    eventPatterns: [...new Set(input.eventPatterns)],
    enabled: input.enabled ?? true,
    secretCiphertext: await sealSecret(env, secret),
    previousSecretCiphertext: null,
    previousSecretExpiresAt: null,
    disabledReason: null,
    failingSince: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await db.batch([
    db.insert(webhookEndpoints).values(values),
    ...changeLog(db, {
      projectId,
      actor,
      action: "create",
      entity: "webhook",
      entityId: id,
      before: null,
      after: toView(values),
    }),
  ]);
  return { ...toView(values), secret };
}

/** Changes an endpoint; enabling a disabled one clears why it was disabled and its failure streak. */
export async function updateWebhook(
  deps: WebhookDeps,
  id: string,
  input: WebhookUpdateInput,
  expected: number | undefined,
): Promise<WebhookView> {
  const current = await getWebhookRow(deps, id);
  const { version: _v, ...changes } = input;
  if (changes.url !== undefined) assertTarget(deps.env, changes.url);
  const set: Partial<WebhookRow> = { ...changes };
  if (changes.eventPatterns) set.eventPatterns = [...new Set(changes.eventPatterns)];
  if (changes.enabled === true && !current.enabled) Object.assign(set, { disabledReason: null, failingSince: null });
  const row = await versionedUpdate<WebhookRow>(deps.db, {
    table: webhookEndpoints,
    entity: "webhook",
    scope: eq(webhookEndpoints.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current,
    changes: set,
    expected,
  });
  return toView(row);
}

/** Removes an endpoint with its deliveries and their attempts. */
export async function deleteWebhook(deps: TenantDeps, id: string): Promise<void> {
  const current = await getWebhookRow(deps, id);
  await auditedDelete(deps.db, {
    table: webhookEndpoints,
    entity: "webhook",
    scope: eq(webhookEndpoints.projectId, deps.projectId),
    projectId: deps.projectId,
    actor: deps.actor,
    current: toView(current),
  });
}

/**
 * Replaces the secret; the old one keeps signing (as a second signature) for 24 hours so
 * receivers can switch over without dropping deliveries. The new secret is shown once.
 */
export async function rotateWebhookSecret(deps: WebhookDeps, id: string) {
  const { db, projectId, actor, env } = deps;
  const current = await getWebhookRow(deps, id);
  const secret = generateWebhookSecret();
  const now = Date.now();
  const previousSecretExpiresAt = new Date(now + ROTATION_OVERLAP_MS).toISOString();
  const [updated] = await db.batch([
    db
      .update(webhookEndpoints)
      .set({
        secretCiphertext: await sealSecret(env, secret),
        previousSecretCiphertext: current.secretCiphertext,
        previousSecretExpiresAt,
        version: current.version + 1,
        updatedAt: new Date(now).toISOString(),
      })
      .where(
        and(
          eq(webhookEndpoints.id, id),
          eq(webhookEndpoints.projectId, projectId),
          eq(webhookEndpoints.version, current.version),
        ),
      )
      .returning({ id: webhookEndpoints.id }),
    ...changeLog(
      db,
      {
        projectId,
        actor,
        action: "update",
        entity: "webhook",
        entityId: id,
        before: { previousSecretExpiresAt: current.previousSecretExpiresAt },
        after: { previousSecretExpiresAt },
        subject: "webhook.secret_rotated",
      },
      "ifChanged",
    ),
  ]);
  if (updated.length === 0) throw staleVersion("webhook", id, current.version, current.version + 1);
  return { secret, previousSecretExpiresAt };
}
