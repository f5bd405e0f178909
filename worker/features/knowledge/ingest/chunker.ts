import type { Block } from "../formats/blocks";

/** A passage ready to index: its heading path, page (PDFs) and text. */
export interface Chunk {
  seq: number;
  headingPath: string[];
  page: number | null;
  text: string;
  tokens: number;
}

export interface ChunkOptions {
  /** Token budget per chunk including its heading path (bge models read 512 tokens). */
  maxTokens: number;
  /** Tokens repeated from the end of a chunk at the start of the next when a section is cut. */
  overlapTokens: number;
  /** Tokens to leave for text embedded with every chunk (the document title). */
  reserveTokens?: number;
}

export const DEFAULT_CHUNKING: ChunkOptions = { maxTokens: 512, overlapTokens: 48 };

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Approximate model tokens: words x 1.3, which tracks WordPiece counts for English prose. */
export const estimateTokens = (text: string): number => Math.ceil(words(text).length * 1.3);

interface Piece {
  text: string;
  tokens: number;
  block: number;
}

/** Cuts a block that is over budget: list and code blocks by line, prose by sentence, then by words. */
function split(block: Block, budget: number): string[] {
  const units =
    block.kind === "list" || block.kind === "code"
      ? block.text.split("\n")
      : (block.text.match(/[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g) ?? [block.text]);
  const out: string[] = [];
  for (const raw of units) {
    const unit = raw.trim();
    if (!unit) continue;
    if (estimateTokens(unit) <= budget) {
      out.push(unit);
      continue;
    }
    const w = words(unit);
    const step = Math.max(1, Math.floor(budget / 1.3));
    for (let i = 0; i < w.length; i += step) out.push(w.slice(i, i + step).join(" "));
  }
  return out;
}

/**
 * Cuts blocks into chunks along the document's structure: a heading always starts a new chunk
 * (its path goes with every chunk under it), paragraphs are packed together up to the token
 * budget, an oversized paragraph is cut at sentences, and a chunk cut inside a section carries
 * the last sentences of the previous one (up to `overlapTokens`). A page change starts a new
 * chunk, so every chunk has one page.
 */
export function chunkBlocks(blocks: Block[], options: ChunkOptions = DEFAULT_CHUNKING): Chunk[] {
  const chunks: Chunk[] = [];
  const path: { level: number; text: string }[] = [];
  let current: Piece[] = [];
  let carried = 0;
  let page: number | null = null;

  const headingPath = () => path.map((h) => h.text);
  const budget = () =>
    Math.max(64, options.maxTokens - (options.reserveTokens ?? 0) - estimateTokens(headingPath().join(" ")));
  const used = () => current.reduce((sum, p) => sum + p.tokens, 0);

  const emit = () => {
    if (current.length > carried) {
      let text = "";
      current.forEach((p, i) => {
        text += i === 0 ? p.text : `${p.block === current[i - 1]?.block ? " " : "\n"}${p.text}`;
      });
      chunks.push({ seq: chunks.length, headingPath: headingPath(), page, text, tokens: estimateTokens(text) });
    }
    current = [];
    carried = 0;
  };

  const overlapFrom = (previous: Piece[]): Piece[] => {
    const kept: Piece[] = [];
    let total = 0;
    for (let i = previous.length - 1; i >= 0; i--) {
      const p = previous[i];
      if (!p || total + p.tokens > options.overlapTokens) break;
      kept.unshift(p);
      total += p.tokens;
    }
    if (kept.length === 0 && options.overlapTokens > 0) {
      const last = previous[previous.length - 1];
      if (last) {
        const tail = words(last.text).slice(-Math.floor(options.overlapTokens / 1.3));
        if (tail.length) kept.push({ text: tail.join(" "), tokens: estimateTokens(tail.join(" ")), block: last.block });
      }
    }
    return kept;
  };

  blocks.forEach((block, index) => {
    const blockPage = block.page ?? null;
    if (blockPage !== page) {
      emit();
      page = blockPage;
    }
    if (block.kind === "heading") {
      emit();
      while (path.length && (path[path.length - 1]?.level ?? 0) >= block.level) path.pop();
      path.push({ level: block.level, text: block.text });
      return;
    }
    const limit = budget();
    const pieces = estimateTokens(block.text) <= limit ? [block.text] : split(block, limit);
    for (const text of pieces) {
      const piece = { text, tokens: estimateTokens(text), block: index };
      if (current.length > carried && used() + piece.tokens > limit) {
        const previous = current;
        emit();
        const overlap = overlapFrom(previous);
        current = overlap.reduce((sum, p) => sum + p.tokens, 0) + piece.tokens <= limit ? overlap : [];
        carried = current.length;
      }
      current.push(piece);
    }
  });
  emit();
  return chunks;
}
