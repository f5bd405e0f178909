/** Anything `safeRelativePath` would change or refuse: a leading "/" or drive, "\\", "//", "." or ".." segments, a trailing "/". */
const NEEDS_CLEANING = /^(?:\/|[a-zA-Z]:)|\\|\/\/|(?:^|\/)\.\.?(?:\/|$)|\/$|^$/;

/**
 * A cheap test that `NEEDS_CLEANING` cannot match: every name it matches is empty, starts with "/" or
 * ".", has a drive colon, ends with "/", or holds "\\", "//" or "/.". Most paths have none of these.
 */
function isPlainlyClean(name: string): boolean {
  const first = name.charCodeAt(0);
  return !(
    name.length === 0 ||
    first === 0x2f ||
    first === 0x2e ||
    name.charCodeAt(1) === 0x3a ||
    name.endsWith("/") ||
    name.includes("\\") ||
    name.includes("//") ||
    name.includes("/.")
  );
}

/**
 * Turns an archive entry name into a clean relative path ("./a//b/" → "a/b"), or returns null when
 * it could escape the extraction root: absolute paths, drive letters, or any ".." segment.
 * Backslashes count as separators because some Windows zip tools write them.
 */
export function safeRelativePath(name: string): string | null {
  if (isPlainlyClean(name) || !NEEDS_CLEANING.test(name)) return name;
  const unified = name.replace(/\\/g, "/");
  if (unified.startsWith("/") || /^[a-zA-Z]:/.test(unified)) return null;
  const segments: string[] = [];
  for (const segment of unified.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") return null;
    segments.push(segment);
  }
  return segments.length > 0 ? segments.join("/") : null;
}

/**
 * The single top-level directory every path lives in (GitHub wraps archives in `repo-sha/`), or
 * null when there is none. `dirs` may include the root itself; `leaves` (files, skipped entries)
 * must all sit strictly inside it.
 */
export function commonRoot(leaves: readonly string[], dirs: readonly string[]): string | null {
  const first = leaves[0];
  if (first === undefined) return null;
  const slash = first.indexOf("/");
  if (slash < 0) return null;
  const root = first.slice(0, slash);
  const prefix = `${root}/`;
  if (!leaves.every((p) => p.startsWith(prefix))) return null;
  if (!dirs.every((p) => p === root || p.startsWith(prefix))) return null;
  return root;
}
