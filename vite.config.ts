import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig, type Plugin } from "vite";

const require = createRequire(import.meta.url);

/** Ships the API reference UI with the dashboard's assets so /api/docs needs no CDN. */
function vendorScalar(): Plugin {
  return {
    name: "commandcenter:vendor-scalar",
    applyToEnvironment: (env) => env.name === "client",
    generateBundle() {
      const file = require.resolve("@scalar/api-reference/browser/standalone.js");
      this.emitFile({ type: "asset", fileName: "vendor/scalar.js", source: readFileSync(file) });
    },
  };
}

export default defineConfig({
  plugins: [reactRouter(), vendorScalar()],
  build: { reportCompressedSize: true },
});
