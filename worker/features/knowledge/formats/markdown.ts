import { type Block, type Extracted, squash } from "./blocks";

const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;

/** Strips inline Markdown (links, emphasis, code ticks, images) down to the words a reader sees. */
export function inlineText(text: string): string {
  return squash(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, " ")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, "$1$2")
      .replace(/`([^`]+)`/g, "$1"),
  );
}

/**
 * Markdown to blocks with a line scanner: ATX and setext headings, fenced code, list items (each
 * item one line `- text`, a list one block) and paragraphs. Front matter is skipped, and its
 * `title:` is used as the title.
 */
export function parseMarkdown(source: string): Extracted {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let title: string | null = null;
  let i = 0;
  if (lines[0]?.trim() === "---") {
    const end = lines.indexOf("---", 1);
    if (end > 0) {
      const meta = lines.slice(1, end).find((l) => /^title\s*:/.test(l));
      if (meta) title = meta.replace(/^title\s*:\s*/, "").replace(/^["']|["']$/g, "") || null;
      i = end + 1;
    }
  }
  let para: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: "paragraph", text: inlineText(para.join(" ")) });
    if (list.length) blocks.push({ kind: "list", text: list.join("\n") });
    para = [];
    list = [];
  };
  for (; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !(lines[i] ?? "").trim().startsWith(fence[1] ?? "```"); i++)
        body.push(lines[i] ?? "");
      if (body.join("").trim()) blocks.push({ kind: "code", text: body.join("\n").trimEnd() });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      const text = inlineText(atx[2] ?? "");
      if (text) blocks.push({ kind: "heading", level: atx[1]?.length ?? 1, text });
      continue;
    }
    const setext = SETEXT.exec(line);
    if (setext && para.length === 1 && !list.length) {
      const text = inlineText(para[0] ?? "");
      para = [];
      blocks.push({ kind: "heading", level: setext[1]?.startsWith("=") ? 1 : 2, text });
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (LIST_ITEM.test(line)) {
      if (para.length) flush();
      list.push(`- ${inlineText(line.replace(LIST_ITEM, ""))}`);
      continue;
    }
    if (list.length && /^\s{2,}\S/.test(line)) {
      list[list.length - 1] += ` ${inlineText(line)}`;
      continue;
    }
    if (list.length) flush();
    para.push(line.replace(/^\s*>\s?/, ""));
  }
  flush();
  const first = blocks[0];
  if (!title && first?.kind === "heading" && first.level === 1) title = first.text;
  return { title, blocks };
}
