import { createServer, type IncomingMessage, type Server } from "node:http";

/** A comment as the stand-in keeps it. */
export interface StoredComment {
  id: number;
  body: string;
}

/**
 * A local stand-in for the part of GitHub's REST API the Action uses (list, create and update
 * issue comments). It checks each request as GitHub documents it (path, method, Bearer token,
 * `Accept: application/vnd.github+json`, API version header, a JSON body with a string `body`) and
 * records every mismatch in `problems`, answering 4xx as GitHub would.
 */
export function githubStandIn(token: string) {
  const comments = new Map<number, StoredComment[]>();
  const problems: string[] = [];
  const requests: string[] = [];
  let nextId = 1000;

  const readBody = async (req: IncomingMessage): Promise<unknown> => {
    let text = "";
    for await (const chunk of req) text += chunk;
    return text ? JSON.parse(text) : undefined;
  };

  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? "/", "http://stand-in");
    requests.push(`${req.method} ${url.pathname}`);
    if (req.headers.authorization !== `Bearer ${token}`) {
      problems.push(`bad authorization on ${req.method} ${url.pathname}`);
      return send(401, { message: "Bad credentials" });
    }
    if (req.headers.accept !== "application/vnd.github+json") problems.push(`accept was ${req.headers.accept}`);
    if (req.headers["x-github-api-version"] !== "2022-11-28") problems.push("missing X-GitHub-Api-Version");
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    const body = await readBody(req);
    const text = typeof body === "object" && body !== null && "body" in body ? body.body : undefined;
    if (list && req.method === "GET") {
      const page = Number(url.searchParams.get("page") ?? 1);
      const perPage = Number(url.searchParams.get("per_page") ?? 30);
      const all = comments.get(Number(list[3])) ?? [];
      return send(200, all.slice((page - 1) * perPage, page * perPage));
    }
    if (list && req.method === "POST") {
      if (typeof text !== "string") {
        problems.push("POST comment without a string body");
        return send(422, { message: "Validation Failed" });
      }
      const comment = { id: nextId++, body: text };
      comments.set(Number(list[3]), [...(comments.get(Number(list[3])) ?? []), comment]);
      return send(201, comment);
    }
    if (one && req.method === "PATCH") {
      const found = [...comments.values()].flat().find((c) => c.id === Number(one[3]));
      if (!found) return send(404, { message: "Not Found" });
      if (typeof text !== "string") {
        problems.push("PATCH comment without a string body");
        return send(422, { message: "Validation Failed" });
      }
      found.body = text;
      return send(200, found);
    }
    problems.push(`unexpected ${req.method} ${url.pathname}`);
    return send(404, { message: "Not Found" });
  });

  return {
    comments,
    problems,
    requests,
    listen: (port: number) => new Promise<void>((r) => server.listen(port, "127.0.0.1", r)),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
