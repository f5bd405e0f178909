/** What one HTTP attempt produced, as the attempt log records it. */
export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  responseBody: string | null;
  error: string | null;
  /** The receiver answered `webhook-delivery: abort-message`: stop retrying. */
  abort: boolean;
}

export const ATTEMPT_TIMEOUT_MS = 15_000;
const BODY_LIMIT = 4096;

/** Reads at most `limit` bytes of a response body and drops the rest unread. */
async function readLimited(res: Response, limit = BODY_LIMIT): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  reader.cancel().catch(() => undefined);
  const bytes = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const c of chunks) {
    const part = c.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.byteLength;
    if (at >= bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * POSTs one delivery with a 15 s limit on the whole exchange. Redirects are not followed (a
 * public URL must not bounce a signed payload elsewhere); only a 2xx counts as delivered.
 */
export async function postDelivery(
  fetcher: typeof fetch,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<AttemptResult> {
  const started = Date.now();
  try {
    const res = await fetcher(url, {
      method: "POST",
      body,
      headers,
      redirect: "manual",
      signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
    });
    const responseBody = await readLimited(res);
    const ok = res.status >= 200 && res.status < 300;
    const abort = !ok && res.headers.get("webhook-delivery")?.trim().toLowerCase() === "abort-message";
    return {
      ok,
      statusCode: res.status,
      durationMs: Date.now() - started,
      responseBody,
      error: ok ? null : `receiver answered ${res.status}`,
      abort,
    };
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === "TimeoutError" || err.name === "AbortError");
    return {
      ok: false,
      statusCode: null,
      durationMs: Date.now() - started,
      responseBody: null,
      error: timedOut
        ? `no answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
        : `request failed: ${String(err)}`.slice(0, 500),
      abort: false,
    };
  }
}
