import type { Table } from "./formats";

/** What the MSBuild reader looks at in a project or props file, shaped as the XML parser gives it. */
export interface MsBuildParts {
  /** `<Project Sdk="...">`, trimmed. */
  sdk: string | undefined;
  /** `Name` of each `<Sdk>` child of `<Project>` (undefined for one without attributes). */
  sdkNames: (string | undefined)[];
  /** Each `<element>` of each `<ItemGroup>` child of `<Project>` that has attributes or children: "@Attr" keys, and `Version` when it has a `<Version>` child. */
  items: Table[];
}

const TOKEN =
  /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(source: string): Table {
  const table: Table = {};
  for (const match of source.matchAll(ATTRIBUTE)) table[`@${match[1] ?? ""}`] = (match[2] ?? match[3] ?? "").trim();
  return table;
}

/**
 * Finds the SDKs and the `element` items of an MSBuild file by scanning its tags, as
 * `readXml` + `table`/`list` would find them, at a fraction of a full parse's cost (and of its
 * JIT warm-up). The document must already have passed `XMLValidator`. Returns null for anything
 * the scan does not model (CDATA, a DOCTYPE, markup inside a `<Version>`, a "<" no tag pattern
 * matches), which the caller then parses in full.
 */
export function scanMsBuild(content: string, element: string): MsBuildParts | null {
  if (content.includes("<![CDATA[") || content.includes("<!DOCTYPE")) return null;
  const parts: MsBuildParts = { sdk: undefined, sdkNames: [], items: [] };
  const stack: string[] = [];
  let item: { table: Table; children: number } | null = null;
  let versions: unknown[] = [];
  let versionStart = -1;
  let rootIsProject = false;
  let last = 0;
  for (const match of content.matchAll(TOKEN)) {
    const at = match.index;
    if (content.slice(last, at).includes("<")) return null;
    last = at + match[0].length;
    const name = match[2];
    if (name === undefined) continue;
    const closing = match[1] === "/";
    const selfClosing = match[4] === "/";
    if (closing) {
      const depth = stack.length;
      if (depth === 4 && item && name === "Version" && versionStart >= 0) {
        const text = content.slice(versionStart, at);
        if (text.includes("<")) return null;
        versions[versions.length - 1] = text.trim();
        versionStart = -1;
      }
      if (depth === 3 && item) finishItem(parts, item, versions);
      if (depth === 3) item = null;
      stack.pop();
      continue;
    }
    const depth = stack.length;
    const attrs = match[3] ?? "";
    if (depth === 0) {
      rootIsProject = name === "Project";
      if (rootIsProject) parts.sdk = attributes(attrs)["@Sdk"] as string | undefined;
    } else if (rootIsProject && depth === 1 && name === "Sdk") {
      const own = attributes(attrs);
      parts.sdkNames.push(Object.keys(own).length > 0 ? (own["@Name"] as string | undefined) : undefined);
    } else if (rootIsProject && depth === 2 && stack[1] === "ItemGroup" && name === element) {
      item = { table: attributes(attrs), children: 0 };
      versions = [];
      if (selfClosing) {
        finishItem(parts, item, versions);
        item = null;
      }
    } else if (depth === 3 && item) {
      item.children += 1;
      if (name === "Version") {
        const own = attributes(attrs);
        const versioned = Object.keys(own).length > 0;
        versions.push(versioned ? own : "");
        versionStart = versioned || selfClosing ? -1 : last;
      }
    }
    if (!selfClosing) stack.push(name);
  }
  if (content.slice(last).includes("<")) return null;
  return parts;
}

function finishItem(parts: MsBuildParts, item: { table: Table; children: number }, versions: unknown[]): void {
  if (versions.length === 1) item.table.Version = versions[0];
  else if (versions.length > 1) item.table.Version = versions;
  if (Object.keys(item.table).length > 0 || item.children > 0) parts.items.push(item.table);
}
