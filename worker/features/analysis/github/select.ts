import { safeRelativePath } from "../archive/paths";
import { languageOf } from "../languages";
import { isManifestPath } from "../manifests";
import { isEvidencePath } from "../match";
import type { SkippedEntry } from "../types";
import { isVendoredPath } from "../vendored";

/** One entry of GitHub's recursive tree listing. */
export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
}

/** Extensions that are never text; skipped as binary without spending a request on them. */
const BINARY =
  /\.(png|jpe?g|gif|webp|ico|icns|bmp|tiff?|psd|pdf|zip|gz|tgz|bz2|xz|7z|rar|jar|war|class|so|dylib|dll|exe|bin|o|a|wasm|woff2?|ttf|otf|eot|mp[34]|mov|avi|webm|wav|ogg|flac|sqlite|db|pyc|pkl|pt|onnx|h5|parquet)$/i;

/** The blobs to download, best first, and the entries reported as skipped. */
export interface Selection {
  fetch: TreeEntry[];
  skipped: SkippedEntry[];
  /** Text candidates left out because of the file cap. */
  left: number;
}

/**
 * Picks the blobs worth downloading under a cap: manifests first (dependencies), then files rules
 * look at by name, then source files with a language (for statistics), then any other text.
 * Symlinks, submodules, unsafe paths, binaries and oversized files are reported, never fetched.
 */
export function selectBlobs(tree: readonly TreeEntry[], maxFiles: number, maxFileBytes: number): Selection {
  const skipped: SkippedEntry[] = [];
  const tiers: TreeEntry[][] = [[], [], [], []];
  for (const entry of tree) {
    if (entry.type === "tree") continue;
    if (safeRelativePath(entry.path) !== entry.path) skipped.push({ path: entry.path, reason: "path_traversal" });
    else if (entry.type === "commit") skipped.push({ path: entry.path, reason: "not_file" });
    else if (entry.mode === "120000") skipped.push({ path: entry.path, reason: "symlink" });
    else if (entry.type !== "blob") skipped.push({ path: entry.path, reason: "not_file" });
    else if ((entry.size ?? 0) > maxFileBytes) skipped.push({ path: entry.path, reason: "too_large" });
    else if (BINARY.test(entry.path)) skipped.push({ path: entry.path, reason: "binary" });
    else if (!isVendoredPath(entry.path)) tiers[tierOf(entry.path)]?.push(entry);
  }
  const candidates = tiers.flat();
  return { fetch: candidates.slice(0, maxFiles), skipped, left: Math.max(0, candidates.length - maxFiles) };
}

function tierOf(path: string): number {
  if (isManifestPath(path)) return 0;
  if (isEvidencePath(path)) return 1;
  return languageOf(path) === null ? 3 : 2;
}
