/**
 * The one policy for every URL the Worker fetches on a user's behalf (webhooks, knowledge pages
 * and feeds, and any later outbound call): http(s) only, no credentials in the URL, and in
 * production no special-use name or address. Refused: `localhost` and single-label names,
 * `*.localhost`, `*.local`, `*.internal` (`metadata.google.internal`), `*.home.arpa`,
 * `*.localdomain`, `*.svc` cluster names; IPv4 0/8, 10/8, 100.64/10, 127/8, 169.254/16,
 * 172.16/12, 192.0.0/24, 192.168/16, 198.18/15, 224/4, 240/4 in every spelling (decimal, octal,
 * hex, short forms: the URL parser normalises them, and bare hostnames are parsed the same way
 * here); IPv6 ::, ::1, fc00::/7, fe80::/10, fec0::/10, ff00::/8, all of ::ffff:0:0/96, and
 * 64:ff9b::/96, 2002::/16 or ::/96 wrapping a refused IPv4. Names are not resolved (Workers have
 * no DNS API); names known to resolve to an address written inside them (`10.0.0.1.nip.io`) or to
 * loopback (`lvh.me`) are refused as if literal. Callers also refuse redirects on every hop.
 * `ALLOW_PRIVATE_WEBHOOK_TARGETS` = "true" (the local server) lifts the address rules only.
 */

type Cidr4 = [number, number];

const REFUSED_V4: [string, Cidr4][] = [
  ["this-network", [0x00000000, 8]],
  ["private", [0x0a000000, 8]],
  ["shared (CGNAT)", [0x64400000, 10]],
  ["loopback", [0x7f000000, 8]],
  ["link-local", [0xa9fe0000, 16]],
  ["private", [0xac100000, 12]],
  ["IETF protocol assignments", [0xc0000000, 24]],
  ["private", [0xc0a80000, 16]],
  ["benchmarking", [0xc6120000, 15]],
  ["multicast", [0xe0000000, 4]],
  ["reserved", [0xf0000000, 4]],
];

/** Special-use name suffixes (RFC 6761, 6762, 8375 and common private conventions). */
const SPECIAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".localdomain", ".svc"];
/** Wildcard DNS services whose names resolve to the IPv4 address spelled in them. */
const EMBEDDED_IP_SUFFIXES = [".nip.io", ".sslip.io", ".xip.io", ".traefik.me"];
/** Public names that resolve to loopback. */
const LOOPBACK_NAMES = ["localtest.me", "lvh.me", "vcap.me", "lacolhost.com", "fuf.me"];

/** One inet_aton part: decimal, 0x hex or 0-prefixed octal. */
function part(text: string): number | null {
  if (/^0x[0-9a-f]*$/i.test(text)) return text.length === 2 ? 0 : Number.parseInt(text.slice(2), 16);
  if (/^0[0-7]*$/.test(text)) return Number.parseInt(text, 8);
  if (/^[1-9][0-9]*$/.test(text)) return Number(text);
  return null;
}

/** An IPv4 address in any inet_aton spelling (`127.1`, `0x7f.1`, `2130706433`, `0177.0.0.1`), or null. */
export function parseV4(host: string): number | null {
  const parts = host.split(".");
  if (parts.length > 4) return null;
  const nums = parts.map(part);
  if (nums.some((n) => n === null)) return null;
  const values = nums as number[];
  const last = values.pop() ?? 0;
  if (values.some((n) => n > 255) || last >= 2 ** (8 * (4 - values.length))) return null;
  return values.reduce((acc, n, i) => acc + n * 2 ** (8 * (3 - i)), 0) + last;
}

function v4Reason(addr: number): string | null {
  for (const [what, [base, bits]] of REFUSED_V4) {
    if (addr >= base && addr < base + 2 ** (32 - bits)) return what;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (with an optional dotted IPv4 tail), or null. */
function parseV6(text: string): number[] | null {
  let s = text;
  const cut = s.lastIndexOf(":");
  if (s.includes(".")) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.slice(cut + 1));
    const v4 = m ? parseV4(m.slice(1).join(".")) : null;
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

const wrapped = (kind: string, v4: number): string | null => {
  const why = v4Reason(v4);
  return why ? `${kind} ${why}` : null;
};

function v6Reason(g: number[]): string | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, h = 0, i = 0] = g;
  const low = h * 65536 + i;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0 && h === 0 && i <= 1) return i === 1 ? "loopback" : "unspecified";
    if (f === 0xffff) return "IPv4-mapped";
    if (f === 0) return wrapped("IPv4-compatible", low);
  }
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return wrapped("NAT64", low);
  if (a === 0x2002) return wrapped("6to4", b * 65536 + c);
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

/**
 * Why `hostname` (a URL hostname, or a bare one) must not be reached from production, as a phrase
 * ("a loopback address", "a special-use name (*.internal)"), or null when it may.
 */
export function privateHostReason(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host.startsWith("[") && host.endsWith("]")) {
    const groups = parseV6(host.slice(1, -1));
    const why = groups ? v6Reason(groups) : "an unparseable IPv6";
    return why ? `a ${why} address` : null;
  }
  const v4 = parseV4(host);
  if (v4 !== null) {
    const why = v4Reason(v4);
    return why ? `a ${why} address` : null;
  }
  if (host === "localhost") return "a loopback address";
  if (!host.includes(".")) return "a single-label name";
  const suffix = SPECIAL_SUFFIXES.find((s) => host.endsWith(s));
  if (suffix) return `a special-use name (*${suffix})`;
  if (LOOPBACK_NAMES.some((n) => host === n || host.endsWith(`.${n}`))) return "a loopback address (by DNS)";
  const inName = embeddedV4(host);
  const why = inName === null ? null : v4Reason(inName);
  return why ? `a ${why} address (by DNS)` : null;
}

/**
 * Why `raw` may not be fetched, or null when it may. Special-use names and addresses pass only
 * when `allowPrivate` is true.
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
  return why ? `${url.hostname} is ${why}; private targets are not allowed on this server` : null;
}

/** Whether this deployment may fetch private targets (only the local server does). */
export const allowsPrivateTargets = (env: Pick<Env, "ALLOW_PRIVATE_WEBHOOK_TARGETS">): boolean =>
  env.ALLOW_PRIVATE_WEBHOOK_TARGETS === "true";
