import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, it } from "vitest";

describe("npm run deploy -- --dry-run", () => {
  it("lists every command a first deploy runs, and runs none of them", () => {
    // No wrangler on PATH and a bogus one in node_modules would not matter: a dry run spawns nothing.
    const res = spawnSync(process.execPath, ["scripts/deploy.mjs", "--dry-run"], {
      encoding: "utf8",
      env: { ...process.env, CLOUDFLARE_API_TOKEN: "", PATH: "" },
      timeout: 30_000,
    });
    expect(res.status, res.stderr).toBe(0);
    const commands = res.stdout
      .split("\n")
      .filter((l) => l.startsWith("  $ "))
      .map((l) => l.slice(4));
    for (const expected of [
      "wrangler d1 create commandcenter",
      "wrangler queues create webhook-deliveries",
      "wrangler queues create webhook-deliveries-dlq",
      "wrangler vectorize create commandcenter-knowledge --dimensions 768 --metric cosine",
      "wrangler vectorize create-metadata-index commandcenter-knowledge --property-name documentId --type string",
      "wrangler secret put ENCRYPTION_KEY --env production --config wrangler.production.toml   (value on stdin)",
      "wrangler secret put METRICS_TOKEN --env production --config wrangler.production.toml   (value on stdin)",
      "wrangler d1 migrations apply DB --remote --env production --config wrangler.production.toml",
      "wrangler deploy --env production --config wrangler.production.toml",
    ]) {
      expect(commands).toContain(expected);
    }
    expect(commands.findIndex((c) => c.startsWith("wrangler d1 migrations apply"))).toBeLessThan(
      commands.findIndex((c) => c.startsWith("wrangler deploy")),
    );
    expect(res.stdout).toMatch(/first admin key \(cc_[a-z0-9]{8}\) is in production-admin-key\.txt/);
    expect(res.stdout).not.toMatch(/cc_[a-z0-9]{8}_[A-Za-z0-9_-]{43}/);
    expect(existsSync("production-admin-key.txt")).toBe(false);
  });

  it("finds no placeholder ids for production in the committed wrangler.toml", () => {
    const config = parse(readFileSync("wrangler.toml", "utf8")) as {
      env: { production: { d1_databases: { database_id?: string }[] } };
    };
    for (const db of config.env.production.d1_databases) expect(db.database_id).toBeUndefined();
    expect(readFileSync(".gitignore", "utf8")).toMatch(/^wrangler\.production\.toml$/m);
  });
});
