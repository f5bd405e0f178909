/** One structural piece of a document, as every format parser hands it to the chunker. */
export type Block =
  | { kind: "heading"; level: number; text: string; page?: number }
  | { kind: "paragraph" | "list" | "code"; text: string; page?: number };

/** What a format parser extracts: the blocks, and a title when the source names one. */
export interface Extracted {
  title: string | null;
  blocks: Block[];
}

/** Collapses runs of whitespace inside a line and trims it. */
export const squash = (text: string): string => text.replace(/[ \t\f\v\u00a0]+/g, " ").trim();

/** Plain text: paragraphs are separated by blank lines; there are no headings. */
export function parsePlainText(text: string): Extracted {
  const blocks: Block[] = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => squash(p.replace(/\n/g, " ")))
    .filter((p) => p.length > 0)
    .map((p) => ({ kind: "paragraph", text: p }));
  return { title: null, blocks };
}
