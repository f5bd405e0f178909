import { AppError } from "./errors";

const FORMAT = "v1";
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** Standard base64 of bytes. */
export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Bytes of a standard base64 string. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The AES-256-GCM key for stored secrets, derived with HKDF-SHA-256 from the Worker secret
 * `ENCRYPTION_KEY`, so the raw secret is never used as a key and other uses can derive their own.
 */
function secretKey(env: Pick<Env, "ENCRYPTION_KEY">): Promise<CryptoKey> {
  const master = env.ENCRYPTION_KEY;
  if (!master) {
    throw new AppError(
      "internal",
      "the Worker secret ENCRYPTION_KEY is not set: add it to .dev.vars locally or with `wrangler secret put ENCRYPTION_KEY`",
    );
  }
  let key = keys.get(master);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(master), "HKDF", false, ["deriveKey"]).then((base) =>
      crypto.subtle.deriveKey(
        {
          name: "HKDF",
          hash: "SHA-256",
          salt: new Uint8Array(0),
          info: encoder.encode("commandcenter/stored-secrets"),
        },
        base,
        { name: "AES-GCM", length: 256 },
        false,
        ["encrypt", "decrypt"],
      ),
    );
    keys.set(master, key);
  }
  return key;
}

/** Encrypts a secret for storage: `v1:<base64 iv>:<base64 ciphertext+tag>`, a fresh 96-bit IV each time. */
export async function sealSecret(env: Pick<Env, "ENCRYPTION_KEY">, plaintext: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await secretKey(env), encoder.encode(plaintext));
  return `${FORMAT}:${toBase64(iv)}:${toBase64(new Uint8Array(sealed))}`;
}

/** Decrypts what `sealSecret` stored; throws if the key changed or the value was tampered with. */
export async function openSecret(env: Pick<Env, "ENCRYPTION_KEY">, stored: string): Promise<string> {
  const [format, iv, data] = stored.split(":");
  if (format !== FORMAT || !iv || !data) throw new Error("stored secret has an unknown format");
  const plain = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: fromBase64(iv) },
    await secretKey(env),
    fromBase64(data),
  );
  return new TextDecoder().decode(plain);
}
