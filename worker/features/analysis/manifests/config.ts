import type { Dependency } from "../types";
import { imageDependency } from "./docker";
import { isTable, list, readJson, readToml, readYaml, readYamlFast, type Table, table, text } from "./formats";
import { lineAt, type ManifestParser, type ParseContext, type SignalKind } from "./types";

/** Adds one signal per distinct name, with the line where the name first appears in the file. */
function emit(context: ParseContext, kind: SignalKind, file: { path: string; content: string }, names: string[]) {
  const seen = new Set<string>();
  const lower = file.content.toLowerCase();
  for (const raw of names) {
    const name = raw.toLowerCase().trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    const needle = name.startsWith("env:") ? name.slice(4) : name;
    const at = lower.indexOf(needle);
    context.signals.push({ kind, name, file: file.path, ...(at >= 0 ? { line: lineAt(file.content, at) } : {}) });
  }
}

/**
 * `.pre-commit-config.yaml`: each hook id and each hook repository's name ("mirrors-prettier" and
 * "pre-commit-hooks" count as what they run: "prettier").
 */
export const preCommitConfig: ManifestParser = {
  keys: ["yaml", "yml"],
  matches: (_path, name) => name === ".pre-commit-config.yaml" || name === ".pre-commit-config.yml",
  parse(file, context) {
    const names: string[] = [];
    for (const repo of list(readYamlFast(file.content).repos)) {
      if (!isTable(repo)) continue;
      const url = text(repo.repo) ?? "";
      const base =
        url
          .replace(/\.git$/, "")
          .split("/")
          .pop() ?? "";
      if (base && url !== "local" && url !== "meta") names.push(base.replace(/^(mirrors|pre-commit|pre_commit)-/, ""));
      for (const hook of list(repo.hooks)) if (isTable(hook) && text(hook.id)) names.push(text(hook.id) ?? "");
    }
    emit(context, "hook", file, names);
    return [];
  },
};

const ENV_EXAMPLE =
  /^\.env(\.[\w-]+)*\.(example|sample|template|dist|defaults?)$|^\.env\.(example|sample|template|dist)(\.[\w-]+)*$|^(example|sample)\.env$/;
const DRIVER_KEY = /(DRIVER|CONNECTION|ENGINE|BACKEND|ADAPTER|DIALECT|PROVIDER|MAILER|DISK|BROKER|STORE|_TYPE)$/;

/**
 * `.env.example`, `.env.sample`, `.env.template` and kin: URL schemes in values ("postgres://..."),
 * driver settings (`DB_CONNECTION=mysql`, `CACHE_DRIVER=redis`) and variable names as "env:name".
 * Real `.env` files are never read: they hold secrets.
 */
export const envExample: ManifestParser = {
  matches: (_path, name) => ENV_EXAMPLE.test(name),
  parse(file, context) {
    const names: string[] = [];
    for (const line of file.content.split(/\r?\n/)) {
      const match = /^\s*(?:export\s+)?([A-Za-z_][\w.]*)\s*=\s*["']?([^"'#\s]*)/.exec(line);
      if (!match) continue;
      const [, key = "", value = ""] = match;
      names.push(`env:${key}`);
      const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
      if (scheme) names.push(scheme.replace(/\+.*$/, ""));
      if (DRIVER_KEY.test(key.toUpperCase()) && /^[a-z][\w.-]*$/i.test(value)) names.push(value);
    }
    emit(context, "env", file, names);
    return [];
  },
};

const WRAPPERS = new Set([
  "bundle",
  "exec",
  "bin",
  "npx",
  "pnpm",
  "yarn",
  "npm",
  "run",
  "python",
  "python3",
  "uv",
  "poetry",
  "pipenv",
  "sh",
  "bash",
  "env",
  "-m",
  "-c",
]);

/** Procfile and Procfile.*: each process's command words ("web: bundle exec puma" → "puma"). */
export const procfile: ManifestParser = {
  matches: (_path, name) => /^Procfile(\.[\w-]+)?$/.test(name),
  parse(file, context) {
    const names: string[] = [];
    for (const line of file.content.split(/\r?\n/)) {
      const command = /^\s*[\w-]+\s*:\s*(.+)$/.exec(line)?.[1];
      if (!command) continue;
      for (const word of command.split(/\s+/).slice(0, 6)) {
        const token = (word.split("/").pop() ?? "").replace(/[:=].*$/, "");
        if (/^[a-z][\w.-]*$/i.test(token) && !WRAPPERS.has(token.toLowerCase())) names.push(token);
      }
    }
    emit(context, "command", file, names);
    return [];
  },
};

function services(doc: Table, key: string): string[] {
  return list(doc[key])
    .flatMap((s) => (isTable(s) ? [text(s.type), text(s.runtime), text(s.env)] : [text(s)]))
    .filter((s): s is string => s !== undefined);
}

/**
 * Hosting platform files: render.yaml (service types, runtimes, databases), fly.toml (build
 * image), app.json (Heroku add-ons), netlify.toml and vercel.json (their presence is the evidence,
 * matched by file rules). Names become service signals, images dependencies.
 */
export const platformFile: ManifestParser = {
  keys: ["yml", "yaml", "toml", "json"],
  matches: (path, name) => /^(render\.ya?ml|fly\.toml)$/.test(name) || path === "app.json",
  parse(file, context) {
    const deps: Dependency[] = [];
    const names: string[] = [];
    if (file.path.endsWith("fly.toml")) {
      const image = text(table(readToml(file.content), "build").image);
      if (image) deps.push(imageDependency(image, file.path));
    } else if (file.path.endsWith("app.json")) {
      const doc = readJson(file.content);
      for (const addon of list(doc.addons)) {
        const plan = isTable(addon) ? text(addon.plan) : text(addon);
        if (plan) names.push(plan.split(":")[0] ?? plan);
      }
    } else {
      const doc = readYaml(file.content);
      names.push(...services(doc, "services"));
      if (list(doc.databases).length > 0) names.push("postgresql");
      for (const service of list(doc.services)) {
        const image = isTable(service) ? text(table(service, "image").url) : undefined;
        if (image) deps.push(imageDependency(image, file.path));
      }
    }
    emit(context, "service", file, names);
    return deps;
  },
};

const DJANGO_SETTINGS = /(^|\/)settings(\.py|\/[\w-]+\.py)$/;
const DJANGO_BACKEND =
  /["'](?:django\.db\.backends\.(\w+)|django\.contrib\.gis\.db\.backends\.(\w+)|django\.core\.cache\.backends\.(redis|memcached)\b|(django_redis)\.)/g;

/**
 * Django settings (`settings.py`, `settings/*.py`): the database engines and cache backends they
 * name (`"django.db.backends.sqlite3"` → "sqlite3", `"django_redis.cache.RedisCache"` → "redis"),
 * as service signals; a default database in code is as real as one in `.env.example`.
 */
export const djangoSettings: ManifestParser = {
  keys: ["py"],
  matches: (path) => DJANGO_SETTINGS.test(path),
  parse(file, context) {
    const names: string[] = [];
    for (const m of file.content.matchAll(DJANGO_BACKEND)) {
      const name = m[1] ?? m[2] ?? m[3] ?? (m[4] ? "redis" : undefined);
      if (name && name !== "dummy") names.push(name);
    }
    emit(context, "service", file, names);
    return [];
  },
};
