// @ts-check
// Sends fuzz cases to the Worker and judges each answer: a 5xx, a non-JSON answer on an /api path,
// a leaked stack trace or SQL error, or a request that never got an answer is a failure; a 2xx to
// a request naming another project's object is reported as a foreign id accepted.

import { baselineBody, idFor } from "./operations.mjs";
import { send } from "./seed.mjs";

/** @typedef {import("./cases.mjs").Case} Case */
/** @typedef {import("./cases.mjs").Context} Context */
/**
 * What one request got.
 * @typedef {{ status: number, contentType: string, text: string, ms: number, error?: string }} Answer
 */
/**
 * A finding: a case and the answer that broke a rule.
 * @typedef {{ problem: string, op: string, kind: string, label: string, method: string, path: string,
 *   input: string, status: number, response: string, requestId?: string, cause?: string }} Finding
 */

const TIMEOUT_MS = 60_000;
/** Traces and database errors that must never reach a client. */
const LEAK =
  /\bat [\w$.<>]+ \(|\.(?:ts|js|mjs):\d+:\d+|node_modules|D1_ERROR|SQLITE_|SqliteError|no such (?:table|column)/;

/**
 * A short, printable picture of a request body (huge values summarised).
 * @param {Case["body"]} body
 */
export function preview(body) {
  if (body === undefined) return "(no body)";
  if (body instanceof FormData) {
    return `multipart: ${[...body.entries()]
      .map(([k, v]) => `${k}=${typeof v === "string" ? clip(v, 80) : `<file ${v.name}, ${v.size} bytes>`}`)
      .join(", ")}`;
  }
  if (body instanceof Uint8Array) return `<${body.byteLength} bytes>`;
  return clip(body, 400);
}

/**
 * A string cut to `max` characters with a note of what was cut.
 * @param {string} text
 * @param {number} max
 */
function clip(text, max) {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return JSON.stringify(shown).slice(1, -1);
}

/**
 * Sends one request of a case.
 * @param {string} base
 * @param {Case} c
 * @param {string} path
 * @returns {Promise<Answer>}
 */
async function request(base, c, path) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [k, v] of Object.entries(c.headers)) if (v !== "") headers[k] = v;
  const body = typeof c.body === "string" ? new TextEncoder().encode(c.body) : c.body;
  const started = performance.now();
  try {
    const res = await fetch(`${base}${path}`, {
      method: c.method,
      headers,
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    return {
      status: res.status,
      contentType: res.headers.get("content-type") ?? "",
      text,
      ms: performance.now() - started,
    };
  } catch (err) {
    const error = String(/** @type {{ cause?: { code?: string } }} */ (err).cause?.code ?? err);
    return { status: 0, contentType: "", text: "", ms: performance.now() - started, error };
  }
}

/**
 * The request id an error envelope names, if any.
 * @param {string} text
 */
function requestIdOf(text) {
  try {
    const id = JSON.parse(text)?.requestId;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The rule an answer breaks, or null.
 * @param {string} path
 * @param {Answer} a
 */
export function problemOf(path, a) {
  if (a.status === 0) return `no answer (${a.error})`;
  if (a.status >= 500) return `${a.status}`;
  if (LEAK.test(a.text)) return "leaks a stack trace or SQL error";
  const empty = a.status === 204 || a.status === 304 || (a.status === 101 && a.text === "");
  if (path.startsWith("/api/") && !empty && !/json/i.test(a.contentType))
    return `not JSON (${a.contentType || "no type"})`;
  if (path.startsWith("/api/") && !empty) {
    try {
      JSON.parse(a.text);
    } catch {
      return "content-type JSON but the body does not parse";
    }
  }
  return null;
}

/**
 * A new object of A for a case that consumes its object (delete, revoke), created through the
 * collection route; returns the case's path with the seeded id replaced by the new one.
 * @param {Context} ctx
 * @param {Case} c
 */
async function freshPath(ctx, c) {
  const { op, world, doc } = ctx;
  if (op.template === "/api/v1/integrations/github") {
    await send(world.base, world.a.admin, "PUT", op.template);
    return c.path;
  }
  const collection = op.template.replace(/\/\{id\}(?:\/revoke)?$/, "");
  const key = op.instance ? world.adminKey : world.a.admin;
  const post = { ...op, key: `POST ${collection}`, template: collection };
  const made = await send(world.base, key, "POST", collection, { body: baselineBody(doc, post, world.a) });
  const id = made.id ?? made.feed?.id ?? made.document?.id ?? made.key?.id;
  if (typeof id !== "string") throw new Error(`no id in the answer of POST ${collection}`);
  const seeded = encodeURIComponent(idFor(world, op, "id", world.a));
  return c.path.replace(seeded, encodeURIComponent(id));
}

/**
 * Runs one case (all its repeats at once) and returns its answers and findings.
 * @param {Context} ctx
 * @param {Case} c
 * @returns {Promise<{ answers: Answer[], findings: Finding[] }>}
 */
export async function runCase(ctx, c) {
  const path = c.fresh ? await freshPath(ctx, c) : c.path;
  const answers = await Promise.all(Array.from({ length: c.repeat ?? 1 }, () => request(ctx.world.base, c, path)));
  /** @type {Finding[]} */
  const findings = [];
  const input = `${c.label}: ${preview(c.body)}`;
  const at = { op: c.op, kind: c.kind, label: c.label, method: c.method, path: clip(path, 300), input };
  const seen = new Set();
  for (const a of answers) {
    const problem = problemOf(path, a);
    if (problem && !seen.has(problem)) {
      seen.add(problem);
      findings.push({ problem, ...at, status: a.status, response: clip(a.text, 600), requestId: requestIdOf(a.text) });
    }
  }
  if (c.foreign && answers.some((a) => a.status >= 200 && a.status < 300)) {
    const a = answers.find((x) => x.status < 300) ?? answers[0];
    findings.push({
      problem: "foreign id accepted",
      ...at,
      status: a?.status ?? 0,
      response: clip(a?.text ?? "", 600),
    });
  }
  return { answers, findings };
}
