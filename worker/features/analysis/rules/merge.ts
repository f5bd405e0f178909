import type { TechnologyRule } from "./types";

const unique = <T>(a: readonly T[] = [], b: readonly T[] = []): T[] | undefined =>
  a.length + b.length > 0 ? [...new Set([...a, ...b])] : undefined;

/**
 * One rule per title: rules of the same title from several family files are merged (their
 * dependency patterns per ecosystem, images, files, contents, providers, resources and signals
 * are unioned; the first rule's domain wins), so a family file can teach an existing technology
 * its packages in another ecosystem without editing the file that introduced it.
 */
export function mergeRules(rules: readonly TechnologyRule[]): TechnologyRule[] {
  const byTitle = new Map<string, TechnologyRule>();
  for (const rule of rules) {
    const key = rule.title.toLowerCase();
    const seen = byTitle.get(key);
    if (!seen) {
      byTitle.set(key, rule);
      continue;
    }
    const dependencies: NonNullable<TechnologyRule["dependencies"]> = { ...seen.dependencies };
    for (const [ecosystem, names] of Object.entries(rule.dependencies ?? {}) as [
      keyof typeof dependencies,
      readonly string[],
    ][]) {
      dependencies[ecosystem] = unique(dependencies[ecosystem], names);
    }
    const merged: TechnologyRule = { title: seen.title, domain: seen.domain, dependencies };
    const images = unique(seen.images, rule.images);
    const files = unique(seen.files, rule.files);
    const contents = unique(seen.contents, rule.contents);
    const providers = unique(seen.providers, rule.providers);
    const resources = unique(seen.resources, rule.resources);
    const signals = unique(seen.signals, rule.signals);
    if (images) merged.images = images;
    if (files) merged.files = files;
    if (contents) merged.contents = contents;
    if (providers) merged.providers = providers;
    if (resources) merged.resources = resources;
    if (signals) merged.signals = signals;
    byTitle.set(key, merged);
  }
  return [...byTitle.values()];
}
