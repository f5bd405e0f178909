/**
 * Repository analysis as a pure module (no D1, no Durable Objects): read a repository from an
 * uploaded archive (`readArchive`) or GitHub's REST API (`fetchGitHubRepository`), then
 * `analyzeFiles` for languages, dependencies and technologies. The job runtime owns storage.
 */
export { type AnalysisPhase, analyzeFiles, type ProgressCallback } from "./analyze";
export { DEFAULT_ARCHIVE_LIMITS } from "./archive/limits";
export { type ArchiveKind, readArchive, readArchiveStream } from "./archive/read-archive";
export { AnalysisInputError, RateLimitedError } from "./errors";
export {
  fetchGitHubRepository,
  type GitHubLimits,
  type GitHubRepository,
  type GitHubSourceOptions,
} from "./github/source";
export { detectLanguages } from "./languages";
export { type ManifestResult, parseManifests } from "./manifests";
export { MAX_EVIDENCE, matchTechnologies } from "./match";
export { TECHNOLOGY_RULES, type TechnologyRule } from "./rules";
export type * from "./types";
