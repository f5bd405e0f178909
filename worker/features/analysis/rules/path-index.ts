import { globToRegExp } from "./glob";

/**
 * Finds which values' globs match a path without testing every glob: "**\/name" globs are looked up
 * by file name and "**\/*.ext" globs by extension; the remaining globs are tested one by one only
 * when a single RegExp joining them all matches the path (most paths match none of them).
 */
export class PathIndex<T> {
  private readonly byName = new Map<string, T[]>();
  private readonly byExtension = new Map<string, T[]>();
  private readonly generic: { pattern: RegExp; value: T }[] = [];
  private anyGeneric: RegExp | null = null;

  /** Registers `value` under `glob`. */
  add(glob: string, value: T): void {
    const name = /^\*\*\/([^*?/]+)$/.exec(glob)?.[1];
    const extension = /^\*\*\/\*\.([^*?/]+)$/.exec(glob)?.[1];
    if (name !== undefined) push(this.byName, name, value);
    else if (extension !== undefined) push(this.byExtension, extension, value);
    else {
      this.generic.push({ pattern: globToRegExp(glob), value });
      this.anyGeneric = null;
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
    this.anyGeneric ??= new RegExp(this.generic.map(({ pattern }) => `(?:${pattern.source})`).join("|"));
    return this.anyGeneric.test(path);
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
