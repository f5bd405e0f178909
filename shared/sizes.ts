/**
 * A byte count as people read it: "900 B", "12.4 KiB", "3.1 MiB", "1.2 GiB" (binary units, one
 * decimal). Language statistics, exports and the CLI all show sizes this way.
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GiB`;
}

/**
 * A share (0-1) as a percentage with one decimal: "42.7%". A share too small to show is "<0.1%",
 * not "0.0%": pass `present` when the share is of something that exists (a language with bytes),
 * since a share rounded to a few decimals may already read 0.
 */
export function formatShare(share: number, present = share > 0): string {
  if (present && share < 0.0005) return "<0.1%";
  return `${(share * 100).toFixed(1)}%`;
}

/** A count with thousands separators, the same on every machine: "38,490". */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
