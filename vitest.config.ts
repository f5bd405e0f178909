import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => {
  const migrations = await readD1Migrations("./migrations");
  return {
    test: {
      projects: [
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: "./wrangler.toml" },
              remoteBindings: false,
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: "workers",
            include: ["tests/**/*.test.ts"],
            exclude: ["tests/node/**", "tests/e2e/**"],
            setupFiles: ["./tests/setup/apply-migrations.ts"],
            silent: "passed-only",
          },
        },
        {
          test: { name: "node", environment: "node", include: ["tests/node/**/*.test.ts"] },
        },
      ],
    },
  };
});
