import { requestGuards } from "../lib/request-guard";

/** Statements that only read: anything else waits for the request's guard before it runs. */
const READ = /^\s*select\b/i;
const EXECUTES = new Set<PropertyKey>(["first", "run", "all", "raw"]);
const held = new WeakMap<D1PreparedStatement, D1PreparedStatement>();

/** A writing statement that waits for `ensure()` before it runs, and binds into one that does too. */
function waitingFor(statement: D1PreparedStatement, ensure: () => Promise<void>): D1PreparedStatement {
  const proxy = new Proxy(statement, {
    get(target, prop) {
      if (prop === "bind") return (...values: unknown[]) => waitingFor(target.bind(...values), ensure);
      const value = Reflect.get(target, prop, target);
      if (!EXECUTES.has(prop) || typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        await ensure();
        return Reflect.apply(value, target, args);
      };
    },
  });
  held.set(proxy, statement);
  return proxy;
}

/**
 * The D1 binding as the app uses it. Outside a guarded request it is the binding itself. Inside
 * one (see `RequestGuard`), the guard's query rides at the head of the first batch that only
 * reads, so checking costs no round trip of its own; a statement or batch that writes waits until
 * the guard has passed.
 */
export class GuardedD1 implements D1Database {
  constructor(private readonly inner: D1Database) {}

  prepare(query: string): D1PreparedStatement {
    const statement = this.inner.prepare(query);
    const guard = requestGuards.getStore();
    return guard && !READ.test(query) ? waitingFor(statement, () => guard.ensure()) : statement;
  }

  async batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    const guard = requestGuards.getStore();
    if (!guard) return this.inner.batch<T>(statements);
    const plain = statements.map((s) => held.get(s) ?? s);
    if (plain.some((s, i) => s !== statements[i])) {
      await guard.ensure();
      return this.inner.batch<T>(plain);
    }
    const claim = guard.claim();
    if (!claim) return this.inner.batch<T>(plain);
    let results: D1Result<T>[];
    try {
      results = await this.inner.batch<T>([claim.statement, ...plain]);
    } catch (err) {
      claim.abandon();
      throw err;
    }
    claim.settle(results[0]?.results[0] ?? null);
    return results.slice(1);
  }

  async exec(query: string): Promise<D1ExecResult> {
    await requestGuards.getStore()?.ensure();
    return this.inner.exec(query);
  }

  withSession(constraintOrBookmark?: D1SessionBookmark | D1SessionConstraint): D1DatabaseSession {
    return this.inner.withSession(constraintOrBookmark);
  }

  dump(): Promise<ArrayBuffer> {
    return this.inner.dump();
  }
}
