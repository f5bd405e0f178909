import type { Operation } from "./operations";

const read = (path: string, more: Partial<Operation> = {}): Operation => ({
  method: "GET",
  path,
  scope: "read",
  ...more,
});
const write = (path: string, more: Partial<Operation> = {}): Operation => ({
  method: "POST",
  path,
  scope: "write",
  ...more,
});

/**
 * The portfolio routes as a project key meets them: its portfolio is its own project, so every
 * route must answer as a tenant route would (another project's drift item is 404, another
 * project's id in a filter finds nothing, no answer names another project).
 */
export const PORTFOLIO_OPERATIONS: Operation[] = [
  read("/portfolio/radar"),
  read("/portfolio/matrix"),
  read("/portfolio/dependencies"),
  read("/portfolio/gaps"),
  read("/portfolio/search", { valid: () => ({ query: { q: "probe", mode: "keyword" } }) }),
  read("/portfolio/links"),
  read("/portfolio/drift", {
    valid: () => ({ query: { state: "open,dismissed,resolved" } }),
    foreign: (t) => [{ query: { projectId: t.projectId, state: "open,dismissed,resolved" } }],
  }),
  read("/portfolio/drift/{driftId}"),
  write("/portfolio/drift/{driftId}/dismiss", { valid: () => ({ body: { reason: "security probe" } }) }),
  write("/portfolio/drift/{driftId}/move", { valid: () => ({ body: { status: "research" } }) }),
  write("/portfolio/drift/{driftId}/research-task", { valid: () => ({ body: {} }) }),
];

/** Instance-level writes no project key may make, whatever its scopes: 403 for every project key. */
export const INSTANCE_ONLY: Operation[] = [
  {
    method: "POST",
    path: "/portfolio/links",
    scope: "admin",
    valid: () => ({ body: { technology: "React.js", sameAs: "React" } }),
  },
  { method: "DELETE", path: "/portfolio/links/{alias}", scope: "admin" },
];
