import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { listDrift } from "../../worker/features/portfolio/drift/drift.service";
import { portfolioMatrix, portfolioRadar } from "../../worker/features/portfolio/radar.service";
import { RequestGuard, requestGuards } from "../../worker/lib/request-guard";
import { api, expectStatus } from "../client";
import { createTenant, instanceAdmin } from "../helpers";

beforeAll(async () => {
  const t = await createTenant(await instanceAdmin(), "guard");
  await expectStatus(api(t.write).technologies.$post({ json: { title: "Kafka" } }), 201);
});

/**
 * A guard like the key's revocation check, counting how often its query is made and how often it
 * runs on its own (`first()`, a round trip of its own) instead of inside a read batch.
 */
function countingGuard() {
  const runs = { queries: 0, alone: 0 };
  const guard = new RequestGuard(
    () => {
      runs.queries++;
      const statement = env.DB.prepare("select 1 as ok");
      const first = statement.first.bind(statement);
      Object.defineProperty(statement, "first", {
        value: (column?: string) => {
          runs.alone++;
          return column === undefined ? first() : first(column);
        },
      });
      return statement;
    },
    (row) => expect(row).toEqual({ ok: 1 }),
  );
  return { guard, runs };
}

describe("portfolio reads and the key check", () => {
  const viewer = { db: createDb(env.DB), principal: { projectId: null } };
  const reads = {
    radar: () => portfolioRadar(viewer, { limit: 100 }),
    matrix: () => portfolioMatrix(viewer, { limit: 20 }),
    "drift list": () => listDrift(viewer, { state: ["open"], limit: 20 }),
  };

  it.each(Object.entries(reads))("lets the key's revocation check ride in the %s's read batch", async (_, read) => {
    const { guard, runs } = countingGuard();
    const answer = await requestGuards.run(guard, async () => {
      const result = await read();
      await guard.ensure();
      return result;
    });
    expect(JSON.stringify(answer)).toMatch(/Kafka|"data":\[\]/);
    expect(runs).toEqual({ queries: 1, alone: 0 });
  });

  it.each(Object.entries(reads))("lets the check ride along when the %s is read again", async (_, read) => {
    await read();
    const { guard, runs } = countingGuard();
    await requestGuards.run(guard, async () => {
      await read();
      await guard.ensure();
    });
    expect(runs).toEqual({ queries: 1, alone: 0 });
  });
});
