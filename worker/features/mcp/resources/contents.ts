import {
  ProtocolError,
  ProtocolErrorCode,
  type ReadResourceResult,
  ResourceTemplate,
} from "@modelcontextprotocol/server";

/** The scheme of every CommandCenter resource. */
export const SCHEME = "commandcenter://";

/** A resource answer holding one JSON document. */
export function jsonContents(uri: string, value: unknown): ReadResourceResult {
  return { contents: [{ uri, mimeType: "application/json", text: JSON.stringify(value, null, 2) }] };
}

/** Rows per page of a list resource and of `resources/list`. */
export const PAGE_SIZE = 50;

/** An opaque cursor for a page number. */
export const cursorOf = (page: number): string => btoa(JSON.stringify({ page })).replace(/=+$/, "");

/** The page a cursor names (1 without one); a cursor this server did not issue is invalid params. */
export function pageOfCursor(cursor: string | undefined): number {
  if (!cursor) return 1;
  try {
    const { page } = JSON.parse(atob(cursor)) as { page?: unknown };
    if (typeof page === "number" && Number.isInteger(page) && page >= 1) return page;
  } catch {
    // Falls through to the error below.
  }
  throw new ProtocolError(ProtocolErrorCode.InvalidParams, `invalid cursor '${cursor}'`);
}

const templates = new Map<string, ResourceTemplate>();

/**
 * The resource template of a URI template, parsed once per isolate: a server is built for every
 * request, and parsing the templates was the largest part of building one. It lists nothing itself
 * (the list resources do) and completes nothing.
 */
export function resourceTemplate(uriTemplate: string): ResourceTemplate {
  let template = templates.get(uriTemplate);
  if (!template) {
    template = new ResourceTemplate(uriTemplate, { list: undefined });
    templates.set(uriTemplate, template);
  }
  return template;
}
