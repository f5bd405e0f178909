// Bundles the CLI (cli/dist/commandcenter.mjs) and the GitHub Action (action/dist/index.mjs) into one
// file each, runnable on Node >= 20 without a build step on the user's side. Every file in
// cli/src/commands/ is a command: the `commands:all` module imports them all, so adding a command is
// adding one file. `node cli/build.mjs --check` fails when the committed Action bundle is stale.
import { chmodSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const CLI = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(CLI, "..");
const COMMANDS = join(CLI, "src/commands");

/** @type {import("esbuild").Plugin} */
const commandList = {
  name: "commands-all",
  setup(b) {
    b.onResolve({ filter: /^commands:all$/ }, () => ({ path: "commands:all", namespace: "commands" }));
    b.onLoad({ filter: /.*/, namespace: "commands" }, () => {
      const files = readdirSync(COMMANDS)
        .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
        .sort();
      const lines = files.map((f, i) => `import c${i} from ${JSON.stringify(join(COMMANDS, f))};`);
      lines.push(`export default [${files.map((_, i) => `c${i}`).join(", ")}];`);
      return { contents: lines.join("\n"), resolveDir: COMMANDS, loader: "js" };
    });
  },
};

const banner = [
  "#!/usr/bin/env node",
  'import { createRequire as __ccCreateRequire } from "node:module";',
  "const require = __ccCreateRequire(import.meta.url);",
].join("\n");

/** @param {string} entry @param {string} outfile */
async function bundle(entry, outfile, write = true) {
  const version = JSON.parse(readFileSync(join(CLI, "package.json"), "utf8")).version;
  return build({
    entryPoints: [join(ROOT, entry)],
    outfile: join(ROOT, outfile),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    banner: { js: banner },
    define: { __CLI_VERSION__: JSON.stringify(version) },
    external: ["@napi-rs/keyring", "bufferutil", "utf-8-validate"],
    plugins: [commandList],
    legalComments: "none",
    logLevel: "warning",
    write,
  });
}

await bundle("cli/src/main.ts", "cli/dist/commandcenter.mjs");
chmodSync(join(ROOT, "cli/dist/commandcenter.mjs"), 0o755);
if (!existsSync(join(ROOT, "action/src/main.ts"))) process.exit(0);
const action = await bundle("action/src/main.ts", "action/dist/index.mjs", !process.argv.includes("--check"));
if (process.argv.includes("--check")) {
  const built = action.outputFiles?.[0]?.text ?? "";
  let committed = "";
  try {
    committed = readFileSync(join(ROOT, "action/dist/index.mjs"), "utf8");
  } catch {}
  if (built !== committed) {
    console.error("action/dist/index.mjs is stale: run `node cli/build.mjs` and commit it");
    process.exit(1);
  }
}
