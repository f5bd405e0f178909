import { stemmer } from "stemmer";

/** English function words that carry no topic; dropped from keyword queries and local embeddings. */
export const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are as at be because been before being below between " +
    "both but by can could did do does doing down during each few for from further had has have having he her " +
    "here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not " +
    "of off on once only or other our ours ourselves out over own same she should so some such than that the " +
    "their theirs them themselves then there these they this those through to too under until up very was we " +
    "were what when where which while who whom why will with would you your yours yourself yourselves " +
    "also via use using used get gets got make makes let lets may might must shall one two us"
  ).split(" "),
);

/** Lower-case word tokens: letters and digits, with `+`/`#` kept on names like c++ and c#. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+(?:[+#]+|(?:['’][a-z]+))?/g) ?? [];
}

/** Word tokens without stopwords, each with its Porter stem. */
export function terms(text: string): { word: string; stem: string }[] {
  const out: { word: string; stem: string }[] = [];
  for (const raw of words(text)) {
    const word = raw.replace(/['’][a-z]+$/, "");
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    out.push({ word, stem: /^[a-z]+$/.test(word) ? stemmer(word) : word });
  }
  return out;
}
