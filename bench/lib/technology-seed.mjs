// @ts-check
// Synthetic technologies for bench:api, written as SQL for `wrangler d1 execute --file`: the API
// takes about 70 writes/s locally, so 100,000 rows go straight into the throwaway D1 database.
// The triggers of migration 0007 index every inserted row (tags, counts, full text) as the API's
// writes would.
import { prng } from "../../scripts/lib/prng.mjs";
import { DOMAINS, TECH_STATUSES } from "../../shared/vocabulary.ts";

/** @type {[string, ...string[]]} */
const TAGS = [
  "edge",
  "runtime",
  "http",
  "orm",
  "sql",
  "sqlite",
  "vectors",
  "search",
  "web",
  "spa",
  "observability",
  "auth",
  "containers",
  "streaming",
  "queues",
  "caching",
  "testing",
  "ci",
  "security",
  "ml",
  "llm",
  "graph",
  "mobile",
  "wasm",
  "rust",
  "go",
  "typescript",
  "python",
  "infra-as-code",
  "serverless",
];
/** @type {[string | null, ...(string | null)[]]} */
const VENDORS = ["Cloudflare", "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", null];
/** @type {[string, ...string[]]} */
const WORDS = [
  "stream",
  "cache",
  "edge",
  "vector",
  "graph",
  "queue",
  "proxy",
  "engine",
  "runtime",
  "compiler",
  "router",
  "store",
  "index",
  "mesh",
  "agent",
  "pipeline",
];

/** Rows per INSERT statement: D1 refuses statements over 100 KB. */
const CHUNK = 100;
const COLUMNS =
  "id, project_id, title, vendor, domain, status, priority, relevance_score, tags, description, links, version, created_at, updated_at";

/** @param {string | null} v */
const sqlText = (v) => (v === null ? "NULL" : `'${String(v).replaceAll("'", "''")}'`);

/**
 * INSERT statements for technologies number `from` (inclusive) to `to` (exclusive) of one project.
 * Row i is the same whatever range it is written in, so a database grown from 10,000 to 100,000
 * rows in two steps holds the same rows as one seeded with 100,000 at once.
 * @param {string} projectId
 * @param {number} from
 * @param {number} to
 * @returns {string}
 */
export function seedSql(projectId, from, to) {
  const start = Date.parse("2026-01-01T00:00:00.000Z");
  const span = 300 * 24 * 3600 * 1000;
  const statements = [];
  let chunk = [];
  for (let i = from; i < to; i++) {
    const rand = prng(20261125 + i);
    /** @type {<T>(list: readonly [T, ...T[]]) => T} */
    const pick = (list) => list[Math.floor(rand() * list.length)] ?? list[0];
    const created = start + Math.floor(rand() * span);
    const updated = created + Math.floor(rand() * (start + span - created));
    const tags = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(TAGS)))];
    const w1 = pick(WORDS);
    const w2 = pick(WORDS);
    const vendor = pick(VENDORS);
    const title = `${w1.charAt(0).toUpperCase()}${w1.slice(1)} ${w2} ${String(i).padStart(6, "0")}`;
    const description = `A ${w1} ${w2} for ${pick(DOMAINS)} work${rand() < 0.3 ? `, with ${pick(WORDS)} support` : ""}.`;
    const links = JSON.stringify([{ title: "Home", url: `https://example.com/tech/${i}` }]);
    const values = [
      sqlText(`tech_bench${String(i).padStart(6, "0")}`),
      sqlText(projectId),
      sqlText(title),
      sqlText(vendor),
      sqlText(pick(DOMAINS)),
      sqlText(pick(TECH_STATUSES)),
      String(1 + Math.floor(rand() * 5)),
      String(Math.floor(rand() * 101)),
      sqlText(JSON.stringify(tags)),
      sqlText(description),
      sqlText(links),
      "1",
      sqlText(new Date(created).toISOString()),
      sqlText(new Date(updated).toISOString()),
    ];
    chunk.push(`(${values.join(",")})`);
    if (chunk.length === CHUNK || i === to - 1) {
      statements.push(`INSERT INTO technologies (${COLUMNS}) VALUES\n${chunk.join(",\n")};`);
      chunk = [];
    }
  }
  return `${statements.join("\n")}\n`;
}
