import type { Embedder, EmbedKind } from "./embedder";
import { normalize } from "./embedder";

const MODEL = "@cf/baai/bge-base-en-v1.5";
/** Workers AI takes up to 100 texts per bge call. */
const BATCH = 100;
/** bge v1.5's retrieval instruction for short queries; passages are embedded as they are. */
const QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

/** Embeddings from Workers AI's bge-base-en-v1.5 (768 dimensions), in batches of 100. */
export class WorkersAiEmbedder implements Embedder {
  readonly id = `workers-ai:${MODEL}`;
  readonly dimensions = 768;
  readonly usesTermWeights = false;
  /**
   * Not measured here (no account): bge-base is a trained retrieval model, so its list gets real
   * weight. Choose it with `EMBEDDER=workers-ai SEARCH_SETS=dev npm run bench:search:quality`.
   */
  readonly hybridShare = 0.4;
  readonly rerankShare = null;

  constructor(private readonly ai: Ai) {}

  async embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += BATCH) {
      const batch = texts.slice(i, i + BATCH).map((t) => (kind === "query" ? QUERY_PREFIX + t : t));
      const result = (await this.ai.run(MODEL, { text: batch })) as { data?: number[][] };
      if (!result.data || result.data.length !== batch.length) {
        throw new Error(`Workers AI returned ${result.data?.length ?? 0} embeddings for ${batch.length} texts`);
      }
      for (const values of result.data) out.push(normalize(Float32Array.from(values)));
    }
    return out;
  }
}
