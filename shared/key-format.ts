/**
 * The API key format, shared by the Worker (issuing and checking keys) and the local scripts (the
 * bootstrap admin key). Keys look like `cc_k3x9p2ma_<43 chars>`: the `cc_` marker and an 8-character
 * prefix are the visible, loggable part; the rest is 32 random bytes as base64url. Only the SHA-256
 * of the whole key is stored. Dependency-free: it needs only the Web Crypto `getRandomValues` and
 * `btoa` that Workers, Node and browsers all have.
 */

/** A well-formed key; the first group is the 8-character prefix. */
export const KEY_PATTERN = /^cc_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** The shape of a key in words, for error messages about a key given from outside. */
export const KEY_FORMAT_HINT = "cc_ + 8 lower-case letters/digits + _ + 43 base64url characters";

const PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** `bytes` random bytes as unpadded base64url. */
function randomBase64Url(bytes: number): string {
  let bin = "";
  for (const b of crypto.getRandomValues(new Uint8Array(bytes))) bin += String.fromCharCode(b);
  return btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

/** Generates a new key secret and its visible prefix (`cc_` and 8 lower-case letters or digits). */
export function generateKey(): { secret: string; prefix: string } {
  let prefix = "";
  for (const b of crypto.getRandomValues(new Uint8Array(8))) prefix += PREFIX_ALPHABET[b % PREFIX_ALPHABET.length];
  return { secret: `cc_${prefix}_${randomBase64Url(32)}`, prefix: `cc_${prefix}` };
}

/** The visible prefix of a well-formed key, or null when the string is not a key at all. */
export function parseKey(raw: string): { prefix: string } | null {
  const m = KEY_PATTERN.exec(raw);
  return m ? { prefix: `cc_${m[1]}` } : null;
}
