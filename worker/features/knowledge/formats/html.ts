import { type HTMLElement, type Node, NodeType, parse } from "node-html-parser";
import type { Block, Extracted } from "./blocks";
import { squash } from "./blocks";

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "nav",
  "form",
  "button",
  "head",
  "footer",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "aside",
  "blockquote",
  "figure",
  "figcaption",
  "dd",
  "dt",
  "dl",
  "body",
  "html",
  "table",
  "thead",
  "tbody",
  "details",
  "summary",
  "address",
]);

/**
 * HTML to clean blocks: headings stay headings (h1-h6), list items become `- item` lines, table
 * rows become `cell | cell` lines, `pre` stays code, everything else becomes paragraphs of the
 * text a reader sees. Scripts, styles, navigation, footers and forms are dropped; entities are decoded.
 */
export function parseHtml(source: string): Extracted {
  const root = parse(source, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const blocks: Block[] = [];
  let inline: string[] = [];
  const flush = () => {
    const text = squash(inline.join(""));
    if (text) blocks.push({ kind: "paragraph", text });
    inline = [];
  };
  const walk = (node: Node): void => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      inline.push(node.text.replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    const tag = el.tagName?.toLowerCase() ?? "";
    if (SKIP.has(tag) || el.getAttribute("hidden") !== undefined || el.getAttribute("aria-hidden") === "true") return;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      const text = squash(el.text);
      if (text) blocks.push({ kind: "heading", level: Number(heading[1]), text });
      return;
    }
    if (tag === "ul" || tag === "ol") {
      flush();
      const items = el.childNodes
        .filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && (c as HTMLElement).tagName === "LI")
        .map((li) => `- ${squash(li.text)}`)
        .filter((l) => l.length > 2);
      if (items.length) blocks.push({ kind: "list", text: items.join("\n") });
      return;
    }
    if (tag === "pre") {
      flush();
      const text = el.text.trimEnd();
      if (text.trim()) blocks.push({ kind: "code", text });
      return;
    }
    if (tag === "tr") {
      flush();
      const cells = el.childNodes
        .filter((c) => c.nodeType === NodeType.ELEMENT_NODE)
        .map((c) => squash(c.text))
        .filter(Boolean);
      if (cells.length) blocks.push({ kind: "paragraph", text: cells.join(" | ") });
      return;
    }
    if (tag === "br") {
      inline.push(" ");
      return;
    }
    const isBlock = BLOCK.has(tag) || tag === "li";
    if (isBlock) flush();
    for (const child of el.childNodes) walk(child);
    if (isBlock) flush();
  };
  walk(root.querySelector("body") ?? root);
  flush();
  const titleTag = squash(root.querySelector("title")?.text ?? "");
  const h1 = blocks.find((b) => b.kind === "heading" && b.level === 1);
  return { title: titleTag || h1?.text || null, blocks };
}
