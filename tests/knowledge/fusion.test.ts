import { describe, expect, it } from "vitest";
import { LOCAL_WEIGHTS, LocalEmbedder } from "../../worker/features/knowledge/embed/local-embedder";
import {
  confidenceWeights,
  listConfidence,
  type Ranked,
  RRF_K,
  reciprocalRankFusion,
} from "../../worker/features/knowledge/search/fusion";

const list = (ids: string[], scores: number[]): Ranked<string>[] => ids.map((id, i) => ({ id, score: scores[i] ?? 0 }));
const falling = (n: number, top: number, step: number) => Array.from({ length: n }, (_, i) => top - i * step);

describe("reciprocal rank fusion", () => {
  it("adds 1 / (k + rank) from each list, so agreement beats a single first place", () => {
    const fused = reciprocalRankFusion(list(["a", "b", "c"], [9, 8, 7]), list(["b", "c", "a"], [0.9, 0.8, 0.7]));
    expect(fused.map((f) => f.id)).toEqual(["b", "a", "c"]);
    const b = fused[0];
    expect(b?.score).toBeCloseTo(1 / (RRF_K + 2) + 1 / (RRF_K + 1), 12);
    expect(b?.keywordRank).toBe(2);
    expect(b?.semanticRank).toBe(1);
  });

  it("scales each list's share by its weight", () => {
    const keyword = list(["a", "b"], [2, 1]);
    const semantic = list(["b", "a"], [0.9, 0.1]);
    expect(reciprocalRankFusion(keyword, semantic, RRF_K, { keyword: 1, semantic: 0 }).map((f) => f.id)).toEqual([
      "a",
      "b",
    ]);
    expect(reciprocalRankFusion(keyword, semantic, RRF_K, { keyword: 0.2, semantic: 1 }).map((f) => f.id)).toEqual([
      "b",
      "a",
    ]);
  });
});

describe("list confidence", () => {
  const ids = Array.from({ length: 30 }, (_, i) => `d${i}`);

  it("is 0 for a list that cannot tell its candidates apart and near 1 when its head stands out", () => {
    expect(listConfidence(list(ids, Array(30).fill(0.4)))).toBe(0);
    const standsOut = [0.9, ...Array(29).fill(0.2)];
    expect(listConfidence(list(ids, standsOut))).toBe(1);
    const even = falling(30, 30, 1);
    expect(listConfidence(list(ids, even))).toBeCloseTo(9 / 29, 12);
  });

  it("reads the shape of the scores, not their scale or offset (bm25 and cosine alike)", () => {
    const scores = [0.62, 0.55, 0.51, 0.5, 0.49, 0.48, 0.47, 0.47, 0.46, 0.45, ...falling(20, 0.44, 0.005)];
    const base = listConfidence(list(ids, scores));
    expect(base).toBeGreaterThan(0);
    expect(base).toBeLessThan(1);
    expect(
      listConfidence(
        list(
          ids,
          scores.map((s) => s * 40 + 3),
        ),
      ),
    ).toBeCloseTo(base, 12);
  });

  it("counts lists too short to judge fully, and never weighs both lists down to nothing", () => {
    expect(listConfidence(list(["a", "b"], [1, 0.5]))).toBe(1);
    const flat = list(ids, Array(30).fill(1));
    expect(confidenceWeights(flat, flat)).toEqual({ keyword: 1, semantic: 1 });
  });

  it("lets a confident keyword list keep its order against an unsure semantic one", () => {
    const keyword = list(["right", ...ids.slice(0, 29)], [12, ...Array(29).fill(2)]);
    // The semantic list's first ten are nearly tied, then fall away: it cannot tell them apart.
    const unsure = [...falling(10, 0.3, 0.001), ...falling(20, 0.2, 0.005)];
    const semantic = list([...ids.slice(0, 5), "right", ...ids.slice(5, 29)], unsure);
    const plain = reciprocalRankFusion(keyword, semantic);
    const weighted = reciprocalRankFusion(keyword, semantic, RRF_K, confidenceWeights(keyword, semantic));
    expect(plain[0]?.id).not.toBe("right");
    expect(weighted[0]?.id).toBe("right");
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
