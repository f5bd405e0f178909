import WebSocket from "ws";
import type { EventStreamMessage, StreamEvent } from "../../../durable-objects/event-stream.protocol";
import { SOCKET_KEEPALIVE_MS } from "../../../shared/sockets";
import { baseUrl, headersOf } from "../api";
import { defineCommand, JSON_FLAG } from "../command";
import type { Context } from "../context";
import { apiErrorOf } from "../errors";

/** `events tail [--pattern]`: the project's events live, until Ctrl-C. */
export default defineCommand((program, ctx) => {
  const events = program.command("events").description("the project's event log");

  events
    .command("tail")
    .description("print events as they happen (Ctrl-C ends); --json prints one JSON object per line")
    .option("--pattern <pattern...>", "subject patterns such as 'technology.*' or '*.created' (default: all)")
    .option(...JSON_FLAG)
    .action(async (opts: { pattern?: string[]; json?: boolean }) => tail(ctx, opts));
}, 62);

async function tail(ctx: Context, opts: { pattern?: string[]; json?: boolean }): Promise<void> {
  const conn = ctx.connection();
  let after: string | null = null;
  let stopping = false;
  let socket: WebSocket | null = null;
  const print = (e: StreamEvent) => {
    if (opts.json) return ctx.ui.out(JSON.stringify(e));
    const { color } = ctx.ui;
    const detail = JSON.stringify(e.payload);
    ctx.ui.out(
      `${color.dim(e.occurredAt)}  ${color.cyan(e.subject)}  ${detail.length > 120 ? `${detail.slice(0, 117)}...` : detail}`,
    );
  };
  const open = () =>
    new Promise<string>((resolve, reject) => {
      const url = new URL(`${baseUrl(conn.url)}/api/v1/events/ws`);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      if (opts.pattern?.length) url.searchParams.set("subject", opts.pattern.join(","));
      if (after) url.searchParams.set("after", after);
      const ws = new WebSocket(url, { headers: headersOf(conn) });
      socket = ws;
      const keepAlive = setInterval(() => ws.readyState === WebSocket.OPEN && ws.send("ping"), SOCKET_KEEPALIVE_MS);
      ws.on("close", () => clearInterval(keepAlive));
      socket.on("unexpected-response", (_req, res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          text += c;
        });
        res.on("end", async () => reject(await apiErrorOf(new Response(text, { status: res.statusCode ?? 500 }))));
      });
      socket.on("message", (data) => {
        if (String(data) === "pong") return;
        const msg = JSON.parse(String(data)) as EventStreamMessage;
        if (msg.type === "ready") {
          if (!after) ctx.ui.info(`listening for ${msg.patterns.join(", ") || "*"} (Ctrl-C ends)`);
          return;
        }
        after = msg.event.id;
        print(msg.event);
      });
      socket.on("close", (code) => resolve(`closed (${code})`));
      socket.on("error", (err) => resolve(err.message));
    });
  const stop = () => {
    stopping = true;
    socket?.close();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (let retry = 0; !stopping; retry++) {
    const reason = await open();
    if (stopping) break;
    if (retry >= 10) throw new Error(`event stream lost: ${reason}`);
    await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** retry)));
  }
}
