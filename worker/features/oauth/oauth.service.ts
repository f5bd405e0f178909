import {
  AuthorizationError,
  type AuthRequest,
  authorizationErrorRedirect,
  CimdFetchError,
  type OAuthHelpers,
} from "@cloudflare/workers-oauth-provider";
import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { memberships, projects, type Role } from "../../db/schema";
import type { PersonPrincipal } from "../../env";
import { AppError } from "../../lib/errors";
import { scopesWithin } from "./grant-principal";
import { AUTHORIZE_PATH, type GrantProps, OAUTH_SCOPES, type OAuthScope } from "./provider";

/** The helpers of the request's authorization server, and the origin they issue for. */
export interface OAuthDeps {
  db: Db;
  oauth: OAuthHelpers;
  origin: string;
  principal: PersonPrincipal;
}

/**
 * The client's authorization request (the query it sent to `/authorize`), validated by the
 * library: a registered client, its exact redirect URI, S256 PKCE, a resource this server serves.
 * Anything wrong is a 400 shown on the consent page, never a redirect to an unchecked URI.
 */
export async function parseAuthorization({ oauth, origin }: OAuthDeps, query: string): Promise<AuthRequest> {
  try {
    return await oauth.parseAuthRequest(new Request(`${origin}${AUTHORIZE_PATH}?${query}`));
  } catch (err) {
    if (err instanceof AuthorizationError) throw new AppError("bad_request", err.description);
    if (err instanceof CimdFetchError) throw new AppError("bad_request", "this app could not be verified");
    if (err instanceof Error && !(err instanceof TypeError)) throw new AppError("bad_request", err.message);
    throw err;
  }
}

/** The scopes a request asks for; `read` when it names none of ours. */
function askedScopes(request: AuthRequest): OAuthScope[] {
  const asked = OAUTH_SCOPES.filter((s) => request.scope.includes(s));
  return asked.length ? asked : ["read"];
}

/** The projects the person may grant access to, with their role there (an instance admin: owner everywhere). */
async function grantableProjects({ db, principal }: OAuthDeps) {
  if (principal.instanceAdmin) {
    const all = await db.select({ id: projects.id, name: projects.name }).from(projects).orderBy(asc(projects.name));
    const role: Role = "owner";
    return all.map((p) => ({ ...p, role }));
  }
  return db
    .select({ id: projects.id, name: projects.name, role: memberships.role })
    .from(memberships)
    .innerJoin(projects, eq(projects.id, memberships.projectId))
    .where(eq(memberships.userId, principal.userId))
    .orderBy(asc(projects.name));
}

/** What the consent page shows: who asks, where the tokens go, what for, and which projects can be chosen. */
export async function consentDetails(deps: OAuthDeps, query: string) {
  const request = await parseAuthorization(deps, query);
  const described = await deps.oauth.describeConsent(request);
  const asked = askedScopes(request);
  const mine = await grantableProjects(deps);
  return {
    clientId: described.clientId,
    clientName: described.clientName,
    clientDomain: described.clientDomain ?? null,
    redirectHost: described.redirectHost,
    redirectIsLoopback: described.redirectIsLoopback,
    scopes: asked,
    projects: mine.map((p) => ({ ...p, scopes: scopesWithin(asked, p.role) })),
  };
}

/**
 * The person approves: a grant for one of their projects, with the asked-for scopes their role
 * allows there. Returns the redirect back to the client carrying the authorization code.
 */
export async function approve(deps: OAuthDeps, query: string, projectId: string): Promise<string> {
  const request = await parseAuthorization(deps, query);
  const project = (await grantableProjects(deps)).find((p) => p.id === projectId);
  if (!project) throw new AppError("not_found", `project ${projectId} not found`);
  const scope = scopesWithin(askedScopes(request), project.role);
  const props: GrantProps = { userId: deps.principal.userId, projectId };
  const { redirectTo } = await deps.oauth.completeAuthorization({
    request,
    userId: deps.principal.userId,
    metadata: { projectId },
    scope,
    props,
  });
  return redirectTo;
}

/** The person declines: the redirect back to the client with `access_denied`. */
export async function deny(deps: OAuthDeps, query: string): Promise<string> {
  const request = await parseAuthorization(deps, query);
  return authorizationErrorRedirect(
    { redirectUri: request.redirectUri, state: request.state, issuer: deps.origin },
    "access_denied",
    "the person declined",
  );
}

/** The person's grants (apps connected to MCP), newest first, with the client's and project's names. */
export async function listGrants({ db, oauth, principal }: OAuthDeps) {
  const { items } = await oauth.listUserGrants(principal.userId, { limit: 1000 });
  const projectIds = items.map((g) => String(g.metadata?.projectId ?? ""));
  const names = projectIds.length
    ? await db.select({ id: projects.id, name: projects.name }).from(projects).where(inArray(projects.id, projectIds))
    : [];
  const clients = await Promise.all(items.map((g) => oauth.lookupClient(g.clientId)));
  return items
    .map((g, i) => ({
      id: g.id,
      clientId: g.clientId,
      clientName: clients[i]?.clientName ?? g.clientId,
      projectId: projectIds[i] ?? "",
      projectName: names.find((n) => n.id === projectIds[i])?.name ?? null,
      scopes: g.scope,
      createdAt: new Date(g.createdAt * 1000).toISOString(),
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Revokes one of the person's grants: its tokens stop working at once. Another person's grant id is a 404. */
export async function revokeGrant(deps: OAuthDeps, grantId: string): Promise<void> {
  const { items } = await deps.oauth.listUserGrants(deps.principal.userId, { limit: 1000 });
  if (!items.some((g) => g.id === grantId)) throw new AppError("not_found", `grant ${grantId} not found`);
  await deps.oauth.revokeGrant(grantId, deps.principal.userId);
}
