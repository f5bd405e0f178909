import data from "./lexicon.json";

/** Concepts of a stem and their hypernyms, parsed once per isolate from the bundled WordNet map. */
export interface Lexicon {
  concepts(stem: string): readonly number[];
  parent(concept: number): number;
  /** Stems from the definition of the stem's most frequent sense ("ram" -> "comput", "memori"). */
  related(stem: string): readonly string[];
  /** How often the stem occurs in WordNet's sense-tagged corpus (0 when rare or unknown). */
  frequency(stem: string): number;
}

let loaded: Lexicon | undefined;

/**
 * The WordNet-derived lexicon built by `npm run build:lexicon` (scripts/build-lexicon.mjs): for
 * each Porter stem, up to four concept ids (its most frequent senses that link it to another stem),
 * for each concept its hypernym, and
 * how common each stem is. Parsing the ~1 MB string takes a few milliseconds, once.
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
  const frequencies = new Map<string, number>();
  for (const entry of data.frequencies.split("|")) {
    const [stem, count] = entry.split(" ");
    if (stem && count) frequencies.set(stem, Number.parseInt(count, 36));
  }
  const related = new Map<string, string[]>();
  for (const entry of data.related.split("|")) {
    const [stem, ...words] = entry.split(" ");
    if (stem) related.set(stem, words);
  }
  loaded = {
    related: (stem) => related.get(stem) ?? [],
    concepts: (stem) => stems.get(stem) ?? [],
    parent: (concept) => parents[concept] ?? -1,
    frequency: (stem) => frequencies.get(stem) ?? 0,
  };
  return loaded;
}
