import { describe, expect, it } from "vitest";
import corpusJson from "../fixtures/knowledge/corpus/corpus.json?raw";
import { createTenant, instanceAdmin } from "../helpers";
import { ingestDoc, search } from "./knowledge-helpers";

interface Corpus {
  documents: { id: string; title: string; tags: string[]; text: string }[];
  queries: { q: string; relevant: string[] }[];
}
const corpus = JSON.parse(corpusJson) as Corpus;
const admin = await instanceAdmin();
const t = await createTenant(admin);
const idOf = new Map<string, string>();

for (const doc of corpus.documents) {
  const res = await ingestDoc(t.write, {
    title: doc.title,
    content: doc.text,
    tags: doc.tags,
    sourceUrl: `https://fixture.test/${doc.id}`,
  });
  idOf.set(res.document.id, doc.id);
}

async function measure(mode: "keyword" | "semantic" | "hybrid") {
  let recall5 = 0;
  let mrr10 = 0;
  for (const query of corpus.queries) {
    const hits = await search(t.read, { q: query.q, mode, limit: 10 });
    const ranked = hits.map((h) => idOf.get(h.document.id));
    const found = query.relevant.filter((r) => ranked.slice(0, 5).includes(r)).length;
    recall5 += found / query.relevant.length;
    const first = ranked.findIndex((id) => id !== undefined && query.relevant.includes(id));
    mrr10 += first >= 0 && first < 10 ? 1 / (first + 1) : 0;
  }
  return { recall5: recall5 / corpus.queries.length, mrr10: mrr10 / corpus.queries.length };
}

describe("search quality on the labelled fixture", () => {
  it("ranks the relevant document no lower in hybrid mode than by keywords alone (MRR@10)", async () => {
    const keyword = await measure("keyword");
    const semantic = await measure("semantic");
    const hybrid = await measure("hybrid");
    expect(hybrid.mrr10, JSON.stringify({ keyword, semantic, hybrid })).toBeGreaterThanOrEqual(keyword.mrr10);
    expect(semantic.recall5).toBeGreaterThan(0.5);
  }, 120_000);
});
