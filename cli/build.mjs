// Bundles the CLI (cli/dist/commandcenter.mjs; `npm install` runs this) or, with --action, the GitHub
// Action (action/dist/index.mjs, committed as JavaScript actions are) into one file each, runnable on
// Node >= 20 without a build step on the user's side. Every file in cli/src/commands/ is a command:
// the `commands:all` module imports them all, so adding a command is adding one file.
// `--check` fails when the committed Action bundle is not the build of its sources (npm run check).
import { chmodSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const CLI = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(CLI, "..");
const COMMANDS = join(CLI, "src/commands");
const ACTION_OUT = join(ROOT, "action/dist/index.mjs");

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

const check = process.argv.includes("--check");
if (check || process.argv.includes("--action")) {
  const action = await bundle("action/src/main.ts", "action/dist/index.mjs", !check);
  const built = action.outputFiles?.[0]?.text;
  if (check && built !== (existsSync(ACTION_OUT) ? readFileSync(ACTION_OUT, "utf8") : "")) {
    console.error("action/dist/index.mjs is not the build of action/src: run `npm run build:action` and commit it");
    process.exit(1);
  }
} else {
  await bundle("cli/src/main.ts", "cli/dist/commandcenter.mjs");
  chmodSync(join(ROOT, "cli/dist/commandcenter.mjs"), 0o755);
}
