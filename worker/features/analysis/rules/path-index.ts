import { globToRegExp } from "./glob";

/**
 * Finds which values' globs match a path without testing every glob: "**\/name" globs are looked up
 * by file name and "**\/*.ext" globs by extension; the remaining globs are tested one by one only
 * when a single RegExp joining their last segments matches the file name and a single RegExp
 * joining them all matches the path (most paths match none of them, and fail on the short name).
 */
export class PathIndex<T> {
  private readonly byName = new Map<string, T[]>();
  private readonly byExtension = new Map<string, T[]>();
  private readonly generic: { pattern: RegExp; last: RegExp | null; value: T }[] = [];
  private anyGeneric: RegExp | null = null;
  private anyLast: RegExp | null = null;
  /** Globs whose last segment is only "*" (".husky/*"): no file name to filter on. */
  private anyWildcard: RegExp | null = null;

  /** Registers `value` under `glob`. */
  add(glob: string, value: T): void {
    const name = /^\*\*\/([^*?/]+)$/.exec(glob)?.[1];
    const extension = /^\*\*\/\*\.([^*?/]+)$/.exec(glob)?.[1];
    if (name !== undefined) push(this.byName, name, value);
    else if (extension !== undefined) push(this.byExtension, extension, value);
    else {
      const last = glob.slice(glob.lastIndexOf("/") + 1);
      this.generic.push({ pattern: globToRegExp(glob), last: /^\*+$/.test(last) ? null : globToRegExp(last), value });
      this.anyGeneric = null;
      this.anyLast = null;
    }
  }

  /** Whether any glob matches `path` (cheaper than `lookup` when the values are not needed). */
  matches(path: string): boolean {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (this.byName.has(name)) return true;
    for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) {
      if (this.byExtension.has(name.slice(dot + 1))) return true;
    }
    return this.matchesGeneric(path);
  }

  /** Every distinct value with a glob matching `path`. */
  lookup(path: string): T[] {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const found = new Set<T>(this.byName.get(name));
    for (let dot = name.indexOf("."); dot >= 0; dot = name.indexOf(".", dot + 1)) {
      for (const value of this.byExtension.get(name.slice(dot + 1)) ?? []) found.add(value);
    }
    if (this.matchesGeneric(path))
      for (const { pattern, value } of this.generic) if (pattern.test(path)) found.add(value);
    return [...found];
  }

  private matchesGeneric(path: string): boolean {
    if (this.generic.length === 0) return false;
    if (this.anyLast === null) {
      const named = this.generic.filter((g) => g.last !== null);
      const rest = this.generic.filter((g) => g.last === null);
      this.anyLast = new RegExp(named.map(({ last }) => `(?:${last?.source})`).join("|") || "(?!)");
      this.anyGeneric = new RegExp(named.map(({ pattern }) => `(?:${pattern.source})`).join("|") || "(?!)");
      this.anyWildcard = new RegExp(rest.map(({ pattern }) => `(?:${pattern.source})`).join("|") || "(?!)");
    }
    if (this.anyWildcard?.test(path)) return true;
    return this.anyLast.test(path.slice(path.lastIndexOf("/") + 1)) && this.anyGeneric?.test(path) === true;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
