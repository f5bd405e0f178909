/**
 * What callers must know of the local embedder before its tables load: its id, vector length and
 * fusion shares. Kept apart from ./local-embedder.ts so that choosing the embedder (../deps.ts)
 * pulls neither the WordNet lexicon nor the word-vector table into a build that leaves them out.
 */

/** Names the local embedder's features; a change of features that moves vectors needs a new version. */
export const LOCAL_EMBEDDER_VERSION = "local:hashed-wordnet-glove-v5";

/** Hashed feature dimensions of the local embedder. */
export const LOCAL_HASH_DIMENSIONS = 2048;

/** Dimensions of the pretrained word vectors (./word-vectors.ts checks the table against it). */
export const WORD_VECTOR_DIMENSIONS = 100;

/** The shipped local embedder's vector length: hashed features followed by the word-vector mean. */
export const LOCAL_DIMENSIONS = LOCAL_HASH_DIMENSIONS + WORD_VECTOR_DIMENSIONS;

/**
 * Fusion chosen on the development set by leave-one-out cross-validation over the keyword
 * confidence threshold (0.45, 0.6, 0.8, never), the re-ranking share (0.1-0.5) and the merge
 * share (0.4-0.7): 0.528 MRR@10 against 0.524 for one fixed share (0.5) and keyword's 0.498. When
 * keyword search is confident semantic only re-ranks its candidates at `rerankShare`; otherwise
 * both lists are merged at `hybridShare`. Before the word vectors no share helped (it was 0).
 */
export const LOCAL_FUSION = { hybridShare: 0.6, rerankShare: 0.1 } as const;
