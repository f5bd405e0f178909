import { safeRelativePath } from "../archive/paths";
import { isManifestPath } from "../manifests";
import { isContentRulePath } from "../match";
import type { RepoEntry, SkippedEntry } from "../types";
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

/** The blobs to download, best first, every file counted by size, and the entries reported as skipped. */
export interface Selection {
  fetch: TreeEntry[];
  entries: RepoEntry[];
  skipped: SkippedEntry[];
  /** Manifests and config files left out because of the file cap. */
  left: number;
}

/**
 * Picks the blobs worth downloading under a cap: manifests first (dependencies), then files rules
 * look into. Every other file is only listed, with the size the tree gives, for the language
 * statistics and the rules that recognise a file by its path. Symlinks, submodules, unsafe paths, binaries and oversized files are
 * reported, never fetched.
 */
export function selectBlobs(tree: readonly TreeEntry[], maxFiles: number, maxFileBytes: number): Selection {
  const skipped: SkippedEntry[] = [];
  const entries: RepoEntry[] = [];
  const tiers: TreeEntry[][] = [[], []];
  for (const entry of tree) {
    if (entry.type === "tree") continue;
    if (safeRelativePath(entry.path) !== entry.path) skipped.push({ path: entry.path, reason: "path_traversal" });
    else if (entry.type === "commit") skipped.push({ path: entry.path, reason: "not_file" });
    else if (entry.mode === "120000") skipped.push({ path: entry.path, reason: "symlink" });
    else if (entry.type !== "blob") skipped.push({ path: entry.path, reason: "not_file" });
    else if ((entry.size ?? 0) > maxFileBytes) skipped.push({ path: entry.path, reason: "too_large" });
    else if (BINARY.test(entry.path)) skipped.push({ path: entry.path, reason: "binary" });
    else {
      entries.push({ path: entry.path, size: entry.size ?? 0 });
      if (isVendoredPath(entry.path)) continue;
      if (isManifestPath(entry.path)) tiers[0]?.push(entry);
      else if (isContentRulePath(entry.path)) tiers[1]?.push(entry);
    }
  }
  const candidates = tiers.flat();
  return {
    fetch: candidates.slice(0, maxFiles),
    entries,
    skipped,
    left: Math.max(0, candidates.length - maxFiles),
  };
}
