import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { packTar } from "modern-tar";
import { ROOT } from "./support";

/**
 * A .tar.gz of tests/fixtures/repos/<name>, wrapped in one top-level directory the way
 * `git archive --prefix` and GitHub's tarballs are, so the upload is what a user would send.
 */
export async function fixtureTarGz(name: string): Promise<Buffer> {
  const dir = join(ROOT, "tests/fixtures/repos", name);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const tar = await packTar(
    files.map((file) => {
      const body = readFileSync(file);
      return {
        header: { name: `${name}-main/${relative(dir, file)}`, size: body.length, type: "file" as const },
        body: new Uint8Array(body),
      };
    }),
  );
  return gzipSync(tar);
}
