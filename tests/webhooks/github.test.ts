import { env } from "cloudflare:workers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { api, expectFailure, expectStatus } from "../client";
import { createRepository, createTenant, instanceAdmin, type Tenant } from "../helpers";

let t: Tenant;
let secret: string;
let repo: Awaited<ReturnType<typeof createRepository>>;

/** The analysis jobs these pushes start would call GitHub; answer them "not found" instead. */
const original = globalThis.fetch;
const github = vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
  const url = new Request(input, init).url;
  if (new URL(url).host === "api.github.com") return Response.json({ message: "Not Found" }, { status: 404 });
  return original(input, init);
});

beforeAll(async () => {
  t = await createTenant(await instanceAdmin());
  repo = await createRepository(t.write, { owner: "Acme", defaultBranch: "main" });
  secret = (await expectStatus(api(t.admin).integrations.github.$put(), 200)).secret;
});
afterAll(() => github.mockRestore());

const SHA = "0123456789abcdef0123456789abcdef01234567";
async function sign(body: string, key = secret): Promise<string> {
  const enc = new TextEncoder();
  const k = await crypto.subtle.importKey("raw", enc.encode(key), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", k, enc.encode(body)));
  return `sha256=${[...mac].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** GitHub's delivery: the typed route, with the exact bytes the signature covers as its body. */
async function hook(
  payload: unknown,
  opts: { event?: string; delivery?: string; signature?: string | null; slug?: string } = {},
) {
  const body = JSON.stringify(payload);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-github-event": opts.event ?? "push",
    "x-github-delivery": opts.delivery ?? crypto.randomUUID(),
  };
  const signature = opts.signature === undefined ? await sign(body) : opts.signature;
  if (signature !== null) headers["x-hub-signature-256"] = signature;
  return api().integrations.github[":projectSlug"].$post(
    { param: { projectSlug: opts.slug ?? t.slug } },
    { headers, init: { body } },
  );
}

const push = (ref = "refs/heads/main", owner = repo.owner, name = repo.name) => ({
  ref,
  after: SHA,
  repository: { name, full_name: `${owner}/${name}`, owner: { login: owner } },
});

describe("GitHub integration settings", () => {
  it("sets the secret with an admin key only and shows it in that answer alone", async () => {
    await expectFailure(api(t.write).integrations.github.$put(), 403, "forbidden");
    const got = await expectStatus(api(t.read).integrations.github.$get(), 200);
    expect(got).toMatchObject({
      configured: true,
      webhookUrl: expect.stringMatching(`/api/v1/integrations/github/${t.slug}$`),
    });
    expect(JSON.stringify(got)).not.toContain(secret);
    expect(secret.length).toBeGreaterThanOrEqual(40);
  });
});

describe("inbound GitHub webhooks", () => {
  it("starts the repository's analysis for a signed push to its default branch, once per delivery", async () => {
    const delivery = crypto.randomUUID();
    const first = await expectStatus(hook(push("refs/heads/main", "acme", repo.name.toUpperCase()), { delivery }), 202);
    expect(first.status).toBe("started");
    const job = await env.DB.prepare("select type, params from jobs where id = ? and project_id = ?")
      .bind(first.jobId, t.projectId)
      .first<{ type: string; params: string }>();
    expect(job?.type).toBe("repository.analyse");
    expect(JSON.parse(job?.params ?? "{}")).toEqual({ repositoryId: repo.id, source: "github", ref: SHA });

    const again = await expectStatus(hook(push(), { delivery }), 200);
    expect(again.status).toBe("duplicate");
    const jobs = await env.DB.prepare("select count(*) as n from jobs where project_id = ?").bind(t.projectId).first();
    expect(jobs).toEqual({ n: 1 });
  });

  it("refuses a missing, malformed or wrong signature with 401", async () => {
    const body = push();
    await expectFailure(hook(body, { signature: null }), 401, "unauthorized");
    await expectFailure(hook(body, { signature: "sha256=zz" }), 401, "unauthorized");
    await expectFailure(
      hook(body, { signature: await sign(JSON.stringify(body), "not-the-secret") }),
      401,
      "unauthorized",
    );
    await expectFailure(hook(body, { signature: await sign("{}") }), 401, "unauthorized");
  });

  it("answers 404 for an unknown slug and for a project without a secret", async () => {
    await expectFailure(hook(push(), { slug: "no-such-project" }), 404, "not_found");
    const other = await createTenant(await instanceAdmin());
    await expectFailure(hook(push(), { slug: other.slug }), 404, "not_found");
  });

  it("ignores events other than push with 202", async () => {
    for (const event of ["ping", "issues", "pull_request"]) {
      const answer = await expectStatus(hook({ zen: "Keep it logically awesome." }, { event }), 202);
      expect(answer.status).toBe("ignored");
    }
  });

  it("ignores pushes to other branches and to repositories the project does not track", async () => {
    for (const body of [
      push("refs/heads/feature"),
      push("refs/tags/v1.0.0"),
      push("refs/heads/main", "acme", "elsewhere"),
    ]) {
      const answer = await expectStatus(hook(body), 202);
      expect(answer).toMatchObject({ status: "ignored", reason: expect.any(String) });
    }
  });

  it("stops accepting the old secret once it is replaced", async () => {
    const old = secret;
    secret = (await expectStatus(api(t.admin).integrations.github.$put(), 200)).secret;
    expect(secret).not.toBe(old);
    const body = push("refs/heads/feature");
    await expectFailure(hook(body, { signature: await sign(JSON.stringify(body), old) }), 401, "unauthorized");
    await expectStatus(hook(body), 202);
  });
});
