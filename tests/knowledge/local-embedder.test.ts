import { describe, expect, it } from "vitest";
import { localEmbedder } from "../../worker/features/knowledge/embed/local";
import { LocalEmbedder } from "../../worker/features/knowledge/embed/local-embedder";

describe("the lazily loaded local embedder", () => {
  it("names the same model, length and fusion shares as the embedder it loads", () => {
    const lazy = localEmbedder();
    const loaded = new LocalEmbedder();
    expect({ ...lazy, embed: undefined }).toEqual({
      id: loaded.id,
      dimensions: loaded.dimensions,
      usesTermWeights: loaded.usesTermWeights,
      hybridShare: loaded.hybridShare,
      rerankShare: loaded.rerankShare,
      embed: undefined,
    });
  });

  it("embeds exactly as the local embedder does", async () => {
    const texts = ["How do replicas agree on the leader?", "gossip membership protocol"];
    const weight = (stem: string) => (stem.startsWith("rep") ? 3 : 1);
    const [lazy, loaded] = await Promise.all([
      localEmbedder().embed(texts, "query", weight),
      new LocalEmbedder().embed(texts, "query", weight),
    ]);
    expect(lazy.map((v) => [...v])).toEqual(loaded.map((v) => [...v]));
    expect(lazy[0]?.length).toBe(localEmbedder().dimensions);
  });
});
