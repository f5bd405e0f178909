import type { Domain, Ecosystem } from "../types";

/** A file whose content must match, for files that only say what they are inside (k8s manifests). */
export interface ContentMatcher {
  /** Glob of candidate paths, e.g. "**\/*.yaml". */
  glob: string;
  /** All patterns must match the content. */
  patterns: readonly RegExp[];
}

/**
 * How one technology is recognised, across ecosystems. Dependency names are exact, prefixes when
 * they end in "/" or "*" ("@aws-sdk/", "spring-boot-starter-*"), or wildcards with "*" elsewhere
 * ("*-rails"); PyPI and NuGet names compare case-insensitively. Maven coordinates ("group:artifact")
 * also match Gradle. Images are compared without registry host and `library/`. Path globs use "*",
 * "?" and "**\/".
 */
export interface TechnologyRule {
  /** The name as a person writes it: "React", "PostgreSQL", "AWS Lambda". */
  title: string;
  domain: Domain;
  dependencies?: Partial<Record<Ecosystem, readonly string[]>>;
  images?: readonly string[];
  files?: readonly string[];
  contents?: readonly ContentMatcher[];
  /** Terraform providers as "namespace/type", e.g. "hashicorp/aws". */
  providers?: readonly string[];
  /** Terraform resource and data source types, globs allowed ("aws_s3_bucket*"). */
  resources?: readonly string[];
  /**
   * Lower-case names seen in configuration: pre-commit hook ids, `.env.example` drivers and URL
   * schemes, Procfile commands, CI and platform services. Globs allowed.
   */
  signals?: readonly string[];
}

/** A rule before its domain is filled in by the file that groups it. */
export type RuleSpec = Omit<TechnologyRule, "domain">;

/** Gives every rule of one domain file its domain. */
export function inDomain(domain: Domain, specs: readonly RuleSpec[]): TechnologyRule[] {
  return specs.map((spec) => ({ ...spec, domain }));
}
