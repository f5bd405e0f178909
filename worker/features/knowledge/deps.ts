import type { TenantDeps } from "../../lib/context";
import type { Embedder } from "./embed/embedder";
import { localEmbedder } from "./embed/local";
import { WorkersAiEmbedder } from "./embed/workers-ai";
import { D1VectorIndex } from "./vectors/d1-index";
import type { VectorIndex } from "./vectors/vector-index";
import { VectorizeAdapter } from "./vectors/vectorize-adapter";

/** What knowledge services need beyond a tenant's deps: the embedder and vector index in use. */
export interface KnowledgeDeps extends TenantDeps {
  env: Env;
  embedder: Embedder;
  vectors: VectorIndex;
}

/**
 * Chooses the embedder and vector index from the bindings present: Workers AI's bge-base and
 * Vectorize in production, the local embedder and the D1 index otherwise. The choice lives here,
 * not beside the interfaces, so the implementations import their interface without a cycle. The
 * local embedder loads its tables on first use, and the production build leaves them out.
 */
export function knowledgeDeps(deps: TenantDeps & { env: Env }): KnowledgeDeps {
  const embedder = deps.env.AI ? new WorkersAiEmbedder(deps.env.AI) : localEmbedder();
  const vectors = deps.env.KNOWLEDGE
    ? new VectorizeAdapter(deps.env.KNOWLEDGE)
    : new D1VectorIndex(deps.env.DB, embedder.dimensions);
  return { ...deps, embedder, vectors };
}
