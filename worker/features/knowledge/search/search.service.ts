import type { KnowledgeDeps } from "../deps";
import { STOPWORDS, terms, words } from "../embed/tokenize";
import { HEADING_SEPARATOR } from "../indexing/store";
import { type Fused, hybridWeights, type Ranked } from "./fusion";
import { chooseFusion, fuse, hybridPlan, keywordConfidence, rankDocuments } from "./hybrid";
import { coverage, NOTHING_RELEVANT_BELOW } from "./relevance";
import type { SearchInput, SearchResultBody } from "./search.schema";
import { FTS_MARKS, markedToHtml, snippetFor } from "./snippet";

/** Candidates each list contributes before fusion. */
const CANDIDATES = 50;
const CHUNKS_PER_DOCUMENT = 3;
/** bm25 column weights: title, heading path, text. */
const BM25 = "bm25(knowledge_fts, 4.0, 2.0, 1.0)";

/**
 * The FTS5 query for free text: each non-stopword as a quoted term, OR-ed, so bm25 ranks chunks
 * by how many and how rare the matched terms are. Quoting keeps FTS5 syntax out of user input.
 */
export function ftsQuery(q: string): string | null {
  const list = [...new Set(words(q).filter((w) => !STOPWORDS.has(w)))].slice(0, 32);
  return list.length ? list.map((w) => `"${w.replaceAll('"', "")}"`).join(" OR ") : null;
}

/** Ids of the project's documents having any of the tags and any of the technologies. */
async function allowedDocuments(deps: KnowledgeDeps, q: SearchInput): Promise<string[] | undefined> {
  if (!q.tags?.length && !q.technology?.length) return undefined;
  const where = ["project_id = ?"];
  const binds: unknown[] = [deps.projectId];
  if (q.tags?.length) {
    where.push("exists (select 1 from json_each(tags) where value in (select value from json_each(?)))");
    binds.push(JSON.stringify(q.tags));
  }
  if (q.technology?.length) {
    where.push("exists (select 1 from json_each(technology_ids) where value in (select value from json_each(?)))");
    binds.push(JSON.stringify(q.technology));
  }
  const { results } = await deps.env.DB.prepare(`select id from knowledge_entries where ${where.join(" and ")}`)
    .bind(...binds)
    .all<{ id: string }>();
  return results.map((r) => r.id);
}

interface KeywordHit extends Ranked {
  snippet: string;
}

/** Keyword list: FTS5 MATCH ranked by bm25, then snippets for the top rows only. */
async function keywordSearch(
  deps: KnowledgeDeps,
  text: string,
  docs: string[] | undefined,
  k: number,
): Promise<KeywordHit[]> {
  const match = ftsQuery(text);
  if (!match || docs?.length === 0) return [];
  const filter = docs ? "and c.document_id in (select value from json_each(?4))" : "";
  // Without a document filter the project check reads the (project_id, id) index instead of each
  // matching chunk's row: the rows hold the chunk text, so reading them cost most of the query.
  const chunks = docs ? "knowledge_chunks c" : "knowledge_chunks c indexed by knowledge_chunks_project_idx";
  const { open, close, ellipsis } = FTS_MARKS;
  const sql = `with ranked as (
      select knowledge_fts.rowid as id, ${BM25} as score
      from knowledge_fts join ${chunks} on c.id = knowledge_fts.rowid
      where knowledge_fts match ?1 and c.project_id = ?2 ${filter}
      order by score limit ?3)
    select ranked.id, ranked.score, snippet(knowledge_fts, 2, '${open}', '${close}', '${ellipsis}', 24) as snippet
    from ranked join knowledge_fts on knowledge_fts.rowid = ranked.id
    where knowledge_fts match ?1
    order by ranked.score`;
  const binds: unknown[] = [match, deps.projectId, k];
  if (docs) binds.push(JSON.stringify(docs));
  const { results } = await deps.env.DB.prepare(sql)
    .bind(...binds)
    .all<{ id: number; score: number; snippet: string }>();
  return results.map((r) => ({ id: r.id, score: -r.score, snippet: markedToHtml(r.snippet) }));
}

