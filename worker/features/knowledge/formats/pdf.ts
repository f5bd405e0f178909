import { extractText, getDocumentProxy, getMeta } from "unpdf";
import type { Block, Extracted } from "./blocks";
import { squash } from "./blocks";

/** True when the bytes start like a PDF file (`%PDF-`), whatever the client said. */
export const looksLikePdf = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;

/** A short line that starts with a capital or a number and ends without punctuation reads as a heading. */
const isHeadingLine = (line: string): boolean =>
  line.length <= 80 && line.split(" ").length <= 10 && /^[A-Z0-9]/.test(line) && !/[.,;!?]$/.test(line);

/**
 * PDF text per page with unpdf (pdf.js built for edge runtimes). Each page's lines are joined into
 * paragraphs at blank lines and at lines that end a sentence, and every block keeps its page
 * number. PDFs carry no structure, so a short unpunctuated line that opens a paragraph is taken as
 * a heading. Throws when the file cannot be parsed; the caller records that as the failure reason.
 */
export async function parsePdf(bytes: Uint8Array): Promise<Extracted & { pages: number }> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const [{ totalPages, text }, meta] = await Promise.all([
    extractText(pdf, { mergePages: false }),
    getMeta(pdf).catch(() => null),
  ]);
  const blocks: Block[] = [];
  text.forEach((pageText, index) => {
    const page = index + 1;
    let para: string[] = [];
    const flush = () => {
      const joined = squash(para.join(" ").replace(/(\w)- (\w)/g, "$1$2"));
      if (joined) blocks.push({ kind: "paragraph", text: joined, page });
      para = [];
    };
    for (const raw of pageText.split("\n")) {
      const line = squash(raw);
      if (!line) {
        flush();
        continue;
      }
      if (!para.length && isHeadingLine(line)) {
        blocks.push({ kind: "heading", level: blocks.length === 0 ? 1 : 2, text: line, page });
        continue;
      }
      para.push(line);
      if (/[.!?:]["')\]]?$/.test(line) || para.length >= 12) flush();
    }
    flush();
  });
  const info = (meta?.info ?? {}) as Record<string, unknown>;
  const metaTitle = typeof info.Title === "string" ? squash(info.Title) : "";
  return { title: metaTitle || blocks[0]?.text.slice(0, 200) || null, blocks, pages: totalPages };
}
