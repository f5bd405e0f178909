// `npm run vectorize:setup [-- --run]`: the one-time Cloudflare setup of the production vector
// index (binding KNOWLEDGE in wrangler.toml's [env.production]). Prints the commands; with --run
// it executes them (needs a Cloudflare login). The index holds bge-base-en-v1.5 vectors (768
// dimensions, cosine); each project is a namespace, and `documentId` gets a string metadata
// index so tag and technology filters (resolved to document ids) apply before the top K. Metadata
// indexes must exist before vectors are inserted: vectors upserted earlier are not filterable.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { childEnv, ROOT } from "./lib/local.mjs";

const INDEX = "commandcenter-knowledge";
const commands = [
  ["vectorize", "create", INDEX, "--dimensions", "768", "--metric", "cosine"],
  ["vectorize", "create-metadata-index", INDEX, "--property-name", "documentId", "--type", "string"],
];

const run = process.argv.includes("--run");
for (const args of commands) {
  console.log(`npx wrangler ${args.join(" ")}`);
  if (!run) continue;
  const res = spawnSync(join(ROOT, "node_modules/.bin/wrangler"), args, {
    cwd: ROOT,
    env: childEnv(),
    stdio: "inherit",
  });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
if (!run) console.log("\n(printed only; run `npm run vectorize:setup -- --run` to execute)");
