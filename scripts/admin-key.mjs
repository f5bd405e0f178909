// `npm run admin-key`: shows the locally generated admin key again.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/local.mjs";

const file = join(ROOT, ".wrangler/state/commandcenter-admin-key");
if (process.env.CC_ADMIN_KEY) console.log(process.env.CC_ADMIN_KEY);
else if (existsSync(file)) console.log(readFileSync(file, "utf8").trim());
else {
  console.error("No local admin key yet: run 'npm start' once.");
  process.exit(1);
}
