import { AsyncLocalStorage } from "node:async_hooks";

/** What a guard's check does with the row its query returned (null when none): throw to refuse. */
export type GuardVerdict = (row: unknown) => void;

/**
 * A check a request must pass before it writes anything and before its answer leaves, whose one
 * query may ride in the same D1 round trip as the request's first read batch (see
 * `db/guarded-d1.ts`). `authenticate()` uses one for reads with a key it has seen before: the key's
 * unchanging attributes come from memory, whether it is still valid from D1, on every request.
 */
export class RequestGuard {
  #outcome: Promise<void> | null = null;

  constructor(
    private readonly query: () => D1PreparedStatement,
    private readonly verdict: GuardVerdict,
  ) {}

  /**
   * The check's statement for a read batch about to be sent, or null when the check is already on
   * its way. The caller reports the row with `settle`, or `abandon`s the claim when the batch failed
   * (the check then runs alone).
   */
  claim(): { statement: D1PreparedStatement; settle: (row: unknown) => void; abandon: () => void } | null {
    if (this.#outcome) return null;
    const { promise, resolve, reject } = Promise.withResolvers<void>();
    this.#outcome = promise;
    promise.catch(() => undefined);
    return {
      statement: this.query(),
      settle: (row) => {
        try {
          this.verdict(row);
          resolve();
        } catch (err) {
          reject(err);
          throw err;
        }
      },
      abandon: () => resolve(this.runAlone()),
    };
  }

  /** Passes when the check has passed, running it alone if nothing carried it; rejects with its error. */
  ensure(): Promise<void> {
    if (!this.#outcome) this.#outcome = this.runAlone();
    return this.#outcome;
  }

  private async runAlone(): Promise<void> {
    this.verdict(await this.query().first());
  }
}

/** The guard of the request being served, if it has one. */
export const requestGuards = new AsyncLocalStorage<RequestGuard>();
