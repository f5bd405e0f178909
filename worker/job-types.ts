import { exportJob } from "./features/exports/export.job";
import { probeJob } from "./features/jobs/probe.job";
import type { JobType } from "./features/jobs/registry";
import { pollFeedJob } from "./features/knowledge/feeds/poll-feed.job";
import { reindexJob } from "./features/knowledge/indexing/reindex.job";
import { ingestDocumentJob } from "./features/knowledge/ingest/ingest.job";
import { scanDriftJob } from "./features/portfolio/drift/run";
import { analyseRepositoryJob } from "./features/repository-analysis/analyse.job";
import { analyseAllRepositoriesJob } from "./features/repository-analysis/analyse-all.job";
import { analyseBatchJob } from "./features/repository-analysis/analyse-batch.job";
import { recoverWebhooksJob } from "./features/webhooks/recover.job";

/**
 * Every job type the product runs. The composition root registers them (worker/index.ts), so the
 * Worker and the job Durable Object, built into the same bundle, know the same names while no
 * feature and no Durable Object imports another feature's jobs. A new job type is one line here.
 */
export const jobTypes: readonly JobType<unknown>[] = [
  analyseRepositoryJob,
  analyseAllRepositoriesJob,
  probeJob,
  recoverWebhooksJob,
  ingestDocumentJob,
  pollFeedJob,
  reindexJob,
  exportJob,
  analyseBatchJob,
  scanDriftJob,
];
