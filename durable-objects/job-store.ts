import { sha256Hex } from "../worker/lib/crypto";
import type { JobMessage, JobView, LogLine } from "./job-runner.protocol";

/** What the job's Durable Object keeps beyond the public view. */
export interface JobRecord extends JobView {
  timeoutMs: number;
  cancelRequested: boolean;
  heartbeatAt: string | null;
}

export const LOG_LIMIT = 200;
export const REPLAY_LIMIT = 1000;
const INPUT_CHUNK = 1024 * 1024;

const msgKey = (seq: number) => `m:${String(seq).padStart(12, "0")}`;

/**
 * Typed access to one job's Durable Object storage: the record, the bounded log, the numbered
 * message history used to resume sockets, and the input bytes stored in 1 MiB chunks.
 */
export class JobStore {
  constructor(
    private readonly storage: DurableObjectStorage,
    private readonly now: () => number = Date.now,
  ) {}

  load(): Promise<JobRecord | undefined> {
    return this.storage.get<JobRecord>("job");
  }

  save(job: JobRecord): Promise<void> {
    return this.storage.put("job", job);
  }

  async seq(): Promise<number> {
    return (await this.storage.get<number>("seq")) ?? 0;
  }

  /** Numbers a message, stores it for resumes (keeping the last REPLAY_LIMIT) and returns it. */
  async record<M extends JobMessage>(build: (seq: number) => M): Promise<M> {
    const seq = (await this.seq()) + 1;
    const message = build(seq);
    await this.storage.put({ seq, [msgKey(seq)]: message });
    if (seq > REPLAY_LIMIT) await this.storage.delete(msgKey(seq - REPLAY_LIMIT));
    return message;
  }

  /** Messages after `since`, or null when some of them are no longer kept. */
  async since(since: number): Promise<JobMessage[] | null> {
    const current = await this.seq();
    if (since >= current) return [];
    if (current - since > REPLAY_LIMIT) return null;
    const found = await this.storage.list<JobMessage>({ start: msgKey(since + 1), end: msgKey(current + 1) });
    const messages = [...found.values()];
    return messages.length === current - since ? messages : null;
  }

  async log(): Promise<LogLine[]> {
    return (await this.storage.get<LogLine[]>("log")) ?? [];
  }

  async appendLog(line: LogLine): Promise<void> {
    const lines = await this.log();
    lines.push(line);
    await this.storage.put("log", lines.slice(-LOG_LIMIT));
  }

  async putInput(bytes: Uint8Array): Promise<void> {
    const entries: Record<string, Uint8Array | number> = { "input:chunks": Math.ceil(bytes.byteLength / INPUT_CHUNK) };
    for (let i = 0, n = 0; i < bytes.byteLength; i += INPUT_CHUNK, n++) {
      entries[`input:${n}`] = bytes.slice(i, i + INPUT_CHUNK);
    }
    await this.storage.put(entries);
  }

  async input(): Promise<Uint8Array | null> {
    const count = await this.storage.get<number>("input:chunks");
    if (count === undefined) return null;
    const chunks = await this.storage.get<Uint8Array>(Array.from({ length: count }, (_, n) => `input:${n}`));
    const total = [...chunks.values()].reduce((sum, c) => sum + c.byteLength, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (let n = 0; n < count; n++) {
      const chunk = chunks.get(`input:${n}`);
      if (!chunk) return null;
      out.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return out;
  }

  /** A single-use ticket for `keyId`, valid `ttlMs`; only its hash is kept, with its expiry and key. */
  async issueTicket(keyId: string, ttlMs: number): Promise<{ ticket: string; expiresAt: string }> {
    const ticket = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");
    const expiresAt = this.now() + ttlMs;
    await this.storage.put(`ticket:${await sha256Hex(ticket)}`, { expiresAt, keyId });
    return { ticket, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** The key a ticket was issued to, once; null for an unknown or expired ticket. */
  async redeemTicket(ticket: string): Promise<string | null> {
    if (!ticket) return null;
    const key = `ticket:${await sha256Hex(ticket)}`;
    const held = await this.storage.get<{ expiresAt: number; keyId: string }>(key);
    if (held === undefined) return null;
    await this.storage.delete(key);
    return held.expiresAt > this.now() ? held.keyId : null;
  }
}
