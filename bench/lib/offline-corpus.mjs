// Real technical documents taken at run time from text this machine already has (man pages,
// /usr/share/doc, the READMEs and docs of node_modules), never committed: they are third-party
// text. They surround the labelled sets' own documents in the search benchmarks as distractors on
// neighbouring topics (shell tools, servers, networking, packaging, JavaScript libraries).
// The choice is deterministic: candidates sorted by a hash of their path, so the same machine gives
// the same corpus in every run and in both benchmarks.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "../../scripts/lib/local.mjs";

/** @typedef {{ id: string; title: string; text: string; source: string }} OfflineDoc */

const MIN_CHARS = 1500;
const MAX_CHARS = 40_000;

/** Reads a file, gunzipping `.gz`; null when unreadable. @param {string} path */
function read(path) {
  try {
    const raw = readFileSync(path);
    return (path.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
  } catch {
    return null;
  }
}

/** roff escapes to plain text. @param {string} s */
const unescapeRoff = (s) =>
  s
    .replace(/\\f(\[[^\]]*\]|\(..|.)/g, "")
    .replace(/\\\(em|\\\(en/g, "-")
    .replace(/\\\((aq|cq)/g, "'")
    .replace(/\\\((lq|rq|dq)/g, '"')
    .replace(/\\\*\(..|\\\*\[[^\]]*\]|\\\*./g, "")
    .replace(/\\\(..|\\\[[^\]]*\]/g, "")
    .replace(/\\[-&e|^0 ]/g, (m) => (m === "\\-" ? "-" : m === "\\e" ? "\\" : m === "\\ " ? " " : ""))
    .replace(/\\s[-+]?\d/g, "")
    .replace(/\\["#].*$/, "")
    .replace(/\\(.)/g, "$1");

/**
 * A man page (man or mdoc macros) as markdown: section macros become headings, text macros keep
 * their arguments, the rest is dropped. Good enough for search, not for display.
 * @param {string} roff
 */
export function manToMarkdown(roff) {
  const out = [];
  for (const line of roff.split("\n")) {
    if (/^[.'](\\"|\s*$)/.test(line)) continue;
    const macro = /^[.']\s*([A-Za-z]{1,3})\b\s*(.*)$/.exec(line);
    if (!macro) {
      out.push(unescapeRoff(line));
      continue;
    }
    const [, name = "", rest = ""] = macro;
    const args = unescapeRoff(rest.replace(/"/g, "")).trim();
    if (name === "SH" || name === "Sh") out.push("", `## ${args.charAt(0) + args.slice(1).toLowerCase()}`, "");
    else if (name === "SS" || name === "Ss") out.push("", `### ${args}`, "");
    else if (/^(PP|LP|P|TP|IP|HP|Pp|Bl|El|It|sp|br)$/.test(name)) out.push("", args);
    else if (/^(B|I|BR|RB|IR|RI|BI|IB|SM|SB|Nm|Nd|Fl|Ar|Cm|Pa|Xr|Ev|Op|Dq|Sq|Ql|Em|Sy|Li|Va|Fn|Ft|Dv|Er)$/.test(name))
      out.push(name === "Fl" ? `-${args}` : args);
  }
  return out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Files under `dir` (recursively, to `depth`) whose name passes `keep`. */
function walk(/** @type {string} */ dir, /** @type {(name: string) => boolean} */ keep, depth = 4) {
  /** @type {string[]} */
  const found = [];
  const visit = (/** @type {string} */ d, /** @type {number} */ left) => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(d, e.name);
      if (e.isDirectory() && left > 0 && e.name !== ".bin" && e.name !== "test") visit(path, left - 1);
      else if (e.isFile() && keep(e.name)) found.push(path);
    }
  };
  visit(dir, depth);
  return found;
}

/** @type {{ name: string; files: () => string[]; toDoc: (path: string) => { title: string; text: string } | null }[]} */
const SOURCES = [
  {
    name: "man",
    files: () =>
      ["man1", "man5", "man7", "man8"].flatMap((s) => walk(`/usr/share/man/${s}`, (n) => n.endsWith(".gz"), 0)),
    toDoc: (path) => {
      const roff = read(path);
      if (!roff || /^\.so /m.test(roff.slice(0, 200))) return null;
      const text = manToMarkdown(roff);
      const page = basename(path).replace(/\.gz$/, "");
      const summary = /## Name\s+([^\n]+)/.exec(text)?.[1]?.trim() ?? "";
      return { title: summary ? `${page}: ${summary}`.slice(0, 200) : page, text };
    },
  },
  {
    name: "doc",
    files: () => walk("/usr/share/doc", (n) => /^(README|NEWS|FAQ|.*\.(md|txt))(\.gz)?$/i.test(n), 3),
    toDoc: (path) => {
      const text = read(path);
      if (!text || text.includes("\u0000")) return null;
      const pkg = path.split("/")[4] ?? "";
      return { title: `${pkg}: ${basename(path).replace(/\.gz$/, "")}`, text };
    },
  },
  {
    name: "node_modules",
    files: () => walk(join(ROOT, "node_modules"), (n) => /^readme\.md$/i.test(n) || /\.md$/i.test(n), 4),
    toDoc: (path) => {
      const text = read(path);
      if (!text) return null;
      const rel = path.slice(join(ROOT, "node_modules").length + 1);
      return { title: rel.replace(/\/(readme\.md)$/i, "").replace(/\.md$/i, ""), text };
    },
  },
];

/** At most this many documents of one family (gcloud's thousands of pages, one package's docs). */
const PER_FAMILY = 25;

/** The family of a path: a man page's command before its first separator, else its package folder. */
function familyOf(/** @type {string} */ path) {
  if (path.startsWith("/usr/share/man/")) return basename(path).split(/[-_.]/)[0] ?? path;
  if (path.startsWith("/usr/share/doc/")) return path.split("/")[4] ?? path;
  const rel = path.slice(join(ROOT, "node_modules").length + 1).split("/");
  return rel[0]?.startsWith("@") ? `${rel[0]}/${rel[1]}` : (rel[0] ?? path);
}

const rank = (/** @type {string} */ s) => createHash("sha1").update(s).digest("hex");

/**
 * Up to `limit` distinct documents from the machine's offline text, interleaving the sources so
 * each contributes (man pages dominate by count). Texts shorter than 1,500 or longer than 40,000
 * characters, more than 25 of one family, `.so` redirects, binary files and duplicate texts are skipped.
 * @param {number} limit
 * @returns {OfflineDoc[]}
 */
export function offlineDocuments(limit) {
  const queues = SOURCES.map((s) => ({
    source: s,
    paths: s
      .files()
      .filter((p) => existsSync(p) && statSync(p).size > 200)
      .sort((a, b) => (rank(a) < rank(b) ? -1 : 1)),
  }));
  /** @type {OfflineDoc[]} */
  const docs = [];
  const seen = new Set();
  /** @type {Map<string, number>} */
  const families = new Map();
  const weights = { man: 6, doc: 2, node_modules: 2 };
  while (docs.length < limit && queues.some((q) => q.paths.length)) {
    for (const q of queues) {
      for (let n = 0; n < weights[/** @type {"man"} */ (q.source.name)] && docs.length < limit; n++) {
        const path = q.paths.shift();
        if (!path) break;
        const family = `${q.source.name}:${familyOf(path)}`;
        if ((families.get(family) ?? 0) >= PER_FAMILY) continue;
        const doc = q.source.toDoc(path);
        if (!doc || doc.text.length < MIN_CHARS) continue;
        const text = doc.text.slice(0, MAX_CHARS);
        const digest = rank(text);
        if (seen.has(digest)) continue;
        seen.add(digest);
        families.set(family, (families.get(family) ?? 0) + 1);
        docs.push({ id: `${q.source.name}:${path}`, title: doc.title, text, source: q.source.name });
      }
    }
  }
  return docs;
}
