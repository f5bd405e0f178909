import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { knowledgeDeps } from "../../worker/features/knowledge/deps";
import { ingest } from "../../worker/features/knowledge/ingest/ingest.service";
import { AppError } from "../../worker/lib/errors";
import { api, expectFailure, expectStatus, ORIGIN } from "../client";
import corrupt from "../fixtures/knowledge/formats/corrupt.pdf?inline";
import { call, createTechnology, createTenant, expectError, instanceAdmin } from "../helpers";
import { bytesOf, finishJob, getDoc, postDocument, upload } from "./knowledge-helpers";

const admin = await instanceAdmin();
const t = await createTenant(admin);

describe("rejected inputs", () => {
  it("answers 415 for a file type it cannot read", async () => {
    const res = await upload(t.write, { name: "slides.pptx", type: "application/vnd.ms-powerpoint", body: "x" });
    expectError(res, 415, "unsupported_media_type");
  });

  it("answers 415 for a body that is neither JSON nor multipart, and for an unknown format", async () => {
    const raw = await call("POST", "/api/v1/knowledge/documents", {
      key: t.write,
      rawBody: "# hi",
      headers: { "content-type": "text/markdown" },
    });
    expectError(raw, 415, "unsupported_media_type");
    await expectFailure(postDocument(t.write, { content: "x", format: "docx" }), 415, "unsupported_media_type");
  });

  it("answers 415 for a .pdf file that is not a PDF", async () => {
    const res = await upload(t.write, { name: "fake.pdf", type: "application/pdf", body: "hello" });
    expectError(res, 415, "unsupported_media_type");
  });

  it("answers 413 for text over the size limit and for a document over the chunk limit", async () => {
    const big = "word ".repeat(220_000);
    expectError(await upload(t.write, { name: "big.txt", type: "text/plain", body: big }), 413, "payload_too_large");
    const sections = Array.from({ length: 1001 }, (_, i) => `# Section ${i}\n\npara ${i}`).join("\n\n");
    const failure = await expectFailure(postDocument(t.write, { content: sections }), 413, "payload_too_large");
    expect(failure.error.message).toContain("1001 chunks");
    const list = await expectStatus(
      api(t.read).knowledge.documents.$get({ query: { status: "indexed,pending" } }),
      200,
    );
    expect(list.total).toBe(0);
  });

  it("marks a corrupt PDF as failed with the reason", { timeout: 30_000 }, async () => {
    const res = await upload(t.write, { name: "broken.pdf", type: "application/pdf", body: bytesOf(corrupt) });
    expect(res.status).toBe(202);
    const job = await finishJob(t.read, res.body.job?.id ?? "");
    expect(job.status).toBe("failed");
    const doc = await getDoc(t.read, res.body.document.id);
    expect(doc.status).toBe("failed");
    expect(doc.statusReason).toMatch(/PDF could not be read/);
    expect(doc.chunkCount).toBe(0);
  });

  it("refuses to fetch loopback and private addresses unless the server allows them", async () => {
    const strict = { ...env, ALLOW_PRIVATE_WEBHOOK_TARGETS: "false" } as Env;
    const deps = knowledgeDeps({
      db: createDb(env.DB),
      projectId: t.projectId,
      actor: { keyId: null, requestId: null },
      env: strict,
    });
    for (const url of [
      "http://127.0.0.1:8080/feed.xml",
      "http://10.1.2.3/doc",
      "http://[::1]/x",
      "http://localhost/x",
    ]) {
      const err = await ingest(deps, { format: "url", url }).catch((e: unknown) => e);
      expect(err, url).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe("validation_failed");
    }
  });

  it("answers 400 for an empty document, a missing file and both content and url", async () => {
    await expectFailure(postDocument(t.write, { content: "   " }), 400, "bad_request");
    await expectFailure(postDocument(t.write, { content: "x", url: "https://example.com/" }), 400, "validation_failed");
    await expectFailure(postDocument(t.write, { url: "ftp://example.com/x" }), 400, "validation_failed");
    const form = new FormData();
    form.set("title", "no file here");
    const missing = await exports.default.fetch(
      new Request(`${ORIGIN}/api/v1/knowledge/documents`, {
        method: "POST",
        headers: { authorization: `Bearer ${t.write}` },
        body: form,
      }),
    );
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({
      error: { details: [{ path: "file", message: "required: send the file as the form field 'file'" }] },
    });
  });

  it("answers 404 for a technology of another project", async () => {
    const other = await createTenant(admin);
    const tech = await createTechnology(other.write);
    await expectFailure(postDocument(t.write, { content: "x", technologyIds: [tech.id] }), 404, "not_found");
  });

  it("needs the write scope to ingest", async () => {
    await expectFailure(postDocument(t.read, { content: "x" }), 403, "forbidden");
  });
});
