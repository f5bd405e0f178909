import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../worker/features/knowledge/formats/markdown";
import { chunkBlocks, estimateTokens } from "../../worker/features/knowledge/ingest/chunker";

const sentence = (i: number) => `Sentence number ${i} talks about durable storage and replication.`;

describe("chunking by structure", () => {
  it("starts a new chunk at every heading and keeps the heading path", () => {
    const { blocks } = parseMarkdown("# A\n\nalpha\n\n## B\n\nbeta\n\n### C\n\ngamma\n\n## D\n\ndelta");
    const chunks = chunkBlocks(blocks);
    expect(chunks.map((c) => [c.headingPath, c.text])).toEqual([
      [["A"], "alpha"],
      [["A", "B"], "beta"],
      [["A", "B", "C"], "gamma"],
      [["A", "D"], "delta"],
    ]);
  });

  it("packs paragraphs up to the token budget and never goes over it", () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => sentence(i));
    const chunks = chunkBlocks(
      paragraphs.map((text) => ({ kind: "paragraph", text })),
      { maxTokens: 100, overlapTokens: 0 },
    );
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(100);
    expect(
      chunks
        .map((c) => c.text)
        .join("\n")
        .split("\n"),
    ).toEqual(paragraphs);
  });

  it("repeats the end of a chunk at the start of the next when a section is cut", () => {
    const text = Array.from({ length: 30 }, (_, i) => sentence(i)).join(" ");
    const chunks = chunkBlocks([{ kind: "paragraph", text }], { maxTokens: 80, overlapTokens: 20 });
    expect(chunks.length).toBeGreaterThan(2);
    for (let i = 1; i < chunks.length; i++) {
      const previous = chunks[i - 1]?.text ?? "";
      const lastSentence = previous.slice(previous.lastIndexOf("Sentence number"));
      expect(chunks[i]?.text.startsWith(lastSentence)).toBe(true);
      expect(chunks[i]?.tokens).toBeLessThanOrEqual(80);
    }
  });

  it("does not carry overlap across a heading", () => {
    const { blocks } = parseMarkdown(`# One\n\n${sentence(1)}\n\n# Two\n\n${sentence(2)}`);
    const chunks = chunkBlocks(blocks, { maxTokens: 512, overlapTokens: 48 });
    expect(chunks[1]?.text).toBe(sentence(2));
  });

  it("cuts a sentence longer than the budget by words", () => {
    const long = Array.from({ length: 300 }, (_, i) => `w${i}`).join(" ");
    const chunks = chunkBlocks([{ kind: "paragraph", text: long }], { maxTokens: 65, overlapTokens: 0 });
    for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(65);
    expect(chunks.map((c) => c.text).join(" ")).toBe(long);
  });

  it("starts a new chunk on a new page and records it", () => {
    const chunks = chunkBlocks([
      { kind: "paragraph", text: "first page", page: 1 },
      { kind: "paragraph", text: "still first", page: 1 },
      { kind: "paragraph", text: "second page", page: 2 },
    ]);
    expect(chunks.map((c) => [c.page, c.text])).toEqual([
      [1, "first page\nstill first"],
      [2, "second page"],
    ]);
  });

  it("reserves room for the heading path in the budget", () => {
    const heading = "A very long heading that uses up a good part of the budget for every chunk below it";
    const body = Array.from({ length: 20 }, (_, i) => sentence(i)).join(" ");
    const chunks = chunkBlocks(
      [
        { kind: "heading", level: 1, text: heading },
        { kind: "paragraph", text: body },
      ],
      { maxTokens: 120, overlapTokens: 0 },
    );
    for (const c of chunks) expect(c.tokens + estimateTokens(heading)).toBeLessThanOrEqual(120);
  });
});