/** The number of indexed chunks changes slowly; it is counted again at most once a minute. */
const CHUNK_TOTAL_TTL_MS = 60_000;
let chunkTotal: { n: number; at: number } | undefined;

/**
 * Inverse document frequency of the query's words over the indexed chunks (FTS5's vocabulary
 * table), so the local embedder weighs "tombstone" above "table" in a query.
 */
async function termWeights(deps: KnowledgeDeps, text: string): Promise<(stem: string) => number> {
  const stems = [...new Set(terms(text).map((t) => t.stem))];
  const fresh = chunkTotal !== undefined && Date.now() - chunkTotal.at < CHUNK_TOTAL_TTL_MS;
  const [vocab, total] = await deps.env.DB.batch<{ term?: string; doc?: number; n?: number }>([
    deps.env.DB.prepare(
      "select term, doc from knowledge_fts_vocab where term in (select value from json_each(?))",
    ).bind(JSON.stringify(stems)),
    ...(fresh ? [] : [deps.env.DB.prepare("select count(*) as n from knowledge_chunks")]),
  ]);
  if (!fresh) chunkTotal = { n: total?.results[0]?.n ?? 0, at: Date.now() };
  const n = chunkTotal?.n ?? 0;
  const df = new Map((vocab?.results ?? []).map((r) => [r.term ?? "", r.doc ?? 0]));
  return (stem) => Math.log((n + 1) / ((df.get(stem) ?? 0) + 1));
}

/** Semantic list: the query's embedding against the project's vectors, filters applied first. */
async function semanticSearch(
  deps: KnowledgeDeps,
  text: string,
  docs: string[] | undefined,
  k: number,
  termWeightsOf: Promise<(stem: string) => number>,
): Promise<Ranked[]> {
  if (docs?.length === 0) return [];
  const [weights] = await Promise.all([termWeightsOf, deps.vectors.prepare?.(deps.projectId)]);
  const [vector] = await deps.embedder.embed([text], "query", deps.embedder.usesTermWeights ? weights : undefined);
  if (!vector) return [];
  const matches = await deps.vectors.query(vector, { projectId: deps.projectId, topK: k, documentIds: docs });
  return matches.map((m) => ({ id: Number(m.id), score: m.score }));
}

interface ChunkRow {
  id: number;
  document_id: string;
  seq: number;
  heading: string;
  page: number | null;
  text: string;
  title: string;
  source_type: SearchResultBody["data"][number]["document"]["sourceType"];
  source_url: string | null;
  tags: string;
  technology_ids: string;
}

/**
 * Searches a project's knowledge: keyword (FTS5 bm25 with snippets), semantic (embedding top-K)
 * or hybrid (score fusion of both, see ./hybrid.ts). Chunks come back grouped under their document,
 * documents ordered by their best chunk. Every list is scoped to the project in its query, and
 * tag and technology filters narrow the candidate documents before anything is ranked.
 * `timings` receives the wall time of each step in milliseconds (workerd advances clocks only
 * across I/O, so these are time spent waiting on D1, not CPU time).
 */
