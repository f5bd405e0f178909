import { globToRegExp } from "./glob";

/**
 * Finds which values' globs match a path without testing every glob: "**\/name" globs are looked up
 * by file name and "**\/*.ext" globs by extension; the remaining globs are tested one by one only
 * when a single RegExp joining their last segments matches the file name and a single RegExp
 * joining them all matches the path (most paths match none of them, and fail on the short name).
 * The file-name RegExp is split by the extension a glob's last segment ends with ("*.yml", "main.ts"),
 * so a name is tried only against the globs of its own extension and those ending in a wildcard.
 */
export class PathIndex<T> {
  private readonly byName = new Map<string, T[]>();
  private readonly byExtension = new Map<string, T[]>();
  /** The ".ext" suffixes of `byExtension` by the text after their last dot, longest first. */
  private readonly suffixes = new Map<string, { suffix: string; extension: string }[]>();
  private readonly generic: { pattern: RegExp; last: string | null; value: T }[] = [];
  private anyGeneric: RegExp | null = null;
  /** Last segments by the extension every name they match ends with; "" for those that end in a wildcard. */
  private anyLast: Map<string, RegExp> | null = null;
  /** Globs whose last segment is only "*" (".husky/*"): no file name to filter on. */
  private anyWildcard: RegExp | null = null;

  /** Registers `value` under `glob`. */
  add(glob: string, value: T): void {
    const name = /^\*\*\/([^*?/]+)$/.exec(glob)?.[1];
    const extension = /^\*\*\/\*\.([^*?/]+)$/.exec(glob)?.[1];
    if (name !== undefined) push(this.byName, name, value);
    else if (extension !== undefined) {
      if (!this.byExtension.has(extension)) {
        const list = this.suffixes.get(lastExtension(extension)) ?? [];
        list.push({ suffix: `.${extension}`, extension });
        list.sort((a, b) => b.suffix.length - a.suffix.length);
        this.suffixes.set(lastExtension(extension), list);
      }
      push(this.byExtension, extension, value);
    } else {
      const last = glob.slice(glob.lastIndexOf("/") + 1);
      this.generic.push({ pattern: globToRegExp(glob), last: /^\*+$/.test(last) ? null : last, value });
      this.anyGeneric = null;
      this.anyLast = null;
    }
  }

  /** Whether any glob matches `path` (cheaper than `lookup` when the values are not needed). */
  matches(path: string): boolean {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (this.byName.has(name)) return true;
    const extension = lastExtension(name);
    for (const { suffix } of this.suffixes.get(extension) ?? NO_SUFFIXES) {
      if (name.endsWith(suffix)) return true;
    }
    return this.matchesGeneric(path, name, extension);
  }

  /** Every distinct value with a glob matching `path`. */
  lookup(path: string): T[] {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const found = new Set<T>(this.byName.get(name));
    const extension = lastExtension(name);
    for (const { suffix, extension: key } of this.suffixes.get(extension) ?? NO_SUFFIXES) {
      if (name.endsWith(suffix)) for (const value of this.byExtension.get(key) ?? []) found.add(value);
    }
    if (this.matchesGeneric(path, name, extension))
      for (const { pattern, value } of this.generic) if (pattern.test(path)) found.add(value);
    return [...found];
  }

  /** Whether a generic glob matches; `extension` is the text after the last dot of `name` (all of it without one). */
  private matchesGeneric(path: string, name: string, extension: string): boolean {
    if (this.generic.length === 0) return false;
    if (this.anyLast === null) {
      const named = this.generic.filter((g) => g.last !== null);
      const rest = this.generic.filter((g) => g.last === null);
      const byExtension = new Map<string, string[]>();
      for (const { last } of named) if (last !== null) push(byExtension, extensionKey(last), globToRegExp(last).source);
      this.anyLast = new Map([...byExtension].map(([key, sources]) => [key, anyOf(sources)]));
      this.anyGeneric = anyOf(named.map(({ pattern }) => pattern.source));
      this.anyWildcard = rest.length > 0 ? anyOf(rest.map(({ pattern }) => pattern.source)) : null;
    }
    if (this.anyWildcard?.test(path)) return true;
    const named = this.anyLast.get(extension)?.test(name) || this.anyLast.get("")?.test(name);
    return named === true && this.anyGeneric?.test(path) === true;
  }
}

const NO_SUFFIXES: readonly { suffix: string; extension: string }[] = [];

/** The text after the last dot of a name or extension, or all of it when it has none. */
function lastExtension(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}

/**
 * What every file name a last glob segment matches ends with, as a name's text after its last dot:
 * "*.yml" and "docker-compose.*.yml" give "yml", "Fastfile" gives "Fastfile"; "" when the segment
 * ends in a wildcard or its literal tail has no dot ("*file" also matches "Gemfile").
 */
function extensionKey(last: string): string {
  const tail = last.slice(Math.max(last.lastIndexOf("*"), last.lastIndexOf("?")) + 1);
  if (tail === "") return "";
  const dot = tail.lastIndexOf(".");
  if (dot >= 0) return tail.slice(dot + 1);
  return tail === last ? tail : "";
}

function anyOf(sources: readonly string[]): RegExp {
  return new RegExp(sources.map((source) => `(?:${source})`).join("|") || "(?!)");
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
