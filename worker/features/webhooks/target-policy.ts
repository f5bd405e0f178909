/**
 * Which URLs a webhook may target. Anything but http(s), credentials in the URL, and addresses on
 * loopback, private or link-local networks are refused unless `ALLOW_PRIVATE_WEBHOOK_TARGETS` is
 * "true" (the local server sets it so a receiver on the user's own machine works). The URL parser
 * already turns `2130706433`, `0x7f.1` and `127.1` into `127.0.0.1`, so every IPv4 spelling is
 * caught. Names are not resolved (Workers have no DNS API); names known to resolve to an address
 * written inside them (`10.0.0.1.nip.io`) or to loopback (`lvh.me`) are refused as if literal.
 */

type Cidr4 = [number, number];

const PRIVATE_V4: [string, Cidr4][] = [
  ["this-network", [0x00000000, 8]],
  ["private", [0x0a000000, 8]],
  ["shared (CGNAT)", [0x64400000, 10]],
  ["loopback", [0x7f000000, 8]],
  ["link-local", [0xa9fe0000, 16]],
  ["private", [0xac100000, 12]],
  ["private", [0xc0a80000, 16]],
  ["multicast or reserved", [0xe0000000, 3]],
];

/** Wildcard DNS services whose names resolve to the IPv4 address spelled in them. */
const EMBEDDED_IP_SUFFIXES = [".nip.io", ".sslip.io", ".xip.io", ".traefik.me"];
/** Public names that resolve to loopback. */
const LOOPBACK_NAMES = ["localtest.me", "lvh.me", "vcap.me", "lacolhost.com", "fuf.me"];

function parseV4(host: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return parts.reduce((acc, p) => acc * 256 + p, 0);
}

function v4Reason(addr: number): string | null {
  for (const [what, [base, bits]] of PRIVATE_V4) {
    const size = 2 ** (32 - bits);
    if (addr >= base && addr < base + size) return what;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with an optional dotted IPv4 tail), or null. */
function parseV6(text: string): number[] | null {
  let s = text;
  const cut = s.lastIndexOf(":");
  if (s.includes(".")) {
    const v4 = parseV4(s.slice(cut + 1));
    if (v4 === null) return null;
    s = `${s.slice(0, cut + 1)}${Math.floor(v4 / 65536).toString(16)}:${(v4 % 65536).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const rest = halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - rest.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...new Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  const nums = all.map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? Number.parseInt(g, 16) : Number.NaN));
  return nums.some(Number.isNaN) ? null : nums;
}

function v6Reason(g: number[]): string | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const embedded = h * 65536 + i;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0 && h === 0 && i <= 1) return i === 1 ? "loopback" : "unspecified";
    if (f === 0xffff || f === 0) return v4Reason(embedded) ? `IPv4-mapped ${v4Reason(embedded)}` : null;
  }
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) {
    return v4Reason(embedded) ? `NAT64 ${v4Reason(embedded)}` : null;
  }
  if ((a & 0xfe00) === 0xfc00) return "unique-local";
  if ((a & 0xffc0) === 0xfe80) return "link-local";
  if ((a & 0xffc0) === 0xfec0) return "site-local";
  if ((a & 0xff00) === 0xff00) return "multicast";
  return null;
}

function embeddedV4(host: string): number | null {
  const suffix = EMBEDDED_IP_SUFFIXES.find((s) => host.endsWith(s));
  if (!suffix) return null;
  const m = /(?:^|[.-])(\d{1,3})[.-](\d{1,3})[.-](\d{1,3})[.-](\d{1,3})$/.exec(host.slice(0, -suffix.length));
  return m ? parseV4(m.slice(1).join(".")) : null;
}

/** Why `host` (a WHATWG URL hostname) is loopback, private or link-local, or null if it is not. */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") && host.endsWith("]")) {
    const groups = parseV6(host.slice(1, -1));
    return groups ? v6Reason(groups) : "unparseable IPv6 address";
  }
  const v4 = parseV4(host);
  if (v4 !== null) return v4Reason(v4);
  if (host === "localhost" || host.endsWith(".localhost")) return "loopback";
  if (LOOPBACK_NAMES.some((n) => host === n || host.endsWith(`.${n}`))) return "loopback (by DNS)";
  const inName = embeddedV4(host);
  if (inName !== null) {
    const why = v4Reason(inName);
    if (why) return `${why} (by DNS)`;
  }
  return null;
}

/**
 * Why `raw` may not be a webhook target, or null when it may. Private addresses pass only when
 * `allowPrivate` is true.
 */
export function targetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not a valid URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must use http or https";
  if (url.username || url.password) return "must not contain credentials";
  if (allowPrivate) return null;
  const why = privateHostReason(url.hostname);
  return why ? `${url.hostname} is a ${why} address; private targets are not allowed on this server` : null;
}

/** Whether this deployment lets webhooks target private addresses (only the local server does). */
export const allowsPrivateTargets = (env: Pick<Env, "ALLOW_PRIVATE_WEBHOOK_TARGETS">): boolean =>
  env.ALLOW_PRIVATE_WEBHOOK_TARGETS === "true";
