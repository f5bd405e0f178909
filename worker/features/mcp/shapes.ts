import { z } from "@hono/zod-openapi";
import { IdParam } from "../../lib/zod";

/** An object input holding one row id, described for the model that fills it in. */
export const idInput = (what: string) =>
  z.object({ id: IdParam.shape.id.describe(`The ${what}'s id (from a list or search)`) }).strict();

/** The lines of a list answer: a heading with the counts, then one line per row. */
export function listText<T>(noun: string, page: { data: T[]; total?: number }, line: (row: T) => string): string {
  const total = page.total === undefined ? "" : ` of ${page.total}`;
  const head = `${page.data.length}${total} ${noun}`;
  return page.data.length ? [head, ...page.data.map((r) => `- ${line(r)}`)].join("\n") : `${head}: none`;
}
