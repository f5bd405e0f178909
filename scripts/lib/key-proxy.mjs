// A loopback HTTP proxy that adds an API key to every request: for clients that cannot send headers.
import { createServer, request as httpRequest } from "node:http";

/**
 * Listens on 127.0.0.1:`port` and forwards every request to `target` (an http://127.0.0.1:N URL)
 * unchanged (method, path, body, Host and Origin included) plus `Authorization: Bearer <key>` and
 * any `extraHeaders`; answers stream back as they come (SSE included). Resolves with `close()`.
 * @param {{ port: number; target: string; key: string; extraHeaders?: Record<string, string> }} options
 * @returns {Promise<{ close(): Promise<void>; url: string }>}
 */
export function keyProxy({ port, target, key, extraHeaders = {} }) {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const headers = { ...req.headers, ...extraHeaders, authorization: `Bearer ${key}` };
    const forward = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on("error", (err) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end(`proxy: ${err.message}`);
    });
    req.pipe(forward);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
