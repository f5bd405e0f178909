// The search benchmarks' corpus: the labelled fixture (tests/fixtures/knowledge/corpus/corpus.json)
// plus generated filler documents, and the quality measures. Shared by `npm run bench:search`
// (on wrangler dev, with latency) and `npm run bench:search:quality` (offline, quality only), so
// both score the same documents the same way.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../scripts/lib/local.mjs";
import { prng } from "../../scripts/lib/prng.mjs";

export { prng };

/**
 * @typedef {object} Corpus
 * @property {{ id: string; title: string; text: string; tags: string[] }[]} documents
 * @property {{ q: string; relevant: string[] }[]} queries
 */

/** @type {Corpus} */
export const corpus = JSON.parse(readFileSync(join(ROOT, "tests/fixtures/knowledge/corpus/corpus.json"), "utf8"));

/** Seed of the filler generator: the same filler in every run and in both benchmarks. */
export const FILLER_SEED = 20261126;
/** Sections per filler document (each about 90 words, one chunk). */
export const FILLER_SECTIONS = 20;

const TECH = corpus.documents
  .map((d) => d.title.split(/[:]| overview| runbook| for /)[0] ?? "")
  .filter((t) => t.length < 40);
const TEAMS = ["platform", "payments", "search", "mobile", "data", "growth", "identity", "infrastructure"];
const ASPECTS = [
  "upgrade path",
  "cost report",
  "on-call load",
  "dashboard",
  "alert rules",
  "test coverage",
  "access review",
  "capacity plan",
  "migration plan",
  "release checklist",
];
const VERBS = ["reviewed", "discussed", "measured", "documented", "postponed", "prioritised", "estimated", "audited"];
const ACTIONS = [
  "revisit the topic after the next planning meeting",
  "collect more numbers before deciding anything",
  "write a short proposal for the architecture forum",
  "pair with the owning team for a week",
  "keep the current setup and check again next quarter",
  "move the work into the backlog with a medium priority",
];
const NOTES = [
  "Attendance was good and the notes were shared in the team channel.",
  "Two questions stayed open and have an owner each.",
  "The discussion ran over time, so the remaining items move to Thursday.",
  "Everyone agreed the documentation needs a clearer structure.",
  "A follow-up ticket tracks the action items.",
  "The numbers will be checked again once the holiday traffic is over.",
];

/**
 * A filler document: meeting notes in sections of about 90 words, one chunk each, naming the
 * fixture's technologies so that they compete with the fixture for its queries' words.
 * @param {number} i
 * @param {() => number} rand
 */
export function fillerDoc(i, rand, sections = FILLER_SECTIONS) {
  const pick = (/** @type {string[]} */ list) => list[Math.floor(rand() * list.length)] ?? "";
  const parts = [`# Weekly notes ${i}`];
  for (let s = 0; s < sections; s++) {
    const tech = pick(TECH);
    const team = pick(TEAMS);
    parts.push(`## ${tech} ${pick(ASPECTS)}`);
    /** @type {string[]} */
    const sentences = [];
    for (let n = 0; n < 4; n++) {
      sentences.push(
        `In week ${1 + Math.floor(rand() * 52)} the ${team} team ${pick(VERBS)} the ${pick(TECH)} ${pick(ASPECTS)} and decided to ${pick(ACTIONS)}.`,
        pick(NOTES),
      );
    }
    parts.push(sentences.join(" "));
  }
  return parts.join("\n\n");
}

/**
 * recall@5 and MRR@10 over the fixture's queries. `rankedFor(query)` answers the fixture ids of
 * the documents found, best first (undefined for documents outside the fixture).
 * @param {(query: string) => Promise<(string | undefined)[]>} rankedFor
 */
export async function quality(rankedFor) {
  let recall5 = 0;
  let mrr10 = 0;
  for (const query of corpus.queries) {
    const ids = await rankedFor(query.q);
    recall5 += query.relevant.filter((r) => ids.slice(0, 5).includes(r)).length / query.relevant.length;
    const first = ids.findIndex((id) => id && query.relevant.includes(id));
    mrr10 += first >= 0 && first < 10 ? 1 / (first + 1) : 0;
  }
  const round = (/** @type {number} */ x) => Math.round((x / corpus.queries.length) * 1000) / 1000;
  return { recallAt5: round(recall5), mrrAt10: round(mrr10) };
}
