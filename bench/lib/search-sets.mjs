// The labelled search sets and how they are scored, shared by `npm run bench:search:quality`
// (offline) and `npm run bench:search` (wrangler dev). A set is a JSON file: `documents`
// ({ id, title, text: string | string[] }, lines joined with newlines) and `questions`
// ({ q, class: "paraphrase" | "keyword" | "no-answer", relevant: document ids }). The defaults are
// bench/search/dev-set.json and bench/search/test-set.json; SEARCH_SETS=dev, SEARCH_SETS=dev,test
// or SEARCH_SETS=/path/to/other-set.json picks others (a held-out set is scored the same way).
import { readFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import { ROOT } from "../../scripts/lib/local.mjs";

/** @typedef {"paraphrase" | "keyword" | "no-answer"} QuestionClass */
/** @typedef {{ id: string; title: string; text: string }} SetDocument */
/** @typedef {{ q: string; class: QuestionClass; relevant: string[] }} Question */
/** @typedef {{ name: string; documents: SetDocument[]; questions: Question[] }} SearchSet */
/**
 * What one search answered: the set's ids of the documents found, best first (undefined for
 * documents outside the set), and whether the answer said nothing relevant was found.
 * @typedef {{ ids: (string | undefined)[]; nothingRelevant: boolean }} Answer
 */
/**
 * @typedef {object} Scores
 * @property {number} questions
 * @property {number} [mrrAt10]
 * @property {number} [recallAt5]
 * @property {number} [ndcgAt10]
 * @property {number} nothingRelevantShare share of the questions answered with "nothing relevant"
 */

export const CLASSES = /** @type {const} */ (["paraphrase", "keyword", "no-answer"]);

/** @param {string} nameOrPath */
function loadSet(nameOrPath) {
  const path = nameOrPath.endsWith(".json")
    ? isAbsolute(nameOrPath)
      ? nameOrPath
      : join(process.cwd(), nameOrPath)
    : join(ROOT, `bench/search/${nameOrPath}-set.json`);
  /** @type {{ name?: string; documents: { id: string; title: string; text: string | string[] }[]; questions: Question[] }} */
  const raw = JSON.parse(readFileSync(path, "utf8"));
  return /** @type {SearchSet} */ ({
    name: raw.name ?? nameOrPath,
    documents: raw.documents.map((d) => ({ ...d, text: Array.isArray(d.text) ? d.text.join("\n") : d.text })),
    questions: raw.questions,
  });
}

/** The sets named by SEARCH_SETS (default: dev and test). */
export function loadSets() {
  return (process.env.SEARCH_SETS ?? "dev,test").split(",").filter(Boolean).map(loadSet);
}

const round = (/** @type {number} */ x) => Math.round(x * 1000) / 1000;

/**
 * Scores answers to questions. Answerable questions get MRR@10, recall@5 and nDCG@10 (binary
 * relevance); every class gets the share answered "nothing relevant" (wanted for no-answer
 * questions, a miss for the others).
 * @param {Question[]} questions
 * @param {Answer[]} answers
 * @returns {Scores}
 */
export function score(questions, answers) {
  let rr = 0;
  let recall = 0;
  let ndcg = 0;
  let answerable = 0;
  let nothing = 0;
  questions.forEach((question, i) => {
    const answer = answers[i] ?? { ids: [], nothingRelevant: true };
    if (answer.nothingRelevant) nothing++;
    if (!question.relevant.length) return;
    answerable++;
    const relevant = new Set(question.relevant);
    const top = answer.ids.slice(0, 10);
    const first = top.findIndex((id) => id !== undefined && relevant.has(id));
    rr += first >= 0 ? 1 / (first + 1) : 0;
    recall += question.relevant.filter((r) => answer.ids.slice(0, 5).includes(r)).length / relevant.size;
    let dcg = 0;
    top.forEach((id, rank) => {
      if (id !== undefined && relevant.has(id)) dcg += 1 / Math.log2(rank + 2);
    });
    let ideal = 0;
    for (let rank = 0; rank < Math.min(10, relevant.size); rank++) ideal += 1 / Math.log2(rank + 2);
    ndcg += dcg / ideal;
  });
  /** @type {Scores} */
  const out = { questions: questions.length, nothingRelevantShare: round(nothing / Math.max(1, questions.length)) };
  if (answerable) {
    out.mrrAt10 = round(rr / answerable);
    out.recallAt5 = round(recall / answerable);
    out.ndcgAt10 = round(ndcg / answerable);
  }
  return out;
}

/**
 * Scores of all questions ("overall": the answerable ones) and of each class.
 * @param {Question[]} questions
 * @param {Answer[]} answers
 * @returns {Record<string, Scores>}
 */
export function scoreByClass(questions, answers) {
  const pick = (/** @type {(q: Question) => boolean} */ keep) => {
    const idx = questions.map((q, i) => (keep(q) ? i : -1)).filter((i) => i >= 0);
    return score(
      idx.map((i) => /** @type {Question} */ (questions[i])),
      idx.map((i) => /** @type {Answer} */ (answers[i])),
    );
  };
  return {
    overall: pick((q) => q.relevant.length > 0),
    ...Object.fromEntries(CLASSES.map((c) => [c, pick((q) => q.class === c)])),
  };
}

/**
 * A plain-text table of scores: one row per set, mode and class.
 * @param {Record<string, Record<string, Record<string, Scores>>>} results set -> mode -> class -> scores
 */
export function table(results) {
  const head = ["set", "mode", "class", "n", "MRR@10", "recall@5", "nDCG@10", "nothing"];
  /** @type {string[][]} */
  const rows = [];
  const f = (/** @type {number | undefined} */ x) => (x === undefined ? "-" : x.toFixed(3));
  for (const [set, modes] of Object.entries(results)) {
    for (const [mode, classes] of Object.entries(modes)) {
      for (const [cls, s] of Object.entries(classes)) {
        rows.push([
          set,
          mode,
          cls,
          String(s.questions),
          f(s.mrrAt10),
          f(s.recallAt5),
          f(s.ndcgAt10),
          f(s.nothingRelevantShare),
        ]);
      }
    }
  }
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * Test minus dev for every mode and class present in both (positive: the test set scored higher).
 * @param {Record<string, Record<string, Scores>>} dev
 * @param {Record<string, Record<string, Scores>>} test
 */
export function gap(dev, test) {
  /** @type {Record<string, Record<string, number | null>>} */
  const out = {};
  for (const [mode, classes] of Object.entries(test)) {
    out[mode] = {};
    for (const [cls, s] of Object.entries(classes)) {
      const d = dev[mode]?.[cls]?.mrrAt10;
      out[mode][cls] = s.mrrAt10 === undefined || d === undefined ? null : round(s.mrrAt10 - d);
    }
  }
  return out;
}
