import { allowsPrivateTargets, targetProblem } from "../../../lib/outbound-policy";
import { looksLikePdf } from "../formats/pdf";
import type { IngestFormat } from "./extract";

const MAX_REDIRECTS = 5;
const TIMEOUT_MS = 20_000;

/** A fetch that failed for a reason retrying will not fix (a 404, a refused address, a huge body). */
export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchRefused";
  }
}

export interface Fetched {
  url: string;
  status: number;
  bytes: Uint8Array;
  contentType: string;
  headers: Headers;
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length"));
  if (declared > maxBytes) throw new FetchRefused(`the response is ${declared} bytes; the limit is ${maxBytes}`);
  if (!res.body) return new Uint8Array();
  const parts: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new FetchRefused(`the response is larger than ${maxBytes} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * GETs a URL on behalf of a project with the webhook address rules: every hop of a redirect chain
 * is checked (a public page may not redirect to a private address), the body is read up to
 * `maxBytes`, and a client error answer is final. `304 Not Modified` is returned as is.
 */
export async function fetchSource(
  env: Env,
  url: string,
  maxBytes: number,
  headers: Record<string, string> = {},
): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const problem = targetProblem(current, allowsPrivateTargets(env));
    if (problem) throw new FetchRefused(problem);
    const res = await fetch(current, {
      redirect: "manual",
      headers: { "user-agent": "CommandCenter knowledge fetcher", accept: "*/*", ...headers },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (res.status >= 300 && res.status < 400 && res.status !== 304) {
      const location = res.headers.get("location");
      await res.body?.cancel();
      if (!location) throw new FetchRefused(`${res.status} redirect without a Location header`);
      current = new URL(location, current).toString();
      continue;
    }
    if (res.status >= 400 && res.status < 500) {
      await res.body?.cancel();
      throw new FetchRefused(`${current} answered ${res.status}`);
    }
    if (res.status >= 500) {
      await res.body?.cancel();
      throw new Error(`${current} answered ${res.status}`);
    }
    const bytes = res.status === 304 ? new Uint8Array() : await readCapped(res, maxBytes);
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    return { url: current, status: res.status, bytes, contentType, headers: res.headers };
  }
  throw new FetchRefused(`more than ${MAX_REDIRECTS} redirects`);
}

/** The ingest format of fetched bytes, from the content type, the URL and the first bytes; null if unsupported. */
export function formatOf(fetched: Fetched): IngestFormat | null {
  const { contentType, bytes, url } = fetched;
  if (contentType === "application/pdf" || looksLikePdf(bytes)) return "pdf";
  if (contentType === "text/html" || contentType === "application/xhtml+xml") return "html";
  if (contentType === "text/markdown" || /\.(md|markdown)$/i.test(new URL(url).pathname)) return "markdown";
  if (contentType === "text/plain") return "text";
  if (contentType === "" && /^\s*</.test(new TextDecoder().decode(bytes.slice(0, 200)))) return "html";
  return null;
}
