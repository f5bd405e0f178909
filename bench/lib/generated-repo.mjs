// A generated repository for the analysis benchmark: a deterministic monorepo of TypeScript, Python
// and Go sources with manifests, Dockerfiles and CI, packed as a GitHub-style .tar.gz in memory.
import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";
import { prng } from "../../scripts/lib/prng.mjs";

/** @type {[string, ...string[]]} */
const NOUNS = ["user", "order", "invoice", "session", "report", "widget", "event", "ticket", "account", "stream"];
/** @type {[string, ...string[]]} */
const VERBS = ["load", "save", "render", "parse", "build", "sync", "merge", "check", "format", "index"];
/** @type {[string, ...string[]]} */
const SUBDIRS = ["core", "features", "lib", "handlers", "models", "utils", "adapters", "jobs"];

/**
 * The `i`-th item of a non-empty list, wrapping around.
 * @template T
 * @param {[T, ...T[]]} list
 * @param {number} i
 * @returns {T}
 */
const at = (list, i) => list[i % list.length] ?? list[0];

/** A random item of a non-empty list. */
const pick = (/** @type {() => number} */ rand, /** @type {[string, ...string[]]} */ list) =>
  at(list, Math.floor(rand() * list.length));

/** `word` with its first letter upper-cased. */
const capital = (/** @type {string} */ word) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A TypeScript module: zod schema, a type and a few Hono handlers.
 * @param {() => number} rand
 * @param {string} name
 * @param {number} i
 */
function tsSource(rand, name, i) {
  const n = at(NOUNS, i);
  const lines = [
    `import { z } from "zod";`,
    `import type { Context } from "hono";`,
    i % 3 === 0 ? `import { eq } from "drizzle-orm";` : `import { useState } from "react";`,
    "",
    `export const ${n}Schema = z.object({`,
    "  id: z.string(),",
    "  name: z.string().min(1),",
    "  createdAt: z.string(),",
    "});",
    `export type ${capital(n)} = z.infer<typeof ${n}Schema>;`,
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = pick(rand, VERBS);
    lines.push(
      `export async function ${v}${name}${f}(c: Context, input: unknown) {`,
      `  const parsed = ${n}Schema.safeParse(input);`,
      "  if (!parsed.success) return c.json({ error: parsed.error.message }, 400);",
      `  const items = [parsed.data].map((x) => ({ ...x, seen: ${f} }));`,
      "  return c.json({ items }, 200);",
      "}",
      "",
    );
  }
  return lines.join("\n");
}

/**
 * A Python module: a dataclass and a few row transforms.
 * @param {() => number} rand
 * @param {string} name
 * @param {number} i
 */
function pySource(rand, name, i) {
  const n = at(NOUNS, i);
  const lines = [
    "import json",
    "import logging",
    i % 2 ? "import numpy as np" : "import pandas as pd",
    "from dataclasses import dataclass",
    "",
    "log = logging.getLogger(__name__)",
    "",
    "@dataclass",
    `class ${capital(n)}${i}:`,
    "    id: str",
    "    score: float = 0.0",
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = pick(rand, VERBS);
    lines.push(
      `def ${v}_${name}_${f}(rows):`,
      '    """Transforms rows for the pipeline."""',
      "    out = []",
      "    for row in rows:",
      `        if row.get("${n}") is None:`,
      "            continue",
      '        out.append({"id": row["id"], "value": json.dumps(row)})',
      `    log.info("${v} %d rows", len(out))`,
      "    return out",
      "",
    );
  }
  return lines.join("\n");
}

/**
 * A Go file: a struct and a few chi handlers.
 * @param {() => number} rand
 * @param {string} pkg
 * @param {string} name
 * @param {number} i
 */
function goSource(rand, pkg, name, i) {
  const n = at(NOUNS, i);
  const lines = [
    `package ${pkg}`,
    "",
    "import (",
    '\t"context"',
    '\t"encoding/json"',
    '\t"net/http"',
    "",
    '\t"github.com/go-chi/chi/v5"',
    ")",
    "",
    `type ${capital(n)}${i} struct {`,
    '\tID   string `json:"id"`',
    '\tName string `json:"name"`',
    "}",
    "",
  ];
  const fns = 2 + Math.floor(rand() * 4);
  for (let f = 0; f < fns; f++) {
    const v = pick(rand, VERBS);
    lines.push(
      `func ${capital(v)}${name}${f}(ctx context.Context, w http.ResponseWriter, r *http.Request) {`,
      '\tid := chi.URLParam(r, "id")',
      `\titem := ${capital(n)}${i}{ID: id}`,
      '\tw.Header().Set("Content-Type", "application/json")',
      "\t_ = json.NewEncoder(w).Encode(item)",
      "}",
      "",
    );
  }
  return lines.join("\n");
}

/** @typedef {{ kind: "ts" | "py" | "go" | "md"; roots: [string, ...string[]]; weight: number }} Area */

