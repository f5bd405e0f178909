import { describe, expect, it } from "vitest";
import { LOCAL_WEIGHTS, LocalEmbedder } from "../../worker/features/knowledge/embed/local-embedder";
import { terms } from "../../worker/features/knowledge/embed/tokenize";
import { wordVectors } from "../../worker/features/knowledge/embed/word-vectors";
import { hybridWeights, type Ranked, scoreFusion } from "../../worker/features/knowledge/search/fusion";
import { coverage } from "../../worker/features/knowledge/search/relevance";

const list = (ids: string[], scores: number[]): Ranked<string>[] => ids.map((id, i) => ({ id, score: scores[i] ?? 0 }));
const ids = (fused: { id: string }[]) => fused.map((f) => f.id);

describe("score fusion", () => {
  it("keeps the keyword order exactly when the semantic list has no weight", () => {
    const keyword = list(["a", "b", "c"], [9, 8, 1]);
    const semantic = list(["c", "b", "x"], [0.9, 0.5, 0.1]);
    expect(ids(scoreFusion(keyword, semantic, { keyword: 1, semantic: 0 })).slice(0, 3)).toEqual(["a", "b", "c"]);
  });

  it("lets a small semantic weight reorder documents whose keyword scores are close, not distant ones", () => {
    const keyword = list(["a", "b", "c", "z"], [10, 9.8, 5, 0]);
    const semantic = list(["b", "c", "a"], [0.9, 0.8, 0.1]);
    const fused = ids(scoreFusion(keyword, semantic, { keyword: 0.9, semantic: 0.1 }));
    expect(fused.slice(0, 3)).toEqual(["b", "a", "c"]);
  });

  it("scales bm25 and cosine alike: multiplying a list's scores does not change the order", () => {
    const keyword = list(["a", "b", "c"], [3, 2, 1]);
    const semantic = list(["c", "a", "b"], [0.7, 0.6, 0.2]);
    const weights = { keyword: 0.5, semantic: 0.5 };
    const scaled = list(["a", "b", "c"], [300, 200, 100]);
    expect(ids(scoreFusion(scaled, semantic, weights))).toEqual(ids(scoreFusion(keyword, semantic, weights)));
  });

  it("adds documents only the semantic list found, below the keyword list's head", () => {
    const fused = scoreFusion(list(["a", "b"], [2, 1]), list(["n", "a"], [0.9, 0.8]), { keyword: 0.9, semantic: 0.1 });
    expect(ids(fused)).toContain("n");
    expect(fused[0]?.id).toBe("a");
    expect(fused.find((f) => f.id === "n")?.keywordRank).toBeNull();
  });
});

describe("hybrid weights", () => {
  const some = list(["a"], [1]);

  it("gives semantic the embedder's share and keyword the rest when both lists found something", () => {
    expect(hybridWeights(some, some, 0.4)).toEqual({ keyword: 0.6, semantic: 0.4 });
    expect(hybridWeights(some, some, 0)).toEqual({ keyword: 1, semantic: 0 });
  });

  it("hands everything to the list that found something when the other found nothing", () => {
    expect(hybridWeights([], some, 0)).toEqual({ keyword: 0, semantic: 1 });
    expect(hybridWeights(some, [], 0.4)).toEqual({ keyword: 1, semantic: 0 });
  });

  it("with no semantic weight keeps keyword's order and puts documents only semantic found after it", () => {
    const keyword = list(["a", "b"], [2, 1]);
    const semantic = list(["n", "b", "a"], [0.9, 0.5, 0.1]);
    expect(ids(scoreFusion(keyword, semantic, hybridWeights(keyword, semantic, 0)))).toEqual(["a", "b", "n"]);
  });
});

describe("coverage", () => {
  const idf = (stem: string) => (stem === "tombston" ? 5 : 1);

  it("is the rarity-weighted share of the query's words the document contains", () => {
    expect(coverage("tombstone compaction", ["Compaction removes tombstones"], idf)).toBe(1);
    expect(coverage("tombstone compaction", ["compaction only"], idf)).toBeCloseTo(1 / 6, 9);
    expect(coverage("tombstone compaction", ["tombstones only"], idf)).toBeCloseTo(5 / 6, 9);
  });

  it("is 0 for a query of stopwords only and for a document sharing no word", () => {
    expect(coverage("what is it", ["anything"], idf)).toBe(0);
    expect(coverage("canteen menu", ["kafka topics"], idf)).toBe(0);
  });
});

describe("local embedder features", () => {
  const embedder = new LocalEmbedder();
  const wordnetMass = (text: string) =>
    [...embedder.features(text)].filter(([f]) => f.startsWith("s:")).reduce((sum, [, w]) => sum + w, 0);

  it("gives every word's WordNet concepts the same total weight, however many senses it has", () => {
    expect(wordnetMass("file")).toBeCloseTo(LOCAL_WEIGHTS.expansions, 9);
    expect(wordnetMass("weekend")).toBeCloseTo(LOCAL_WEIGHTS.expansions, 9);
    expect(wordnetMass("kubernetes")).toBe(0);
  });

  it("scales the budget with the caller's term weight", () => {
    const weighted = [...embedder.features("file", () => 3)].filter(([f]) => f.startsWith("s:"));
    expect(weighted.reduce((sum, [, w]) => sum + w, 0)).toBeCloseTo(3 * LOCAL_WEIGHTS.expansions, 9);
  });

  it("embeds into unit vectors of its dimensions, related words closer than unrelated ones", async () => {
    const [a, b, c] = await embedder.embed(["a fast error", "a quick fault", "the kubernetes pod"], "document");
    const dot = (x?: Float32Array, y?: Float32Array) => {
      let sum = 0;
      for (let i = 0; i < (x?.length ?? 0); i++) sum += (x?.[i] ?? 0) * (y?.[i] ?? 0);
      return sum;
    };
    expect(a?.length).toBe(embedder.dimensions);
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c) + 0.05);
  });
});

const table = await wordVectors();

describe("pretrained word vectors", () => {
  const dot = (x: Float32Array, y: Float32Array) => x.reduce((sum, v, i) => sum + v * (y[i] ?? 0), 0);
  const embed = (text: string) => table.embed(terms(text));

  it("put texts about the same thing in other words closer than texts on another topic", () => {
    const question = embed("who gets woken at night when the server is down");
    const answer = embed("the on-call engineer is paged after midnight if the service fails");
    const other = embed("quarterly tax forms and invoice payment terms");
    expect(dot(question, answer)).toBeGreaterThan(dot(question, other) + 0.1);
  });

  it("give unit vectors, and the zero vector to a text without a known word", () => {
    expect(dot(embed("database replication lag"), embed("database replication lag"))).toBeCloseTo(1, 5);
    expect(embed("zzqxv qqzzv").every((x) => x === 0)).toBe(true);
  });

  it("look a word up by its stem when its own form is not in the table", () => {
    expect(dot(embed("replicating"), embed("replicate"))).toBeGreaterThan(0.99);
  });
});
