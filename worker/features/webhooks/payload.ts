import type { events, webhookEndpoints } from "../../db/schema";
import { signatureHeader } from "./signing";

type EventRow = typeof events.$inferSelect;
type Kind = (typeof webhookEndpoints.$inferSelect)["kind"];

/** The JSON body a standard endpoint receives. */
export function eventBody(e: EventRow) {
  return {
    id: e.id,
    subject: e.subject,
    projectId: e.projectId,
    occurredAt: e.occurredAt,
    correlationId: e.correlationId,
    data: e.payload,
  };
}

const mrkdwn = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const short = (v: unknown) => {
  const text = typeof v === "string" ? v : JSON.stringify(v);
  return mrkdwn(text.length > 80 ? `${text.slice(0, 77)}…` : text);
};

/** A human label for an event's subject matter: its title or name when the payload has one. */
function labelOf(payload: Record<string, unknown>): string | null {
  const after = (payload.after ?? payload.before) as Record<string, unknown> | null | undefined;
  for (const v of [after?.title, after?.name, payload.title, payload.repository, payload.name, payload.id]) {
    if (typeof v === "string" && v) return v;
  }
  return null;
}

/** The same event as a Slack incoming-webhook message: a one-line `text` plus `blocks`. */
export function slackMessage(e: EventRow) {
  const label = labelOf(e.payload);
  const text = label ? `${e.subject}: ${label}` : e.subject;
  const lines: string[] = [];
  const before = e.payload.before as Record<string, unknown> | null | undefined;
  const after = e.payload.after as Record<string, unknown> | null | undefined;
  if (before && after) {
    for (const key of Object.keys(after).slice(0, 8))
      lines.push(`• \`${key}\`: ${short(before[key])} → ${short(after[key])}`);
  }
  const blocks: Record<string, unknown>[] = [
    { type: "section", text: { type: "mrkdwn", text: `*${mrkdwn(e.subject)}*${label ? ` ${mrkdwn(label)}` : ""}` } },
  ];
  if (lines.length) blocks.push({ type: "section", text: { type: "mrkdwn", text: lines.join("\n") } });
  blocks.push({
    type: "context",
    elements: [{ type: "mrkdwn", text: `project ${mrkdwn(e.projectId)} · ${e.occurredAt} · event ${e.id}` }],
  });
  return { text, blocks };
}

/**
 * The body and headers of one delivery. Standard endpoints get the Standard Webhooks headers,
 * signed with every secret given; Slack endpoints get a Slack message and no signature (Slack
 * incoming-webhook URLs are themselves the credential).
 */
export async function buildRequest(kind: Kind, e: EventRow, secrets: string[], now = Date.now()) {
  const common = { "content-type": "application/json", "user-agent": "CommandCenter-Webhooks/1.0" };
  if (kind === "slack") return { body: JSON.stringify(slackMessage(e)), headers: common };
  const body = JSON.stringify(eventBody(e));
  const timestamp = Math.floor(now / 1000);
  return {
    body,
    headers: {
      ...common,
      "webhook-id": e.id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await signatureHeader(secrets, e.id, timestamp, body),
    },
  };
}
