import { leadingLiteral, type NameMatcher } from "./names";

/** How many leading characters of a prefix or wildcard pattern key its bucket. */
const HEAD = 8;

interface Loose<T> {
  test: (name: string) => boolean;
  value: T;
}

/**
 * The literal text every name a `nameMatcher` pattern accepts starts with ("^Aspire\.Hosting\..*$"
 * gives "Aspire.Hosting."), lower-cased for case-insensitive patterns, whose names are looked up
 * lower-cased; "" for a pattern that starts with a wildcard ("*-rails").
 */
function headOf(pattern: RegExp): string {
  const head = leadingLiteral(pattern.source);
  return pattern.flags.includes("i") ? head.toLowerCase() : head;
}

/**
 * Finds every value whose name list matches a name without testing every list: exact names are one
 * map lookup; prefixes and wildcard patterns ("@sentry/*", "org.junit.*:*", "*-rails") are kept in
 * buckets by their first literal characters, so a name is tested only against those that could
 * match it (and the few that start with a wildcard).
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T[]>();
  /** `byHead[n]` holds the entries whose literal head, cut to HEAD characters, is n characters long. */
  private readonly byHead: Map<string, Loose<T>[]>[] = [];
  private lengths: number[] = [];

  /** Registers `value` under every name of `matcher`. */
  add(matcher: NameMatcher, value: T): void {
    for (const name of matcher.exact) {
      const list = this.exact.get(name);
      if (list) list.push(value);
      else this.exact.set(name, [value]);
    }
    for (const prefix of matcher.prefixes) this.addLoose(prefix, { test: (name) => name.startsWith(prefix), value });
    for (const pattern of matcher.patterns)
      this.addLoose(headOf(pattern), { test: (name) => pattern.test(name), value });
  }

  /** Adds to `into` every value with a name matching `name` (already normalised as the matchers were). */
  find(name: string, into: Set<T>): void {
    for (const value of this.exact.get(name) ?? []) into.add(value);
    for (const length of this.lengths) {
      if (length > name.length) break;
      for (const loose of this.byHead[length]?.get(name.slice(0, length)) ?? []) {
        if (loose.test(name)) into.add(loose.value);
      }
    }
  }

  private addLoose(head: string, loose: Loose<T>): void {
    const key = head.slice(0, HEAD);
    const buckets = this.byHead[key.length] ?? new Map<string, Loose<T>[]>();
    this.byHead[key.length] = buckets;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(loose);
    else buckets.set(key, [loose]);
    if (!this.lengths.includes(key.length)) this.lengths = [...this.lengths, key.length].sort((a, b) => a - b);
  }
}
