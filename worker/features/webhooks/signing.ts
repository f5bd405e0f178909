import { fromBase64, toBase64 } from "../../lib/secret-box";

const PREFIX = "whsec_";
const encoder = new TextEncoder();

/** A new endpoint secret in the Standard Webhooks format: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `${PREFIX}${toBase64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

async function sign(secret: string, content: string): Promise<string> {
  const raw = fromBase64(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return toBase64(new Uint8Array(await crypto.subtle.sign("HMAC", key, encoder.encode(content))));
}

/**
 * The `webhook-signature` header value: `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`
 * for each secret, space-separated, so a receiver holding either the new or the rotated-out
 * secret verifies during the overlap.
 */
export async function signatureHeader(secrets: string[], id: string, timestamp: number, body: string) {
  const content = `${id}.${timestamp}.${body}`;
  const signatures = await Promise.all(secrets.map((s) => sign(s, content)));
  return signatures.map((s) => `v1,${s}`).join(" ");
}
