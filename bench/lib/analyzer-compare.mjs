// Scoring for `npm run bench:analyzer`: technology names from the analyzer, from Specfy's
// stack-analyser and from the hand-written expected lists are compared by a normalised key, so
// "Node.js", "nodejs" and "NodeJS" are one technology, and a few names that the tools spell
// differently ("Postgresql" / "PostgreSQL", "Github Actions" / "GitHub Actions") meet through ALIASES.

/** Spellings that differ by more than case and punctuation, mapped to the corpus' spelling. */
const ALIASES = new Map(
  Object.entries({
    postgres: "postgresql",
    golang: "go",
    mochajs: "mocha",
    vuejs: "vuejs",
    vue: "vuejs",
    githubactions: "githubactions",
    dotnet: "net",
    aspnet: "aspnetcore",
    amazonwebservices: "aws",
    awss3: "amazons3",
    s3: "amazons3",
    gcp: "googlecloud",
    googlecloudplatform: "googlecloud",
    azure: "azure",
    k8s: "kubernetes",
    rails: "rubyonrails",
    rubyrails: "rubyonrails",
    elasticsearch: "elasticsearch",
    rabbitmq: "rabbitmq",
    tailwind: "tailwindcss",
    nextjs: "nextjs",
    nodejs: "nodejs",
    node: "nodejs",
    reactjs: "react",
    springboot: "springboot",
    spring: "springframework",
    expressjs: "express",
    angularjs: "angular",
    sveltejs: "svelte",
    swiftpm: "swiftpackagemanager",
    hcl: "terraform",
    htmx: "htmx",
    dockercompose: "docker",
    dockerfile: "docker",
    gh: "github",
    nuget: "nuget",
    tsx: "typescript",
    eslint: "eslint",
    googleanalytics: "googleanalytics",
    openai: "openai",
    sentryio: "sentry",
    redisio: "redis",
    minio: "minio",
    sqlserver: "microsoftsqlserver",
    mssql: "microsoftsqlserver",
    entityframework: "entityframeworkcore",
    efcore: "entityframeworkcore",
    hashicorpvault: "vault",
    kafka: "apachekafka",
    zookeeper: "apachezookeeper",
    openaiapi: "openai",
    newtonsoftjson: "jsonnet",
    jsonwebtokens: "jwt",
    jsonwebtoken: "jwt",
    aws: "aws",
    amazonaws: "aws",
    microsoftazure: "azure",
    mssqlserver: "microsoftsqlserver",
    swiftpackagemanager: "swiftpackagemanager",
    reactrouterdom: "reactrouter",
    tanstackreactquery: "tanstackquery",
    reactquery: "tanstackquery",
    githubcodeql: "codeql",
    nginxproxy: "nginx",
    elasticsearchservice: "elasticsearch",
    googlecloudstorage: "googlecloudstorage",
    gcs: "googlecloudstorage",
    aspnetcore: "aspnetcore",
    netcore: "net",
    csharp: "csharp",
    hashicorpterraform: "terraform",
    istanbul: "nyc",
  }),
);

/**
 * @typedef {object} CorpusRepo
 * @property {string} name folder name under the corpus directory
 * @property {string} repo owner/name
 * @property {string} commit
 * @property {string[]} ecosystems
 * @property {string[]} expected what a person reading the manifests would list
 * @property {string[]} [acceptable] true findings not required for recall
 * @property {string[]} [wrong] findings checked by hand and found wrong (confirmed false positives)
 */

/**
 * @typedef {object} Score
 * @property {number} found
 * @property {number} hits
 * @property {number} expected
 * @property {string[]} missed
 * @property {string[]} falsePositives
 * @property {string[]} unjudged
 * @property {string[]} names everything the tool found
 */

/** The comparison key of a technology name. @param {string} name */
export function keyOf(name) {
  const plain = String(name)
    .toLowerCase()
    .replace(/\+/g, "plus")
    .replace(/#/g, "sharp")
    .replace(/[^a-z0-9]/g, "");
  return ALIASES.get(plain) ?? plain;
}

/**
 * Scores one tool's findings against a repository's lists: recall over `expected`, confirmed false
 * positives (found and listed in `wrong`), and findings nobody has judged yet (neither expected,
 * acceptable nor wrong).
 * @param {string[]} found
 * @param {CorpusRepo} repo
 * @returns {Score}
 */
export function score(found, repo) {
  const keys = new Map(found.map((name) => [keyOf(name), name]));
  const expected = repo.expected.map(keyOf);
  const acceptable = new Set((repo.acceptable ?? []).map(keyOf));
  const wrong = new Set((repo.wrong ?? []).map(keyOf));
  const hits = repo.expected.filter((name) => keys.has(keyOf(name)));
  const missed = repo.expected.filter((name) => !keys.has(keyOf(name)));
  const falsePositives = [...keys].filter(([k]) => wrong.has(k)).map(([, name]) => name);
  const unjudged = [...keys]
    .filter(([k]) => !expected.includes(k) && !acceptable.has(k) && !wrong.has(k))
    .map(([, name]) => name);
  const names = [...found].sort();
  return {
    found: found.length,
    hits: hits.length,
    expected: repo.expected.length,
    missed,
    falsePositives,
    unjudged,
    names,
  };
}

/** How many technologies both tools found. @param {string[]} ours @param {string[]} theirs */
export function overlap(ours, theirs) {
  const mine = new Set(ours.map(keyOf));
  return theirs.filter((name) => mine.has(keyOf(name))).length;
}

/** "93.1%" @param {number} hits @param {number} total */
export const percent = (hits, total) => (total === 0 ? "-" : `${((100 * hits) / total).toFixed(1)}%`);
