import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../worker/db/client";
import { purgeExpiredUploads } from "../../worker/features/snapshot-uploads/uploads.service";
import { buildTarGz } from "../analysis/archive-builders";
import { fixtureRepo } from "../analysis/fixtures";
import { api, expectFailure, expectStatus } from "../client";
import { fire, jobOf } from "../durable-objects/job-harness";
import { auditOf, createTenant, instanceAdmin, type Tenant } from "../helpers";
import { largeRepoArchive, noise, putPart, sendInParts } from "./upload-helpers";

const MIB = 1024 * 1024;
let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  const admin = await instanceAdmin();
  a = await createTenant(admin);
  b = await createTenant(admin);
});

const uploads = (key: string) => api(key).repositories[":id"].snapshots.uploads;

async function newRepo(key: string, name = `r-${crypto.randomUUID().slice(0, 8)}`) {
  const repo = await expectStatus(
    api(key).repositories.$post({ json: { provider: "upload", owner: "acme", name } }),
    201,
  );
  return repo.id;
}

async function start(key: string, repoId: string, json: { size?: number; partSize?: number } = {}) {
  return expectStatus(uploads(key).$post({ param: { id: repoId }, json }), 201);
}

const uploadOf = (key: string, id: string, uploadId: string) =>
  uploads(key)[":uploadId"].$get({ param: { id, uploadId } });
const complete = (
  key: string,
  id: string,
  uploadId: string,
  json: { parts?: { partNumber: number; etag: string }[] } = {},
) => uploads(key)[":uploadId"].complete.$post({ param: { id, uploadId }, json });

/** A gzip-looking part of `size` bytes: the gzip magic, then noise. */
function gzipPart(size: number): Uint8Array {
  const bytes = noise(size);
  bytes.set([0x1f, 0x8b]);
  return bytes;
}

