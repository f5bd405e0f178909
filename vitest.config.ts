import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { ACCESS_TEST_CONFIG } from "./tests/access-keys.ts";
import { SSO_TEST_CONFIG } from "./tests/sso-config.ts";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./tests/wrangler.test.toml" },
              remoteBindings: false,
              miniflare: {
                // A fixed ENCRYPTION_KEY and METRICS_TOKEN for tests only; real ones come from .dev.vars or `wrangler secret put`.
                // Cloudflare Access trusts a test-only key set (tests/access-keys.ts); OIDC and GitHub sign-in
                // trust the fakes of tests/sso-fake.ts (tests/sso-config.ts).
                bindings: {
                  TEST_MIGRATIONS: migrations,
                  ENCRYPTION_KEY: "test-only-encryption-key-0123456789abcdef",
                  METRICS_TOKEN: "test-only-metrics-token",
                  ...ACCESS_TEST_CONFIG,
                  ...SSO_TEST_CONFIG,
                },
              },
            }),
          ],
          test: {
            name: "workers",
            include: ["tests/**/*.test.ts"],
            exclude: ["tests/node/**", "tests/e2e/**"],
            setupFiles: ["./tests/setup/apply-migrations.ts"],
            silent: "passed-only",
            // A safety net, not a speed check (benchmarks measure speed): a test that drives jobs
            // through Durable Objects takes seconds on a loaded 2-core machine, past vitest's 5 s.
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
        {
          // Node-side tests build the OpenAPI document from the whole Worker: seconds on a busy 2-core machine.
          // `cloudflare:workers` (imported by the OAuth library at load) resolves to a Node stand-in there.
          resolve: { alias: { "cloudflare:workers": "./tests/node/shims/cloudflare-workers.ts" } },
          test: {
            name: "node",
            environment: "node",
            include: ["tests/node/**/*.test.ts"],
            testTimeout: 60_000,
            server: { deps: { inline: ["@cloudflare/workers-oauth-provider"] } },
          },
        },
        // The browser suite needs a running server: only `npm run test:e2e` (scripts/e2e.mjs) starts
        // one and sets CC_E2E_BASE_URL, so a plain `vitest run` leaves this project out.
        ...(process.env.CC_E2E_BASE_URL
          ? [
              {
                test: {
                  name: "e2e",
                  environment: "node",
                  include: ["tests/e2e/**/*.test.ts"],
                  fileParallelism: false,
                  testTimeout: 120_000,
                  hookTimeout: 120_000,
                },
              },
            ]
          : []),
      ],
    },
  };
});
