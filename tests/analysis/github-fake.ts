/** One recorded request of the fake GitHub API. */
export interface SeenRequest {
  url: string;
  headers: Headers;
}

/** A routed answer: JSON body (or raw text for blobs), status and headers. */
export interface FakeAnswer {
  /** Never answer: the request ends only when its signal aborts, as a real fetch does. */
  hang?: true;
  status?: number;
  json?: unknown;
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

/** A fixed answer, or one chosen from the request headers. */
export type FakeRoute = FakeAnswer | ((headers: Headers) => FakeAnswer);

/**
 * A stand-in for `fetch` that answers GitHub API paths (after /repos/{owner}/{repo}) from a table
 * and records every request, so tests can assert what was asked for and with which headers.
 */
export function fakeGitHub(
  routes: Record<string, FakeRoute>,
  defaults: Record<string, string> = {},
): { fetch: typeof fetch; seen: SeenRequest[] } {
  const seen: SeenRequest[] = [];
  const fake = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : input.toString();
    const headers = new Headers(init?.headers);
    seen.push({ url, headers });
    const path = url.replace(/^https:\/\/api\.github\.com\/repos\/[^/]+\/[^/?]+/, "");
    const route = routes[path];
    const answer = typeof route === "function" ? route(headers) : route;
    if (!answer) return Response.json({ message: "Not Found" }, { status: 404, headers: defaults });
    if (answer.hang) return hangUntilAborted(init?.signal);
    const allHeaders = { ...defaults, ...answer.headers };
    if (answer.raw !== undefined)
      return new Response(answer.raw, { status: answer.status ?? 200, headers: allHeaders });
    return Response.json(answer.json ?? {}, { status: answer.status ?? 200, headers: allHeaders });
  };
  return { fetch: fake as typeof fetch, seen };
}

function hangUntilAborted(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}
