const SNIFF_BYTES = 8192;
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes file bytes as UTF-8 text, or returns null for binary content: a NUL byte in the first
 * 8 KiB, or bytes that are not valid UTF-8 anywhere.
 */
export function decodeText(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0)) return null;
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}
