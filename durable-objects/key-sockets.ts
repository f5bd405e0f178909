import { DurableObject } from "cloudflare:workers";
import type { Admission, KeySocketsRpc, SocketHolder, StreamRef } from "./key-sockets.protocol";

/** A refused key asks its streams for their real counts at most this often. */
export const RECONCILE_MS = 10_000;

const PREFIX = "stream:";
const idOf = (s: StreamRef): string => `${PREFIX}${s.kind}:${s.name}`;

function refOf(id: string): StreamRef | null {
  const rest = id.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  const kind = rest.slice(0, colon);
  return kind === "job" || kind === "events" ? { kind, name: rest.slice(colon + 1) } : null;
}

/**
 * One instance per API key (named by the key id): how many sockets the key holds open on each
 * stream, in its own storage, so the cap counts every stream and survives eviction of any object.
 * Streams report their count after every open and close; a stream whose object died (a crash or
 * redeploy drops its sockets without a close) keeps a stale count until the key reaches its cap:
 * then the coordinator asks every stream for its real count (at most every `RECONCILE_MS`) and
 * decides on those. Calls run one at a time, so a count is never overwritten by an older one.
 */
export class KeySockets extends DurableObject<Env> implements KeySocketsRpc {
  private counts: Map<string, number> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private reconciledAt = 0;

  /** One more socket on `stream` (which holds `openHere` now), granted while the key's total stays within `cap`. */
  acquire(stream: StreamRef, openHere: number, cap: number): Promise<Admission> {
    return this.serially(async () => {
      const id = idOf(stream);
      let open = (await this.total(id)) + openHere;
      if (open >= cap && Date.now() - this.reconciledAt >= RECONCILE_MS) {
        await this.reconcile(id);
        open = (await this.total(id)) + openHere;
      }
      const granted = open < cap;
      await this.set(id, granted ? openHere + 1 : openHere);
      return { granted, open: granted ? open + 1 : open };
    });
  }

  /** The key now holds `openHere` sockets on `stream`. */
  report(stream: StreamRef, openHere: number): Promise<void> {
    return this.serially(() => this.set(idOf(stream), openHere));
  }

  /** The key's open sockets as the coordinator counts them now (for tests and operators). */
  open(): Promise<number> {
    return this.serially(() => this.total());
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<Map<string, number>> {
    this.counts ??= await this.ctx.storage.list<number>({ prefix: PREFIX });
    return this.counts;
  }

  /** The key's sockets on every stream, leaving out `except` (the stream asking, which sends its own). */
  private async total(except?: string): Promise<number> {
    let sum = 0;
    for (const [stream, n] of await this.load()) if (stream !== except) sum += n;
    return sum;
  }

  private async set(id: string, n: number): Promise<void> {
    const counts = await this.load();
    if ((counts.get(id) ?? 0) === Math.max(0, n)) return;
    if (n > 0) {
      counts.set(id, n);
      await this.ctx.storage.put(id, n);
    } else {
      counts.delete(id);
      await this.ctx.storage.delete(id);
    }
  }

  /** Replaces every other stream's count with the one its object reports; an unreachable stream keeps its own. */
  private async reconcile(except: string): Promise<void> {
    this.reconciledAt = Date.now();
    const keyId = this.ctx.id.name ?? "";
    const streams = [...(await this.load()).keys()].filter((id) => id !== except);
    const answers = await Promise.all(
      streams.map(async (id) => {
        const ref = refOf(id);
        if (!ref) return [id, 0] as const;
        try {
          return [id, await this.holder(ref).socketsOf(keyId)] as const;
        } catch (err) {
          console.error(
            JSON.stringify({ level: "warn", msg: "socket count unavailable", stream: id, error: String(err) }),
          );
          return null;
        }
      }),
    );
    for (const answer of answers) if (answer) await this.set(answer[0], answer[1]);
  }

  private holder(ref: StreamRef): SocketHolder {
    const ns = ref.kind === "job" ? this.env.JOBS : this.env.EVENTS;
    return ns.get(ns.idFromName(ref.name));
  }
}