/**
 * A monorepo of `total` files: manifests, a Dockerfile, CI, docs and TS/Python/Go sources in nested
 * dirs; the same files on every run (fixed seed). Path -> content.
 * @param {number} total
 * @returns {Map<string, string>}
 */
export function generateRepository(total) {
  const rand = prng(20261126);
  const files = new Map();
  files.set(
    "package.json",
    `${JSON.stringify(
      {
        name: "big",
        private: true,
        workspaces: ["apps/*"],
        dependencies: {
          hono: "^4.6.0",
          react: "^19.0.0",
          "react-dom": "^19.0.0",
          zod: "^3.23.8",
          "drizzle-orm": "^0.36.0",
        },
        devDependencies: { typescript: "^5.6.0", vitest: "^2.1.0", "@biomejs/biome": "^1.9.0", wrangler: "^3.80.0" },
      },
      null,
      2,
    )}\n`,
  );
  files.set("tsconfig.json", `${JSON.stringify({ compilerOptions: { strict: true, target: "ES2022" } }, null, 2)}\n`);
  files.set("README.md", "# big\n\nA generated monorepo for the jobs benchmark.\n");
  files.set(
    "Dockerfile",
    "FROM node:22-alpine AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n",
  );
  files.set(
    "docker-compose.yml",
    "services:\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n  gateway:\n    build: services/gateway\n",
  );
  files.set(
    ".github/workflows/ci.yml",
    "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n      - run: npm test\n",
  );
  files.set(
    "services/gateway/go.mod",
    "module github.com/bench/big/gateway\n\ngo 1.23\n\nrequire (\n\tgithub.com/go-chi/chi/v5 v5.1.0\n\tgithub.com/jackc/pgx/v5 v5.7.1\n\tgithub.com/redis/go-redis/v9 v9.7.0\n\tgolang.org/x/sync v0.8.0 // indirect\n)\n",
  );
  files.set("services/gateway/Dockerfile", "FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build ./...\n");
  files.set(
    "services/ml/requirements.txt",
    "fastapi==0.115.0\nuvicorn[standard]>=0.30\nnumpy>=2.0\npandas==2.2.3\nscikit-learn~=1.5\npydantic>=2.9\n",
  );
  files.set(
    "services/ml/Dockerfile",
    "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n",
  );
  for (const app of ["web", "admin", "api"]) {
    files.set(
      `apps/${app}/package.json`,
      `${JSON.stringify({ name: `@big/${app}`, dependencies: { react: "^19.0.0", hono: "^4.6.0" } }, null, 2)}\n`,
    );
  }
  /** @type {[Area, ...Area[]]} */
  const areas = [
    { kind: "ts", roots: ["apps/web/src", "apps/admin/src", "apps/api/src"], weight: 0.5 },
    { kind: "py", roots: ["services/ml/app", "services/ml/pipelines"], weight: 0.25 },
    { kind: "go", roots: ["services/gateway/internal", "services/gateway/pkg"], weight: 0.2 },
    { kind: "md", roots: ["docs"], weight: 0.05 },
  ];
  let i = 0;
  while (files.size < total) {
    const r = rand();
    let acc = 0;
    const area =
      areas.find((a) => {
        acc += a.weight;
        return r < acc;
      }) ?? areas[0];
    const root = at(area.roots, i);
    const dir = `${root}/${pick(rand, SUBDIRS)}/${pick(rand, SUBDIRS)}${i % 7}`;
    const name = `${at(NOUNS, i)}${i}`;
    if (area.kind === "ts") files.set(`${dir}/${name}.ts`, tsSource(rand, `N${i}`, i));
    else if (area.kind === "py") files.set(`${dir}/${name}.py`, pySource(rand, `n${i}`, i));
    else if (area.kind === "go") files.set(`${dir}/${name}.go`, goSource(rand, at(SUBDIRS, i), `N${i}`, i));
    else files.set(`${dir}/${name}.md`, `# ${name}\n\nNotes on ${at(NOUNS, i)} handling.\n`.repeat(3));
    i++;
  }
  return files;
}

/**
 * The files as a GitHub-style .tar.gz: everything under one `big-<sha>/` wrapper directory.
 * @param {Map<string, string>} files
 */
export async function buildArchive(files) {
  const enc = new TextEncoder();
  const wrapper = "bench-big-4f1c2d9";
  const mtime = new Date("2026-11-01T00:00:00Z");
  /** @type {import("modern-tar").TarEntry[]} */
  const entries = [{ header: { name: `${wrapper}/`, type: "directory", size: 0, mode: 0o755, mtime } }];
  let rawBytes = 0;
  for (const [path, content] of files) {
    const body = enc.encode(content);
    rawBytes += body.byteLength;
    entries.push({
      header: { name: `${wrapper}/${path}`, type: "file", size: body.byteLength, mode: 0o644, mtime },
      body,
    });
  }
  const tar = await packTar(entries);
  return { gz: gzipSync(tar, { level: 6 }), tarBytes: tar.byteLength, rawBytes };
}
