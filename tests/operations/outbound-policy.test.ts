import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { attemptDelivery } from "../../worker/features/webhooks/consumer";
import { createWebhook as createViaService } from "../../worker/features/webhooks/webhooks.service";
import { AppError } from "../../worker/lib/errors";
import { targetProblem } from "../../worker/lib/outbound-policy";
import { createTenant, instanceAdmin, type Tenant } from "../helpers";
import { createWebhook, deliveryRow, emitEvent, fakeReceiver } from "../webhooks/webhook-helpers";

const production = { ...env, ALLOW_PRIVATE_WEBHOOK_TARGETS: "false" as const };

/** Every special-use name and range the policy refuses, each in the spellings that reach it. */
const REFUSED = {
  localhost: ["http://localhost/hook", "http://LOCALHOST./hook"],
  "single-label names": ["http://intranet/", "https://db:5432/", "http://router./"],
  "*.localhost": ["https://api.localhost/hook"],
  "*.internal": ["http://metadata.google.internal/computeMetadata/v1/", "https://billing.corp.internal/"],
  "*.local": ["http://printer.local/", "http://kubernetes.default.svc.cluster.local/"],
  "*.home.arpa": ["http://nas.home.arpa/"],
  "*.localdomain": ["http://box.localdomain/"],
  "*.svc cluster names": ["http://redis.default.svc/", "http://api.team.svc./"],
  "0.0.0.0/8": ["http://0.0.0.0:8787/", "http://0/", "http://0.1.2.3/"],
  "10.0.0.0/8": [
    "http://10.0.0.1/",
    "https://10.255.255.255/",
    "http://012.0.0.1/",
    "http://0xa.1/",
    "http://167772161/",
  ],
  "100.64.0.0/10": ["http://100.64.0.1/", "http://100.127.255.254/"],
  "127.0.0.0/8": [
    "http://127.0.0.1/",
    "http://127.255.0.9:8080/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0x7f000001/",
    "http://0177.0.0.1/",
    "http://017700000001/",
    "http://127.1/",
    "http://127.0.1/",
  ],
  "169.254.0.0/16": ["http://169.254.169.254/latest/meta-data/", "http://0xa9.0xfe.0xa9.0xfe/", "http://2852039166/"],
  "172.16.0.0/12": ["http://172.16.0.1/", "http://172.31.255.254/"],
  "192.0.0.0/24": ["http://192.0.0.1/", "http://192.0.0.170/"],
  "192.168.0.0/16": ["http://192.168.0.1/", "http://192.168.255.255/", "http://0300.0250.1.1/"],
  "198.18.0.0/15": ["http://198.18.0.1/", "http://198.19.255.254/"],
  "224.0.0.0/4": ["http://224.0.0.1/", "http://239.255.255.250/"],
  "240.0.0.0/4": ["http://240.0.0.1/", "http://255.255.255.255/"],
  "::1 and ::": ["http://[::1]/", "http://[0:0:0:0:0:0:0:1]:8080/", "http://[::]/"],
  "fc00::/7": ["http://[fc00::1]/", "http://[fd12:3456:789a::1]/"],
  "fe80::/10": ["http://[fe80::1]/", "http://[febf::1]/"],
  "::ffff:0:0/96 in every spelling": [
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:10.1.2.3]/",
    "http://[::ffff:a9fe:a9fe]/",
    "http://[0:0:0:0:0:ffff:7f00:1]/",
    "http://[::FFFF:8.8.8.8]/",
  ],
  "64:ff9b::/96 wrapping a private IPv4": ["http://[64:ff9b::10.0.0.1]/", "http://[64:ff9b::7f00:1]/"],
  "2002::/16 wrapping a private IPv4": ["http://[2002:c0a8:101::1]/", "http://[2002:7f00:1::]/"],
  "names that resolve to them": [
    "http://10.0.0.1.nip.io/",
    "https://app-192-168-1-2.sslip.io/",
    "http://lvh.me/",
    "http://x.localtest.me/",
  ],
};
const ALLOWED = [
  "https://hooks.example.com/x",
  "https://hooks.slack.com/services/T000/B000/XXXX",
  "https://api.github.com/repos/o/r",
  "http://8.8.8.8/",
  "http://172.15.255.255/",
  "http://172.32.0.1/",
  "http://192.169.0.1/",
  "http://100.63.255.255/",
  "http://100.128.0.1/",
  "http://198.17.255.255/",
  "http://198.20.0.1/",
  "http://192.0.1.1/",
  "http://223.255.255.255/",
  "http://11.0.0.1/",
  "http://134744072/",
  "http://[2606:4700:4700::1111]/",
  "http://[fbff::1]/",
  "http://[2001:db8::1]/",
  "http://[64:ff9b::8.8.8.8]/",
  "http://[2002:808:808::1]/",
  "https://8.8.8.8.nip.io/",
];

describe("outbound address policy", () => {
  for (const [range, urls] of Object.entries(REFUSED)) {
    it(`refuses ${range} when private targets are not allowed`, () => {
      for (const url of urls) expect(targetProblem(url, false), url).toMatch(/private targets are not allowed/);
    });
  }

  it("accepts public addresses and names next to those ranges", () => {
    for (const url of ALLOWED) expect(targetProblem(url, false), url).toBeNull();
  });

  it("allows private addresses when the flag is on, but never other schemes or credentials", () => {
    for (const url of Object.values(REFUSED).flat()) expect(targetProblem(url, true), url).toBeNull();
    expect(targetProblem("ftp://example.com/", true)).toMatch(/http or https/);
    expect(targetProblem("file:///etc/passwd", true)).toMatch(/http or https/);
    expect(targetProblem("https://user@example.com/", true)).toMatch(/credentials/);
    expect(targetProblem("https://:pw@example.com/", true)).toMatch(/credentials/);
  });
});

describe("outbound address policy for webhooks in production", () => {
  let t: Tenant;
  const rx = fakeReceiver();
  beforeAll(async () => {
    t = await createTenant(await instanceAdmin());
  });
  afterAll(() => rx.restore());

  const deps = () => ({
    db: createDb(env.DB),
    projectId: t.projectId,
    actor: { keyId: null, requestId: "test" },
    env: production,
  });

  it("refuses to register a private target, naming the url field", async () => {
    const err = await createViaService(deps(), { url: "http://192.168.1.20:3000/hook", eventPatterns: ["*"] }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: "validation_failed", details: [{ path: "url" }] });
    const made = await createViaService(deps(), { url: rx.url(), eventPatterns: ["nothing.here"] });
    expect(made.secret).toMatch(/^whsec_/);
  });

  it("fails a queued delivery to a target that production refuses, without sending it", async () => {
    const hook = await createWebhook(t.write, { url: "http://127.0.0.1:1/hook", eventPatterns: ["policy.check"] });
    const [d] = await emitEvent(t.projectId, "policy.check");
    if (!d) throw new Error("no delivery row");
    expect(d.endpointId).toBe(hook.id);
    await attemptDelivery(production, { deliveryId: d.id }, () => Promise.reject(new Error("must not fetch")));
    const row = await deliveryRow(d.id);
    expect(row).toMatchObject({ status: "failed", attempts: 0 });
    expect(row.last_error).toMatch(/target refused: 127\.0\.0\.1 is a loopback address/);
  });
});
