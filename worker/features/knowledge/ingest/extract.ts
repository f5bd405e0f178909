import type { Block, Extracted } from "../formats/blocks";
import { parsePlainText } from "../formats/blocks";
import { parseHtml } from "../formats/html";
import { parseMarkdown } from "../formats/markdown";
import { parsePdf } from "../formats/pdf";
import type { KnowledgeLimits } from "../limits";
import { type Chunk, chunkBlocks, DEFAULT_CHUNKING, estimateTokens } from "./chunker";

export const INGEST_FORMATS = ["markdown", "text", "html", "pdf"] as const;
export type IngestFormat = (typeof INGEST_FORMATS)[number];

/** A document that cannot be indexed as sent (corrupt, empty, too large); the message says why. */
export class DocumentRejected extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = "DocumentRejected";
  }
}

/** Decodes UTF-8 text, dropping a byte-order mark. */
export const decodeText = (bytes: Uint8Array): string => new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");

/** Structure of a source in one of the supported formats. */
export async function extract(format: IngestFormat, bytes: Uint8Array): Promise<Extracted> {
  if (format === "pdf") {
    try {
      return await parsePdf(bytes);
    } catch (err) {
      throw new DocumentRejected(`the PDF could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const text = decodeText(bytes);
  if (format === "html") return parseHtml(text);
  if (format === "markdown") return parseMarkdown(text);
  return parsePlainText(text);
}

/** The blocks as Markdown-like text: what the document's `content` shows. */
export function renderBlocks(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === "heading"
        ? `${"#".repeat(b.level)} ${b.text}`
        : b.kind === "code"
          ? `\`\`\`\n${b.text}\n\`\`\``
          : b.text,
    )
    .join("\n\n");
}

/** A document cut into chunks, with the text it shows and the title it found. */
export interface Prepared {
  title: string | null;
  content: string;
  chunks: Chunk[];
}

/**
 * Extracts and chunks a source, enforcing the text and chunk limits. The title (the caller's, or
 * the source's own) is reserved in every chunk's token budget since it is embedded with each one.
 */
export async function prepare(
  format: IngestFormat,
  bytes: Uint8Array,
  title: string | null,
  limits: KnowledgeLimits,
): Promise<Prepared> {
  const extracted = await extract(format, bytes);
  const content = renderBlocks(extracted.blocks);
  const size = new TextEncoder().encode(content).byteLength;
  if (size > limits.maxTextBytes) {
    throw new DocumentRejected(
      `the text is ${size} bytes; documents are limited to ${limits.maxTextBytes} bytes of text`,
      true,
    );
  }
  const finalTitle = title ?? extracted.title;
  const chunks = chunkBlocks(extracted.blocks, {
    ...DEFAULT_CHUNKING,
    reserveTokens: estimateTokens(finalTitle ?? ""),
  });
  if (chunks.length > limits.maxChunks) {
    throw new DocumentRejected(`the document makes ${chunks.length} chunks; the limit is ${limits.maxChunks}`, true);
  }
  return { title: finalTitle, content, chunks };
}
