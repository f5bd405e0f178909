import type { TenantDeps } from "../../lib/context";
import { type Embedder, embedderFor } from "./embed/embedder";
import { type VectorIndex, vectorIndexFor } from "./vectors/vector-index";

/** What knowledge services need beyond a tenant's deps: the embedder and vector index in use. */
export interface KnowledgeDeps extends TenantDeps {
  env: Env;
  embedder: Embedder;
  vectors: VectorIndex;
}

/** Chooses the embedder and vector index from the bindings present (Workers AI and Vectorize in production). */
export function knowledgeDeps(deps: TenantDeps & { env: Env }): KnowledgeDeps {
  return { ...deps, embedder: embedderFor(deps.env), vectors: vectorIndexFor(deps.env) };
}
