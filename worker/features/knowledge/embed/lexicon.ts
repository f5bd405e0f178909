import data from "./generated/lexicon.json";

/** Concepts of a stem and their hypernyms, parsed once per isolate from the bundled WordNet map. */
export interface Lexicon {
  /** The stem's concepts, most frequent sense first (empty for words WordNet lacks). */
  concepts(stem: string): readonly number[];
  /** The concept's hypernym ("is a kind of"), or -1. */
  parent(concept: number): number;
}

let loaded: Lexicon | undefined;

/**
 * The WordNet-derived lexicon built by `npm run build:lexicon` (scripts/build-lexicon.mjs): for
 * each Porter stem, up to four concept ids (its most frequent senses that link it to another
 * stem), and for each concept its hypernym. Parsing the ~1.1 MB string takes a few milliseconds, once.
 */
export function lexicon(): Lexicon {
  if (loaded) return loaded;
  const stems = new Map<string, number[]>();
  for (const entry of data.stems.split("|")) {
    const [stem, ...ids] = entry.split(" ");
    if (stem)
      stems.set(
        stem,
        ids.map((id) => Number.parseInt(id, 36)),
      );
  }
  const parents = data.parents.split(" ").map((p) => (p === "" ? -1 : Number.parseInt(p, 36)));
  loaded = {
    concepts: (stem) => stems.get(stem) ?? [],
    parent: (concept) => parents[concept] ?? -1,
  };
  return loaded;
}
