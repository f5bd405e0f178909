import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";

const read = (path: string) => parse(readFileSync(path, "utf8")) as Record<string, unknown>;
const production = read("wrangler.toml");
const test = read("tests/wrangler.test.toml");

/** The parts of a config that must match, with the paths (relative to each file) left out. */
function bindingsOf(config: Record<string, unknown>) {
  const { env: _env, main: _main, assets, d1_databases, durable_objects, migrations, ...rest } = config;
  const { directory: _dir, ...assetRules } = assets as Record<string, unknown>;
  const databases = (d1_databases as Record<string, unknown>[]).map(({ migrations_dir: _m, ...db }) => db);
  const jobClass = (name: string) => (name === "TestJobRunner" ? "JobRunner" : name);
  const objects = (durable_objects as { bindings: { name: string; class_name: string }[] }).bindings.map((b) => ({
    ...b,
    class_name: jobClass(b.class_name),
  }));
  const tags = (migrations as { tag: string; new_sqlite_classes: string[] }[]).map((m) => ({
    ...m,
    new_sqlite_classes: m.new_sqlite_classes.map(jobClass),
  }));
  const { observability: _o, ...others } = rest;
  return { assetRules, databases, objects, tags, ...others };
}

describe("the test Worker config", () => {
  it("binds what production binds, with only the job Durable Object's class swapped for the test subclass", () => {
    expect(bindingsOf(test)).toEqual(bindingsOf(production));
    const jobs = (test.durable_objects as { bindings: { name: string; class_name: string }[] }).bindings;
    expect(jobs.find((b) => b.name === "JOBS")?.class_name).toBe("TestJobRunner");
  });
});
