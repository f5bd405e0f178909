import type { Embedder } from "./embedder";
import { LOCAL_DIMENSIONS, LOCAL_EMBEDDER_VERSION, LOCAL_FUSION } from "./local-profile";

let loading: Promise<Embedder> | undefined;

/**
 * Loads ./local-embedder.ts (with its ~3.5 MB of WordNet and word-vector tables) on first use.
 * The production build defines `process.env.COMMANDCENTER_WORKERS_AI_ONLY` (wrangler.toml
 * `[env.production.define]`), so esbuild drops the dead branch and the tables with it: production
 * embeds with Workers AI and its bundle stays under the free plan's 3 MiB. `wrangler dev`,
 * `npm start`, the vitest pool and the benchmarks leave it undefined and load the tables.
 */
async function load(): Promise<Embedder> {
  if (process.env.COMMANDCENTER_WORKERS_AI_ONLY) {
    throw new Error("this build has no local embedder: bind Workers AI as AI");
  } else {
    const { LocalEmbedder } = await import("./local-embedder");
    return new LocalEmbedder();
  }
}

/**
 * The shipped local embedder behind a lazy import: id, length and fusion shares are known at once
 * (the vector index and fusion need them before anything is embedded), the model on first `embed`.
 */
export function localEmbedder(): Embedder {
  return {
    id: `${LOCAL_EMBEDDER_VERSION}:${LOCAL_DIMENSIONS}`,
    dimensions: LOCAL_DIMENSIONS,
    usesTermWeights: true,
    ...LOCAL_FUSION,
    async embed(texts, kind, termWeight) {
      loading ??= load();
      return (await loading).embed(texts, kind, termWeight);
    },
  };
}
