import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { portfolioVersion } from "../../db/schema";
import { batchAll, type Rows } from "./batch";

/**
 * The portfolio's data version (migration 0100), moved by triggers on every change an answer can see,
 * with the database's random epoch so a database made anew never repeats one.
 */
const VERSION = sql`select epoch || '.' || version as version from portfolio_version where id = 1`;

interface VersionRow {
  version: string;
}

/** The version as a drizzle query, for a `remembered` computation that reads through drizzle's batch. */
export const versionStatement = (db: Db) =>
  db
    .select({ version: sql<string>`${portfolioVersion.epoch} || '.' || ${portfolioVersion.version}` })
    .from(portfolioVersion);

interface Entry<T> {
  version: string;
  at: number;
  value: T;
}

/** How long an answer is served without recomputing even if nothing moved ("new" blips age with the clock). */
const MAX_AGE_MS = 60_000;

/**
 * Answers computed from the whole portfolio, kept in this isolate's memory per key (the caller's
 * scope and query) together with the portfolio data version they were read at. `answer` reads the
 * version first, in one batch with whatever else the request has to read (the key's revocation
 * check rides there too); while it stands still the remembered answer is returned without
 * aggregating anything. When it has moved, or nothing is remembered, the statements run in one
 * batch with the version, so the answer is remembered with the version of the very snapshot it was
 * computed from (`remembered` with a computation of its own must do the same). At most `limit` keys, oldest dropped first. A one-off reader walking every page (an
 * export) passes `remember` false: it reads fresh and leaves the memory to the readers who come back.
 */
export function versionedAnswers<T>(limit = 256) {
  const entries = new Map<string, Entry<T>>();

  function keep(key: string, entry: Entry<T>): void {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > limit) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  }

  return {
    /**
     * The remembered answer for `key` while the version stands still; otherwise `compute()`, which
     * must read the version (`versionStatement`) in the same batch as its data and return both.
     */
    async remembered(
      db: Db,
      key: string,
      compute: () => Promise<{ version: string | undefined; value: T }>,
      remember = true,
    ): Promise<T> {
      const known = remember ? entries.get(key) : undefined;
      const now = Date.now();
      if (known && now - known.at < MAX_AGE_MS) {
        const [[current]] = await batchAll<[VersionRow]>(db, [VERSION]);
        if (current?.version === known.version) return known.value;
      }
      const { version, value } = await compute();
      if (remember) keep(key, { version: version ?? "", at: now, value });
      return value;
    },
    /** `remembered` for hand-written statements: they run in one batch after the version. */
    answer<S extends unknown[]>(
      db: Db,
      key: string,
      statements: { [K in keyof S]: SQL },
      build: (rows: Rows<S>) => T,
      remember = true,
    ): Promise<T> {
      return this.remembered(
        db,
        key,
        async () => {
          const [[read], ...rows] = await batchAll<[VersionRow, ...S]>(db, [VERSION, ...statements]);
          return { version: read?.version, value: build(rows as Rows<S>) };
        },
        remember,
      );
    },
    /** Forgets every remembered answer (tests). */
    clear(): void {
      entries.clear();
    },
  };
}
