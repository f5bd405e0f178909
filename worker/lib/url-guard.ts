/**
 * Which URLs the server may fetch on a project's behalf (knowledge pages and feeds): http(s)
 * only, no credentials in the URL, and no loopback, private, link-local or otherwise internal
 * address unless `ALLOW_PRIVATE_WEBHOOK_TARGETS` is "true" (the local server sets it so a feed
 * served on the user's machine works). The WHATWG URL parser already normalises IPv4 spellings
 * such as `2130706433` or `0x7f.1` to dotted form. Names are not resolved (Workers have no DNS
 * API), so a public name pointing at a private address is not caught here.
 */

const V4_BLOCKS: [number, number, string][] = [
  [0x00000000, 8, "this-network"],
  [0x0a000000, 8, "private"],
  [0x64400000, 10, "shared (CGNAT)"],
  [0x7f000000, 8, "loopback"],
  [0xa9fe0000, 16, "link-local"],
  [0xac100000, 12, "private"],
  [0xc0000000, 24, "IETF protocol"],
  [0xc0a80000, 16, "private"],
  [0xc6120000, 15, "benchmarking"],
  [0xe0000000, 3, "multicast or reserved"],
];

function v4Reason(host: string): string | null | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return undefined;
  const addr = m.slice(1).reduce((acc, part) => acc * 256 + Number(part), 0);
  for (const [base, bits, what] of V4_BLOCKS) {
    if (Math.floor(addr / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits))) return what;
  }
  return null;
}

function v6Reason(literal: string): string | null {
  const host = literal.toLowerCase();
  if (host === "::1") return "loopback";
  if (host === "::") return "unspecified";
  const mapped =
    /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host)?.[1] ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (typeof mapped === "string") return v4Reason(mapped) ?? null;
  if (Array.isArray(mapped)) {
    const hi = Number.parseInt(mapped[1] ?? "0", 16);
    const lo = Number.parseInt(mapped[2] ?? "0", 16);
    return v4Reason(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`) ?? null;
  }
  const first = Number.parseInt(host.split(":")[0] || "0", 16);
  if ((first & 0xfe00) === 0xfc00) return "unique-local";
  if ((first & 0xffc0) === 0xfe80) return "link-local";
  if ((first & 0xff00) === 0xff00) return "multicast";
  return null;
}

/** Why a URL host is internal (loopback, private, link-local …), or null when it is public. */
export function internalHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") && host.endsWith("]")) return v6Reason(host.slice(1, -1));
  const v4 = v4Reason(host);
  if (v4 !== undefined) return v4;
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (host.endsWith(".internal") || host.endsWith(".local") || !host.includes(".")) return "internal name";
  return null;
}

/** Why the server must not fetch `raw`, or null when it may. */
export function fetchTargetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must use http or https";
  if (url.username || url.password) return "must not contain credentials";
  if (allowPrivate) return null;
  const why = internalHostReason(url.hostname);
  return why ? `${url.hostname} is a ${why} address; this server does not fetch private addresses` : null;
}

/** Whether this deployment may fetch private addresses (only the local server allows it). */
export const allowsPrivateTargets = (env: Pick<Env, "ALLOW_PRIVATE_WEBHOOK_TARGETS">): boolean =>
  env.ALLOW_PRIVATE_WEBHOOK_TARGETS === "true";
