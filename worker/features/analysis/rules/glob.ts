/**
 * Compiles a path glob to a RegExp anchored on the whole path: "**\/" is any number of directories
 * (including none), "*" any characters but "/", "?" one character but "/".
 */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  for (let at = 0; at < glob.length; at++) {
    const ch = glob[at] ?? "";
    if (glob.startsWith("**/", at)) {
      source += "(?:.*/)?";
      at += 2;
    } else if (glob.startsWith("**", at)) {
      source += ".*";
      at += 1;
    } else if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
