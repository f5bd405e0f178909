import { randomToken } from "../../lib/crypto";

/**
 * Keys look like `cc_k3x9p2ma_<43 chars>`: the `cc_` marker and an 8-character prefix are the
 * visible, loggable part; the rest is 32 random bytes. Only the SHA-256 of the whole key is stored.
 */
const KEY_PATTERN = /^cc_([a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** Generates a new key secret and its visible prefix. */
export function generateKey(): { secret: string; prefix: string } {
  const prefix = randomToken(8)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .padEnd(8, "0")
    .slice(0, 8);
  const secret = `cc_${prefix}_${randomToken(32)}`;
  return { secret, prefix: `cc_${prefix}` };
}

/** The visible prefix of a well-formed key, or null when the string is not a key at all. */
export function parseKey(raw: string): { prefix: string } | null {
  const m = KEY_PATTERN.exec(raw);
  return m ? { prefix: `cc_${m[1]}` } : null;
}