describe("archives uploaded in parts", () => {
  it("analyses a 100 MiB archive uploaded in parts by streaming it back from R2", async () => {
    const repoId = await newRepo(a.write, "big-repo");
    const upload = await start(a.write, repoId);
    expect(upload).toMatchObject({ status: "uploading", partSize: 16 * MIB, maxBytes: 500 * MIB, parts: [] });
    const shape = { textFiles: 2_000, tooLarge: 36, binaries: 12 };
    const sent = await sendInParts(largeRepoArchive(shape), upload.partSize, async (n, bytes) => {
      const res = await putPart(a.write, repoId, upload.id, n, bytes);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({ partNumber: n, size: bytes.length });
    });
    expect(sent).toBeGreaterThan(100 * MIB);
    const listed = await expectStatus(uploadOf(a.read, repoId, upload.id), 200);
    expect(listed.uploadedBytes).toBe(sent);
    expect(listed.parts.map((p) => p.partNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);

    const job = await expectStatus(complete(a.write, repoId, upload.id), 202);
    expect((await env.ARTIFACTS.head(`projects/${a.projectId}/uploads/${upload.id}/archive.tar.gz`))?.size).toBe(sent);
    await fire(job.id);
    const done = await jobOf(a.read, job.id);
    expect(done.status, done.error ?? "").toBe("completed");
    const fixtureFiles = fixtureRepo("npm").length;
    expect(done.result).toMatchObject({
      files: fixtureFiles + shape.textFiles + shape.binaries,
      skipped: shape.tooLarge,
      added: expect.arrayContaining(["React", "PostgreSQL"]),
    });
    const analysis = await expectStatus(
      api(a.read).analyses[":id"].$get({ param: { id: String(done.result?.analysisId) } }),
      200,
    );
    expect(analysis.languages.find((l) => l.language === "TypeScript")?.files).toBeGreaterThanOrEqual(shape.textFiles);
    expect(analysis.skipped).toEqual(expect.arrayContaining([{ path: "assets/blob-0.bin", reason: "too_large" }]));
    expect(analysis.skipped.map((s) => s.path)).not.toContain("assets/small-0.dat");
    const after = await expectStatus(uploadOf(a.read, repoId, upload.id), 200);
    expect(after).toMatchObject({ status: "completed", jobId: job.id });
  }, 300_000);

  it("lists the parts received so far, so an interrupted upload resumes at the first gap", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId, { partSize: 5 * MIB });
    const first = await putPart(a.write, repoId, upload.id, 1, gzipPart(5 * MIB));
    await putPart(a.write, repoId, upload.id, 3, noise(1000));
    const listed = await expectStatus(uploadOf(a.read, repoId, upload.id), 200);
    expect(listed.parts).toEqual([
      { partNumber: 1, etag: first.body.etag, size: 5 * MIB },
      { partNumber: 3, etag: expect.any(String), size: 1000 },
    ]);
    expect(listed.uploadedBytes).toBe(5 * MIB + 1000);
  });

  it("refuses to complete with a part missing, naming it", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId, { partSize: 5 * MIB });
    await putPart(a.write, repoId, upload.id, 1, gzipPart(5 * MIB));
    await putPart(a.write, repoId, upload.id, 3, noise(1000));
    const failure = await expectFailure(complete(a.write, repoId, upload.id), 400, "bad_request");
    expect(failure.error.message).toBe("part 2 missing");
    expect(failure.error.details).toEqual({ missing: [2] });
    expect((await expectStatus(uploadOf(a.read, repoId, upload.id), 200)).status).toBe("uploading");
  });

  it("refuses parts listed out of order, and a listed ETag that is not the part's", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId, { partSize: 5 * MIB });
    const one = await putPart(a.write, repoId, upload.id, 1, gzipPart(5 * MIB));
    const two = await putPart(a.write, repoId, upload.id, 2, noise(2000));
    const parts = [one.body, two.body].map((p) => ({ partNumber: p.partNumber ?? 0, etag: p.etag ?? "" }));
    const reversed = await expectFailure(
      complete(a.write, repoId, upload.id, { parts: [...parts].reverse() }),
      400,
      "bad_request",
    );
    expect(reversed.error.message).toContain("ascending order");
    const wrongTag = parts.map((p, i) => (i === 1 ? { ...p, etag: "not-the-etag" } : p));
    await expectFailure(complete(a.write, repoId, upload.id, { parts: wrongTag }), 400, "bad_request");
    const job = await expectStatus(complete(a.write, repoId, upload.id, { parts }), 202);
    expect(job.type).toBe("repository.analyse");
  });

  it("refuses a short part that is not the last, a part over the part size, and a first part that is not gzip", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId, { partSize: 5 * MIB });
    expect((await putPart(a.write, repoId, upload.id, 1, noise(5 * MIB))).status).toBe(415);
    expect((await putPart(a.write, repoId, upload.id, 2, noise(5 * MIB + 1))).status).toBe(413);
    await putPart(a.write, repoId, upload.id, 1, gzipPart(MIB));
    await putPart(a.write, repoId, upload.id, 2, noise(MIB));
    const failure = await expectFailure(complete(a.write, repoId, upload.id), 400, "bad_request");
    expect(failure.error.message).toBe(`part 1 has ${MIB} bytes: every part but the last must have ${5 * MIB}`);
  });

  it("holds parts to a declared size and refuses a size over 500 MiB", async () => {
    const repoId = await newRepo(a.write);
    await expectFailure(
      uploads(a.write).$post({ param: { id: repoId }, json: { size: 501 * MIB } }),
      413,
      "payload_too_large",
    );
    const upload = await start(a.write, repoId, { size: 5 * MIB + 10, partSize: 5 * MIB });
    expect((await putPart(a.write, repoId, upload.id, 2, noise(11))).status).toBe(400);
    expect((await putPart(a.write, repoId, upload.id, 3, noise(1))).status).toBe(400);
    await putPart(a.write, repoId, upload.id, 2, noise(10));
    const failure = await expectFailure(complete(a.write, repoId, upload.id), 400, "bad_request");
    expect(failure.error.message).toBe("part 1 missing");
  });

  it("aborts an upload: R2 drops the parts and the upload takes no more", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId, { partSize: 5 * MIB });
    await putPart(a.write, repoId, upload.id, 1, gzipPart(5 * MIB));
    const aborted = await expectStatus(
      uploads(a.write)[":uploadId"].$delete({ param: { id: repoId, uploadId: upload.id } }),
      200,
    );
    expect(aborted).toMatchObject({ status: "aborted", parts: [] });
    expect((await putPart(a.write, repoId, upload.id, 2, noise(10))).status).toBe(409);
    await expectFailure(complete(a.write, repoId, upload.id), 409, "conflict");
    const key = `projects/${a.projectId}/uploads/${upload.id}/archive.tar.gz`;
    const multipart = env.ARTIFACTS.resumeMultipartUpload(key, (await uploadRow(upload.id)).r2_upload_id);
    await expect(multipart.complete([])).rejects.toThrow();
    expect(await env.ARTIFACTS.head(key)).toBeNull();
    const audit = await auditOf(a.admin, upload.id);
    expect(audit.map((r) => [r.entity, r.action, r.after?.status])).toEqual([
      ["snapshot_upload", "update", "aborted"],
      ["snapshot_upload", "create", undefined],
    ]);
    expect(JSON.stringify(audit)).not.toContain("r2UploadId");
  });

  it("answers 404 for another project's upload, also under one's own repository", async () => {
    const mine = await newRepo(a.write);
    const theirRepo = await newRepo(b.write);
    const theirs = await start(b.write, theirRepo, { partSize: 5 * MIB });
    for (const id of [mine, theirRepo]) {
      await expectFailure(uploadOf(a.admin, id, theirs.id), 404, "not_found");
      expect((await putPart(a.admin, id, theirs.id, 1, gzipPart(1000))).status).toBe(404);
      await expectFailure(complete(a.admin, id, theirs.id), 404, "not_found");
      await expectFailure(
        uploads(a.admin)[":uploadId"].$delete({ param: { id, uploadId: theirs.id } }),
        404,
        "not_found",
      );
    }
    await expectFailure(uploads(a.admin).$post({ param: { id: theirRepo }, json: {} }), 404, "not_found");
    expect(await expectStatus(uploadOf(b.read, theirRepo, theirs.id), 200)).toMatchObject({
      status: "uploading",
      parts: [],
    });
  });

  it("starts the analysis on a second complete when the first assembled the archive but started no job", async () => {
    const repoId = await newRepo(a.write);
    const upload = await start(a.write, repoId);
    const archive = await buildTarGz(fixtureRepo("npm").map((f) => ({ name: f.path, body: f.content })));
    await putPart(a.write, repoId, upload.id, 1, archive);
    const first = await expectStatus(complete(a.write, repoId, upload.id), 202);
    await env.DB.prepare("update snapshot_uploads set job_id = null where id = ?").bind(upload.id).run();
    const second = await expectStatus(complete(a.write, repoId, upload.id), 202);
    expect(second.id).not.toBe(first.id);
    await fire(second.id);
    expect(await jobOf(a.read, second.id)).toMatchObject({ status: "completed" });
    expect(await expectStatus(uploadOf(a.read, repoId, upload.id), 200)).toMatchObject({ jobId: second.id });
    const completions = (await auditOf(a.admin, upload.id)).filter((r) => r.after?.status === "completed");
    expect(completions.map((r) => r.after?.jobId)).toEqual([second.id, first.id]);
    await expectFailure(complete(a.write, repoId, upload.id), 409, "conflict");
  });

  it("fails an analysis job that names an open upload or another repository's upload", async () => {
    const repoId = await newRepo(a.write);
    const other = await newRepo(a.write);
    const open = await start(a.write, repoId);
    const done = await start(a.write, repoId);
    await putPart(a.write, repoId, done.id, 1, await buildTarGz([{ name: "README.md", body: "# hi\n" }]));
    await expectStatus(complete(a.write, repoId, done.id), 202);
    for (const [repositoryId, uploadId] of [
      [repoId, open.id],
      [other, done.id],
    ] as const) {
      const params = { repositoryId, source: "upload", uploadId };
      const job = await expectStatus(api(a.write).jobs.$post({ json: { type: "repository.analyse", params } }), 202);
      await fire(job.id);
      const failed = await jobOf(a.read, job.id);
      expect(failed).toMatchObject({
        status: "failed",
        error: `upload ${uploadId} is not a completed upload of this repository`,
      });
    }
  });

  it("removes expired uploads: unfinished ones aborted, assembled archives deleted", async () => {
    const repoId = await newRepo(a.write);
    const done = await start(a.write, repoId);
    await putPart(a.write, repoId, done.id, 1, await buildTarGz([{ name: "README.md", body: "# hi\n" }]));
    await expectStatus(complete(a.write, repoId, done.id), 202);
    const open = await start(a.write, repoId);
    const key = `projects/${a.projectId}/uploads/${done.id}/archive.tar.gz`;
    expect(await env.ARTIFACTS.head(key)).not.toBeNull();
    const removed = await purgeExpiredUploads(env, createDb(env.DB), new Date(Date.now() + 25 * 3600_000));
    expect(removed).toBeGreaterThanOrEqual(2);
    expect(await env.ARTIFACTS.head(key)).toBeNull();
    await expectFailure(uploadOf(a.read, repoId, done.id), 404, "not_found");
    await expectFailure(uploadOf(a.read, repoId, open.id), 404, "not_found");
  });
});

async function uploadRow(id: string) {
  const row = await env.DB.prepare("select r2_upload_id from snapshot_uploads where id = ?")
    .bind(id)
    .first<{ r2_upload_id: string }>();
  if (!row) throw new Error(`no upload ${id}`);
  return row;
}