export async function searchKnowledge(
  deps: KnowledgeDeps,
  q: SearchInput,
  timings: Record<string, number> = {},
): Promise<SearchResultBody> {
  const timed = async <T>(name: string, work: Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work;
    timings[name] = performance.now() - start;
    return result;
  };
  const docs = await timed("filters", allowedDocuments(deps, q));
  const k = Math.max(CANDIDATES, q.limit * CHUNKS_PER_DOCUMENT);
  const weightsOf = termWeights(deps, q.q);
  const [keyword, semantic, weightOf] = await Promise.all([
    q.mode === "semantic" ? [] : timed("keyword", keywordSearch(deps, q.q, docs, k)),
    q.mode === "keyword" ? [] : timed("semantic", semanticSearch(deps, q.q, docs, k, weightsOf)),
    weightsOf,
  ]);
  const candidates = [...new Set([...keyword, ...semantic].map((r) => r.id))];
  const empty = { query: q.q, requestedMode: q.mode, confidence: 0, nothingRelevant: true, data: [] };
  if (!candidates.length) {
    const weights = hybridWeights(keyword, semantic, deps.embedder.hybridShare);
    return {
      ...empty,
      ...(q.mode === "hybrid" ? hybridPlan(weights, keyword, semantic) : { mode: q.mode, weights: null }),
    };
  }

  const { results } = await timed(
    "chunks",
    deps.env.DB.prepare(
      `select c.id, c.document_id, c.seq, c.heading, c.page, c.text, d.title, d.source_type, d.source_url, d.tags, d.technology_ids
     from knowledge_chunks c join knowledge_entries d on d.id = c.document_id
     where c.project_id = ?1 and d.project_id = ?1 and c.id in (select value from json_each(?2))`,
    )
      .bind(deps.projectId, JSON.stringify(candidates))
      .all<ChunkRow>(),
  );
  const rows = new Map(results.map((r) => [r.id, r]));
  const documentOf = (id: number) => rows.get(id)?.document_id;
  const snippets = new Map(keyword.map((h) => [h.id, h.snippet]));

  const passage = (id: number) => {
    const row = rows.get(id);
    return row && { document: row.document_id, title: row.title, text: `${row.heading} ${row.text}` };
  };
  const fusion =
    q.mode === "hybrid" ? chooseFusion(deps.embedder, keywordConfidence(q.q, keyword, passage, weightOf)) : null;
  const chunkFused: Fused[] = fusion
    ? fuse(keyword, semantic, fusion).fused
    : (q.mode === "keyword" ? keyword : semantic).map((r, i) => ({
        id: r.id,
        score: r.score,
        keywordRank: q.mode === "keyword" ? i + 1 : null,
        semanticRank: q.mode === "semantic" ? i + 1 : null,
      }));
  const { order: documentOrder, plan } = rankDocuments(keyword, semantic, documentOf, q.mode, fusion);
  const firstRow = new Map<string, ChunkRow>();
  for (const row of results) if (!firstRow.has(row.document_id)) firstRow.set(row.document_id, row);
  const grouped = new Map<string, SearchResultBody["data"][number]>();
  for (const d of documentOrder.slice(0, q.limit)) {
    const row = firstRow.get(d.id);
    if (!row) continue;
    grouped.set(d.id, {
      document: {
        id: row.document_id,
        title: row.title,
        sourceType: row.source_type,
        sourceUrl: row.source_url,
        tags: JSON.parse(row.tags) as string[],
        technologyIds: JSON.parse(row.technology_ids) as string[],
      },
      score: d.score,
      chunks: [],
    });
  }
  for (const f of chunkFused) {
    const row = rows.get(f.id);
    const hit = row && grouped.get(row.document_id);
    if (!row || !hit || hit.chunks.length >= CHUNKS_PER_DOCUMENT) continue;
    hit.chunks.push({
      chunkId: row.id,
      seq: row.seq,
      headingPath: row.heading ? row.heading.split(HEADING_SEPARATOR) : [],
      page: row.page,
      snippet: snippets.get(row.id) ?? snippetFor(row.text, q.q),
      score: f.score,
      ranks: { keyword: f.keywordRank, semantic: f.semanticRank },
    });
  }
  const data = [...grouped.values()];
  const best = data[0];
  // The passages returned for the first document (at most CHUNKS_PER_DOCUMENT), not all its candidates.
  const bestRows = (best?.chunks ?? []).flatMap((c) => rows.get(c.chunkId) ?? []);
  const confidence = best
    ? coverage(q.q, [best.document.title, ...bestRows.map((r) => `${r.heading} ${r.text}`)], weightOf)
    : 0;
  return {
    ...empty,
    ...plan,
    confidence: Math.round(confidence * 1000) / 1000,
    nothingRelevant: confidence < NOTHING_RELEVANT_BELOW,
    data,
  };
}
