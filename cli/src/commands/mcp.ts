import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { baseUrl, headersOf } from "../api";
import { defineCommand } from "../command";

/**
 * `mcp`: a stdio MCP server for clients that only speak stdio (Claude Desktop, some IDEs). It
 * holds no tools of its own: every message goes unchanged to the instance's `/mcp` over
 * Streamable HTTP with the stored key, and every answer comes back on stdout.
 */
export default defineCommand((program, ctx) => {
  program
    .command("mcp")
    .description("serve MCP over stdio, forwarding to the instance's /mcp with the stored key")
    .action(async () => {
      const conn = ctx.connection();
      // Loaded on use: the SDK is most of the bundle, and no other command needs it.
      const { StreamableHTTPClientTransport } = await import("@modelcontextprotocol/sdk/client/streamableHttp.js");
      const { StdioServerTransport } = await import("@modelcontextprotocol/sdk/server/stdio.js");
      const remote = new StreamableHTTPClientTransport(new URL(`${baseUrl(conn.url)}/mcp`), {
        requestInit: { headers: headersOf(conn) },
      });
      const local = new StdioServerTransport();
      const pendingInit = new Set<string | number>();
      const fail = (msg: JSONRPCMessage, err: unknown) => {
        if (!("id" in msg) || !("method" in msg)) return;
        const message = err instanceof Error ? err.message : String(err);
        void local.send({ jsonrpc: "2.0", id: msg.id, error: { code: -32603, message: `CommandCenter: ${message}` } });
      };
      local.onmessage = (msg) => {
        if ("method" in msg && msg.method === "initialize" && "id" in msg) pendingInit.add(msg.id);
        remote.send(msg).catch((err: unknown) => fail(msg, err));
      };
      remote.onmessage = (msg) => {
        // The HTTP transport sends the negotiated version on every later request once it knows it.
        if ("id" in msg && "result" in msg && pendingInit.delete(msg.id)) {
          const version = (msg.result as { protocolVersion?: unknown }).protocolVersion;
          if (typeof version === "string") remote.setProtocolVersion(version);
        }
        void local.send(msg);
      };
      remote.onerror = (err) => process.stderr.write(`commandcenter mcp: ${err.message}\n`);
      const closed = new Promise<void>((resolve) => {
        local.onclose = () => resolve();
        process.stdin.once("end", () => resolve());
      });
      await remote.start();
      await local.start();
      process.stderr.write(`commandcenter mcp: forwarding stdio to ${baseUrl(conn.url)}/mcp\n`);
      await closed;
      await remote.close().catch(() => {});
    });
}, 80);
