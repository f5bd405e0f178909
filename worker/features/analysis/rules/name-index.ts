import type { NameMatcher } from "./names";

/**
 * Finds every value whose name list matches a name without testing every list: exact names are one
 * map lookup; only lists with prefixes or wildcards ("@sentry/*", "*-rails") are tested one by one.
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly loose: { matcher: NameMatcher; value: T }[] = [];

  /** Registers `value` under every name of `matcher`. */
  add(matcher: NameMatcher, value: T): void {
    for (const name of matcher.exact) {
      const list = this.exact.get(name);
      if (list) list.push(value);
      else this.exact.set(name, [value]);
    }
    if (matcher.prefixes.length > 0 || matcher.patterns.length > 0) this.loose.push({ matcher, value });
  }

  /** Adds to `into` every value with a name matching `name` (already normalised as the matchers were). */
  find(name: string, into: Set<T>): void {
    for (const value of this.exact.get(name) ?? []) into.add(value);
    for (const { matcher, value } of this.loose) {
      if (matcher.prefixes.some((p) => name.startsWith(p)) || matcher.patterns.some((p) => p.test(name)))
        into.add(value);
    }
  }
}
