import { terms } from "../embed/tokenize";

const OPEN = "\u0002";
const CLOSE = "\u0003";
/** Markers FTS5's snippet() puts around matches; turned into <mark> after escaping. */
export const FTS_MARKS = { open: OPEN, close: CLOSE, ellipsis: "…" } as const;

const escapeHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Escapes a marked snippet for HTML and turns the match markers into <mark> elements. */
export const markedToHtml = (marked: string): string =>
  escapeHtml(marked).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>");

/**
 * A snippet for a chunk found by meaning rather than by its words: the window of `size` words with
 * the most query stems in it, those words marked. Falls back to the chunk's opening words.
 */
export function snippetFor(text: string, query: string, size = 28): string {
  const wanted = new Set(terms(query).map((t) => t.stem));
  const tokens = text.split(/\s+/).filter(Boolean);
  const seen = new Map<string, boolean>();
  const hit = tokens.map((w) => {
    const key = w.toLowerCase();
    let found = seen.get(key);
    if (found === undefined) {
      found = terms(key).some((t) => wanted.has(t.stem));
      seen.set(key, found);
    }
    return found;
  });
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hit[i]) count++;
    if (i >= size && hit[i - size]) count--;
    if (i >= size - 1 && count > bestCount) {
      bestCount = count;
      best = i - size + 1;
    }
  }
  const window = tokens.slice(best, best + size).map((w, i) => (hit[best + i] ? `${OPEN}${w}${CLOSE}` : w));
  const marked = `${best > 0 ? "… " : ""}${window.join(" ")}${best + size < tokens.length ? " …" : ""}`;
  return markedToHtml(marked);
}
