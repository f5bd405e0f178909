import { ingestDocumentJob } from "../knowledge/ingest.job";
import { pollFeedJob } from "../knowledge/poll-feed.job";
import { reindexJob } from "../knowledge/reindex.job";
import { analyseRepositoryJob } from "../repository-analysis/analyse.job";
import { analyseAllRepositoriesJob } from "../repository-analysis/analyse-all.job";
import { recoverWebhooksJob } from "../webhooks/recover.job";
import { probeJob } from "./probe.job";
import { registerJobType } from "./registry";

/**
 * Registers every job type the product runs. The Worker and the job Durable Object both import
 * this module, so a type is known wherever a job is created or run.
 */
registerJobType(analyseRepositoryJob);
registerJobType(analyseAllRepositoriesJob);
registerJobType(probeJob);
registerJobType(recoverWebhooksJob);
registerJobType(ingestDocumentJob);
registerJobType(pollFeedJob);
registerJobType(reindexJob);
