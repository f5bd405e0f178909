import { createTenantRouter } from "../../lib/openapi";
import { documentRoutes } from "./documents/documents.routes";
import { entryRoutes } from "./entries/entries.routes";
import { feedRoutes } from "./feeds/feeds.routes";
import { searchRoutes } from "./search/search.routes";

/**
 * The knowledge base: documents (ingested files, pages and feed items), search, feeds, and entries
 * (notes written in the API). Every folder here serves one of them, plus `ingest/` (extract, chunk,
 * fetch, which row a source goes into), `indexing/` (chunks and vectors of a document),
 * `formats/`, `embed/` and `vectors/`.
 */
export const knowledgeRoutes = createTenantRouter()
  .route("/", documentRoutes)
  .route("/", searchRoutes)
  .route("/", feedRoutes)
  .route("/", entryRoutes);
