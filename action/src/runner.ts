import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";

/**
 * The runner's contract for JavaScript actions, without @actions/core: inputs arrive as
 * `INPUT_<NAME>` (upper case, spaces as underscores, dashes kept), outputs and the job summary are
 * appended to the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, messages are workflow
 * commands on stdout.
 */
export function input(name: string, fallback = ""): string {
  const value = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
  return value === undefined || value.trim() === "" ? fallback : value.trim();
}

/** Tells the runner to mask a secret in every later log line. */
export function mask(secret: string): void {
  if (secret) process.stdout.write(`::add-mask::${secret}\n`);
}

/** Sets a step output (multi-line safe, with a random delimiter as the runner documents). */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) return;
  const delimiter = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

/** Appends Markdown to the job summary. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, `${markdown}\n`);
}

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");

export const info = (message: string) => process.stdout.write(`${message}\n`);
export const warning = (message: string) => process.stdout.write(`::warning::${escapeData(message)}\n`);
export const error = (message: string) => process.stdout.write(`::error::${escapeData(message)}\n`);
