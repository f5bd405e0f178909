import { createExecutionContext, createScheduledController, waitOnExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { expect } from "vitest";
import worker from "../../worker/index";
import { buildTarGz } from "../analysis/archive-builders";
import { api, expectStatus, ORIGIN } from "../client";
import { fire, jobOf } from "../durable-objects/job-harness";

/** A package.json declaring these npm dependencies. */
export const packageJson = (dependencies: Record<string, string>) =>
  JSON.stringify({ name: "app", version: "1.0.0", dependencies }, null, 2);

/** Registers an uploaded repository in the key's project. */
export async function newRepo(key: string, name: string): Promise<string> {
  const repo = await expectStatus(
    api(key).repositories.$post({ json: { provider: "upload", owner: "acme", name } }),
    201,
  );
  return repo.id;
}

/**
 * Uploads these files as the repository's snapshot and runs the analysis job to completion (its
 * completion hooks, the drift scan among them, run as the job's Durable Object runs them).
 * Returns the job id, the correlation id of the events the analysis caused.
 */
export async function analyse(key: string, repositoryId: string, files: Record<string, string>): Promise<string> {
  const archive = await buildTarGz(Object.entries(files).map(([name, body]) => ({ name: `repo-main/${name}`, body })));
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}/api/v1/repositories/${repositoryId}/snapshots`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/gzip" },
      body: archive,
    }),
  );
  const started = (await res.json()) as { id: string };
  expect(res.status, JSON.stringify(started)).toBe(202);
  await fire(started.id);
  const job = await jobOf(key, started.id);
  expect(job.status, job.error ?? "").toBe("completed");
  return started.id;
}

/** Runs the Worker's Cron handler at the top of an hour, when the scheduled drift scan runs. */
export async function hourlyTick(): Promise<void> {
  const top = new Date();
  top.setUTCMinutes(0, 0, 0);
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: top.getTime(), cron: "* * * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Every drift item (any state) the key sees, optionally of one kind. */
export async function driftOf(key: string, kind?: string) {
  const page = await expectStatus(
    api(key).portfolio.drift.$get({
      query: { state: "open,dismissed,resolved", limit: "100", ...(kind ? { kind } : {}) },
    }),
    200,
  );
  return page.data;
}

/** The project's technology with this title. */
export async function technologyNamed(key: string, title: string) {
  const page = await expectStatus(api(key).technologies.$get({ query: { q: title, limit: "100" } }), 200);
  const tech = page.data.find((t) => t.title === title);
  if (!tech) throw new Error(`no technology ${title}`);
  return tech;
}
