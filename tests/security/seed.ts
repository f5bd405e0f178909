import { env } from "cloudflare:workers";
import { api, expectStatus } from "../client";
import { fire } from "../durable-objects/job-harness";
import { call, createTenant, type Tenant, uniq } from "../helpers";
import { emitEvent } from "../webhooks/webhook-helpers";

/** One object of every tenant resource in one project, by the id placeholders the routes use. */
export interface Seeded {
  tenant: Tenant;
  ids: {
    technologyId: string;
    repositoryId: string;
    analysisId: string;
    taskId: string;
    entryId: string;
    documentId: string;
    feedId: string;
    scheduleId: string;
    webhookId: string;
    deliveryId: string;
    jobId: string;
    keyId: string;
    exportId: string;
    uploadId: string;
    driftId: string;
    projectId: string;
    memberId: string;
    invitationId: string;
  };
}

const ON_EVENT = "security.probe";
const LATER = () => new Date(Date.now() + 7 * 24 * 3600_000).toISOString();

/** An analysis row as the analysis job stores it (running the job is not what these tests are about). */
async function insertAnalysis(projectId: string, repositoryId: string): Promise<string> {
  const id = `ana_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.prepare(
    "insert into analyses (id, project_id, repository_id, source, file_count, total_bytes, languages, dependencies, technologies, problems, skipped) values (?, ?, ?, 'snapshot', 1, 1, '[]', '[]', '[]', '[]', '[]')",
  )
    .bind(id, projectId, repositoryId)
    .run();
  return id;
}

/** An open drift item as a scan stores it (what scans find is tests/portfolio's business). */
async function insertDrift(projectId: string, technologyId: string, title: string): Promise<string> {
  const id = `drf_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.prepare(
    "insert into drift_items (id, project_id, kind, key, title, technology_id, details, first_seen_at) values (?, ?, 'hold_in_use', ?, ?, ?, '{\"evidence\":[]}', ?)",
  )
    .bind(id, projectId, title.toLowerCase(), title, technologyId, new Date().toISOString())
    .run();
  return id;
}

/** A person who is an editor of the project, written straight into D1 (the members routes' object). */
async function insertMember(projectId: string): Promise<string> {
  const id = `usr_${crypto.randomUUID().replaceAll("-", "")}`;
  await env.DB.batch([
    env.DB.prepare("insert into users (id, email, name) values (?, ?, 'Seeded member')").bind(id, `${id}@seed.test`),
    env.DB.prepare("insert into memberships (project_id, user_id, role) values (?, ?, 'editor')").bind(projectId, id),
  ]);
  return id;
}

/**
 * Creates a project with keys and one object of every tenant resource, through the API where the
 * API creates it. Nothing seeded here changes on its own: the job is scheduled a week ahead, the
 * feed is not polled, the schedule is disabled, the delivery is never queued; the export (JSON) has
 * run, so its file can be downloaded.
 */
export async function seedTenant(admin: string): Promise<Seeded> {
  const tenant = await createTenant(admin);
  const as = api(tenant.admin);
  const technology = await expectStatus(as.technologies.$post({ json: { title: uniq("tech") } }), 201);
  const repository = await expectStatus(
    as.repositories.$post({ json: { provider: "github", owner: "acme", name: uniq("repo") } }),
    201,
  );
  const task = await expectStatus(
    as["research-tasks"].$post({ json: { title: uniq("task"), technologyId: technology.id } }),
    201,
  );
  const entry = await expectStatus(
    as.knowledge.entries.$post({ json: { title: uniq("entry"), technologyIds: [technology.id] } }),
    201,
  );
  // The route takes JSON or multipart, which hc types as needing both: sent raw, checked below.
  const document = await call<{ document: { id: string } }>("POST", "/api/v1/knowledge/documents", {
    key: tenant.admin,
    body: { title: uniq("doc"), format: "markdown", content: "# Notes\n\nSeeded for the security suite." },
  });
  if (document.status !== 201) throw new Error(`document seed answered ${document.status}`);
  const feed = await expectStatus(
    as.knowledge.feeds.$post({ json: { url: `https://feeds.example.test/${uniq("feed")}.xml`, poll: false } }),
    201,
  );
  const schedule = await expectStatus(
    as.schedules.$post({
      json: {
        name: uniq("schedule"),
        frequency: "daily",
        cronExpression: null,
        runAt: null,
        timezone: "UTC",
        jobType: "system.probe",
        enabled: false,
      },
    }),
    201,
  );
  const webhook = await expectStatus(
    as.webhooks.$post({ json: { url: "https://hooks.example.test/security", eventPatterns: [ON_EVENT] } }),
    201,
  );
  const [delivery] = await emitEvent(tenant.projectId, ON_EVENT);
  if (!delivery) throw new Error("the seeded webhook got no delivery");
  const job = await expectStatus(
    as.jobs.$post({ json: { type: "system.probe", params: { steps: 1, intervalMs: 0 }, runAt: LATER() } }),
    202,
  );
  const key = await expectStatus(as.keys.$post({ json: { name: uniq("key"), scopes: ["read"] } }), 201);
  const exported = await expectStatus(as.exports.$post({ json: { format: "json", subject: "technologies" } }), 202);
  await fire(exported.jobId ?? "");
  const invited = await expectStatus(
    as.invitations.$post({ json: { email: `${uniq("invitee")}@seed.test`, role: "viewer" } }),
    201,
  );
  const upload = await expectStatus(
    as.repositories[":id"].snapshots.uploads.$post({ param: { id: repository.id }, json: {} }),
    201,
  );
  return {
    tenant,
    ids: {
      technologyId: technology.id,
      repositoryId: repository.id,
      analysisId: await insertAnalysis(tenant.projectId, repository.id),
      taskId: task.id,
      entryId: entry.id,
      documentId: document.body.document.id,
      feedId: feed.feed.id,
      scheduleId: schedule.id,
      webhookId: webhook.id,
      deliveryId: delivery.id,
      jobId: job.id,
      keyId: key.key.id,
      exportId: exported.id,
      uploadId: upload.id,
      driftId: await insertDrift(tenant.projectId, technology.id, technology.title),
      projectId: tenant.projectId,
      memberId: await insertMember(tenant.projectId),
      invitationId: invited.invitation.id,
    },
  };
}
