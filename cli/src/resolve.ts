import { type Api, ok } from "./api";
import { CliError, EXIT } from "./errors";

/** A technology named by id (`tech_…`) or by its exact title (case-insensitive). 404 → exit 4. */
export async function findTechnology(api: Api, ref: string) {
  if (/^tech_[0-9a-z]+$/i.test(ref)) return ok(api.technologies[":id"].$get({ param: { id: ref } }));
  const page = await ok(api.technologies.$get({ query: { q: ref, limit: "100" } }));
  const hit = page.data.find((t) => t.title.toLowerCase() === ref.toLowerCase());
  if (!hit) throw new CliError(`no technology titled "${ref}" in this project`, EXIT.notFound);
  return hit;
}

/** Every page of a list, up to `max` rows (lists answer at most 100 per page). */
export async function allPages<T>(
  fetchPage: (page: number) => Promise<{ data: T[]; total: number }>,
  max = 1000,
): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; rows.length < max; page++) {
    const answer = await fetchPage(page);
    rows.push(...answer.data);
    if (answer.data.length === 0 || rows.length >= answer.total) break;
  }
  return rows.slice(0, max);
}
