/**
 * Wraps a check of a path (or folder) so that asking about the same key twice in a row computes it
 * once: the analysis walks paths in order, a folder's files one after another, and several checks
 * ask about one path in turn. Only the last answer is kept, so memory stays constant.
 */
export function rememberLast<T>(compute: (key: string) => T): (key: string) => T {
  let last: { key: string; value: T } | null = null;
  return (key) => {
    if (last?.key !== key) last = { key, value: compute(key) };
    return last.value;
  };
}
