import { z } from "@hono/zod-openapi";
import { and, count, eq, gt, gte, inArray } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "../../db/schema";
import { type JobType, ownedBy, PermanentJobError } from "../jobs/registry";
import { queueDeliveries } from "./enqueue";

export const RecoverParams = z.object({
  endpointId: z.string().min(1).max(64),
  since: z.iso.datetime({ offset: true }),
});
export type RecoverParams = z.infer<typeof RecoverParams>;

const PAGE = 100;
const d = webhookDeliveries;

/**
 * `webhooks.recover`: re-sends every `failed` or `exhausted` delivery of one endpoint created
 * since a time, a page at a time, each as a single manual attempt. A delivery it has re-queued is
 * no longer failed, so a retried run does not send it twice.
 */
export const recoverWebhooksJob: JobType<RecoverParams> = {
  type: "webhooks.recover",
  description: "Re-send every failed or exhausted delivery of a webhook endpoint since a time",
  params: RecoverParams,
  ids: { endpointId: ownedBy(webhookEndpoints, "webhook") },
  maxAttempts: 3,
  timeoutMs: 15 * 60_000,
  async run(ctx) {
    const { db, projectId, params } = ctx;
    const endpoint = await db.query.webhookEndpoints.findFirst({
      where: and(eq(webhookEndpoints.id, params.endpointId), eq(webhookEndpoints.projectId, projectId)),
      columns: { id: true },
    });
    if (!endpoint) throw new PermanentJobError(`webhook ${params.endpointId} not found`);
    const since = new Date(params.since).toISOString();
    const due = (after: string) =>
      and(
        eq(d.projectId, projectId),
        eq(d.endpointId, params.endpointId),
        inArray(d.status, ["failed", "exhausted"]),
        gte(d.createdAt, since),
        gt(d.id, after),
      );
    const [counted] = await db.select({ n: count() }).from(d).where(due(""));
    const total = counted?.n ?? 0;
    await ctx.progress(0, `${total} deliveries to re-send`);
    let after = "";
    let resent = 0;
    for (;;) {
      await ctx.checkpoint();
      const page = db.select({ id: d.id }).from(d).where(due(after)).orderBy(d.id).limit(PAGE);
      const rows = await db
        .update(d)
        .set({ status: "pending", nextAttemptAt: null, updatedAt: new Date().toISOString() })
        .where(inArray(d.id, page))
        .returning({ id: d.id });
      if (rows.length === 0) break;
      const ids = rows.map((r) => r.id).sort();
      await queueDeliveries(ctx.env.WEBHOOK_DELIVERIES, ids, true);
      resent += ids.length;
      after = ids[ids.length - 1] ?? after;
      await ctx.progress(total ? Math.min(100, (resent / total) * 100) : 100, `re-sent ${resent} of ${total}`);
      if (rows.length < PAGE) break;
    }
    await ctx.log(`re-sent ${resent} deliveries of ${params.endpointId} created since ${since}`);
    return { endpointId: params.endpointId, since, resent };
  },
};
