/** The index of the quote closing the string literal that opens at `open`. */
export function stringEnd(source: string, open: number): number {
  for (let at = open + 1; at < source.length; at++) {
    if (source[at] === "\\") at++;
    else if (source[at] === '"') return at;
  }
  return source.length;
}

/**
 * Removes `//` and `/* *\/` comments (and `#` comments when `hash` is set, as in HCL) while keeping
 * double-quoted string literals intact, so URLs and braces inside strings survive.
 */
export function stripComments(source: string, hash = false): string {
  let out = "";
  for (let at = 0; at < source.length; at++) {
    const ch = source[at];
    if (ch === '"') {
      const end = stringEnd(source, at);
      out += source.slice(at, end + 1);
      at = end;
    } else if ((hash && ch === "#") || (ch === "/" && source[at + 1] === "/")) {
      const end = source.indexOf("\n", at);
      at = end < 0 ? source.length : end - 1;
    } else if (ch === "/" && source[at + 1] === "*") {
      const end = source.indexOf("*/", at + 2);
      at = end < 0 ? source.length : end + 1;
    } else {
      out += ch;
    }
  }
  return out;
}
